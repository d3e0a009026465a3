"""Giving one's own name: no statement. A pure predicate on the parse.

"the hacker organizer, who identified himself only as “Eleonora67,”", "The woman identified herself as Jane Smith":
to identify oneself as a name or a handle is to say who one is called, which the writer passes on as a fact about the
person; no one's claim is reported (blind readers marked it wrong as an attribution).

Kept: identifying oneself as a kind of person ("voters who identify themselves as independents", "people who
identified themselves as teachers", "identified herself to CNN as a 52-year-old resident"): a claim about oneself,
which PolNeAR marks as a cue; and identifying someone else ("Police identified the suspect as John Smith"), a finding.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.pronoun_words import REFLEXIVES

_NAMING = frozenset({"identify", "introduce", "name", "call"})


def names_oneself(token: Token) -> bool:
    """``token`` is "identify" (or "introduce", "name", "call") with a reflexive object and "as" a proper name or a
    quoted word: "identified himself only as “Eleonora67”"."""
    if token.lemma_.lower() not in _NAMING:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return False
    as_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None:
        return False
    name = next((c for c in as_.children if c.dep_ == "pobj"), None)
    if name is None:
        return False
    quoted = any(t.is_quote for t in as_.subtree)
    if name.ent_type_ == "NORP":
        return False  # "identified himself as Palestinian", "as a Democrat": a kind of person, a claim about oneself
    return quoted or (name.pos_ == "PROPN" and name.tag_ != "NNPS")
