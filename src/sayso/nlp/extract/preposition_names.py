"""A given name the tagger read as a preposition: "said Per Lindberg, analyst at Dresdner Kleinwort Wasserstein"
(blind audit 67 S236): "Per" an ADP, "Lindberg" its object, so the speaker after "said" was never found and the
source span lost the given name. Pure; tests: ``tests/test_preposition_names.py``.
"""

from __future__ import annotations

from spacy.tokens import Token


def given_name_read_as_preposition(first: Token) -> Token:
    """The surname after a given name the tagger read as a preposition ("said Per Lindberg, analyst at ...": "Per"
    an ADP, "Lindberg" its object; blind audit 67 S236), else ``first``: a capitalised preposition in mid-sentence
    whose object, right after it, is a person's name. "said Per capita income rose" has no person after it."""
    doc = first.doc
    if first.pos_ != "ADP" or not first.text[:1].isupper() or first.is_sent_start or first.i + 1 >= len(doc):
        return first
    name = doc[first.i + 1]
    return name if name.head == first and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else first


def preposition_before_name(head: Token) -> Token | None:
    """The given name read as a preposition right before ``head`` ("Per" of "Per Lindberg"), else None."""
    if head.i == 0:
        return None
    before = head.doc[head.i - 1]
    return before if given_name_read_as_preposition(before) == head else None
