"""One attribution as the extractors find it: character ranges into the Doc's text, before sources are resolved."""

from __future__ import annotations

from typing import NamedTuple

Range = tuple[int, int]


def overlaps(a: Range, b: Range) -> bool:
    """Whether two character ranges share at least one character."""
    return min(a[1], b[1]) > max(a[0], b[0])


class Found(NamedTuple):
    """One attribution as found on the parse: character ranges into ``doc.text``."""

    kind: str
    content: Range
    cue: Range
    source: Range | None
    source_head: int | None  # token index of the source's head word
    addressee: Range | None
    addressee_head: int | None
    score: float
    cue_head: int
    parts: tuple[Range, ...] = ()
    medium: str = "unknown"  # speech | writing | thought | unknown
    continues: Range | None = None  # a cue-less quote paragraph: the cue of the attribution it continues
