"""Does a frozen MiniLM encoding of a prediction in its sentence tell a reader's W from C / P better than the bundled confidence?

    PYTHONPATH=src python bench/verdict_model.py --cache /tmp/filtercache

The rows are ``bench/train_filter.py``'s audit rows (``audit_articles``: today's code re-run on the audited PTC
train articles, each found attribution matched to a judged prediction of ``bench/verdict_gold/verdicts.jsonl``);
each carries the reported confidence (``DocAnalysis.confidence``, what ``--min-confidence`` filters) and the
window it is read in: the sentences its cue, content and source touch (``window``). A row's representation
(``row_vector``): MiniLM's last-layer token states (``sayso.persuasion.encoder``, int8, frozen) mean-pooled over
the cue, the content and the source span (zeros where the span is absent or past the 256-token truncation),
the pooled window vector, the confidence and whether a source is named: 4 x 384 + 2 numbers.

The model (fixed before any result was seen): standardised features, L2 logistic regression of right (C + P)
against W, C picked among ``CS`` by an inner leave-one-audit-out on the training audits (AUC). **The protocol**:
leave one audit out over the 9 audits (``folds``); the held-out scores are pooled. For a share ``s`` of right rows
kept, the threshold is the highest that keeps at least ``s`` of them (``threshold_at_kept``); what is compared is
the W rows below it (``removed_at``), for the confidence alone and for the model, pooled and per audit (each
audit at its own threshold), and AUC of right against W. The bar: >= 1.5x the confidence's W removed at 0.95
kept, pooled, and not worse on most single audits.

Also tried (``VARIANTS``, ``--polnear``): "model+" (the confidence column weighed 10x: the encoder as a correction
on it), "enc" (the encoder alone), "pn" (fit on PolNeAR train rows alone, every 3rd article: 4,736 rows, label
content matched, never sees an audit) and "pn+" (confidence and logit pn stacked, leave one audit out).

**Measured 2026-12-04** (today's code on audits 23-30 and 32: 1,931 judged rows, 201 W; out of fold). W removed
of the W rows at the threshold keeping the share of right rows; AUC of right against W:

    score    1.00    0.98    0.95    0.92    AUC
    conf      1/201  20/201  42/201  64/201  0.761
    model     0/201  23/201  39/201  57/201  0.713   (first run, C grid from 0.001: 0 / 23 / 47 / 61, 0.721)
    model+    1/201  16/201  42/201  66/201  0.789
    enc       0/201  21/201  38/201  50/201  0.689
    pn        2/201  12/201  26/201  36/201  0.669
    pn+       1/201  17/201  42/201  70/201  0.755

    W removed at 0.95 kept, per audit (each at its own threshold); AUC conf / model / model+:
    audit   W  conf model model+ pn+   AUC conf  model model+
    23     16     1     5     2     2      0.754 0.731 0.771
    24     14     2     1     2     2      0.758 0.658 0.764
    25      8     1     2     1     1      0.725 0.874 0.800
    26     17     3     3     4     4      0.782 0.811 0.829
    27     25    10     6    10    12      0.855 0.698 0.872
    28     25     6     4     8     6      0.740 0.684 0.781
    29     29     5     6     3     6      0.699 0.703 0.745
    30     31     7     6     9     7      0.774 0.689 0.801
    32     36    11    10    13     6      0.759 0.774 0.787

Audit 32 (the most recent) alone, W removed at 1.00 / 0.98 / 0.95 / 0.92 kept: conf 2 / 7 / 11 / 17, model
1 / 6 / 10 / 14, model+ 3 / 8 / 13 / 19, pn+ 1 / 4 / 6 / 18.

**Verdict: no.** The bar (>= 1.5x the confidence's W removed at 0.95 kept, pooled: 63 of 201) is missed by every
variant: the model fixed beforehand removes 39 (fewer than the confidence's 42) and ranks worse (AUC 0.713); the
confidence-weighted one ranks a little better (0.789) but removes the same 42 at 0.95 and 66 against 64 at 0.92;
audit by audit it removes more on 5 of 9, 52 W in all against 46 (1.13x), the gain of a better calibrated
confidence, not of a new signal.
The encoder does not see what the reader marks W beyond what the confidence already sees, and PolNeAR's
"matches a gold attribution" teaches it the wrong thing (pn: 0.669). Every fold chose C at 1e-4 to 3e-4: the
signal in the 1,538 numbers is weak enough that the inner folds want them nearly flat.

Runtime (2 CPU cores, the parses cached in /tmp/filtercache by train_filter.py): rows 70 s, encoding the 1,931
windows 49 s, the leave-one-audit-out fits 2 to 5 minutes a variant; ``--polnear 3`` about 10 minutes more the
first time (parsing PolNeAR train, encoding its rows). Rerun the table:

    PYTHONPATH=src python bench/verdict_model.py --cache /tmp/filtercache --features /tmp/vm.npz
    PYTHONPATH=src python bench/verdict_model.py --cache /tmp/filtercache --features /tmp/vm.npz --polnear 3 --variants
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

DIM = 384
SHARES = (1.0, 0.98, 0.95, 0.92)  # right (C + P) rows kept: 1.00 is what the default threshold keeps
CS = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1)  # the first run's grid started at 0.001 and every fold chose it
CONF = -2  # the confidence's column in ``row_vector``
# the models compared with the confidence: (the columns, the confidence column's scale after standardising). "model"
# is the one fixed before any result; "model+" weighs the confidence column 10x, so the penalty barely touches it
# (the encoder as a correction on the confidence); "enc" is the encoder alone (no confidence, no source flag)
VARIANTS = {"model": (slice(None), 1.0), "model+": (slice(None), 10.0), "enc": (slice(0, 4 * DIM), 1.0)}
Span = tuple[int, int] | None


def window(sents: Sequence[tuple[int, int]], spans: Sequence[Span]) -> tuple[int, int]:
    """The character range of the sentences (``sents``: sorted (start, end)) that any of ``spans`` touches; a span
    in no sentence (a gap) widens the range to itself."""
    present = [s for s in spans if s is not None]
    if not present:
        raise ValueError("a row has no span to read it by")
    lo, hi = min(s[0] for s in present), max(s[1] for s in present)
    for a, b in sents:
        if a < hi and lo < b:
            lo, hi = min(lo, a), max(hi, b)
    return lo, hi


def span_mean(tokens: np.ndarray, offsets: Sequence[tuple[int, int]], span: Span) -> np.ndarray:
    """Mean of the token states whose range overlaps ``span`` (window-relative); zeros when none does."""
    if span is None:
        return np.zeros(tokens.shape[1], dtype=np.float32)
    pick = [i for i, (a, b) in enumerate(offsets) if a < span[1] and span[0] < b]
    return tokens[pick].mean(0) if pick else np.zeros(tokens.shape[1], dtype=np.float32)


def row_vector(tokens: np.ndarray, offsets: Sequence[tuple[int, int]], pooled: np.ndarray,
               cue: Span, content: Span, source: Span, confidence: float) -> np.ndarray:
    """One row's features: cue, content and source means, the pooled window, the confidence, a source named."""
    return np.concatenate([span_mean(tokens, offsets, cue), span_mean(tokens, offsets, content),
                           span_mean(tokens, offsets, source), pooled,
                           np.array([confidence, float(source is not None)], dtype=np.float32)])


