"""Marks that stand for an apostrophe inside a word: a pure, same-length reading of the text.

Some copy (a keyboard or a converter's choice) sets the apostrophe as an acute accent ("I´m", "Tuesday´s",
U+00B4), a grave accent / backtick ("don`t") or a prime ("it′s", U+2032). spaCy reads none of them as an
apostrophe: "I´m" stays one unknown token, the quotation around it is misparsed, and a cue after it can take a
time clause as its content. ``with_apostrophes`` reads such a mark as "'" where it joins two letters, the same
length, so every offset the report gives still points into the original text (the report's spans keep "´").
Kept as they are: a mark not between two letters ("``quoted''", "students´ " at a word's end, "5′ 10″",
an accent alone), and the letters themselves (an accented "é" is one character, not a mark).
"""

from __future__ import annotations

import re

# acute accent, grave accent (backtick), prime: between two letters they stand for an apostrophe
_WORD_INTERNAL = re.compile(r"(?<=[^\W\d_])[\u00b4`\u2032](?=[^\W\d_])")


def with_apostrophes(text: str) -> str:
    """``text`` with each acute accent, backtick or prime that joins two letters ("I´m", "Tuesday´s") read as
    the apostrophe "'" it stands for, the same length."""
    if "\u00b4" not in text and "`" not in text and "\u2032" not in text:
        return text
    return _WORD_INTERNAL.sub("'", text)
