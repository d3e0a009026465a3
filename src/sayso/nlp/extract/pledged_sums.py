"""A sum of money pledged is a donation, not a statement (a pure function of the parse).

"The American Express Corp. has pledged at least $3 million of more than $5 million needed": the object is a sum
(a MONEY entity, or a number of a currency), and the pledge gives it; nothing is said that could be true or false.
PolNeAR train marks no pledge of a sum (its 36 pledges are "pledged to create 700,000 jobs", "pledged that ...",
"pledged her vote to Clinton", "pledged cooperation").

Kept: "pledged to ..." and "pledged that ..." (a promise of an act or a claim), and a pledge of anything but money
("pledged their support", "pledged cooperation").
"""

from __future__ import annotations

from spacy.tokens import Token

_PLEDGING = frozenset({"pledge"})
_CURRENCY = frozenset({"$", "€", "£", "¥", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "peso"})


def pledged_sum(token: Token) -> bool:
    """The cue ``token`` is "pledge" whose direct object is a sum of money ("pledged at least $3 million", "pledged
    500,000 euros"), with no clause of its own."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PLEDGING:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    return obj.ent_type_ == "MONEY" or any(t.lemma_.lower() in _CURRENCY for t in obj.subtree if t.i <= obj.i + 1)
