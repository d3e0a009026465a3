"""A thing another speaker reads as evidence is no source: "Such a letter indicates the government intends to pursue
an indictment ..., the company said" (blind audit 65, S209).

A verb of evidence (``evidence_verbs.txt``: ``evidence`` and ``deed`` verbs, "indicate", "show", "point", "prove";
not the ``dual`` ones that a speaker does, "confirm", "reveal") whose clause is what another cue reports ("..., the
company said", "he said the scene shows ...") or holds ("the company said it believes the letter shows that ...",
audit 67 S78): the outer speaker reads the thing and says or believes what it shows; the thing says nothing. The outer attribution keeps the whole clause. The same shape as ``non_statements.instrument_subject``'s
scenes ("the crime scenes indicated ...", inside a spokesman's report, audit 64), for any thing.

Kept: a subject that speaks or carries findings (a person, a body, a study, a poll, a survey, a report: "the
company said a survey shows that ...": a finding it cites), a pronoun, a name, a quotation, and a verb of evidence
that no other cue reports ("The letter indicates that ...": the letter is the source, PolNeAR's convention).
Table of tests: ``tests/test_read_evidence.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS

# the senses of ``evidence_verbs.txt`` whose subject shows and never says
_SHOWING_SENSES = frozenset({"evidence", "deed"})
# the senses of ``cue_senses.txt`` that report what someone said or holds: "the company said ...", "it believes
# the letter shows ..." (a belief that reads the letter, blind audit 67 S78)
_REPORTING_SENSES = frozenset({"saying", "writing", "thought"})
# what carries findings of its own, and stays a source when another cites it: "the company said a survey shows ..."
_FINDINGS = frozenset({"study", "studies", "poll", "polls", "survey", "surveys", "report", "reports", "research",
                       "analysis", "audit", "review", "census", "investigation", "inquiry", "probe"})

# people and bodies no word list names, who indicate by speaking: "the gunman indicated he acted alone"
AGENTS = frozenset({"gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant", "killer",
                    "bomber", "hijacker", "kidnapper", "kidnappers", "captor", "captors", "regime", "accused",
                    "prisoner", "prisoners", "detainee", "detainees", "inmate", "hostage", "hostages", "militants",
                    "rebels", "insurgents", "voters", "victims", "candidates", "pilots"})


def read_evidence(token: Token, content: Content, evidence: dict[str, str], senses: dict[str, str],
                  speakers: frozenset[str]) -> bool:
    """The cue is a verb of evidence whose subject is a thing, in a clause another cue reports ("Such a letter
    indicates ..., the company said"). ``evidence`` and ``senses`` are the lexicon's ``evidence_verbs.txt`` and
    ``cue_senses.txt``; ``speakers`` the nouns of people, bodies and outlets that speak."""
    if evidence.get(token.lemma_.lower()) not in _SHOWING_SENSES or token.pos_ not in ("VERB", "AUX"):
        return False
    if content.quote or content.kind in QUOTE_KINDS or token.dep_ != "ccomp":
        return False
    outer = token.head
    if senses.get(outer.lemma_.lower()) not in _REPORTING_SENSES or outer.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in outer.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or _bare_capitalised(subject):
        return False
    words = {subject.lower_, subject.lemma_.lower()}
    return words.isdisjoint(speakers) and words.isdisjoint(_FINDINGS)


def _bare_capitalised(noun: Token) -> bool:
    """A capitalised singular noun with no determiner nor possessor: a name the tagger read as a noun ("Bond
    indicated he would vote against the bill, aides said": Senator Bond), not a thing ("Such a letter", "The data")."""
    return noun.tag_ == "NN" and noun.text[:1].isupper() and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
