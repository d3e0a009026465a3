"""The cue words ``sayso.analyze`` reports for a text: what the tables of the extraction-filter tests check."""

from __future__ import annotations

import sayso
from sayso.model import Article, Block


def cues(nlp, text: str, *, min_confidence: float | None = 0, headings: tuple[tuple[int, int], ...] = ()) -> list[str]:
    article = Article(text, blocks=tuple(Block("heading", s, e) for s, e in headings))
    report = sayso.analyze(article, nlp=nlp, techniques=False, claims=False, min_confidence=min_confidence)
    return [a.cue.text.lower() for a in report.attributions if a.cue is not None]


def has_cue(found: list[str], word: str) -> bool:
    return any(word in c.split() or c == word for c in found)
