"""Finding something out is not saying it: "She later found out that her husband had lied", "Investigators
discovered that the money had been moved", "she discovered she had an infection". The subject came upon a
fact; nothing is stated, and the fact is the writer's. Blind audit 20 judged such rows wrong ("found out",
"discovered").

Kept: a study, a report, a poll or an investigation that discovers ("the audit discovered that ...": it
states its authors' findings, ``agency.finders``), a quotation for content, and the other verbs of finding
("found that", "concluded", "learned"): PolNeAR marks them (train: 55 of 63 rows of "found", 12 of 12 of
"learned" are its gold), and a researcher's "found that" is a finding stated. Its train gold holds no
"found out", and its "discovered that" rows are mostly not gold. Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.agency import Agency
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS

DISCOVER = "discover"


def found_out(token: Token) -> bool:
    """ "found out", "find out", "finding out": the phrasal verb of coming to know ("found" alone is not)."""
    return token.lemma_.lower() == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


def discovery_not_statement(token: Token, content: Content, subject: Token | None, agency: Agency) -> bool:
    """The cue is "found out" or "discover" and no document finds it: a fact come upon, no statement."""
    if token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    if not (found_out(token) or token.lemma_.lower() == DISCOVER):
        return False
    if subject is not None and (subject.lemma_.lower() in agency.finders or subject.lower_ in agency.finders):
        return False  # "the audit discovered that ...": a document's finding
    return True
