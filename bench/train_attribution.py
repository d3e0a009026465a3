"""Train sayso's attribution scorers on PolNeAR train and write them into the package.

    python bench/train_attribution.py [--model NAME] [--out src/sayso/nlp/resources/attribution_model.json]

Two logistic-regression models over the string features of
``sayso.nlp.extract.candidates``: one says whether a candidate token is a cue, the other
which candidate span is its content. 10% of the training articles are held out to pick
the cue threshold; the final models are then fit on all of train. The dev split is never
read here. The data card is ``src/sayso/nlp/resources/attribution_model.md``.
Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from polnear import GoldAttribution, articles  # noqa: E402
from sayso.nlp.extract.candidates import (  # noqa: E402
    content_candidates,
    content_features,
    cue_features,
    is_cue_candidate,
)
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.extract.quotes import find_quotes  # noqa: E402
from sayso.nlp.extract.vocabulary import CONTENT_TEMPLATES, CUE_TEMPLATES, pipeline_record, template_of, vocabulary  # noqa: E402
from sayso.nlp.pipeline import load_pipeline, model_name  # noqa: E402
from span_match import dice, trim  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "sayso" / "nlp" / "resources" / "attribution_model.json"


def examples(doc, gold: list[GoldAttribution], lexicon):  # noqa: ANN001, ANN201
    """Cue and content training rows of one parsed article."""
    text = doc.text
    quotes = find_quotes(text)
    cue_gold: dict[int, GoldAttribution] = {}
    for g in gold:
        if g.cue is None:
            continue
        span = doc.char_span(g.cue[0], g.cue[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        for tok in span:
            cue_gold.setdefault(tok.i, g)
    cue_rows, content_rows = [], []
    for token in doc:
        if not is_cue_candidate(token, lexicon):
            continue
        cands = content_candidates(token, quotes)
        g = cue_gold.get(token.i)
        cue_rows.append((cue_features(token, quotes, cands), int(g is not None)))
        if g is None or not cands:
            continue
        gc = trim(text, g.content)
        scores = [dice(trim(text, (c.start, c.end)), gc) for c in cands]
        best = max(range(len(cands)), key=lambda i: scores[i])
        for i, c in enumerate(cands):
            label = int(i == best and scores[i] >= 0.5)
            content_rows.append((content_features(token, c, quotes), label))
    return cue_rows, content_rows


def fit(rows, c: float):  # noqa: ANN001, ANN201
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
    y = [label for _, label in rows]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    return vec, clf


def export(vec, clf, threshold: float) -> dict:  # noqa: ANN001
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=False) if abs(w) >= 1e-3}
    return {"bias": round(float(clf.intercept_[0]), 4), "threshold": threshold, "weights": weights}


def best_threshold(vec, clf, rows) -> float:  # noqa: ANN001
    x = vec.transform([{f: 1 for f in feats} for feats, _ in rows])
    probs = clf.predict_proba(x)[:, 1]
    gold = sum(label for _, label in rows)
    best, best_f = 0.5, -1.0
    for t in [i / 100 for i in range(20, 81, 2)]:
        tp = sum(1 for p, (_, y) in zip(probs, rows, strict=False) if p >= t and y)
        npred = sum(1 for p in probs if p >= t)
        prec = tp / npred if npred else 0.0
        rec = tp / gold if gold else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f > best_f:
            best, best_f = t, f
    print(f"held-out cue F1 {best_f:.4f} at threshold {best}", file=sys.stderr)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: sayso's configured one)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    args = ap.parse_args()
    t0 = time.time()
    nlp = load_pipeline(args.model, with_sayso=False)
    lexicon = load_lexicon()
    data = list(articles("train"))
    if not data:
        sys.exit("PolNeAR train not found under ../shared/data/polnear/train")
    docs = nlp.pipe((text for _, text, _ in data), batch_size=16, n_process=2)
    cue_tr, con_tr, cue_ho, con_ho = [], [], [], []
    for k, ((_stem, _text, gold), doc) in enumerate(zip(data, docs, strict=False)):
        cue_rows, content_rows = examples(doc, gold, lexicon)
        if k % 10 == 9:
            cue_ho += cue_rows
            con_ho += content_rows
        else:
            cue_tr += cue_rows
            con_tr += content_rows
    print(f"parsed {len(data)} articles in {time.time() - t0:.0f}s; "
          f"{len(cue_tr) + len(cue_ho)} cue rows, {len(con_tr) + len(con_ho)} content rows", file=sys.stderr)
    for rows, allowed, part in ((cue_tr + cue_ho, CUE_TEMPLATES, "cue"), (con_tr + con_ho, CONTENT_TEMPLATES, "content")):
        stray = {template_of(f) for feats, _ in rows for f in feats} - allowed
        if stray:
            sys.exit(f"{part} features {sorted(stray)} are not in sayso.nlp.extract.vocabulary: declare them first")
    vec, clf = fit(cue_tr, args.c)
    threshold = best_threshold(vec, clf, cue_ho)
    cue_vec, cue_clf = fit(cue_tr + cue_ho, args.c)
    con_vec, con_clf = fit(con_tr + con_ho, args.c)
    model = {
        "version": time.strftime("%Y%m%d"),
        "trained_on": "PolNeAR v1.0 train (840 articles)",
        "spacy_model": model_name(args.model),
        "spacy": pipeline_record(nlp),  # checked at load: the parses these weights expect
        "features": vocabulary(),  # checked at load: the feature templates and candidate kinds they speak
        "cue": export(cue_vec, cue_clf, threshold),
        "content": export(con_vec, con_clf, 0.0),
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
