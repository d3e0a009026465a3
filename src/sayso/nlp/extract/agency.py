"""Who can intend, find or speak: people, bodies and role nouns; not programmes, models, data or objects.

The sense rules (``senses``) ask of a cue's subject whether it is an agent: "The Lakers plan to",
"NASA plans to", "the researchers found that" have one; "the mission aims to", "the simulation,
which aims to", "TNG50 allowed", "the data revealed" do not. Pronouns are followed to what they
stand for (a relative "which" to its noun, "it" to the subject before it), and a name is a thing's
when the text gives it to a thing ("the Artemis program") or it is shaped like a product's ("TNG50").
The nouns are data (``agency_nouns.txt``, and the people, group and government lists); tables of
tests: ``tests/test_senses.py``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES, SUBJECTS
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS


class Agency(NamedTuple):
    """The nouns that decide whether a subject can intend or find something."""

    people: frozenset[str]  # role nouns, anonymous sources, groups, organisations, governments, outlets
    agents: frozenset[str]  # bodies of people acting as one: team, panel, court (agency_nouns.txt)
    things: frozenset[str]  # programmes, missions, models, rules, objects: they intend and find nothing (agency_nouns.txt)
    objects: frozenset[str]  # models, devices, rules, objects: they say nothing either (the things less the ventures)
    finders: frozenset[str]  # a study, a report, a poll: they state their authors' findings (agency_nouns.txt)
    measurements: frozenset[str]  # data, tests, scans, simulations: they only show
    events: frozenset[str] = frozenset()  # events, plans, deals, changes: they threaten and promise only as a likelihood


def agency_of(lexicon: Lexicon) -> Agency:
    """The lexicon's nouns of people, bodies, things, documents and measurements (built once per lexicon)."""
    held = _AGENCY.get(id(lexicon))
    if held is not None and held[0] is lexicon:
        return held[1]
    agency = _agency(lexicon)
    _AGENCY[id(lexicon)] = (lexicon, agency)
    return agency


_AGENCY: dict[int, tuple[Lexicon, Agency]] = {}  # the lexicon is kept beside its Agency, so an id is never reused


def _agency(lexicon: Lexicon) -> Agency:
    bodies = frozenset(g.lower() for g in lexicon.governments if " " not in g)  # "the ministry", "police"
    return Agency(
        people=lexicon.person_roles | lexicon.anonymous | lexicon.groups | ORG_NOUNS | OUTLET_NOUNS | bodies,
        agents=frozenset(n for n, mark in lexicon.agency.items() if mark == "agent"),
        things=frozenset(n for n, mark in lexicon.agency.items() if mark in ("thing", "venture")),
        objects=frozenset(n for n, mark in lexicon.agency.items() if mark == "thing") - lexicon.documents,
        finders=frozenset(n for n, mark in lexicon.agency.items() if mark == "finder"),
        measurements=lexicon.measurements,
        events=frozenset(n for n, mark in lexicon.agency.items() if mark == "event"),
    )


_PEOPLE_PRONOUNS = frozenset(
    "he she they we i you who whom him her them us me someone somebody everyone everybody anyone anybody nobody "
    "none one others many most some few several both all".split()
)
_RELATIVE_THINGS = frozenset({"which", "that"})
_NAMED_AGENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BACK = 60  # tokens an "it" looks back for what it stands for


def agentive(subject: Token | None, agency: Agency, *, plural_people: bool = True, depth: int = 0) -> bool:
    """A person, an organisation, a role noun or a pronoun for one of them: someone who can intend.

    "The Lakers", "NASA", "Pew", "the coach", "she", "the company", "officials" are; "the mission",
    "the simulation, which ...", "TNG50" (shaped like a product's name), "Artemis" where the text
    calls it "the Artemis program", and "it" standing for one of those are not. A plural common noun
    is taken for people ("administrators", "creditors") when ``plural_people``; what finds something
    must be known to be people ("the images revealed" is no finding of anyone's).
    """
    if subject is None or depth > 2:
        return False
    subject = referent(subject)
    if subject is None:
        return True  # an "it" with nothing to judge by: kept
    low, lemma = subject.lower_, subject.lemma_.lower()
    if subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return low in _PEOPLE_PRONOUNS
    if (subject.pos_ != "PROPN" and (lemma in agency.things or low in agency.things)) or thing_name(subject, agency.things):
        return False
    if lemma in agency.measurements or low in agency.measurements or lemma in agency.finders:
        return False
    if lemma in agency.people or low in agency.people or lemma in agency.agents or low in agency.agents:
        return True
    if subject.ent_type_ in _NAMED_AGENTS or named_agent_elsewhere(subject):
        return True
    if subject.pos_ == "PROPN" and not subject.ent_type_ and not thing_shaped(subject.text):
        return True  # "Pew found that ...": a name the recogniser missed is someone's unless shaped like a product's
    if subject.tag_ in ("NNS", "NNPS") and (plural_people or subject.text[:1].isupper() or person_plural(subject)):
        return True  # "The Lakers", "the Democrats": a team or a party that the recogniser missed
    # "Holcomb and leaders", "Trump's running mate, Indiana Gov. Mike Pence,", "the vast majority of them"
    return any((c.dep_ in ("conj", "appos") or (c.dep_ == "prep" and c.lower_ == "of"))
               and agentive(next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" else c, agency,
                            plural_people=plural_people, depth=depth + 1)
               for c in subject.children)


