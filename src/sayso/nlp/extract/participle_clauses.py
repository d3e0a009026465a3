"""A clause the parse hung on the verb that belongs to the participle of its object: "Prosecutors filed a motion
informing Lee they intend to seek the death penalty" (blind audit 67 S99).

With no "that" to go by, the parse reads "they intend ..." as the complement of "filed", and the participle
"informing Lee" (a verb of telling someone, with its addressee and no clause) as a bare modifier of "a motion". The
clause is what informs: it starts right after the addressee, and "informing" has no complement of its own. So the
clause is the participle's content (``informing``, the cue a reader names) and not the main verb's ("filed"
files a motion; it says nothing). Kept: a participle with a clause of its own ("informing Lee that ..." when the
parse gives it), one with no addressee, a verb of no telling ("a motion seeking ..."), and a clause that does not
follow the addressee straight ("filed a motion informing Lee on Monday, and they intend ..."). Pure; tests:
``tests/test_participle_clauses.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of telling someone something, whose object is the one told
_TELLING = frozenset({"inform", "notify", "tell", "advise", "warn", "assure", "remind", "alert", "brief"})
_OWN_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def participle_clause(participle: Token) -> Token | None:
    """The clause (its head) that ``participle`` ("informing" in "filed a motion informing Lee they intend ...")
    tells, where the parse hung it on the verb whose object the participle modifies; None otherwise."""
    if participle.tag_ != "VBG" or participle.dep_ != "acl" or participle.lemma_.lower() not in _TELLING:
        return None
    if any(c.dep_ in _OWN_COMPLEMENTS for c in participle.children):
        return None
    addressee = next((c for c in participle.children if c.dep_ in ("dobj", "dative") and c.i > participle.i), None)
    noun = participle.head
    if addressee is None or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    after = participle.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after), None)


def claimed_clause(verb: Token, clause: Token) -> bool:
    """``clause``, hung on ``verb``, is the clause a participle of the verb's object tells (``participle_clause``):
    no content of the verb's own."""
    if clause.dep_ != "ccomp" or clause.head != verb:
        return False
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if any(participle_clause(p) == clause for p in noun.children):
            return True
    return False
