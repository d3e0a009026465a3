"""When and where a statement was made is not what was said: "denied the claim on Monday", "repeated the charge
Tuesday in an interview with CNN".

A cue with a noun-phrase object takes the phrases after the object that complete what is said of it ("accused Cruz
of lying", "called the plan a mistake", "compared him to Nixon"); a preposition the parse hung on the cue whose
object is a day or an hour ("on Monday", "in 2016") or the occasion or channel of the statement ("in an interview",
"at a news conference", "during a rally") only dates or places the act of saying, and the content ends before it
(``without_occasions``). Kept: such phrases after the bare object of a verb that states no position ("tweeted out
the news on Tuesday", "issued a statement on Thursday"): that row is dropped once the speakers are resolved and
a quotation in the next paragraph keeps the speaker it continues.
Pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

_TIME_ENTS = frozenset({"DATE", "TIME"})  # as ``circumstances.TIME_ENTS`` (which this module may not import)
_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during", "via"})
# the ways words are given out, and the rally or the campaign stop they are given at: an occasion of saying here
# and after a closing quotation mark (``content_trails._OCCASION_NOUNS``, which adds its own few)
SAYING_CHANNELS = frozenset(
    "statement interview email letter tweet post speech release conference briefing memo op-ed column appearance "
    "remarks podcast essay rally stop address".split())
# what a statement is made in or at after a stance's object: its channel or the gathering it was made before (after
# a closing quotation mark a debate or an event may be what was said about, so ``content_trails`` leaves them out)
OCCASION_NOUNS = SAYING_CHANNELS | frozenset(
    "e-mail call testimony newsletter editorial blog event fundraiser debate forum hall meeting summit luncheon "
    "breakfast dinner ceremony session".split())


# nouns that stand for a proposition ("denied the allegations"): a day after one dates the denial, where a day
# after a thing or an event may be its own ("reported three arrests on Saturday", "predicted a recession in 2020")
_PROPOSITION_NOUNS = read_words("proposition_nouns.txt")
# verbs that state a position toward their object ("denied", "repeated", "praised"); the same list as the stances'
_POSITION_VERBS = read_words("position_verbs.txt")


def without_occasions(verb: Token, comps: list[Token]) -> list[Token]:
    """The phrases after ``verb``'s object that complete what is said of it, ``comps`` less the occasions of saying
    (``occasion_of_saying``), where the verb states a position toward the object or a complement that is no
    preposition remains ("called the loss a fluke at a news conference"). A verb of telling or issuing with a bare object keeps them ("tweeted
    out the news on Tuesday", "issued a statement on Thursday": the row is no statement and goes once the speakers
    are resolved, and a quotation in the next paragraph keeps the speaker it continues)."""
    kept = [c for c in comps if not occasion_of_saying(c)]
    if verb.lemma_.lower() in _POSITION_VERBS or any(c.dep_ != "prep" for c in kept):
        return kept
    return comps  # "issued a statement following the ruling on Thursday": a phrase of the act, no complement


def occasion_of_saying(prep: Token) -> bool:
    """A preposition hung on a verb whose object is a day or an hour ("on Monday", "in 2016", "Thursday afternoon")
    or the occasion of a statement ("in an interview with CNN", "at a town hall in Ohio", "during a rally"). A day
    dates the act only after an object that stands for a proposition ("denied the claim on Monday")."""
    if prep.dep_ != "prep" or (_day(prep) and not _proposition_object(prep.head)):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if prep.lower_ in _TIME_PREPOSITIONS and obj.ent_type_ in _TIME_ENTS:
        return True
    return prep.lower_ in _OCCASION_PREPOSITIONS and obj.pos_ == "NOUN" and obj.lemma_.lower() in OCCASION_NOUNS


def _proposition_object(verb: Token) -> bool:
    """The verb's object is a noun that stands for a proposition ("the allegations", "the claim")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PROPOSITION_NOUNS for c in verb.children)


def _day(prep: Token) -> bool:
    """A preposition whose object is a day or an hour."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in prep.children)