# the endings of nouns for people who do something: "engineers", "technicians", "scientists",
# "astronomers", "investigators", "participants", "residents", "employees", "representatives"
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "ive")


def person_plural(token: Token) -> bool:
    """A plural common noun that by its ending names people ("the technicians found that"), not things
    ("the images revealed that", "the outflows were shown to")."""
    return token.tag_ == "NNS" and token.lemma_.lower().endswith(_PERSON_ENDINGS)


_CAPS_AFTER_LOWER = re.compile(r"[a-z][A-Z]{2}")


def thing_shaped(name: str) -> bool:
    """ "TNG50", "IllustrisTNG", "GPT-4": digits or a run of capitals after lower case mark the name of a
    model, a product or a simulation; "Pew", "McConnell", "LeBron" are not so shaped."""
    return any(ch.isdigit() for ch in name) or _CAPS_AFTER_LOWER.search(name) is not None


def thing_name(token: Token, things: frozenset[str]) -> bool:
    """A name the text gives a thing: "Artemis" beside "the Artemis program", "IllustrisTNG" in "the
    simulation, called IllustrisTNG", "TNG50, a simulation", or a name whose own head is a thing ("the
    Affordable Care Act"). Only proper nouns; a person or a company is never called so."""
    if token.pos_ != "PROPN":
        return False
    if token.lemma_.lower() in things:
        return token.ent_type_ not in _NAMED_AGENTS  # "the Affordable Care Act"; not "the World Food Programme"
    for other in token.doc:
        if other.pos_ != "PROPN" or other.lower_ != token.lower_:
            continue
        head = other.head
        if other.dep_ == "compound" and head.lemma_.lower() in things:
            return True  # "the Artemis program"
        if other.dep_ in ("appos", "oprd") and head.lemma_.lower() in things:
            return True  # "the simulation, IllustrisTNG", "the simulation, called IllustrisTNG" (oprd of "called")
        if other.dep_ == "oprd" and head.dep_ == "acl" and head.head.lemma_.lower() in things:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in things for c in other.children):
            return True  # "TNG50, a simulation of ..."
    return False


def referent(subject: Token) -> Token | None:
    """What a subject pronoun stands for: the noun a relative "which"/"that" describes ("the simulation,
    which aims to"), the subject noun an "it" looks back to (None when there is none); else the subject."""
    low = subject.lower_
    if low in _RELATIVE_THINGS and subject.head.dep_ in NOUN_MODIFIER_CLAUSES:
        return subject.head.head
    if low == "it" and subject.pos_ == "PRON":
        return it_antecedent(subject)
    return subject


def named_agent_elsewhere(token: Token) -> bool:
    """A proper noun the recogniser missed here but named a person or a body elsewhere in the text:
    "Ham made it clear ..." after "retired Gen. Carter Ham". A name it never recognises ("TNG50",
    "IllustrisTNG") is a thing's until the text says otherwise."""
    if token.pos_ != "PROPN":
        return False
    return any(t.lower_ == token.lower_ and (t.ent_type_ in _NAMED_AGENTS or any(
        c.dep_ == "compound" and c.ent_type_ in _NAMED_AGENTS for c in t.children)) for t in token.doc)  # "Carter Ham"


def it_antecedent(it: Token) -> Token | None:
    """What a subject "it" stands for: the nearest subject noun before it, in its sentence or the two before."""
    doc = it.doc
    first = max(0, it.i - _BACK)
    for t in reversed(doc[first:it.i]):
        if t.dep_ in SUBJECTS and t.pos_ in ("NOUN", "PROPN") and t.sent.start >= first:
            return t
    return None
