"""Train the learned content-end chooser (``sayso.nlp.extract.content_ends``) on PolNeAR train.

    python bench/content_end_data.py --split train --out /tmp/ce_train.jsonl
    python bench/content_end_data.py --split dev --out /tmp/ce_dev.jsonl
    python bench/train_content_ends.py /tmp/ce_train.jsonl /tmp/ce_dev.jsonl [--c C] [--margin M] [--write W.json]
    python bench/train_content_ends.py --eval W.json          # PolNeAR dev and html gold, chooser on
    python bench/content_end_audit.py W.json --show           # the blind audits' judged rows it changes

Each instance is an indirect attribution sayso found that matches a gold one; every candidate end is a
binary example (is it the gold end?) for a logistic regression; the chooser takes the best-scoring end when
it beats the rules' own end by ``margin``. Prints 5-fold (by article) cross-validated exact-end accuracy on
train and the accuracy on dev, against the rules' ends. Deterministic (liblinear, fixed folds).

Measured 2026-12-03 (features of ``content_ends.py``; 6200 train / 701 dev instances; the gold end is among
the candidates for 98.2% / 98.7% of them):

- exact end accuracy, rules -> chooser: train 5-fold CV 0.8835 -> 0.8915 (C=1, margin 0; 127 changed, 76
  fixed, 27 broken); dev 0.8845 -> 0.8916 (14 changed, 9 fixed, 4 broken). Gradient boosting
  (HistGradientBoosting on the same features): CV 0.8853, dev 0.8902.
- PolNeAR dev, chooser on: span_content_exact_f1 0.5726 -> 0.5752, attr_full_f1 0.6654 -> 0.6657, no gated
  figure falls; short of the +0.01 asked for.
- html gold: all_span_content_exact_f1 0.8278 -> 0.8248 (indirect 0.7975 -> 0.7935); held unchanged.
- blind audits 23-30 (indirect rows judged today): changes 11 of 539 C (by hand ~4 better, ~6 worse),
  0 of 12 run_on, 1 of 22 content_wrong (made worse).

So the chooser is not wired into sayso: PolNeAR's own end convention is learnable only a little past the
rules, and what it learns does not carry to the audited news.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def fit(rows: list[dict], c: float) -> dict[str, float]:
    X, y = [], []
    for r in rows:
        for end, feats in r["cands"]:
            X.append(dict.fromkeys(feats, 1.0))
            y.append(int(end == r["gold_end"]))
    vec = DictVectorizer()
    m = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    Xs = vec.fit_transform(X).tocsr()
    Xs.indices = Xs.indices.astype("int32")
    Xs.indptr = Xs.indptr.astype("int32")
    m.fit(Xs, y)
    w = {f: float(v) for f, v in zip(vec.get_feature_names_out(), m.coef_[0], strict=True) if abs(v) > 1e-6}
    w["bias"] = w.get("bias", 0.0) + float(m.intercept_[0])
    return w


def choose(r: dict, w: dict[str, float], margin: float) -> int:
    scores = {end: sum(w.get(f, 0.0) for f in feats) for end, feats in r["cands"]}
    best = max(scores, key=lambda e: scores[e])
    if best != r["rules_end"] and scores[best] - scores[r["rules_end"]] > margin:
        return best
    return r["rules_end"]


def accuracy(rows: list[dict], picks: list[int]) -> dict[str, float]:
    n = len(rows)
    model = sum(p == r["gold_end"] for r, p in zip(rows, picks, strict=True))
    rules = sum(r["rules_end"] == r["gold_end"] for r in rows)
    changed = [(r, p) for r, p in zip(rows, picks, strict=True) if p != r["rules_end"]]
    fixed = sum(p == r["gold_end"] for r, p in changed)
    broke = sum(r["rules_end"] == r["gold_end"] for r, _ in changed)
    return {"n": n, "rules": round(rules / n, 4), "model": round(model / n, 4), "changed": len(changed),
            "fixed": fixed, "broke": broke, "oracle": round(sum(any(e == r["gold_end"] for e, _ in r["cands"]) for r in rows) / n, 4)}


def cross_validate(rows: list[dict], c: float, margin: float, k: int = 5) -> dict[str, float]:
    fold = [zlib.crc32(r["article"].encode()) % k for r in rows]
    picks = [0] * len(rows)
    for i in range(k):
        w = fit([r for r, f in zip(rows, fold, strict=True) if f != i], c)
        for j, r in enumerate(rows):
            if fold[j] == i:
                picks[j] = choose(r, w, margin)
    return accuracy(rows, picks)


def evaluate_with(weights: Path) -> None:
    """PolNeAR dev (every scorer figure) and the html gold's all_/held_ figures, with the chooser on."""
    import eval_polnear
    import score_html_gold
    from content_ends import EndModel, chooser_on

    with chooser_on(EndModel.from_json(json.loads(weights.read_text(encoding="utf-8")))):
        print(json.dumps(eval_polnear.evaluate("dev")))
        sys.argv = ["score_html_gold.py", "--json"]
        score_html_gold.main()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", type=Path, nargs="?")
    ap.add_argument("dev", type=Path, nargs="?")
    ap.add_argument("--eval", type=Path, help="score PolNeAR dev and the html gold with these weights on")
    ap.add_argument("--c", type=float, nargs="*", default=[0.1, 0.3, 1.0])
    ap.add_argument("--margin", type=float, nargs="*", default=[0.0, 0.5, 1.0, 2.0])
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    if args.eval:
        evaluate_with(args.eval)
        return
    if args.train is None or args.dev is None:
        ap.error("give the train and dev instance files (bench/content_end_data.py)")
    train, dev = load(args.train), load(args.dev)
    for c in args.c:
        w = fit(train, c)
        for margin in args.margin:
            cv = cross_validate(train, c, margin)
            dv = accuracy(dev, [choose(r, w, margin) for r in dev])
            dv_ok = accuracy([r for r in dev if r["start_ok"]], [choose(r, w, margin) for r in dev if r["start_ok"]])
            print(f"C={c} margin={margin} cv={cv} dev={dv} dev_start_ok={dv_ok}")
    if args.write:
        w = fit(train, args.c[0])
        args.write.write_text(json.dumps({"weights": dict(sorted(w.items())), "margin": args.margin[0]}, indent=0),
                              encoding="utf-8")


if __name__ == "__main__":
    main()
