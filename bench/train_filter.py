"""Train the precision filter (``sayso.nlp.extract.acceptance``) on PolNeAR train and write it into the package.

    python bench/train_filter.py [--cache DIR] [--c 0.1] [--label full|content] [--blend 0.5] [--dry-run]

Every attribution sayso finds on a PolNeAR train article (no minimum confidence) is one
row: its features (``acceptance.features``) and whether it is right, matched to the gold
as ``../shared/tools/score_polnear.py`` matches (``bench/calibration.py``'s ``match``):
``full`` = content (Dice >= 0.5), source and cue all right, ``content`` = the content
alone. 10% of the train articles are held out to pick the regularisation; the final model
is fit on all of train. Then the dev split is read, for the report only: the
precision/recall curves of the calibrated cue score alone, of the filter alone and of the
confidence sayso reports (their geometric mean, the filter weighing ``--blend``: see
``acceptance.py`` for why), and the threshold that maximises the reported confidence's
attr_full_f1 there (the default ``--min-confidence``, ``analysis.DEFAULT_MIN_CONFIDENCE``,
is chosen on dev, as the issue asks). ``--cache`` keeps the parsed Docs (DocBin) for
reruns. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy.tokens import DocBin  # noqa: E402

from calibration import match, scores_at  # noqa: E402
from polnear import articles  # noqa: E402
from sayso.nlp.analysis import DocAnalysis  # noqa: E402
from sayso.nlp.extract.acceptance import contexts, features, vocabulary  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.extract.quotes import find_quotes  # noqa: E402
from sayso.nlp.extract.vocabulary import pipeline_record  # noqa: E402
from sayso.nlp.pipeline import load_pipeline, model_name  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "sayso" / "nlp" / "resources" / "attribution_filter.json"
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 17)]


def parsed(nlp, split: str, cache: Path | None):  # noqa: ANN001, ANN201
    """(gold, Doc) of every article of a split, parsed once and kept in ``cache`` when given."""
    data = list(articles(split))
    if not data:
        sys.exit(f"PolNeAR {split} not found under ../shared/data/polnear/{split}")
    path = cache / f"polnear-{split}-{model_name()}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((t for _, t, _ in data), batch_size=16))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            bin_ = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH",
                                 "SENT_START", "SPACY"])
            for doc in docs:
                bin_.add(doc)
            path.write_bytes(bin_.to_bytes())
    if len(docs) != len(data) or any(d.text != t for d, (_, t, _) in zip(docs, data, strict=True)):
        sys.exit(f"{path} does not hold today's {split} texts: delete it")
    return [(gold, doc) for (_, _, gold), doc in zip(data, docs, strict=True)]


def rows_of(gold, doc, lexicon) -> list[dict]:  # noqa: ANN001
    """One row per attribution found: prediction (as calibration.py's), features, labels."""
    an = DocAnalysis(doc, lexicon)
    types = []
    for i in range(len(an.found)):
        k = an.assignment.get(("source", i))
        types.append(an.sources[k].type if k is not None else None)
    quotes = find_quotes(doc.text)
    ctxs = contexts(doc, an.found, types, an.via)
    by_cue = {f.cue: i for i, f in enumerate(an.found) if f.continues is None}
    preds = []
    for f, ctx in zip(an.found, ctxs, strict=True):
        has_src = f.source is not None or f.continues is not None
        # a continued quote takes the score of the attribution it continues (acceptance.confidences)
        parent = by_cue.get(f.continues) if f.continues is not None else None
        preds.append({"content": f.content, "cue": f.cue, "source": f.source, "raw": f.score, "kind": f.kind,
                      "conf": an.calibration(f.score, f.kind, has_src), "x": features(doc, f, quotes, ctx),
                      "parent": parent})
    m = match(gold, preds)
    for i, p in enumerate(preds):
        p["content_ok"] = i in m
        p["full_ok"] = i in m and all(m[i])
    return preds


def fit(rows: list[dict], label: str, c: float):  # noqa: ANN201
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [p for p in rows if p["parent"] is None]  # continued quotes are not scored: they inherit
    vec = DictVectorizer()
    x = vec.fit_transform([p["x"] for p in rows])
    clf = LogisticRegression(C=c, max_iter=3000).fit(x, [int(p[f"{label}_ok"]) for p in rows])
    return vec, clf


def predict(vec, clf, docs: list[list[dict]], key: str = "filt") -> None:  # noqa: ANN001
    rows = [p for preds in docs for p in preds]
    if rows:
        for p, q in zip(rows, clf.predict_proba(vec.transform([p["x"] for p in rows]))[:, 1], strict=True):
            p[key] = float(q)
    for preds in docs:
        for p in preds:
            if p["parent"] is not None:
                p[key] = preds[p["parent"]][key]


def log_loss(rows: list[dict], label: str, key: str) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, p[key] if p[f"{label}_ok"] else 1 - p[key])) for p in rows) / len(rows)


