"""Small charts as geometry for the templates to draw in SVG (no script, no library): pure functions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float


def columns(pairs: list[tuple[str, int]], *, width: float = 600, height: float = 160, gap: float = 2,
            widest: float = 48) -> list[Bar]:
    """Vertical bars, one per (label, value), scaled to the largest; bottom at ``height``; none wider
    than ``widest`` (one month is a bar, not a wall)."""
    if not pairs:
        return []
    top = max(v for _, v in pairs) or 1
    w = min(widest, width / len(pairs))
    return [Bar(label, value, i * w + gap / 2, height - value / top * height, max(1.0, w - gap), value / top * height)
            for i, (label, value) in enumerate(pairs)]


def months(dates: list[str | None]) -> list[tuple[str, int]]:
    """Counts per YYYY-MM, every month from the first to the last (empty months as 0)."""
    counts: dict[str, int] = {}
    for d in dates:
        if d and len(d) >= 7:
            counts[d[:7]] = counts.get(d[:7], 0) + 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
