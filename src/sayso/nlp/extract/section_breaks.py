"""Where a text starts a new section that a pronoun does not reach back across.

A live blog's entries ("6 p.m." then "Donald Trump is raising questions ... He notes"), and
sections set apart by a rule line ("___", "* * *", "---"), each open a new scene: a reader takes
the "he" of an entry for someone named in that entry, never for a name of the entry before.
Pure: a string in, offsets out.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# a line that is only a rule ("___", "* * *", "---", "###") or only a time of day ("6 p.m.", "5:55 p.m.",
# "10:30 a.m. EDT", "12 PM"): the marks that set a text's sections or a live blog's entries apart
_BREAK_LINE = re.compile(
    r"^[ \t]*(?:(?:[_*=~#•·—–-][ \t]*){3,}\.?"
    r"|(?:UPDATE[:,]?[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.m\.|[AP]\.?M\.?)(?:[ \t]+[A-Z]{2,4})?[ \t]*[.:]?)[ \t]*$",
    re.MULTILINE,
)


def break_ends(text: str) -> tuple[int, ...]:
    """The offsets just after each section-break line of ``text``, in order."""
    return tuple(m.end() for m in _BREAK_LINE.finditer(text))


def section_start(ends: tuple[int, ...], at: int) -> int:
    """Where the section holding offset ``at`` starts (0 in the first section)."""
    i = bisect_right(ends, at)
    return ends[i - 1] if i else 0
