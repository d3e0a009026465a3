"""The speaker the parse hid inside a phrase that opens the sentence: a pure function.

"In a statement following that accusation, Franken's office said he has not ...": the parse
reads "Franken's office" as an apposition of "accusation", inside the opening phrase, and
leaves "said" with no subject. The noun phrase right before the verb, after the comma that
closes the opening phrase, is the verb's subject all the same. "In Washington, officials
said ..." (the parse is right) never reaches this, and a phrase with no comma before the
noun phrase ("In a statement the office said") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.verb_tags import FINITE_TAGS

_MISREAD = frozenset({"appos", "conj", "pobj", "npadvmod"})


def subject_after_opening_phrase(token: Token) -> Token | None:
    """The head of the noun phrase between the opening phrase's comma and the subjectless cue, else None."""
    if token.tag_ not in FINITE_TAGS or token.i < 3 or any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
        return None
    doc = token.doc
    last = doc[token.i - 1]
    if last.pos_ not in ("NOUN", "PROPN") or last.dep_ not in _MISREAD:
        return None
    before = doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
    if before is None or before.text != "," or last.left_edge.i <= token.sent.start + 1:
        return None
    opener = token.sent[0]
    if opener.dep_ != "prep" or opener.head != token or not opener.left_edge.i <= last.i <= opener.right_edge.i:
        return None  # the noun phrase must sit in a phrase that opens the sentence and hangs on the cue
    return last
