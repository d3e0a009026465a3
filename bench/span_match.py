"""The scorers' span arithmetic, shared by the bench scripts: trim, overlap, Dice and the greedy match.

The definitions are ``../shared/tools/score_polnear.py``'s: a gold attribution is found when a predicted
content overlaps it with character Dice >= 0.5, each gold in turn taking the unused prediction of best
Dice (gold-major greedy, each prediction used once); spans are compared after trimming ``TRIM`` off their
ends. ``score_html_gold.py`` scores with these, and the scripts that label training or calibration rows
(``calibration.py``, ``content_end_data.py``, ``train_attribution.py``) label with them, so a row is
"right" exactly when the scorer would count it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Span = tuple[int, int]

# The characters the scorers trim off a span's ends: two spans that differ only by these are one span.
TRIM = " \t\n\r\xa0\"'“”‘’«»,.;:!?()[]-—–"


def trim(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def dice(a: Span, b: Span) -> float:
    total = (a[1] - a[0]) + (b[1] - b[0])
    return 2 * overlap(a, b) / total if total else 0.0


def match_spans(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs: each gold takes the unused prediction of best Dice >= 0.5.

    Pairs come in gold order; a tie in Dice goes to the earlier prediction."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        best, bi = 0.0, None
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            d = dice(g, p)
            if d > best:
                best, bi = d, pi
        if bi is not None and best >= 0.5:
            used.add(bi)
            pairs.append((gi, bi))
    return pairs


def match(gold: Sequence[Any], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """``match_spans`` on the ``content`` spans of two lists of attributions (anything with ``.content``)."""
    return match_spans([g.content for g in gold], [p.content for p in pred])
