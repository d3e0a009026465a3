"""The condition of anonymity is no attribution: "who asked not to be named", "a Republican who attended but did
not want to be named" (blind audit 67 S211), "who did not wish to be identified".

A verb of asking or wishing whose infinitive is the passive "to be named" or "to be identified", the whole
negated (on the verb: "did not want to be named"; or on the infinitive: "asked not to be named"): the speaker's
terms of speaking, no content of its own. Kept: the same verbs with anything else ("did not want to say whether
...", "asked not to be quoted on the merger"), a name with a complement ("did not want to be named chairman": a
post, not anonymity), and no negation ("asked to be named in the suit"). Table of tests: ``tests/test_anonymity.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs that ask for or wish the anonymity
_ASKING = frozenset({"ask", "want", "wish", "prefer", "request", "like"})
# the passive verbs that name the speaker
_NAMING = frozenset({"name", "identify"})
# what makes the naming a post or a role ("named chairman"), not the speaker's name in print
_COMPLEMENTS = frozenset({"oprd", "attr", "dobj", "ccomp", "xcomp"})


def anonymity_condition(token: Token) -> bool:
    """``token`` asks or wishes not to be named or identified ("asked not to be named", "did not want to be
    named"): the terms on which a source speaks, not what it says."""
    if token.lemma_.lower() not in _ASKING:
        return False
    negated = any(c.dep_ == "neg" for c in token.children)
    for xcomp in (c for c in token.children if c.dep_ == "xcomp"):
        if xcomp.lemma_.lower() not in _NAMING or not any(c.dep_ == "auxpass" for c in xcomp.children):
            continue
        if any(c.dep_ in _COMPLEMENTS for c in xcomp.children):
            continue
        if negated or any(c.dep_ == "neg" for c in xcomp.children):
            return True
    return False