def shifted(span: Span, by: int) -> Span:
    return None if span is None else (span[0] - by, span[1] - by)


def folds(audits: Sequence[int]) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """(held-out audit, train indices, test indices) per audit, in audit order."""
    a = np.asarray(audits)
    for held in sorted(set(a.tolist())):
        yield held, np.flatnonzero(a != held), np.flatnonzero(a == held)


def threshold_at_kept(right_scores: Sequence[float], share: float) -> float:
    """The highest threshold t such that at least ``share`` of ``right_scores`` are >= t."""
    s = sorted(right_scores, reverse=True)
    if not s:
        raise ValueError("no right rows")
    return s[max(1, math.ceil(share * len(s) - 1e-9)) - 1]


def removed_at(scores: Sequence[float], right: Sequence[bool], share: float) -> tuple[int, int, float]:
    """(W removed, W rows, right kept share) at ``threshold_at_kept`` of the right rows' scores."""
    t = threshold_at_kept([s for s, r in zip(scores, right, strict=True) if r], share)
    w = [s for s, r in zip(scores, right, strict=True) if not r]
    kept = sum(s >= t for s, r in zip(scores, right, strict=True) if r) / max(1, sum(right))
    return sum(s < t for s in w), len(w), kept


def auc(scores: Sequence[float], right: Sequence[bool]) -> float:
    """P(a right row scores above a W row), ties half."""
    pos = np.array([s for s, r in zip(scores, right, strict=True) if r])
    neg = np.array([s for s, r in zip(scores, right, strict=True) if not r])
    if not len(pos) or not len(neg):
        return float("nan")
    gt = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(gt / (len(pos) * len(neg)))


