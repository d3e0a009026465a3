"""An "as X claims" aside after a quoted fragment: what X claims is the fragment, not the writer's clause.

"But the Guardian is far from 'solid and reliable', as Greenwald claims": the writer rebuts
Greenwald ("far from"), and Greenwald's words are the quoted ones. Where the quotation is set in
double marks the quotation is a candidate of its own and wins; in copy that quotes in double marks
and sets a fragment in single ones (which ``british_quotes`` leaves as apostrophes for the whole
text) the fragment is read here, off the characters: a single mark that closes right before the
aside's comma, and the one that opens it at a word's start within the same clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.participles import report_aside
from sayso.nlp.extract.quotes import QuoteIndex

_OPENING = ("'", "‘")
_CLOSING = ("'", "’")
_MAX_FRAGMENT = 120  # characters: a fragment worked into the writer's clause, not a paragraph


def _before_aside(token: Token, text: str) -> int | None:
    """The character offset where the words before the "as X claims" aside of the cue ``token`` end (spaces and a
    comma left out), else None: no such aside after them."""
    if not report_aside(token) or token.head.i > token.i:
        return None
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i == 0:
        return None
    end = mark.idx
    while end > 0 and text[end - 1] in " ,\xa0":
        end -= 1
    return end


def single_quoted_fragment(token: Token, text: str) -> tuple[int, int] | None:
    """Character range (marks included) of the single-quoted fragment right before the "as X claims" aside of
    the cue ``token``, else None."""
    end = _before_aside(token, text)
    if end is None or end == 0 or text[end - 1] not in _CLOSING:
        return None
    close = end - 1
    if close > 0 and text[close - 1] in ",.":  # "reliable,' as": the comma inside the mark
        close -= 1
    lo = max(0, close - _MAX_FRAGMENT)
    for i in range(close - 1, lo - 1, -1):
        ch = text[i]
        if ch in "\n\"“”":
            return None
        if ch in _OPENING and (i == 0 or not text[i - 1].isalnum()) and i + 1 < close and text[i + 1].isalnum():
            return i, end
    return None


def double_quoted_fragment(token: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """Character range (marks included) of the quotation in double marks that closes right before the "as X
    claims" aside of the cue ``token`` ("the Guardian is far from “solid and reliable”, as Greenwald claims",
    "there was NO report of the man “exhibiting violent behavior,” as the police sergeant claims"), else None:
    X's words are the quoted ones, the clause around them is the writer's (blind audits 36 and 39)."""
    end = _before_aside(token, quotes.text)
    if end is None:
        return None
    quote = next((q for q in quotes.overlapping(max(0, end - 1), end) if q.closed and q.end == end), None)
    if quote is None or quote.end - quote.start > _MAX_FRAGMENT or quote.start < token.sent.start_char:
        return None
    return quote.start, quote.end
