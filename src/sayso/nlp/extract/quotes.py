"""Find quotations in raw text: a pure function of the string, no parse needed.

Handles straight and curly double quotes (and « » guillemets), paragraph-continuation
quotes (an opening mark left open at a paragraph's end continues when the next paragraph
opens with a mark), and unbalanced marks, which never raise: a quote left open runs to the
end of its paragraph and is flagged ``closed=False``.
"""

from __future__ import annotations

from typing import NamedTuple

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", '"', "“"}
_LEFT_CONTEXT = set(" \t\n\r\xa0([{—–-/‘'") | {""}


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    paragraphs: int = 1

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before in _LEFT_CONTEXT and after != "" and not after.isspace()


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _next_paragraph_start(text: str, i: int) -> int:
    """Index of the first non-space character after the newline(s) at ``i``."""
    j = i
    while j < len(text) and text[j] in "\n\r \t\xa0":
        j += 1
    return j


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted passage of ``text``, in order, never overlapping."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in OPENERS or (ch == '"' and not _is_open_straight(text, i)):
            i += 1
            continue
        start, closer, paras = i, OPENERS[ch], 1
        j = i + 1
        while True:
            para_end = _paragraph_end(text, j)
            k = _find_closer(text, j, para_end, closer)
            if k is not None:
                quotes.append(Quote(start, k + 1, start + 1, k, True, paras))
                i = k + 1
                break
            # No closing mark in this paragraph: continue if the next paragraph opens one.
            nxt = _next_paragraph_start(text, para_end)
            if nxt < n and text[nxt] in OPENERS and para_end < n:
                j, paras = nxt + 1, paras + 1
                continue
            end = para_end
            while end > start + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(start, end, start + 1, end, False, paras))
            i = max(end, start + 1)
            break
    return [q for q in quotes if q.inner_end > q.inner_start]


def _find_closer(text: str, j: int, stop: int, closer: str) -> int | None:
    for k in range(j, stop):
        c = text[k]
        if c == closer and (closer != '"' or not _is_open_straight(text, k) or k + 1 == stop):
            return k
        if closer != '"' and c == '"':
            continue
        if c in CLOSERS and c != closer and closer in "”»" and c in "”»":
            return k
    return None
