"""Finding something out is not saying it: "She later found out that her husband had lied", "she discovered
she had an infection", "Fans discovered that their tickets had been cancelled". The subject came upon a fact
of its own lot; nothing is stated, and the fact is the writer's. Blind audit 20 judged such rows wrong ("found
out", "discovered").

Kept: a study, a report, a poll or an investigation that discovers ("the audit discovered that ...": it
states its authors' findings, ``agency.finders``), researchers and bodies ("Astronomers discovered that":
``researching``), a quotation for content, and the other verbs of finding ("found that", "concluded",
"learned"): PolNeAR marks them (train: 55 of 63 rows of "found", 12 of 12 of "learned" are its gold), and a
researcher's "found that" is a finding stated. Its train gold holds no "found out", and its "discovered that"
rows are mostly not gold. Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.agency import Agency
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.resource_files import read_words

DISCOVER = "discover"
# people whose discoveries are findings they publish
RESEARCHERS = read_words("researchers.txt")


def found_out(token: Token) -> bool:
    """ "found out", "find out", "finding out": the phrasal verb of coming to know ("found" alone is not)."""
    return token.lemma_.lower() == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)


def discovery_not_statement(token: Token, content: Content, doc: Doc, subject: Token | None, agency: Agency) -> bool:
    """The cue is "found out", or "discover" of one's own lot by someone no researcher: a fact come upon, no
    statement."""
    if token.pos_ not in ("VERB", "AUX") or content.quote or content.kind in QUOTE_KINDS:
        return False
    if not (found_out(token) or token.lemma_.lower() == DISCOVER):
        return False
    if found_out(token):
        return True
    return not researching(subject, agency) and about_oneself(content, doc)


_SELF = frozenset({"he", "she", "they", "i", "we", "it"})
_OWN = frozenset({"his", "her", "their", "my", "our", "its"})


def about_oneself(content: Content, doc: Doc) -> bool:
    """What was discovered is the discoverer's own lot: its clause's subject is a pronoun or a possessed noun
    ("she discovered she had an infection", "discovered that their accounts had been suspended", "discovered
    his wife had lied"). "He discovered that recognition of bacterial pathogens triggers ..." (a researcher's
    finding, kept by the hand-made html gold) and "Investigators discovered that the money had been moved" are
    not."""
    span = content_span(doc, content)
    if span is None:
        return False
    subject = subject_of(span.root)
    if subject is None:
        return False
    return subject.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _OWN for c in subject.children)


def researching(subject: Token | None, agency: Agency) -> bool:
    """Who discovers a finding that is stated: a document ("the audit discovered that"), a researcher
    ("Astronomers discovered that the planet has a thick atmosphere"), a body ("USA TODAY discovered", "the
    ministry": a name the tagger types an organisation). A person, a pronoun and lay people ("she", "Fans",
    "The couple", "Investigators": PolNeAR train does not mark their "discovered this month that") are not."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in agency.finders or subject.lower_ in agency.finders or lemma in RESEARCHERS:
        return True
    return subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "NORP", "GPE")
