"""Evidence heard in court: "The court heard that the defendant had fled" (British court reporting). Pure."""

from __future__ import annotations

from spacy.tokens import Token

# bodies that hear evidence: "the court heard that ...", "jurors heard that ..." (British court reporting)
# (lemmas: "Jurors", "Magistrates" are juror, magistrate)
HEARING_BODIES = frozenset("court jury juror inquest tribunal hearing trial magistrate judge coroner panel".split())


def court_heard(token: Token) -> bool:
    """ "The court heard that the defendant had fled", "Jurors heard that he was armed": evidence given in court,
    reported as what the court heard; the source is the hearing body as written (the witness is seldom named
    in the sentence). Only with a clause: "the court heard evidence from ..." reports nothing yet; and not
    negated: "The jury never heard that he had confessed" says what was not put to the court."""
    if token.lemma_.lower() != "hear" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in HEARING_BODIES:
        return False
    return any(c.dep_ == "ccomp" for c in token.children)
