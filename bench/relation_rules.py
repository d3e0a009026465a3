"""What the rules after the model (``relation_rules``: denial, far figure) cost or gain on MSR train.

    PYTHONPATH=src python bench/relation_rules.py --cache /tmp/ce [--explain] [--dev]

Relation accuracy/F1 (1 = verbatim/paraphrase) beside the classifier alone (score >= threshold):

- ``pair_validation``: the pair model on the 735 validation pairs of train it never trained on
  (``bench/train_pair.py``'s ``pair_scores_k3.npz`` in ``--cache``; its regression was fitted there);
- ``full_out_of_fold``: the ``full`` regression's out-of-fold scores on all 3,675 train pairs
  (5-fold, C as shipped), so every train pair is judged by a model that did not see it.

``--explain`` lists the train pairs (full, out of fold) the rules turn from right to wrong and from
wrong to right, by relation. ``--dev`` adds the pair model on MSR dev: the check, never for tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_compare import DATA, features, load_pairs, scores  # noqa: E402


def relations(pairs, probs, x, model) -> list:
    from sayso.corpus import claim_features as cf
    from sayso.corpus.compare import decide

    cont = cf.LEXICAL.index("tok_cont_min")
    return [decide(cf.parse(a), cf.parse(b), float(p), model, float(row[cont]))
            for (_, a, b), p, row in zip(pairs, probs, x, strict=True)]


def figures(y, probs, rels, threshold) -> dict:
    pred = np.array([int(r.relation in ("verbatim", "paraphrase")) for r in rels])
    return {"classifier_alone": scores(y, (probs >= threshold).astype(int)), "relations": scores(y, pred)}


def explain(pairs, y, probs, rels, threshold) -> Counter:
    counts: Counter = Counter()
    for (_, a, b), label, p, r in zip(pairs, y, probs, rels, strict=True):
        alone, pred = int(p >= threshold), int(r.relation in ("verbatim", "paraphrase"))
        if alone != pred:
            way = "right->wrong" if alone == label else "wrong->right"
            counts[f"{way} {r.relation}"] += 1
            print(f"[{way}] label={label} score={p:.3f} {r.relation} {list(r.changes)}\n  A: {a}\n  B: {b}")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, required=True, help="train_compare.py's --cache (and train_pair.py's scores)")
    ap.add_argument("--pair-scores", default="pair_scores_k3.npz")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--dev", action="store_true")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from sayso.corpus.compare import columns, load_models

    models = load_models()
    pairs = load_pairs("train", args.data)
    lex, emb, y = features("train", args.data, args.cache)
    out = {}
    saved = np.load(args.cache / args.pair_scores)
    idx = saved["val_idx"]
    x = np.hstack([lex[idx], emb[idx], saved["val"][:, None]])
    pair = models["pair"]
    probs = pair.prob(x[:, columns(pair)])
    out["pair_validation"] = {"n": len(idx), **figures(y[idx], probs, relations([pairs[i] for i in idx], probs, x, pair),
                                                      pair.threshold)}
    full = models["full"]
    xf = np.hstack([lex, emb])
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=float(json.loads(
        (Path(__file__).resolve().parents[1] / "src/sayso/corpus/resources/compare_model.json").read_text())["full"]["C"]),
        max_iter=5000))
    oof = cross_val_predict(pipe, xf, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba")[:, 1]
    rels = relations(pairs, oof, xf, full)
    out["full_out_of_fold"] = {"n": len(y), **figures(y, oof, rels, full.threshold)}
    if args.explain:
        out["full_out_of_fold"]["flips"] = dict(explain(pairs, y, oof, rels, full.threshold))
    if args.dev:
        dev = load_pairs("dev", args.data)
        ld, ed, yd = features("dev", args.data, args.cache)
        xd = np.hstack([ld, ed, saved["dev"][:, None]])
        pd = pair.prob(xd[:, columns(pair)])
        out["pair_dev"] = {"n": len(yd), **figures(yd, pd, relations(dev, pd, xd, pair), pair.threshold)}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
