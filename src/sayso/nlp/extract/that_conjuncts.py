"""A second "that" clause joined to the cue is the speaker's too: pure widenings of a chosen content.

"Tyco has said the loan was not forgiven, but that Swartz fully repaid it with interest": the parse hangs the clause
after "but that" on "said" (a conjunct of the cue), and the content stopped at the first clause; a "that" clause
cannot be an act of the speaker's, so it is the cue's second complement (wire audit m60: content bounds).
Tests: ``tests/test_that_conjuncts.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex

_JOINS = frozenset({"and", "but", "or"})


def with_that_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content runs on over a clause joined to the cue right after it by "and that", "but that" or "or that"
    with a subject of its own ("said the loan was not forgiven, but that Swartz fully repaid it"), to that clause's
    end, before an "according to" that closes it (the writer's source for the saying).

    Kept as they are: a conjunct with no "that" ("said X, but some were thrown ...": a clause of its own that may
    be the writer's), one with words between the content and the joining word ("said X on Monday, and that ..."
    stays too: only punctuation may stand there), a cue inside a quotation, and a content that is a quotation."""
    if content.quote or content.parts or quotes.containing(token.idx) is not None:
        return content
    span = content_span(doc, content)
    if span is None or span.root.head.i != token.i or span.start < token.i:
        return content
    for conj in (c for c in token.children if c.dep_ == "conj" and c.i >= span.end):
        mark = conj.left_edge
        if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i != conj.i:
            continue
        if not any(c.dep_ in SUBJECTS for c in conj.children):
            continue
        between = doc[span.end:mark.i]
        joins = [w for w in between if not w.is_punct]
        if len(joins) != 1 or joins[0].lower_ not in _JOINS:
            continue
        last = conj.right_edge
        according = next((c for c in conj.children if c.lower_ == "according" and c.i > conj.i), None)
        if according is not None and according.right_edge.i >= last.i:
            last = doc[according.i - 1]  # ", according to his lawyer": the writer's source, not the clause
        while last.i > conj.i and last.is_punct:
            last = doc[last.i - 1]
        if quotes.overlapping(mark.idx, last.idx + len(last)) and quotes.containing(last.idx) is None:
            continue  # a quotation opened inside the clause and closed past it: not this simple case
        return content._replace(end=last.idx + len(last))
    return content
