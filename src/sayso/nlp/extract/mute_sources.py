"""Sources that cannot speak: "this kind of bold proclamation", "the total statistical collapse", "Christian
charity itself", "Bill Clinton's legacy". A source is a person, a group, a body, a document or a medium, or a
pronoun or role noun standing for one; a common noun that names none of these (an abstraction, a quality, a
state of affairs) says nothing, and an attribution that gives it as its source has the wrong speaker or none.
Pure: reads the parse and the lexicons.

Documents, findings and figures stay sources ("the report said", "the survey found", "the data show": PolNeAR
gold keeps them), and so do the bodies, findings and ventures of ``agency_nouns.txt`` and every noun of a person,
a group or an outlet.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS, person_noun

# abstractions that name a state of affairs, a quality or a stance, never anyone who speaks: the kinds of head the
# blind audits found given as speakers. A list, not "anything no lexicon types": documents, media and bodies no
# lexicon lists yet ("the filing", "the website", "the ministry") speak, and PolNeAR gold has many of them; and
# not "history" ("history says"), "appearance" ("the appearance hinted"), "justice" or "charity", which PolNeAR
# gold or the news give as sources (a judge, a body).
ABSTRACT = read_words("abstract_nouns.txt")
# happenings and pastimes ("the trip", "the visit", "a quiz"): what the writer reads into an event, or what a game
# asks of its players, is no one's statement
HAPPENINGS = read_words("happening_nouns.txt")


def cannot_speak(head: Token, lexicon: Lexicon) -> bool:
    """The source's head is a common noun of ``ABSTRACT`` or ``HAPPENINGS`` and of no kind that speaks: no name NER
    found on it, no person, group, body, outlet, document or figure in the lexicons. A noun of a stance that cues
    ("his insistence that", "the concern that") is still no one who speaks; nor is a trip, a visit or a quiz ("The
    trip suggests that ...", "a quiz asked readers to guess ..."), unless it is written as a name ("the Tour said")."""
    if head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = head.lemma_.lower()
    if lemma not in ABSTRACT and not _happening(head):
        return False
    return not (person_noun(head, lexicon) or lemma in lexicon.anonymous or lemma in lexicon.groups
                or lemma in lexicon.collective_nouns or lemma in ORG_NOUNS or lemma in OUTLET_NOUNS
                or lemma in lexicon.documents or lemma in lexicon.measurements
                or lexicon.agency.get(lemma) in ("agent", "finder", "venture"))


def _happening(head: Token) -> bool:
    """A trip, a visit, a game or a quiz (``HAPPENINGS``), written as a common noun: a capital inside the sentence is
    a name ("the Tour", "the Games"), which may be a body's."""
    if head.text[:1].isupper() and not head.is_sent_start:
        return False
    return head.lemma_.lower() in HAPPENINGS
