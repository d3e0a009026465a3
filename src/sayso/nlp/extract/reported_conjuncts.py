"""A verb of saying that the parse joined to the reporting verb, though its tense joins it to the reported clause:
pure functions of the parse.

"Those two witnesses say that Nelson confessed to killing Rosenbaum, but claimed he did it because he was drunk on
beer.": the parse hangs "claimed" on "say" as a conjunct, so it would take the witnesses for subject; but the
witnesses *say* (present) and Nelson *confessed* and *claimed* (past): the conjunct goes on with the reported
clause, and its speaker is that clause's subject, Nelson.

Only a conjunct with no subject of its own, joined to a present-tense verb ("say", "says") that governs a reported
clause before it, in the past tense as that clause's verb is, and not as the reporting verb is. Kept as they are:
"The senator said that the bill was dead and claimed the vote was rigged" (both verbs of the senator, past), "They
say the plan failed and call for a new one" (both present), "Critics say the plan failed, and warned last year that
..." (a time or a place of its own: an act the reporter narrates of the subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.vocabulary import SUBJ_DEPS

_PRESENT = ("VBP", "VBZ")


def reported_clause_subject(token: Token) -> Token | None:
    """The subject of the reported clause a conjoined cue goes on with ("say that Nelson confessed ..., but claimed":
    Nelson), where the cue's past tense parts it from the present-tense verb the parse joined it to; None elsewhere."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or head == token or head.tag_ not in _PRESENT:
        return None
    if any(c.dep_ in (*SUBJ_DEPS, "aux", "auxpass") for c in token.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # "they have said", "they will say": the tense is the auxiliary's
    if any(c.dep_ in ("prep", "npadvmod") or c.ent_type_ == "DATE" for c in token.children):
        return None  # "Critics say the plan failed, and warned last year ...", "say the president lied, and argued
        # in 2019 ...": a time or place of its own makes it an event the reporter narrates, the subject's own act
    clause = next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < token.i), None)
    if clause is None or clause.tag_ != "VBD":
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