def fit_score(x_train: np.ndarray, y_train: np.ndarray, groups: np.ndarray, x_test: np.ndarray,
              scale: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """P(right) of the test rows by the model fit on the train rows (C by inner leave-one-group-out AUC), and its C;
    ``scale`` multiplies the standardised columns (a column scaled by k pays 1/k^2 of the penalty)."""
    from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x_train)
    xs, xt = scaler.transform(x_train), scaler.transform(x_test)
    if scale is not None:
        xs, xt = xs * scale, xt * scale
    inner = [(tr, te) for _, tr, te in folds(groups)]
    cv = LogisticRegressionCV(Cs=list(CS), cv=inner, scoring="roc_auc", max_iter=3000, l1_ratios=(0.0,),
                              use_legacy_attributes=False, n_jobs=2).fit(xs, y_train)
    c = float(cv.C_)
    model = LogisticRegression(C=c, max_iter=3000).fit(xs, y_train)
    return model.predict_proba(xt)[:, 1], c


def annotate_rows():  # noqa: ANN201
    """``train_filter.found_rows`` that also keeps, per row, the reported confidence (``rep``) and the window it is
    read in (``win``: its text, and the cue, content and source window-relative)."""
    import train_filter as tf

    if getattr(tf.found_rows, "annotates", False):
        return tf
    orig = tf.found_rows

    def found_rows(doc, an, lexicon):  # noqa: ANN001, ANN202
        rows = orig(doc, an, lexicon)
        sents = [(s.start_char, s.end_char) for s in doc.sents] if rows else []
        for i, r in enumerate(rows):
            lo, hi = window(sents, [r["cue"], r["content"], r["source"]])
            r["rep"] = an.confidence[i]
            r["win"] = (doc.text[lo:hi], shifted(r["cue"], lo), shifted(r["content"], lo), shifted(r["source"], lo))
        return rows

    found_rows.annotates = True  # type: ignore[attr-defined]
    tf.found_rows = found_rows
    return tf


def audit_rows(cache: Path | None) -> list[dict]:
    """The judged audit rows of today's code, with ``rep`` and ``win``."""
    tf = annotate_rows()
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.pipeline import load_pipeline

    arts = tf.audit_articles(load_pipeline(with_sayso=False), load_lexicon(), cache)
    if not arts:
        sys.exit(f"no audit rows: {tf.VERDICTS} or the PTC train articles are missing")
    return [r for a in arts for r in a.rows if r["verdict"] is not None]


def polnear_rows(cache: Path | None, every: int) -> list[dict]:
    """Every ``every``-th PolNeAR train article's found rows (no minimum), ``y`` = the content matches a gold
    attribution (Dice >= 0.5, ``calibration.match``: the scorer's matching), with ``rep``, ``win`` and ``article``."""
    tf = annotate_rows()
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.pipeline import load_pipeline

    lexicon = load_lexicon()
    out = []
    for k, (stem, gold, doc) in enumerate(tf.parsed(load_pipeline(with_sayso=False), "train", cache)):
        if k % every == 0:
            out += [r | {"article": stem} for r in tf.rows_of(gold, doc, lexicon, "content")]
    return out


def design(rows: list[dict]) -> np.ndarray:
    from sayso.persuasion.encoder import shared_encoder

    encs = shared_encoder().encode([r["win"][0] for r in rows])
    return np.stack([row_vector(e.tokens, e.offsets, e.pooled, *r["win"][1:], r["rep"]) for e, r in zip(encs, rows, strict=True)])


