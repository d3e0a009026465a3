"""A relative clause on a noun is not what the cue reports (blind audit 25).

The parse sometimes hangs a noun's relative clause on the verb before it as that verb's clause, and the clause
becomes the content. Two shapes, each a pure predicate with its table in ``tests/test_misread_relatives.py``:

- ``relative_pronoun_content``: "had simply referred to Qur'anic Suras that mandate the Hijab for women": the content
  opens with a relative pronoun that is its own subject ("that", "which", "who"), right after a noun that is no
  object of the cue; the clause says what the Suras do, not what the editor said. A "that" which marks the
  clause ("told reporters that ...", "said that was wrong") is kept.
- ``double_object_clause``: "the Department of Justice quietly offered Wilson a settlement to end a lawsuit he and a
  group of co-plaintiffs have pursued since 2015": a verb with two objects (one given to, one given) has no room
  for a clause too; an unmarked clause right after a noun of its object is that noun's relative clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span

_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def relative_pronoun_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content opens with a relative pronoun, the subject of its clause, right after a noun that is not an
    object of the cue: the clause describes that noun."""
    if content.quote or token.pos_ not in ("VERB", "AUX"):
        return False
    span = content_span(doc, content)
    if span is None or not len(span) or span[0].i <= token.i + 1:
        return False
    first = span[0]
    if first.lower_ not in _RELATIVE_PRONOUNS or first.dep_ not in SUBJECTS or first.pos_ == "SCONJ":
        return False
    noun = doc[first.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == token.i:
        return False  # "told reporters that would be wrong": the cue's own object, then what was said
    return first.head.i == span.root.i


def double_object_clause(token: Token, content: Content, doc: Doc) -> bool:
    """The cue has a dative and a direct object before the content, an unmarked clause that opens right after a
    noun of the direct object: the clause is that noun's relative clause."""
    if content.quote or token.pos_ != "VERB":
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    children = list(token.children)
    dative = next((c for c in children if c.dep_ == "dative" and c.i < span.start), None)
    obj = next((c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start), None)
    if dative is None or obj is None or span.start == 0:
        return False
    root = span.root
    if root.head.i != token.i or root.dep_ != "ccomp" or _marked(span):
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("NOUN", "PROPN") and obj.left_edge.i <= before.i <= obj.right_edge.i


def _marked(span: Span) -> bool:
    """Whether the clause opens with a mark or a question word ("that ...", "whether ...", "how ...")."""
    return any(c.dep_ == "mark" for c in span.root.children) or span[0].tag_ in ("WDT", "WP", "WRB")
