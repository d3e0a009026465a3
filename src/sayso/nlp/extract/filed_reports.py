"""A report filed, not a statement made: "Her mother reported her son missing on Sunday", "He reported the car
stolen", "The family reported the girl missing after she failed to return". The subject went to the police
with a missing-person or a theft report; the content is a noun phrase and a state ("her son missing"), no
proposition anyone stated (blind audit 20 judged such a row wrong). Only a person files it (a pronoun, a
person's name, a person's or a relative's noun: ``people``): "The agency reported 40 people missing after the
flood" is a body's count, a statement. "Police reported that the boy was missing", with its clause, and "the
missing documents were found", a state word inside the noun phrase, stay. Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span

REPORT = "report"
# the states a report to the police files a person or a thing in
STATES = frozenset({"missing", "stolen", "lost", "absent", "unaccounted"})
# who files for a household: "the family reported the girl missing", "her parents reported"
HOUSEHOLDS = frozenset({"family", "families", "parent", "parents", "relative", "relatives", "household", "owner"})
_NOUN_PHRASE_WORDS = 8  # "her 16-year-old son", "the family's silver car": the object before its state


def filed_by_person(subject: Token | None, people: frozenset[str]) -> bool:
    """A person files the report: "she", "Ramzi" (a person's name), "her mother", "neighbours", "the family"."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in _BODIES  # "Ramzi" (a surname the tagger leaves untyped), not "Reuters"
    return subject.lemma_.lower() in people or subject.lower_ in people


_BODIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PERSONS_OWN = frozenset({"her", "his", "their", "my", "our"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "who"})


def filed_report(token: Token, content: Content, doc: Doc, subject: Token | None, people: frozenset[str]) -> bool:
    """The cue "report" of a person takes an object and its state for content ("her son missing", "the car
    stolen"): the state word comes right after a noun phrase, before any verb or "that" of a clause."""
    if token.lemma_.lower() != REPORT or token.pos_ not in ("VERB", "AUX") or content.quote \
            or content.kind in QUOTE_KINDS:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    if not filed_by_person(subject, people) and span[0].lower_ not in _PERSONS_OWN:
        return False  # "her son missing", "his car stolen": a person's own, whoever the tagger takes "Ramzi" for
    for t in span[:_NOUN_PHRASE_WORDS + 1]:
        if t.lower_ in STATES:  # after a noun phrase, not inside one ("the missing documents were found")
            return t.i > span.start and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
                and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("that", "whether", "how", "if") or t.is_quote:
            return False
    return False
