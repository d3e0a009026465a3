"""The blind audits' own figures, from the committed verdict rows alone (no code is run, ``../shared`` not needed).

    python bench/verdict_gold/figures.py                      # every audit of every kind, and each kind's total
    python bench/verdict_gold/figures.py --audits m71 m72 p72 p73   # some audits, and their total
    python bench/verdict_gold/figures.py --json

Per audit (as its readers judged the code of its day): the predictions judged, how many right (C), partly right (P)
and wrong (W), the W rate with its Wilson 95% interval, the attributions the readers listed as missed, recall
``(C + P) / (C + P + missed)``, and the wrong ones by class (``not_attribution``, ``wrong_speaker``,
``content_wrong``, ``writers_voice``, ``run_on``). These are the figures a closing note of issue 12 quotes; a
pooled total adds draws of different code, so quote it as such. ``verdict_check.py`` runs today's code against
the same rows.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/, for ``verdict_gold`` run as a script

from verdict_gold.rows import PAGES, POLNEAR_PAGES, SENTENCES, VERDICTS, read_rows  # noqa: E402

KINDS = {"ptc": VERDICTS, "pages": PAGES, "sentences": SENTENCES, "polnear": POLNEAR_PAGES}


def wilson(wrong: int, judged: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a rate ``wrong / judged`` (95% by default); (0, 0) of nothing judged."""
    if judged == 0:
        return 0.0, 0.0
    p = wrong / judged
    den = 1 + z * z / judged
    centre = (p + z * z / (2 * judged)) / den
    half = z * math.sqrt(p * (1 - p) / judged + z * z / (4 * judged * judged)) / den
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Figures:
    name: str
    judged: int = 0
    right: int = 0
    partly: int = 0
    wrong: int = 0
    missed: int = 0
    classes: dict[str, int] = field(default_factory=dict)

    @property
    def w_rate(self) -> float:
        return self.wrong / self.judged if self.judged else 0.0

    @property
    def recall(self) -> float:
        found = self.right + self.partly
        return found / (found + self.missed) if found + self.missed else 0.0

    def as_dict(self) -> dict:
        lo, hi = wilson(self.wrong, self.judged)
        return asdict(self) | {"w_rate": round(self.w_rate, 4), "wilson": [round(lo, 4), round(hi, 4)],
                               "recall": round(self.recall, 4)}


def figures(name: str, rows: list[dict]) -> Figures:
    """The figures of ``rows`` (judged predictions and ``missed`` rows of any audits), under ``name``."""
    out = Figures(name)
    verdicts = Counter(r["verdict"] for r in rows if r["kind"] != "missed")
    out.judged = sum(verdicts.values())
    out.right, out.partly, out.wrong = verdicts["C"], verdicts["P"], verdicts["W"]
    out.missed = sum(r.get("missed") or 0 for r in rows if r["kind"] == "missed")
    out.classes = dict(sorted(Counter(r.get("w_class") or "unclassed" for r in rows
                                      if r["kind"] != "missed" and r["verdict"] == "W").items()))
    return out


def by_audit(rows: list[dict]) -> list[Figures]:
    """One ``Figures`` per audit, in the order the audits first appear."""
    audits: dict[str, list[dict]] = {}
    for r in rows:
        audits.setdefault(str(r["audit"]), []).append(r)
    return [figures(name, mine) for name, mine in audits.items()]


def line(f: Figures) -> str:
    lo, hi = wilson(f.wrong, f.judged)
    classes = ", ".join(f"{k} {v}" for k, v in f.classes.items())
    return (f"{f.name:<10} {f.judged:>6} {f.right:>5} {f.partly:>4} {f.wrong:>4} {f.w_rate:>6.1%} "
            f"{lo:>5.1%}-{hi:<5.1%} {f.missed:>6} {f.recall:>6.2f}  {classes}")


HEADER = f"{'audit':<10} {'judged':>6} {'C':>5} {'P':>4} {'W':>4} {'W rate':>6} {'Wilson 95%':<11} {'missed':>6} {'recall':>6}  W by class"


def report(kinds: dict[str, Path], audits: set[str] | None) -> tuple[list[Figures], list[Figures]]:
    """Per audit and per kind (or, with ``audits``, those audits and their pooled total)."""
    each: list[Figures] = []
    totals: list[Figures] = []
    chosen: list[dict] = []
    for kind, path in kinds.items():
        rows = read_rows(path) if path.exists() else []
        if audits is not None:
            rows = [r for r in rows if str(r["audit"]) in audits]
            chosen += rows
        if rows:
            each += by_audit(rows)
            if audits is None:
                totals.append(figures(kind, rows))
    if audits is not None and chosen:
        totals.append(figures("together", chosen))
    return each, totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--audits", nargs="+", help="audit names (23, h32, m71, p72 ...); default every audit")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    audits = set(args.audits) if args.audits else None
    each, totals = report(KINDS, audits)
    if audits is not None and not each:
        print(f"figures: no committed audit is named {' '.join(sorted(audits))}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"audits": [f.as_dict() for f in each], "totals": [f.as_dict() for f in totals]}, indent=1))
        return 0
    print(HEADER)
    for f in each:
        print(line(f))
    print()
    for f in totals:
        print(line(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
