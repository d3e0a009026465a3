"""Does a text read as English? The extractors' word lists, parse rules and models are English-only.

A measure of the text alone: the share of its words in Latin script and the share that are
common English words. Below either bar the text is another language (or mostly code, lists,
names), and what only an English reader can judge (scare quotes) is not judged.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SAMPLE_CHARS = 20_000  # the opening of a long text says which language it is in
MIN_WORDS = 20  # fewer words than this say nothing either way
MIN_LATIN = 0.5
MIN_ENGLISH = 0.12

_ENGLISH = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or "
    "have an they which one you were her all she there would their we him been has when who will more "
    "no if out so said what up its about into than them can only other new some could time these two "
    "may then do first any my now such like our over man me even most made after also did many before "
    "must through back years where much your way well down should because each just those people".split()
)
_WORDS = re.compile(r"[^\W\d_]+")


class EnglishShare(NamedTuple):
    words: int  # words read (letters only)
    latin: float  # share of them in ASCII letters
    english: float  # share of them that are common English words


def english_share(text: str) -> EnglishShare:
    """How English the opening ``SAMPLE_CHARS`` of ``text`` read."""
    words = _WORDS.findall(text[:SAMPLE_CHARS].lower())
    if not words:
        return EnglishShare(0, 0.0, 0.0)
    latin = sum(1 for w in words if w.isascii()) / len(words)
    return EnglishShare(len(words), latin, sum(1 for w in words if w in _ENGLISH) / len(words))


def reads_as_english(text: str) -> bool:
    """False only where ``text`` has enough words to tell and they are not English (Korean, Russian,
    Italian, German ...); a short or empty text is given the benefit of the doubt."""
    share = english_share(text)
    return share.words < MIN_WORDS or (share.latin >= MIN_LATIN and share.english >= MIN_ENGLISH)