def polnear_scores(args: argparse.Namespace, x: np.ndarray, right: np.ndarray, audits: np.ndarray) -> dict[str, np.ndarray]:
    """"pn": P(content matched) by a model fit on PolNeAR train rows alone (C by 5-fold CV grouped by article, AUC);
    "pn+": logistic regression on (confidence, logit pn) fit leave one audit out on the audit rows."""
    path = args.features.with_suffix(".polnear.npz") if args.features is not None else None
    if path is not None and path.exists():
        data = np.load(path)
        xp, yp, groups = data["x"], data["y"], data["groups"]
    else:
        rows = polnear_rows(args.cache, args.polnear)
        xp = design(rows)
        yp = np.array([bool(r["y"]) for r in rows])
        groups = np.unique([r["article"] for r in rows], return_inverse=True)[1] % 5
        if path is not None:
            np.savez_compressed(path, x=xp, y=yp, groups=groups)
    print(f"# PolNeAR: {len(yp)} rows, {int(yp.sum())} matched", file=sys.stderr)
    pn, c = fit_score(xp, yp, groups, x)
    print(f"# pn: C {c}", file=sys.stderr)
    logit = np.log(np.clip(pn, 1e-6, 1 - 1e-6) / np.clip(1 - pn, 1e-6, 1))
    stack = np.stack([x[:, CONF], logit], 1)
    plus = np.zeros(len(right))
    for _, tr, te in folds(audits):
        plus[te] = fit_score(stack[tr], right[tr], audits[tr], stack[te])[0]
    return {"pn": pn, "pn+": plus}


def table(name: str, scores: dict[str, np.ndarray], right: np.ndarray) -> list[str]:
    out = []
    for key, s in scores.items():
        cells = []
        for share in SHARES:
            removed, n_w, kept = removed_at(s.tolist(), right.tolist(), share)
            cells.append(f"{removed:3d}/{n_w:<3d} ({kept:.3f})")
        out.append(f"{name:>6} {key:<6} {len(right):4d} " + "  ".join(cells) + f"  {auc(s.tolist(), right.tolist()):.3f}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="the parses' DocBin cache (train_filter.py's)")
    ap.add_argument("--features", type=Path, default=None,
                    help="an .npz of the rows' features, verdicts and audits: read when there, else written (reruns skip "
                         "the parses and the encoder; delete it when the code or the verdicts change)")
    ap.add_argument("--polnear", type=int, default=0, metavar="K",
                    help="also a model fit on every K-th PolNeAR train article's rows (content matched or not) alone "
                         "(\"pn\", never sees an audit) and a stack of it with the confidence fit leave one audit out "
                         "(\"pn+\"); with --features, their features go to <features>.polnear.npz")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    args = ap.parse_args()
    t0, c0 = time.time(), time.process_time()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.features is not None and args.features.exists():
        data = np.load(args.features)
        x, right, audits = data["x"], data["right"], data["audits"]
        t_rows = t_enc = time.time()
    else:
        rows = audit_rows(args.cache)
        t_rows = time.time()
        x = design(rows)
        t_enc = time.time()
        right = np.array([r["verdict"] in "CP" for r in rows])
        audits = np.array([r["audit"] for r in rows])
        if args.features is not None:
            np.savez_compressed(args.features, x=x, right=right, audits=audits)
    scores = {"conf": x[:, CONF].astype(np.float64)}
    chosen: dict[str, dict[int, float]] = {}
    for name in args.variants:
        cols, k = VARIANTS[name]
        xv = x[:, cols]
        scale = np.ones(xv.shape[1])
        if k != 1.0:
            scale[CONF] = k
        scores[name], chosen[name] = np.zeros(len(right)), {}
        for held, tr, te in folds(audits):
            scores[name][te], chosen[name][held] = fit_score(xv[tr], right[tr], audits[tr], xv[te], scale)
    if args.polnear:
        scores |= polnear_scores(args, x, right, audits)
    print(f"# {len(right)} judged rows, {int((~right).sum())} W; C per fold {chosen}")
    print(f"{'audit':>6} {'score':<6} rows  " + "  ".join(f"W removed at {s:.2f} kept" for s in SHARES) + "  AUC")
    lines = table("pooled", scores, right)
    for held in sorted(set(audits.tolist())):
        m = audits == held
        lines += table(str(held), {k: v[m] for k, v in scores.items()}, right[m])
    print("\n".join(lines))
    print(f"# rows {t_rows - t0:.0f}s, encoding {t_enc - t_rows:.0f}s, folds {time.time() - t_enc:.0f}s wall; "
          f"{time.process_time() - c0:.0f}s CPU")


if __name__ == "__main__":
    main()
