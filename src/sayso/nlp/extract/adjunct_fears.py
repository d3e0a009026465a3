"""A fear in an adjunct that no one named holds: a pure predicate on the parse.

"Prices rose because of fears that supplies would run short", "Genetic studies raise concerns because of fears that
they could be used ...": a noun of an inner state ("fears", "concerns", "worries", "hopes": a cue whose medium is
thought in ``media.txt``) as the object of a preposition of cause or setting ("because of", "on", "amid", "over",
"after") hung on a verb. The parse's way to a noun cue's source takes the verb's subject, but prices and studies
fear nothing: the fear is in the air, no one's that the sentence names (PolNeAR gold gives such a fear no source:
"the tax has been highly unpopular, in part because of fears that ..."). So where the subject is a thing, the
attribution keeps no source.

Kept: a subject who can hold the fear ("Investors sold shares on fears that ...": the investors' own), a person,
a group, a body, a name or a personal pronoun; an owned fear ("investors' fears that", "fears among traders")
never reaches this rule (its owner is its source); a fear that is the verb's object ("voiced fears that") is not in
an adjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.source_types import ORG_NOUNS, OUTLET_NOUNS, person_noun

# prepositions of an adjunct that gives a reason or a setting: "because of", "due to", "on fears", "amid concerns"
_ADJUNCT_PREPOSITIONS = frozenset({"because", "due", "on", "amid", "amidst", "over", "after", "following", "despite",
                                   "with", "out", "given", "from"})
_HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_QUANTITIES = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "million", "millions",
                         "score", "scores", "some", "many", "most", "all", "few", "several", "number", "handful"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "what"})
# endings of nouns of people the lexicons do not list ("investors", "traders", "residents", "employees"): read as
# holders, so a thing is only a noun that has none of them
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")


def fearing_thing(cue: Token, subject: Token, lexicon: Lexicon) -> bool:
    """``cue`` is a noun of an inner state in a cause or setting adjunct of a verb whose subject ``subject`` is a
    thing ("Prices rose because of fears that ..."): no one named holds it."""
    if cue.pos_ != "NOUN" or lexicon.media.get(cue.lemma_.lower()) != "thought" or cue.dep_ != "pobj":
        return False
    prep = cue.head
    if prep.lower_ not in _ADJUNCT_PREPOSITIONS or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or subject.head.i != verb.i or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not can_hold(subject, lexicon)


# verbs by which a thing stirs a feeling in others ("the report raised new worries that ..."), and the feelings that
# only people feel, which a thing stirs but never voices ("concerns", "questions", "doubts" a finding may voice)
_STIRRING = frozenset({"raise", "stir", "spark", "fuel", "stoke", "revive", "renew", "heighten"})
_FELT = frozenset({"worry", "fear", "anxiety", "hope", "alarm", "jitter", "jitters", "unease"})


def stirring_thing(cue: Token, subject: Token, lexicon: Lexicon) -> bool:
    """A thing, the subject of ``cue``, stirs a feeling in others: "Friday's report raised new worries that a weak
    job market ...", "The data stoked fears that ...": the worry is the markets' or the economists', whom the
    sentence does not name, not the report's, so the attribution keeps no source. Only a feeling (``_FELT``) as the
    verb's direct object (``_STIRRING``); kept: a subject who can hold it ("Investors raised fears that ...", "the
    senator raised hopes": ``can_hold``)."""
    if cue.lemma_.lower() not in _STIRRING or subject.head.i != cue.i or subject.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _FELT for c in cue.children):
        return False
    return not can_hold(subject, lexicon)


def can_hold(head: Token, lexicon: Lexicon) -> bool:
    """The noun can hold a fear or a hope: a personal pronoun, a name, a person, a group, a body, a government or an
    outlet, or a noun with the ending of a word for people ("investors", "traders"), or a count of any of them
    ("hundreds of settlers"); not a thing ("prices", "studies", "the dollar"), a document or a figure."""
    member = _member_of(head)
    if member is not None:
        return can_hold(member, lexicon)  # "hundreds of settlers", "dozens of them": the people counted
    if head.pos_ == "PRON":
        return head.lower_ not in _THING_PRONOUNS
    if head.pos_ == "PROPN" or head.ent_type_ in _HOLDER_ENTITIES:
        return True
    lemma = head.lemma_.lower()
    return (person_noun(head, lexicon) or lemma in lexicon.anonymous or lemma in lexicon.groups
            or lemma in lexicon.collective_nouns or lemma in ORG_NOUNS or lemma in OUTLET_NOUNS
            or lemma in lexicon.governments or lexicon.agency.get(lemma) == "agent" or lemma.endswith(_PEOPLE_ENDINGS))


def _member_of(head: Token) -> Token | None:
    """What a number or a word of quantity counts ("hundreds of settlers", "dozens of them", "2,000 of the
    workers", "some of the investors"): the object of its "of", else None."""
    if head.pos_ != "NUM" and head.lemma_.lower() not in _QUANTITIES:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
