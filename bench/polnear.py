"""PolNeAR helpers shared by the bench scripts: read brat standoff, locate the corpus.

The corpus lives in ``../shared/data/polnear`` (relative to the project root) and is never
copied into the repository.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
SCORER = ROOT.parent / "shared" / "tools" / "score_polnear.py"


class GoldAttribution(NamedTuple):
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


def read_brat(path: Path) -> list[GoldAttribution]:
    """Attributions of one ``.ann`` file; malformed lines are skipped (train has a few)."""
    spans: dict[str, tuple[int, int]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            if line.startswith("T"):
                tid, mid, _ = line.split("\t", 2)
                _typ, rng = mid.split(" ", 1)
                parts = [tuple(map(int, p.split())) for p in rng.split(";")]
                spans[tid] = (parts[0][0], parts[-1][1])
            elif line.startswith("E"):
                _, args = line.split("\t", 1)
                events.append(dict(a.split(":", 1) for a in args.split()))
        except ValueError:
            continue
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None or content[1] <= content[0]:
            continue
        out.append(GoldAttribution(content, spans.get(ev.get("Cue", "")), spans.get(ev.get("Source", ""))))
    return out


def articles(split: str) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    """(stem, text, gold attributions) for every article of a split, sorted by name."""
    folder = POLNEAR / split
    for txt in sorted(folder.glob("*.txt")):
        ann = txt.with_suffix(".ann")
        gold = read_brat(ann) if ann.exists() else []
        yield txt.stem, txt.read_text(encoding="utf-8"), gold


_BRAT_LINE = re.compile(r"^[TEARMN#*]\d*\t")


@contextmanager
def scorable_gold(folder: Path) -> Iterator[Path]:
    """``folder`` itself, or, where an ``.ann`` file has a span text broken over lines (train's
    ``wash-post_2016-06-27_byline-amber-phillips.ann``: a line "The number of ..." that the shared scorer
    reads as a T line and stops on), a temporary copy of the split whose ``.ann`` files keep only their
    annotation lines. The scorer never reads a span's text, so the figures are the same as if it had read
    the file as brat means it. The copy is removed when the ``with`` block ends."""
    broken = [p for p in sorted(folder.glob("*.ann"))
              if any(line and not _BRAT_LINE.match(line) for line in p.read_text(encoding="utf-8").splitlines())]
    if not broken:
        yield folder
        return
    copy = Path(tempfile.mkdtemp(prefix=f"sayso-polnear-gold-{folder.name}-"))
    try:
        for path in folder.iterdir():
            if path in broken:
                lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if _BRAT_LINE.match(ln)]
                (copy / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            elif path.suffix in (".txt", ".ann"):
                (copy / path.name).symlink_to(path.resolve())
        yield copy
    finally:
        shutil.rmtree(copy, ignore_errors=True)
