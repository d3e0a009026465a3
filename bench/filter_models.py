"""Does another model than the precision filter's logistic regression separate what a reader rejects?

    python bench/filter_models.py --cache /tmp/filter/cache [--models lr,crosses,hgb,residual,blend,calibrated]

The filter (``sayso.nlp.extract.acceptance``, trained by ``bench/train_filter.py``) is a logistic
regression over hand-made indicator features. Out of fold on the reader's gold the share of
predictions a reader rejects is ~0.54 in the 0.40-0.55 band of the reported confidence and ~0.40
in 0.55-0.70: this script asks whether a richer model puts those rows lower. Every candidate is
scored as ``train_filter.py`` scores its own: the rows it builds (PolNeAR train, labelled ``full``;
the reader's tuning and train pages, labelled ``src``, weighing ``--weight``), its page-grouped
folds (``GroupKFold`` by page, the same splits), the reported confidence (the filter's probability
and the calibrated cue score, geometric mean, the filter weighing ``--blend``), the html-gold
scorer's pooled figures, and PolNeAR dev's gate figures by the shared scorer for the model fit on
everything. The candidates:

- ``lr``: today's model (``train_filter.Design.fit`` with no reader feature copies, S = 0);
- ``crosses``: the same with feature crosses a reader's judgement might need (``CROSSES``:
  medium x content form, kind x the writer's own voice, cue sense x source entity, ...);
- ``hgb``: a shallow gradient-boosted tree ensemble (scikit-learn ``HistGradientBoostingClassifier``,
  depth 3) over the features seen at least ``MIN_COUNT`` times;
- ``residual``: boosting from the LR (``GradientBoostingClassifier(init=LR)``): trees fit what the
  linear model leaves;
- ``blend``: today's model reported at another share of the filter (0.3, 0.7, 1.0);
- ``calibrated``: isotonic and Platt maps of the out-of-fold confidence, cross-fitted on the same
  folds (a map fit on the other folds' out-of-fold rows).

Each line: out-of-fold reader attr P/R/F1 and attr_src F1 at the default ``--min-confidence``; the
precision at today's recall (the highest threshold that keeps the LR's recall at the default: the
adoption rule compares there); log-loss and expected calibration error of the out-of-fold confidence;
the share a reader marks wrong by band; PolNeAR dev's gate figures at the default and the least
margin over their floors (``tests/gates/polnear_dev.json``). Aggregates only. Needs the ``train``
extra. Rows take ~3 minutes CPU with the parses cached; ``hgb`` and ``residual`` a few minutes each.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

import train_filter as tf  # noqa: E402
from sayso.nlp.analysis import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.pipeline import load_pipeline  # noqa: E402

MIN_COUNT = 20
CROSSES = {  # name: (template, template); an absent template reads "0"
    "med_form": ("medium", "content_form"), "kind_self": ("kind", "self_voice"),
    "med_srctype": ("medium", "src_type"), "form_srctype": ("content_form", "src_type"),
    "self_sense": ("self_voice", "sense"), "self_form": ("self_voice", "content_form"),
    "kind_form": ("kind", "content_form"), "q_sense": ("question", "sense"), "neg_sense": ("neg", "sense"),
    "modal_sense": ("modal", "sense"), "pron_sense": ("src_pron", "sense"), "head_kind": ("headline", "kind"),
    "srcent_sense": ("src_ent", "sense"), "side_kind": ("side", "kind"), "len_form": ("content_len", "content_form"),
}
Learner = Callable[[object, np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


def crossed(x: dict[str, float]) -> dict[str, float]:
    """``x`` with every cross of ``CROSSES`` (``X<name>=<value>|<value>``)."""
    vals = {}
    for k in x:
        t, _, v = k.partition("=")
        vals[t] = v or "1"
    return x | {f"X{n}={vals.get(a, '0')}|{vals.get(b, '0')}": 1.0 for n, (a, b) in CROSSES.items()}


class Bench:
    """The rows of ``train_filter.py`` in one matrix, and the out-of-fold and dev scoring of a learner."""

    def __init__(self, polnear: list[dict], pages: list, dev_docs: list[list[dict]], stems: list[str],
                 weight: float, blend: float) -> None:
        self.polnear, self.pages, self.dev_docs, self.stems = polnear, pages, dev_docs, stems
        self.reader = [p for page in pages for p in page.rows]
        self.dev_rows = [p for preds in dev_docs for p in preds]
        self.all = self.polnear + self.reader + self.dev_rows
        for i, p in enumerate(self.all):
            p["_i"] = i
        self.weight, self.blend = weight, blend
        self.floors = {k: v for k, v in json.loads(tf.GATE.read_text(encoding="utf-8")).items() if not k.startswith("_")}
        self.recall: float | None = None  # the first line's recall at the default: the others are compared there

    def matrix(self, transform: Callable[[dict], dict] | None = None, min_count: int = 1):  # noqa: ANN201
        from sklearn.feature_extraction import DictVectorizer

        xs = [transform(p["x"]) if transform else p["x"] for p in self.all]
        x = DictVectorizer().fit(xs).transform(xs).tocsr()
        if min_count > 1:
            fit_rows = [p["_i"] for p in self.polnear + self.reader]
            x = x[:, np.where(np.asarray((x[fit_rows] != 0).sum(axis=0)).ravel() >= min_count)[0]]
        return x, np.array([int(p["y"]) for p in self.all])

    def _fit_rows(self, reader: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        rows = [p for p in self.polnear + reader if p["parent"] is None]  # continued quotes inherit, no rows
        return np.array([p["_i"] for p in rows]), np.array([self.weight if p["reader"] else 1.0 for p in rows])

    def _assign(self, docs: list[list[dict]], prob: np.ndarray, key: str) -> None:
        for preds in docs:
            for p in preds:
                p[key] = float(prob[p["_i"]])
            for p in preds:
                if p["parent"] is not None:
                    p[key] = preds[p["parent"]][key]
                p[key + "_blend"] = p[key] ** self.blend * p["conf"] ** (1 - self.blend)

    def run(self, learner: Learner, data) -> None:  # noqa: ANN001
        """``oof`` / ``oof_blend`` on the reader rows (train_filter's folds), ``filt`` / ``filt_blend`` on dev."""
        from sklearn.model_selection import GroupKFold

        groups = [p["page"] for p in self.reader]
        prob = np.zeros(len(self.all))
        for fit_idx, _ in GroupKFold(n_splits=min(tf.FOLDS, len(self.pages))).split(self.reader, groups=groups):
            fold = {groups[i] for i in fit_idx}
            predict = learner(data, *self._fit_rows([p for p in self.reader if p["page"] in fold]))
            test = np.array([p["_i"] for p in self.reader if p["page"] not in fold])
            prob[test] = predict(test)
        self._assign([page.rows for page in self.pages], prob, "oof")
        predict = learner(data, *self._fit_rows(self.reader))
        dev = np.array([p["_i"] for p in self.dev_rows])
        prob[dev] = predict(dev)
        self._assign(self.dev_docs, prob, "filt")

    def reblend(self, blend: float) -> None:
        self.blend = blend
        for key, docs in (("oof", [page.rows for page in self.pages]), ("filt", self.dev_docs)):
            self._assign(docs, np.array([p.get(key, 0.0) for p in self.all]), key)

    def at_recall(self, key: str, recall: float) -> tuple[float, dict]:
        """The highest threshold whose out-of-fold attr recall is at least ``recall`` (recall falls as t rises)."""
        lo, hi = 0.0, 0.95
        for _ in range(14):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if tf.reader_scores(self.pages, key, mid)["attr_r"] >= recall else (lo, mid)
        return lo, tf.reader_scores(self.pages, key, lo)

    def line(self, name: str, key: str = "oof_blend", dev: bool = True) -> str:
        t = DEFAULT_MIN_CONFIDENCE
        s = tf.reader_scores(self.pages, key, t)
        self.recall = s["attr_r"] if self.recall is None else self.recall
        t_r, r = self.at_recall(key, self.recall)
        scored = [p for p in self.reader if p["parent"] is None]
        out = (f"{name:28s} {s['attr_p']:.3f} {s['attr_r']:.3f} {s['attr_f1']:.3f} {s['attr_src_f1']:.3f} | "
               f"{t_r:.3f} {r['attr_p']:.3f} {r['attr_r']:.3f} | {tf.log_loss(scored, key):.4f} {ece(scored, key):.3f} | "
               f"{tf.band_line(self.reader, key)}")
        if dev:
            d = tf.shared_scores(self.stems, self.dev_docs, "filt_blend", t)
            out += " | " + " ".join(f"{d[k]:.4f}" for k in self.floors) + \
                f" {min(d[k] - floor for k, floor in self.floors.items()):+.4f}"
        return out


def ece(rows: list[dict], key: str, bins: int = 10) -> float:
    """Expected calibration error of ``key`` against the rows' labels, ``bins`` equal-width bins."""
    total = 0.0
    for b in range(bins):
        band = [r for r in rows if b / bins <= r[key] < (b + 1) / bins or (b == bins - 1 and r[key] >= 1.0)]
        if band:
            total += len(band) / len(rows) * abs(sum(r[key] for r in band) / len(band) - sum(map(bool, (r["y"] for r in band))) / len(band))
    return total


def lr(c: float) -> Learner:
    from sklearn.linear_model import LogisticRegression

    def fit(data, idx, w):  # noqa: ANN001, ANN202
        x, y = data
        clf = LogisticRegression(C=c, max_iter=3000).fit(x[idx], y[idx], sample_weight=w)
        return lambda ids: clf.predict_proba(x[ids])[:, 1]
    return fit


def hgb(**kw: float) -> Learner:
    from sklearn.ensemble import HistGradientBoostingClassifier

    def fit(data, idx, w):  # noqa: ANN001, ANN202
        x, y = data
        clf = HistGradientBoostingClassifier(random_state=0, early_stopping=False, **kw).fit(x[idx], y[idx], sample_weight=w)
        return lambda ids: clf.predict_proba(x[ids])[:, 1]
    return fit


def residual(c: float, **kw: float) -> Learner:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    def fit(data, idx, w):  # noqa: ANN001, ANN202
        x, y = data
        clf = GradientBoostingClassifier(init=LogisticRegression(C=c, max_iter=3000), random_state=0, **kw)
        clf.fit(x[idx], y[idx], sample_weight=w)
        return lambda ids: clf.predict_proba(x[ids])[:, 1]
    return fit


def calibrated(bench: Bench, kind: str) -> None:
    """``kind`` (isotonic | platt) map of ``oof_blend``, fit on the other folds' rows: ``kind`` on every reader row."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1 - 1e-6)
        return math.log(p / (1 - p))

    rows = bench.reader
    groups = [p["page"] for p in rows]
    for fit_idx, _ in GroupKFold(n_splits=min(tf.FOLDS, len(bench.pages))).split(rows, groups=groups):
        fold = {groups[i] for i in fit_idx}
        fit = [p for p in rows if p["page"] in fold and p["parent"] is None]
        y = [int(p["y"]) for p in fit]
        test = [p for p in rows if p["page"] not in fold]
        if kind == "isotonic":
            iso = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit([p["oof_blend"] for p in fit], y)
            for p, v in zip(test, iso.predict([p["oof_blend"] for p in test]), strict=True):
                p[kind] = float(v)
        else:
            platt = LogisticRegression(C=100.0).fit([[logit(p["oof_blend"])] for p in fit], y)
            for p, v in zip(test, platt.predict_proba([[logit(p["oof_blend"])] for p in test])[:, 1], strict=True):
                p[kind] = float(v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="folder for the parsed Docs (DocBin), reused when present")
    ap.add_argument("--models", default="lr,crosses,hgb,residual,blend,calibrated")
    ap.add_argument("--weight", type=float, default=8.0, help="a reader row's weight (today's: 8)")
    ap.add_argument("--c", type=float, default=0.1, help="the LR's inverse regularisation (today's: 0.1)")
    ap.add_argument("--blend", type=float, default=0.5)
    args = ap.parse_args()
    wanted = set(args.models.split(","))
    nlp = load_pipeline(with_sayso=False)
    lexicon = load_lexicon(acceptance=False)
    train = [tf.rows_of(g, d, lexicon, "full") for _, g, d in tf.parsed(nlp, "train", args.cache)]
    dev_parsed = tf.parsed(nlp, "dev", args.cache)
    dev_docs = [tf.rows_of(g, d, lexicon, "full") for _, g, d in dev_parsed]
    pages = tf.reader_pages(nlp, lexicon, args.cache, "src")
    bench = Bench([p for preds in train for p in preds], pages, dev_docs, [s for s, _, _ in dev_parsed],
                  args.weight, args.blend)
    gate = " ".join(bench.floors)
    print(f"{'model':28s} attr_p attr_r attr_f1 src_f1 (out of fold at {DEFAULT_MIN_CONFIDENCE}) | t P R (at the LR's "
          f"recall) | logloss ECE | reader wrong by band | PolNeAR dev: {gate}, least margin over the floors", flush=True)
    plain = bench.matrix()
    bench.run(lr(args.c), plain)
    print(bench.line(f"lr W{args.weight:g} C{args.c:g}"), flush=True)
    if "calibrated" in wanted:
        for kind in ("isotonic", "platt"):
            calibrated(bench, kind)
            print(bench.line(f"lr + {kind} (cross-fitted)", kind, dev=False), flush=True)
    if "blend" in wanted:
        for b in (0.3, 0.7, 1.0):
            bench.reblend(b)
            print(bench.line(f"lr, blend {b:g}"), flush=True)
        bench.reblend(args.blend)
    if "crosses" in wanted:
        bench.run(lr(args.c), bench.matrix(crossed))
        print(bench.line(f"lr + crosses C{args.c:g}"), flush=True)
    if "hgb" in wanted:
        x, y = bench.matrix(min_count=MIN_COUNT)
        bench.run(hgb(max_depth=3, max_iter=300, learning_rate=0.05, min_samples_leaf=20, l2_regularization=1.0),
                  (x.toarray().astype(np.float32), y))
        print(bench.line("hgb d3 300x0.05"), flush=True)
    if "residual" in wanted:
        bench.run(residual(args.c, n_estimators=100, learning_rate=0.05, max_depth=3, min_samples_leaf=20), plain)
        print(bench.line("lr + residual trees d3 100x0.05"), flush=True)


if __name__ == "__main__":
    main()
