"""A cue written twice over a relative "that": "Roberts said on Fox News Sunday that said the deal was dead" (a pure
function of the parse).

An edit left the cue's verb twice ("said on Fox News Sunday that said ..."), and the parse reads the second as a
relative clause whose subject is "that" ("Sunday that said ..."). What was said is the clause after the second
verb: "the deal was dead". Tables of tests: ``tests/test_doubled_cues.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import COMPLEMENT_CLAUSES
from sayso.nlp.extract.filters import unquoted_span


def through_doubled_cue(content: Content, token: Token, doc: Doc) -> Content:
    """The content after the cue's verb written again: a content in the writer's words that opens with "that" as
    the subject of a verb of the cue's lemma, hung on the cue, whose own clause follows it, is that clause. Kept: a
    relative "that" of another verb ("reported wait times that exceeded two hours"), a complementizer "that"
    ("said that he said no": "that" is no subject there), a quotation."""
    span = unquoted_span(doc, content)
    if span is None or len(span) < 3:
        return content
    first = span[0]
    verb = first.head
    if first.lower_ != "that" or first.dep_ != "nsubj" or verb.i != first.i + 1 or verb.head.i != token.i \
            or verb.lemma_.lower() != token.lemma_.lower():
        return content
    clause = next((c for c in verb.children if c.dep_ in COMPLEMENT_CLAUSES and c.i > verb.i), None)
    if clause is None or clause.left_edge.idx >= content.end:
        return content
    return content._replace(kind="child_ccomp", start=clause.left_edge.idx)
