"""British copy that quotes with single marks ('We were devastated,' he said): a document-level decision.

sayso reads double marks as quotations and leaves single ones alone, since a single mark is an
apostrophe far more often (It's, the Smiths' house, '90s, rock 'n' roll). Daily Mail-style copy,
though, sets every quotation in single marks: read as it is, all its quotations are missed or
reported as indirect speech. Whether a text does so is decided once for the whole text
(``uses_single_quotes``); such a text is then read with its quotation marks made double
(``double_quoted``: same length, so every offset holds), its apostrophes untouched.
"""

from __future__ import annotations

import re

from sayso.nlp.extract.quote_marks import DOUBLE_MARKS, TYPEWRITER_MARKS

_DOUBLE_MARKS = re.compile(f"[{DOUBLE_MARKS}]|" + "|".join(TYPEWRITER_MARKS))
# a single mark closing a quotation after its last word's punctuation: "devastated,' he", "home.'\n"
_PUNCT_CLOSE = re.compile(r"[,.!?…][’']([\s)\]—–-]|$)")
# a single mark opening a quotation: at a word's start, before a letter ("'90s" is an apostrophe)
_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–/-]))[‘'](?=[A-Za-z])")
MIN_CLOSES = 2  # quotations closed after punctuation before a text is judged to quote in single marks
# what may stand right before a single mark that opens a quotation, and right after one that closes it
OPENING_NEIGHBOURS = frozenset(" \t\n\r\xa0([{—–-/")
CLOSING_NEIGHBOURS = frozenset(" \t\n\r\xa0)]}—–-,.;:!?…")


def uses_single_quotes(text: str) -> bool:
    """Whether ``text`` sets its quotations in single marks: no double mark anywhere, at least
    ``MIN_CLOSES`` single marks closing a quotation after punctuation ('…devastated,' he said), and
    about as many opening a word ('We …) as close one (an apostrophe opens or closes, not both)."""
    if _DOUBLE_MARKS.search(text):
        return False
    closes = len(_PUNCT_CLOSE.findall(text))
    opens = len(_OPEN.findall(text))
    return closes >= MIN_CLOSES and opens >= closes / 2


def double_quoted(text: str) -> str:
    """``text`` with the single marks that open or close a quotation made double (‘ → “, ’ → ”), the same length.

    A mark opens at a word's start before a letter ('We); it closes after a word and before a space or
    punctuation while a quotation is open (devastated,'), else it is an apostrophe (It's, the Smiths'
    house, '90s, rock 'n' roll). A plural possessive inside a quotation ('the Smiths' house,' he said)
    closes nothing when a close after punctuation follows in its paragraph.
    """
    out = list(text)
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in "‘’'":
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch != "’" and (before == "" or before in OPENING_NEIGHBOURS) and after.isalpha() and not elision(text, i):
            out[i], open_at = "“", i
        elif ch != "‘" and open_at is not None and before and not before.isspace() and (after == "" or after in CLOSING_NEIGHBOURS):
            if before == "s" and after == " " and _close_follows(text, i + 1):
                continue  # "the Smiths' house,' he said": a possessive inside the quotation
            out[i], open_at = "”", None
    return "".join(out)


def elision(text: str, i: int) -> bool:
    """'n' in "rock 'n' roll" and "'em", "'til": a word's letters left out, not a quotation's start."""
    word = re.match(r"[A-Za-z]+", text[i + 1:i + 6])
    return word is not None and (word.group() in ("n", "em", "til", "tis", "twas", "cause")
                                 and text[i + 1 + word.end():i + 2 + word.end()] in ("'", "’", " ", ""))


def _close_follows(text: str, j: int) -> bool:
    """A quotation's close after punctuation later in the paragraph from ``j``."""
    end = text.find("\n", j)
    return _PUNCT_CLOSE.search(text[j:len(text) if end < 0 else end]) is not None
