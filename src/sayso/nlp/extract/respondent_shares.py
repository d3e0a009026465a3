"""A share of people with its noun left out is a group: "nine in 10 said", "Two out of three said", "Nine in 10 of
those asked said" (after "four out of 10 voters said": the voters). A pure function of the phrase.

A speaker phrase that is only a ratio, "N in M" or "N out of M" (numbers or number words, a hedge such as "about"
before it, an "of ..." naming whom after it), stands for that many of the people the text counts: the speakers are a
group, whatever NER makes of the numbers. A ratio with its noun ("four out of 10 voters") is typed by the noun; a
figure alone ("10 said") or a share of things ("nine in 10 cases") is no such phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_HEDGE = r"(?:about|around|nearly|almost|roughly|some|only|just|over|more than|fewer than|less than)"
_SHARE = re.compile(rf"^(?:{_HEDGE}\s+)?{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}(?:\s+of\s+\S.*)?$", re.IGNORECASE)


def share_of_people(text: str, head: Token) -> bool:
    """The speaker phrase ``text`` (head word ``head``) is a bare ratio of people: "nine in 10", "Two out of three",
    "Nine in 10 of those asked"."""
    return head.pos_ == "NUM" and _SHARE.match(text.strip()) is not None
