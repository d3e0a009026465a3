"""Whether the subject of a passive cue with a "by" agent is what was said: a pure predicate on the parse.

"The plan was revealed by the Post" reports a plan, and "This was even admitted by General Clark" points back
to what was said before; but in "The lawsuit was announced by CNN on Tuesday", "The event was reported by
Intellihub", "his firing was first reported by The Washington Post", "Three of the videos were put out by
DavidDuke.com" and "Barros is accused by the victims of ..." the subject is an event, a thing or a person, and
readers judged every such content wrong (PTC blind audits 26-49: 11 W, 0 C). Kept: a subject whose head is a
noun of a proposition, an intention or a statement ("the allegations were confirmed by ...", "the decision was
announced by ...", "his remarks were condemned by ...") or a demonstrative pronoun (two of three judged P).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

SAID_NOUNS = (read_words("proposition_nouns.txt") | read_words("intention_nouns.txt")
              | read_words("statement_nouns.txt") | read_words("cue_nouns.txt") | read_words("said_thing_nouns.txt"))
_POINTING = frozenset({"this", "that", "these", "those", "which", "what"})


def said_passive_subject(subj: Token) -> bool:
    """Whether the passive subject ``subj`` ("The plan" of "The plan was revealed by the Post") names something
    said: a noun of ``SAID_NOUNS`` or a pronoun pointing back to a statement; not an event, thing or person."""
    if subj.lower_ in _POINTING:
        return True
    return subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in SAID_NOUNS
