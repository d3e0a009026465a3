"""Whether the subject of a passive cue with a "by" agent is what was said: a pure predicate on the parse.

"The plan was revealed by the Post" reports a plan, and "This was even admitted by General Clark" points back
to what was said before; but in "The lawsuit was announced by CNN on Tuesday", "The event was reported by
Intellihub", "his firing was first reported by The Washington Post", "Three of the videos were put out by
DavidDuke.com" and "Barros is accused by the victims of ..." the subject is an event, a thing or a person, and
readers judged every such content wrong (PTC blind audits 26-49: 11 W, 0 C). Only verbs of reporting
(``REPORTING_VERBS``) are read so: a stance's passive subject is its target ("was condemned by", readers: P).
Kept: a subject whose head is a
noun of a proposition, an intention or a statement ("the allegations were confirmed by ...", "the decision was
announced by ...", "his remarks were condemned by ...") or a demonstrative pronoun (two of three judged P).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.resource_files import read_words

SAID_NOUNS = (read_words("proposition_nouns.txt") | read_words("intention_nouns.txt")
              | read_words("statement_nouns.txt") | read_words("cue_nouns.txt") | read_words("said_thing_nouns.txt"))
# the verbs whose passive subject readers judged no content: what was reported or put out is an event or a thing
# ("was reported by", "was announced by", "were put out by", "are being said by", "is accused by"); a stance
# verb's subject is its target and readers kept it ("was condemned by", "was criticized by ... as", "was
# dismissed as"), so those are left alone
REPORTING_VERBS = frozenset({"report", "announce", "say", "put", "publish", "release", "accuse"})
_COUNTS = frozenset({"total", "number", "tally", "count"})
# a quantity heading its own noun ("Hundreds of cases", "A handful of incidents"): a count, unless it picks out some
# of things named before ("Three of the videos", "Many of the details": a definite "of" object)
_QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                         "billion", "billions", "score", "scores", "handful", "couple"})
_QUANTIFIERS = frozenset({"several", "numerous", "multiple"})  # "Several cases were reported by doctors"
# said things not in the shared lists: "His words were reported by Tass", "Word of the resignation", "Evidence of
# the breach was first reported by Bloomberg", "The existence of the program was first reported by The Guardian"
_MORE_SAID = frozenset({"word", "evidence", "existence"})
_POINTING = frozenset({"this", "that", "these", "those", "which", "what"})


def said_passive_subject(subj: Token) -> bool:
    """Whether the passive subject ``subj`` ("The plan" of "The plan was revealed by the Post") names something
    said: a noun of ``SAID_NOUNS`` or a pronoun pointing back to a statement; not an event, thing or person."""
    if subj.lower_ in _POINTING or subj.lemma_.lower() in _COUNTS or any(c.dep_ == "nummod" for c in subj.children):
        return True  # "A total of 17 confirmed cases of cholera were reported by ...": a count is a finding (readers P)
    if _count(subj):
        return True
    return subj.pos_ in ("NOUN", "PROPN") and (subj.lemma_.lower() in SAID_NOUNS or subj.lemma_.lower() in _MORE_SAID)


def _count(subj: Token) -> bool:
    """ "Hundreds of cases", "A handful of incidents", "Several cases": a quantity of things found, not a part of
    things named before ("Three of the videos")."""
    if any(c.dep_ in ("amod", "det") and c.lower_ in _QUANTIFIERS for c in subj.children):
        return True
    if subj.lower_ not in _QUANTITIES and subj.lemma_.lower() not in _QUANTITIES:
        return False
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in obj.children)


def unsaid_passive_subject(content: Content, doc: Doc) -> bool:
    """Whether ``content``, the one picked for a passive cue, is its subject and names no said thing: the cue is
    then dropped, not given another content ("The lawsuit was announced by CNN on Tuesday": "on Tuesday" is no
    more what was said)."""
    if content.kind != "passive_subj":
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubjpass" or span.root.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not said_passive_subject(span.root)
