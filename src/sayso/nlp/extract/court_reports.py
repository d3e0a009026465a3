"""Evidence heard in court: "The court heard that the defendant had fled" (British court reporting). Pure.

The court, the jury or the inquest heard it; who told it is seldom named. Where the sentence names the teller
("The court heard from prosecutor John Smith that ...", ``court_teller``) the teller is the source; where it does
not, the hearing body stays the source as written but is typed unknown (``hearing_body``), not a government or a
group: a court that hears evidence does not say it (audit 62, a62 S3: "..., a court heard yesterday", the reader's
P: "names the forum, not the speaker").
"""

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


# what "heard from" names that tells nothing: a time ("from 9 a.m.", "from the outset"), a place ("from London")
_NOT_TELLERS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})
_TIME_NOUNS = frozenset("outset start beginning morning afternoon evening day week month year time moment end".split())


def court_teller(token: Token) -> Token | None:
    """The one a court heard the evidence from, where the sentence names them: "The court heard from prosecutor John
    Smith that ...", "Jurors heard from his mother that ..." (the object of "from" on the cue, a noun or a name). None
    when no one is named ("The court heard that ...") or the cue is no court's hearing (``court_heard``)."""
    if not court_heard(token):
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    teller = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if teller is None or teller.pos_ not in ("PROPN", "NOUN") or teller.ent_type_ in _NOT_TELLERS:
        return None  # "heard from the outset that", "heard from London that": a time or a place, no one who told it
    if teller.pos_ == "NOUN" and teller.lemma_.lower() in _TIME_NOUNS:
        return None
    return teller


def hearing_body(head: Token) -> bool:
    """The subject of a court's hearing ("The court heard that ...", ``court_heard``): the forum, not who spoke."""
    return head.dep_ == "nsubj" and court_heard(head.head)


# what the parties lodge in a case: "court documents", "court filings", "court records", "court papers"
CASE_FILE_NOUNS = frozenset(
    "document documents filing filings record records paper papers file files transcript transcripts exhibit "
    "exhibits brief briefs motion motions pleading pleadings affidavit affidavits".split())
# a court's words as a modifier of them: "court documents", "federal court filings", "tribunal papers"
_COURT_WORDS = frozenset({"court", "courts", "tribunal", "courtroom"})


def court_file(head: Token) -> bool:
    """A case's file named by the court it lies in: "court documents reported previously by The Post", "court
    filings show", "according to court records". What they say is the words of whoever filed them (a plaintiff, a
    defendant, a prosecutor, a witness), not the court's, so the court's word in the phrase names no issuer and the
    source is typed unknown, as a document of no named issuer is. A document whose issuer is named keeps the issuer's
    type ("the State Department's report", "Pentagon documents", "a police report"), and a court's own acts stay its
    ("a court ruling", "the court order": not case-file nouns). Only a plain common noun head with "court" (or
    "tribunal") among its compound modifiers and no possessive: not "the court's records" (its own), nor "Court
    Records" of a name, nor one whose filer the phrase names ("court filings by the prosecutors", "court documents
    filed by the Justice Department": the filer's, typed as the base reading types it)."""
    if head.pos_ != "NOUN" or head.lower_ not in CASE_FILE_NOUNS:
        return False
    mods = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    return any(m.lower_ in _COURT_WORDS and m.pos_ == "NOUN" for m in mods) and not any(
        c.dep_ == "poss" for c in head.children) and not _filer_named(head)


def _filer_named(head: Token) -> bool:
    """The case-file noun names who filed it: "filings by the prosecutors", "documents filed by the Justice
    Department" (a "by" of the noun, or the agent of a filing participle on it: not "court documents reported by The
    Post" nor "obtained by", a reporter's, no filer)."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
        if c.dep_ == "acl" and c.lemma_ in _FILING_VERBS and any(
                g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by") for g in c.children):
            return True
    return False


# the verbs of lodging a paper with a court: "documents filed by", "papers submitted by the defence"
_FILING_VERBS = frozenset({"file", "submit", "lodge", "present", "bring", "prepare", "sign"})