def curve(data, key: str) -> list[tuple[float, dict]]:  # noqa: ANN001
    return [(t, scores_at(data, key, t)) for t in THRESHOLDS]


def export(vec, clf, label: str, c: float, nlp, n_rows: int, blend: float) -> dict:  # noqa: ANN001
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return {
        "version": time.strftime("%Y%m%d"),
        "trained_on": f"PolNeAR v1.0 train: {n_rows} attributions sayso finds, labelled {label} by bench/train_filter.py",
        "label": label,
        "c": c,
        "blend": blend,  # the filter's weight in the reported confidence (a weighted geometric mean)
        "spacy": pipeline_record(nlp),  # checked at load: the parses these weights expect
        "features": vocabulary(),  # checked at load: the feature templates they speak
        "bias": round(float(clf.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="folder for the parsed Docs (DocBin), reused when present")
    ap.add_argument("--c", type=float, help="inverse regularisation (default: the best on 10%% of train)")
    ap.add_argument("--label", choices=("full", "content"), default="full")
    ap.add_argument("--blend", type=float, default=0.5, help="the filter's weight in the reported confidence")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true", help="train and report, write nothing")
    args = ap.parse_args()
    t0, c0 = time.time(), time.process_time()
    nlp = load_pipeline(with_sayso=False)
    lexicon = load_lexicon(acceptance=False)  # the features of what sayso finds, whatever the filter says
    train = [rows_of(g, d, lexicon) for g, d in parsed(nlp, "train", args.cache)]
    dev = [(g, rows_of(g, d, lexicon)) for g, d in parsed(nlp, "dev", args.cache)]
    t_rows = time.process_time() - c0
    fit_rows = [p for k, preds in enumerate(train) if k % 10 != 9 for p in preds]
    val_docs = [preds for k, preds in enumerate(train) if k % 10 == 9]
    val_rows = [p for preds in val_docs for p in preds if p["parent"] is None]
    n_all = sum(len(preds) for preds in train)
    print(f"train: {len(train)} articles, {n_all} attributions, "
          f"{sum(p[f'{args.label}_ok'] for preds in train for p in preds) / n_all:.3f} right ({args.label}); "
          f"features in {t_rows:.0f}s CPU", file=sys.stderr)
    c = args.c
    if c is None:
        losses = {}
        for cand in CS:
            vec, clf = fit(fit_rows, args.label, cand)
            predict(vec, clf, val_docs)
            losses[cand] = log_loss(val_rows, args.label, "filt")
        c = min(losses, key=losses.__getitem__)
        print("validation log-loss by C: " + ", ".join(f"{k}: {v:.4f}" for k, v in losses.items()) + f"; C = {c}",
              file=sys.stderr)
    c1 = time.process_time()
    vec, clf = fit([p for preds in train for p in preds], args.label, c)
    t_fit = time.process_time() - c1
    predict(vec, clf, [preds for _, preds in dev])
    dev_rows = [p for _, preds in dev for p in preds]
    for p in dev_rows:
        p["blend"] = p["filt"] ** args.blend * p["conf"] ** (1 - args.blend)  # AcceptanceModel.confidence
    print(f"fit in {t_fit:.1f}s CPU; dev log-loss ({args.label}): filter {log_loss(dev_rows, args.label, 'filt'):.4f}, "
          f"today's confidence {log_loss(dev_rows, args.label, 'conf'):.4f}")
    print("\nPolNeAR dev, leaving out attributions below t: the calibrated cue score | the filter | reported (blend)")
    print("  t   " + " | ".join(["  pred  attr_p attr_r attr_f1 full_f1"] * 3))
    best = (0.0, -1.0)
    for (t, a), (_, b), (_, m) in zip(curve(dev, "conf"), curve(dev, "filt"), curve(dev, "blend"), strict=True):
        print(f"  {t:.2f} " + " | ".join(f"{x['pred']:5d}  {x['attr_p']:.4f} {x['attr_r']:.4f} {x['attr_f1']:.4f} "
                                         f"{x['full_f1']:.4f}" for x in (a, b, m)))
        if m["full_f1"] > best[1]:
            best = (t, m["full_f1"])
    print(f"threshold maximising the reported confidence's attr_full_f1 on dev: {best[0]} ({best[1]:.4f})")
    model = export(vec, clf, args.label, c, nlp, n_all, args.blend)
    if not args.dry_run:
        args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    print(f"# {time.time() - t0:.0f}s wall, {time.process_time() - c0:.0f}s CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
