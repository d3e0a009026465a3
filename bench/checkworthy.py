"""Check-worthiness on CheckThat! 2024 English dev, through the shipped scorer end to end.

    .venv/bin/python bench/checkworthy.py [--split dev,dev-test] [--json]
    .venv/bin/python bench/checkworthy.py --news FILE [FILE ...] [--top 5]

The first form prints precision, recall and F1 of the positive (check-worthy) class and
accuracy at the model's threshold, a threshold sweep, calibration (ECE, Brier) and the
speed of scoring (encoder included, cache cold), and the same P/R/F1 with the news rules
``ClaimScorer.find`` applies (``claim_range``: a question is never a claim, a denial-only
report is scored as what was denied or dropped): ``rules_*``. The second scores news articles the way
the analyzer does (spaCy sentences, ``ClaimScorer.find`` ranges) and prints each one's
highest and lowest scored sentences, a look at the shift from debate transcripts to news.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from train_claims import DATA, calibration_error, prf, read_split  # noqa: E402


def evaluate(split: str = "dev", data: Path = DATA, model_path: str | None = None) -> dict:
    """Figures of the scorer on one CT24 split (scores computed fresh, encoder cache cold)."""
    from sayso.persuasion.claims import ClaimScorer, claim_range
    from sayso.persuasion.encoder import Encoder

    texts, y = read_split(data, split)
    scorer = ClaimScorer(encoder=Encoder(), model_path=model_path)
    t0 = time.perf_counter()
    p = np.array(scorer.score_sentences(texts))
    seconds = time.perf_counter() - t0
    # the runtime's rules: dropped sentences score 0, narrowed ones are scored on what they keep
    ranges = [claim_range(t, 0, len(t)) for t in texts]
    narrowed = [i for i, r in enumerate(ranges) if r is not None and r != (0, len(texts[i]))]
    p_rules = np.array([0.0 if r is None else x for r, x in zip(ranges, p, strict=True)])
    if narrowed:
        p_rules[narrowed] = scorer.score_sentences([texts[i][ranges[i][0]:ranges[i][1]] for i in narrowed])
    rules = prf(y, p_rules >= scorer.threshold)
    sweep = {f"{t:.2f}": prf(y, p >= t)["f1"] for t in np.round(np.arange(0.1, 0.91, 0.05), 2)}
    return {
        "split": split,
        "n": len(y),
        "positives": int(y.sum()),
        "threshold": scorer.threshold,
        **prf(y, p >= scorer.threshold),
        "f1_at_0.5": prf(y, p >= 0.5)["f1"],
        "ece": round(calibration_error(y, p), 4),
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "sentences_per_s": round(len(y) / seconds, 1),
        "rules_dropped": sum(r is None for r in ranges), "rules_narrowed": len(narrowed),
        **{f"rules_{k}": v for k, v in rules.items()},
        "sweep_f1": sweep,
    }


def news(paths: list[Path], top: int) -> None:
    """Top and bottom scored sentences of each article."""
    from sayso.nlp.pipeline import load_pipeline
    from sayso.persuasion.claims import load_claim_scorer

    nlp = load_pipeline(None, with_sayso=False)
    scorer = load_claim_scorer()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        found = scorer.find(text, [(s.start_char, s.end_char) for s in doc.sents], threshold=0.0)
        ranked = sorted(found, key=lambda c: -c.score)
        above = sum(c.score >= scorer.threshold for c in found)
        print(f"\n== {path.name}: {len(found)} sentences scored, {above} at or above {scorer.threshold}")
        for label, rows in (("top", ranked[:top]), ("bottom", ranked[-top:][::-1])):
            for c in rows:
                print(f"  {label} {c.score:.3f}  {' '.join(text[c.start:c.end].split())[:160]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev,dev-test", help="comma-separated CT24 splits")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--model", default=None, help="model prefix (default: the bundled one)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--news", type=Path, nargs="+", help="score these articles instead and show top/bottom sentences")
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()
    if args.news:
        news(args.news, args.top)
        return
    if not args.data.is_dir():
        sys.exit(f"CT24 data not found at {args.data}")
    results = [evaluate(split, args.data, args.model) for split in args.split.split(",")]
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
        return
    for res in results:
        show(res)


def show(res: dict) -> None:
    print(f"CT24 English {res['split']}: {res['n']} sentences, {res['positives']} check-worthy")
    print(f"  threshold {res['threshold']}: P {res['precision']:.4f}  R {res['recall']:.4f}  F1 {res['f1']:.4f}  "
          f"accuracy {res['accuracy']:.4f}   (F1 at 0.5: {res['f1_at_0.5']:.4f})")
    print(f"  calibration: ECE {res['ece']:.4f}, Brier {res['brier']:.4f}")
    print(f"  speed: {res['sentences_per_s']} sentences/s (encoder included, cold cache)")
    print(f"  with the news rules ({res['rules_dropped']} dropped, {res['rules_narrowed']} narrowed): "
          f"P {res['rules_precision']:.4f}  R {res['rules_recall']:.4f}  F1 {res['rules_f1']:.4f}")
    print("  sweep (threshold: F1): " + "  ".join(f"{t}: {f:.3f}" for t, f in res["sweep_f1"].items()))


if __name__ == "__main__":
    main()
