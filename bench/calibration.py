"""Is sayso's attribution confidence a probability? A reliability table on PolNeAR dev.

    python bench/calibration.py [--split dev] [--fit]

Analyses the split once with every attribution kept (no minimum confidence), matches
predictions to gold as ``../shared/tools/score_polnear.py`` does (content Dice >= 0.5,
gold-major greedy; "right" = content, source and cue all match, the scorer's
attr_full), and prints:

- the reliability table (the diagram's numbers): per confidence bin, how many
  attributions, their mean confidence and the share that is right, for the raw cue score,
  the calibrated cue score and the confidence sayso reports (the calibrated cue score
  blended with the precision filter, ``sayso.nlp.extract.acceptance``);
- precision, recall and F1 (attr_f1, attr_full_f1) if attributions below each threshold
  are left out: what ``--min-confidence`` buys and costs.

``--fit`` refits the calibration map (``sayso.nlp.extract.calibration``) on the split and
writes ``src/sayso/nlp/resources/attribution_calibration.json``; the precision filter is
trained by ``bench/train_filter.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loading import load_module  # noqa: E402
from polnear import POLNEAR, SCORER, GoldAttribution  # noqa: E402
from sayso.nlp.analysis import DocAnalysis  # noqa: E402
from sayso.nlp.extract.calibration import FEATURES, features  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.pipeline import load_pipeline  # noqa: E402
from span_match import match_spans, overlap  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "sayso" / "nlp" / "resources" / "attribution_calibration.json"
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 19)]


def match(gold, preds) -> dict[int, tuple[bool, bool]]:  # noqa: ANN001
    """pred index -> (source right, cue right) for every matched prediction (the scorer's greedy)."""
    used: dict[int, tuple[bool, bool]] = {}
    for gi, pi in match_spans([g.content for g in gold], [p["content"] for p in preds]):
        g, p = gold[gi], preds[pi]
        src_ok = (g.source is None and p["source"] is None) or (
            g.source is not None and p["source"] is not None and overlap(g.source, p["source"]) > 0)
        cue_ok = g.cue is not None and overlap(g.cue, p["cue"]) > 0
        used[pi] = (src_ok, cue_ok)
    return used


def _articles(split: str):  # noqa: ANN202
    """(stem, text, gold) read with the shared scorer's own reader, so the figures are its figures."""
    scorer = load_module("score_polnear", SCORER)
    for ann in sorted((POLNEAR / split).glob("*.ann")):
        gold = [GoldAttribution(g["content"], g.get("cue"), g.get("source")) for g in scorer.read_ann(ann)]
        yield ann.stem, ann.with_suffix(".txt").read_text(encoding="utf-8"), gold


def collect(split: str) -> list[tuple[list, list[dict]]]:
    nlp = load_pipeline(with_sayso=False)
    lexicon = load_lexicon()
    data = list(_articles(split))
    out = []
    for (_stem, _text, gold), doc in zip(data, nlp.pipe((t for _, t, _ in data), batch_size=8), strict=True):
        an = DocAnalysis(doc, lexicon)
        preds = [{"content": f.content, "cue": f.cue, "source": f.source, "raw": f.score, "kind": f.kind,
                  "has_src": f.source is not None or f.continues is not None, "via": an.via[i] is not None,
                  "conf": an.confidence[i],  # the calibrated cue score blended with the precision filter
                  "accepted": an.accepted[i] if an.accepted is not None else None}
                 for i, f in enumerate(an.found)]
        for p in preds:
            p["cal"] = an.calibration(p["raw"], p["kind"], p["has_src"])
        out.append((gold, preds))
    return out


def scores_at(data, key: str, t: float) -> dict[str, float]:  # noqa: ANN001
    n_gold = n_pred = n_content = n_src = n_full = 0
    for gold, preds in data:
        kept = [p for p in preds if p[key] >= t]  # as sayso's min_confidence_filter
        m = match(gold, kept)
        n_gold += len(gold)
        n_pred += len(kept)
        n_content += len(m)
        n_src += sum(1 for s, _ in m.values() if s)
        n_full += sum(1 for s, c in m.values() if s and c)

    def f1(k: int) -> tuple[float, float, float]:
        p = k / n_pred if n_pred else 0.0
        r = k / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    (p, r, f), (sp, sr, sf), (fp, fr, ff) = f1(n_content), f1(n_src), f1(n_full)
    return {"pred": n_pred, "attr_p": p, "attr_r": r, "attr_f1": f, "src_p": sp, "src_r": sr, "src_f1": sf,
            "full_p": fp, "full_r": fr, "full_f1": ff}


def labelled(data) -> list[tuple[dict, bool]]:  # noqa: ANN001
    rows = []
    for gold, preds in data:
        m = match(gold, preds)
        rows += [(p, i in m and all(m[i])) for i, p in enumerate(preds)]
    return rows


def reliability(rows, key: str) -> None:  # noqa: ANN001
    print(f"\nreliability ({key}): bin, n, mean confidence, share right (content+source+cue)")
    for b in range(10):
        lo, hi = b / 10, (b + 1) / 10
        inside = [(p[key], ok) for p, ok in rows if lo <= p[key] < hi or (b == 9 and p[key] == 1.0)]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(ok for _, ok in inside) / len(inside)
        bar = "#" * round(right * 40)
        print(f"  [{lo:.1f},{hi:.1f})  {len(inside):5d}  {mean:.3f}  {right:.3f}  {bar}")
    n = len(rows)
    ece = 0.0
    for b in range(10):
        inside = [(p[key], ok) for p, ok in rows if b / 10 <= p[key] < (b + 1) / 10 or (b == 9 and p[key] == 1.0)]
        if inside:
            ece += len(inside) / n * abs(sum(c for c, _ in inside) / len(inside) - sum(ok for _, ok in inside) / len(inside))
    print(f"  expected calibration error {ece:.4f}")


def fit(rows) -> dict:  # noqa: ANN001
    from sklearn.linear_model import LogisticRegression

    x = [[features(p["raw"], p["kind"], p["has_src"])[k] for k in FEATURES] for p, _ in rows]
    y = [int(ok) for _, ok in rows]
    clf = LogisticRegression(C=10.0, max_iter=1000).fit(x, y)
    return {"bias": round(float(clf.intercept_[0]), 4),
            "weights": {k: round(float(w), 4) for k, w in zip(FEATURES, clf.coef_[0], strict=True)},
            "fitted_on": "PolNeAR v1.0 dev: P(content, source and cue all right) by bench/calibration.py --fit",
            "version": time.strftime("%Y%m%d")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--fit", action="store_true", help="refit the calibration map and write it into the package")
    args = ap.parse_args()
    t0 = time.time()
    data = collect(args.split)
    rows = labelled(data)
    if args.fit:
        model = fit(rows)
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}: {model}", file=sys.stderr)
        from sayso.nlp.extract.calibration import Calibration

        cal = Calibration.from_json(model)
        blend = load_lexicon().acceptance
        for p, _ in rows:
            p["cal"] = cal(p["raw"], p["kind"], p["has_src"])
            p["conf"] = p["cal"] if blend is None or p["accepted"] is None else blend.confidence(p["accepted"], p["cal"])
    print(f"PolNeAR {args.split}: {len(data)} articles, {len(rows)} attributions found with no minimum")
    reliability(rows, "raw")
    reliability(rows, "cal")
    reliability(rows, "conf")
    print("\nleaving out attributions below a threshold of the reported confidence:")
    print("  t     pred  attr_p attr_r attr_f1 | full_p full_r full_f1")
    for t in THRESHOLDS:
        s = scores_at(data, "conf", t)
        print(f"  {t:.2f} {s['pred']:5d}  {s['attr_p']:.4f} {s['attr_r']:.4f} {s['attr_f1']:.4f} | "
              f"{s['full_p']:.4f} {s['full_r']:.4f} {s['full_f1']:.4f}")
    print(f"# {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
