"""Lines of a web page that speak to its reader, not for anyone: "Take our poll - story continues below",
"Continue reading below", "ADVERTISEMENT". A pure reading of a line's text.

They stand between an article's paragraphs wherever the page put a widget, so a cue that closes its
paragraph with a colon ("The Vatican letter states:") may be followed by one before what it
introduces: the notice is nobody's statement and what was stated is the paragraph after it.
"""

from __future__ import annotations

import re

_WORDS = 10  # a notice is a short line; a sentence that mentions a poll runs longer
_NOTICE = re.compile(
    r"\b(?:(?:story|article|text|post|reading)\s+continues\s+(?:below|after|on)|continue\s+reading\b(?!\s+(?:the|this|his|her))"
    r"|continued\s+below|scroll\s+(?:down|to\s+continue)|take\s+our\s+poll\b(?!\s+[a-z])"
    r"|click\s+here|subscribe\s+(?:now|today|to\s+our))\b",
    re.IGNORECASE)
_ALONE = re.compile(r"\W*(?:advertisement|sponsored content|ad)\W*", re.IGNORECASE)  # a line that is only the label


def reader_notice(line: str) -> bool:
    """``line`` is a short notice to the page's reader ("Take our poll - story continues below", "ADVERTISEMENT")."""
    words = line.split()
    return 0 < len(words) <= _WORDS and (_NOTICE.search(line) is not None or _ALONE.fullmatch(line) is not None)
