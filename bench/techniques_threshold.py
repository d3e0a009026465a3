"""Reliability of the technique markers' confidence on a PTC split: a threshold table.

    python bench/techniques_threshold.py [--split dev] [--cache DIR] [--thresholds 0,0.1,...]

Runs the tagger once with every marker (``emit_threshold=0``), then for each confidence
threshold keeps the markers at or above it and scores them with ``../shared/tools/score_ptc.py``
(span identification P/R/F1, label-aware flc F1) and counts them. The default emission
threshold (``techniques_model.json``: ``emit_threshold``) is the lowest one whose si_p >= 0.5.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ptc import encode_split  # noqa: E402
from sayso.persuasion.techniques import FoundTechnique, TechniqueTagger  # noqa: E402
from techniques import report, score  # noqa: E402

DEFAULT = "0,0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.36,0.37,0.38,0.39,0.4,0.45,0.5,0.55,0.6,0.7"


def table(split: str, found: dict[str, tuple[str, list[FoundTechnique]]],
          thresholds: list[float]) -> list[dict[str, float]]:
    rows = []
    root = Path(tempfile.mkdtemp(prefix=f"sayso-ptc-thr-{split}-"))
    for t in thresholds:
        out = root / f"{t:g}"
        out.mkdir()
        n = 0
        for aid, (text, fs) in found.items():
            kept = [f for f in fs if f.confidence >= t]
            n += len(kept)
            (out / f"article{aid}.json").write_text(json.dumps(report(aid, text, kept)), encoding="utf-8")
        s = score(split, out)
        rows.append({"threshold": t, "si_p": s["si_p"], "si_r": s["si_r"], "si_f1": s["si_f1"],
                     "flc_f1": s["flc_f1"], "markers": n})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--cache", type=Path, help="reuse the encoded corpus (see train_techniques.py --cache)")
    ap.add_argument("--thresholds", default=DEFAULT)
    args = ap.parse_args()
    tagger = TechniqueTagger(emit_threshold=0.0)
    arts = encode_split(args.split, args.cache)
    found = {a.id: (a.text, tagger.find_in_segments(a.text, a.segments)) for a in arts}
    rows = table(args.split, found, [float(x) for x in args.thresholds.split(",")])
    print(f"{'threshold':>9} {'si_p':>6} {'si_r':>6} {'si_f1':>6} {'flc_f1':>6} {'markers':>7}")
    for r in rows:
        print(f"{r['threshold']:9.2f} {r['si_p']:6.3f} {r['si_r']:6.3f} {r['si_f1']:6.3f} {r['flc_f1']:6.3f} "
              f"{r['markers']:7d}")
    ok = [r["threshold"] for r in rows if r["si_p"] >= 0.5]
    print(f"# lowest threshold with si_p >= 0.5: {min(ok) if ok else 'none'}")


if __name__ == "__main__":
    main()
