"""Where a short claim sits inside a long statement: the parts of the long text to judge it against.

A 10-word quote inside a 60-word attributed content is the same claim told with context,
but a pair judgement over the whole texts sees mostly words the claim lacks (and any "not"
of the context reads as a denial), so it says "different". ``windows(long, short)`` gives
the few parts of ``long`` a judgement should look at instead (when ``short`` has at least
``MIN_WORDS`` words): its sentences no longer than
``WINDOW_RATIO`` times ``short``, and runs of words as long as ``short`` give or take a
third, those that hold the most of ``short``'s words. Each window is a contiguous slice of
``long``'s words (its punctuation kept), so a quote comes out whole.
"""

from __future__ import annotations

import math
import re

WINDOW_RATIO = 2  # a text with more than this many times the other's words is judged by its parts too
MAX_WINDOWS = 3  # parts judged per long text (each costs a comparison)
MIN_SHARE = 0.5  # a part holds at least this share of the short text's words
MIN_WORDS = 6  # a shorter text is a fragment ("the State Department staffer"), not a claim to look for
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)]*$")


def _words(token: str) -> set[str]:
    return set(_WORD.findall(token.lower()))


def much_longer(long: str, short: str) -> bool:
    """Whether ``long`` has more than ``WINDOW_RATIO`` times the words of ``short``."""
    return len(long.split()) > WINDOW_RATIO * max(1, len(short.split()))


def _sentences(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences (ended by . ! ? ; or :, closing quotes kept)."""
    out, start = [], 0
    for i, token in enumerate(tokens):
        if _SENTENCE_END.search(token):
            out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


def windows(long: str, short: str, *, most: int = MAX_WINDOWS) -> list[str]:
    """Up to ``most`` parts of ``long`` that hold the most of ``short``'s words, best first; [] when ``long`` is not much longer."""
    if not much_longer(long, short) or len(short.split()) < MIN_WORDS:
        return []
    want = set(_WORD.findall(short.lower()))
    if not want:
        return []
    tokens = long.split()
    bags = [_words(t) for t in tokens]
    n = len(short.split())
    size = n + math.ceil(n / 3)
    need = math.ceil(MIN_SHARE * len(want))
    ranges = [r for r in _sentences(tokens) if r[1] - r[0] <= WINDOW_RATIO * n]
    ranges += [(i, min(len(tokens), i + size)) for i in range(max(1, len(tokens) - size + 1))]
    scored = []
    for start, end in dict.fromkeys(ranges):
        held = len(want & set().union(*bags[start:end]))
        if held >= need:
            # most words held, then the tighter part, then the earlier
            scored.append((-held, end - start, start, end))
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    for _, _, start, end in sorted(scored):
        if any(start < e and s < end and min(end, e) - max(start, s) > (end - start) // 2 for s, e in taken):
            continue  # mostly the same words as a better part
        taken.append((start, end))
        out.append(" ".join(tokens[start:end]))
        if len(out) == most:
            break
    return out
