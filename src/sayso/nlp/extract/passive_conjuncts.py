"""A verb of telling or asking joined to a passive shares its passive: its subject is the one told, not a speaker.

"She was arraigned on three counts and ordered held without bail", "He was arrested and told that he could not
leave", "was detained and later ordered released": the parse hangs "ordered" on "arraigned" as a conjunct, and
the subject it shares with it is the subject of the passive; "was ... ordered" as "was ... arraigned". The court or
the officer who ordered goes unnamed, so there is no speaker to give the order to, as in "She was ordered to pay a
fine" (no source is taken there). Blind audit 61 (S172) judged "She | ordered | held without bail" wrong.

Only verbs whose object is the one addressed (``request_verbs.txt``, ``addressing_verbs.txt``: "order", "tell",
"ask", "urge", "warn"), with no object of their own and no subject or auxiliary of their own. Kept: the active with
its object ("He was questioned and told investigators that he had seen nothing", "was elected and urged reform"),
a conjunct with its own subject or auxiliary ("was arrested, and he has asked ..."), a verb of saying ("was
interviewed and said he had seen nothing": "said" takes no person object, so it is active). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.vocabulary import SUBJ_DEPS

ADDRESSING = read_words("request_verbs.txt") | read_words("addressing_verbs.txt")
_OWN = frozenset({"aux", "auxpass", "dobj", "iobj", "dative", *SUBJ_DEPS})


# verbs whose active needs no addressee before a that-clause ("warned that the economy faces a recession", "asked
# that members support the budget", "urged that the council act"), and the prepositions of their active with no
# addressee ("called for unity", "warned of a long war"): the subject of the passive said them
_THAT_ACTIVE = frozenset({"warn", "urge", "ask", "order", "insist", "caution"})
_PREP_ACTIVE = {"call": {"for"}, "ask": {"for"}, "press": {"for"}, "push": {"for"}, "urge": {"on"},
                "warn": {"of", "against"}, "caution": {"against"}}


def _active_reading(token: Token) -> bool:
    """ "was sworn in and warned that ...", "was re-elected and called for unity": the conjunct reads as active."""
    lemma = token.lemma_.lower()
    for c in token.children:
        if c.dep_ == "ccomp" and lemma in _THAT_ACTIVE and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in _PREP_ACTIVE.get(lemma, ()):
            return True
    return False


def passive_addressee(token: Token) -> bool:
    """The cue ``token`` is a verb of ``ADDRESSING`` in the past participle's form ("VBN", or "VBD" as the tagger
    often reads it) joined as a conjunct to a passive ("was arraigned ... and ordered held"), with no subject,
    auxiliary or object of its own: the subject of the passive is the one ordered or told."""
    if token.dep_ != "conj" or token.tag_ not in ("VBN", "VBD") or token.lemma_.lower() not in ADDRESSING:
        return False
    if any(c.dep_ in _OWN for c in token.children):
        return False
    if _active_reading(token):
        return False
    head = token.head
    while head.dep_ in ("conj", "advcl") and head.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in head.children):
        head = head.head  # "was arrested, charged and ordered to appear": the passive's auxiliary is on the first
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
