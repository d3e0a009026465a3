"""A content that ends inside a hyphenated word ends before the conjunct the parse made of it: "Rambus accused
Infineon of patent infringement and Infineon counter-sued Rambus for breach of contract" (blind audit 67 S53).

The parse read "counter" as a noun coordinated with "infringement" and "-sued" as a verb of its own, so the
content stopped mid-word ("... and Infineon counter"). A word cut at a hyphen is never the end of what was said,
and the conjunct it closes is the writer's next clause (its own subject, "Infineon", and its verb): the content
ends before that conjunct's "and". Kept: a content that ends at a whole word ("patent infringement and fraud"), a
hyphen with spaces around it (a dash), a quotation, a content in parts, and a cut word with no conjunction before it
inside the content (nothing safe to cut back to). Pure; tests: ``tests/test_cut_words.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import trimmable_span

_HYPHENS = frozenset({"-", "‐", "‑"})
_COORDINATORS = frozenset({"and", "or", "but"})


def without_cut_conjunct(content: Content, doc: Doc) -> Content:
    """``content`` ended before its last conjunct when its last word goes on through a hyphen ("... and Infineon
    counter" of "counter-sued"); unchanged otherwise."""
    span = trimmable_span(doc, content)
    if span is None or span.end + 1 >= len(doc):
        return content
    last, hyphen, after = doc[span.end - 1], doc[span.end], doc[span.end + 1]
    if last.whitespace_ or hyphen.text not in _HYPHENS or hyphen.whitespace_ or not after.is_alpha:
        return content
    conj = next((t for t in reversed(span[1:-1]) if t.lower_ in _COORDINATORS and t.dep_ == "cc"), None)
    if conj is None or conj.head.i < span.start:
        return content
    end = conj.i
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= span.start:
        return content
    cut = doc[end - 1]
    return content._replace(end=cut.idx + len(cut))
