"""Score the persuasion-technique tagger on a PTC split (SemEval-2020 Task 11 definitions).

    python bench/techniques.py [--split dev] [--out DIR] [--cache DIR] [--json]

Runs spaCy's sentences and the tagger over every article, writes one minimal
``sayso.report/1`` JSON per article (``article<ID>.json``, ``technique`` markers) into DIR
(a temporary folder by default) and runs ``../shared/tools/score_ptc.py`` on it (si_f1,
flc_f1: the judge). Adds technique classification on the gold spans (micro-F1 = accuracy,
one label per gold span, as the task's subtask 2) and per-technique span+label P/R/F1 with
the same partial-overlap credit.

The span figures are the model's: every marker, whatever its confidence (``--all-techniques``).
``default_si_*`` and ``default_markers`` score only the markers the analyzer emits by default
(confidence >= the model's ``emit_threshold``, chosen for span precision >= 0.5).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ptc import PTC, SCORER, PtcArticle, encode_split, partial_prf  # noqa: E402
from sayso.persuasion._features import ArticleContext  # noqa: E402
from sayso.persuasion.techniques import TECHNIQUES, FoundTechnique, TechniqueTagger  # noqa: E402


def report(aid: str, text: str, found: list[FoundTechnique]) -> dict:
    markers = [{"id": f"M{i}", "type": "technique", "label": f.label, "confidence": f.confidence,
                "span": {"start": f.start, "end": f.end, "text": text[f.start:f.end]}, "attribution": None}
               for i, f in enumerate(found, 1)]
    return {"schema": "sayso.report/1",
            "article": {"id": aid, "url": None, "title": None, "outlet": None, "authors": [], "published": None,
                        "language": "en", "text": text},
            "sources": [], "attributions": [], "markers": markers, "claims": [],
            "profile": {"attributions": 0, "sources": 0, "named_sources": 0, "anonymous_sources": 0,
                        "attributed_share": 0.0}}


def classify_gold(tagger: TechniqueTagger, arts: list[PtcArticle]) -> dict[str, float]:
    """Technique classification on gold spans: micro-F1 (= accuracy) and per-label F1."""
    right = total = 0
    per = {t: [0, 0, 0] for t in TECHNIQUES}  # tp, fp, fn
    for a in arts:
        ctx = ArticleContext(a.text)
        for start, end, label in a.gold:
            pred = TECHNIQUES[int(tagger.classify(ctx, a.segments, start, end).argmax())]
            total += 1
            if pred == label:
                right += 1
                per[label][0] += 1
            else:
                per[pred][1] += 1
                per[label][2] += 1
    out = {"tc_micro_f1": round(right / total, 4) if total else 0.0}
    for t, (tp, fp, fn) in per.items():
        out[f"tc_f1[{t}]"] = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    return out


BINS = (0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 1.01)


def reliability(found: list[tuple[list[tuple[int, int, str]], list[FoundTechnique]]],
                bins: tuple[float, ...] = BINS) -> list[dict[str, float]]:
    """Markers binned by confidence: how many, their mean confidence, and their span precision
    (partial overlap with any gold span, the si_p credit) and label precision (same label, flc_p)."""
    rows = []
    for lo, hi in zip(bins, bins[1:], strict=False):
        pairs = [(gold, [(f.start, f.end, f.label) for f in fs if lo <= f.confidence < hi]) for gold, fs in found]
        confs = [f.confidence for _, fs in found for f in fs if lo <= f.confidence < hi]
        if not confs:
            continue
        si_p = partial_prf(pairs)[0]
        flc_p = partial_prf(pairs, same_label=True)[0]
        rows.append({"bin": f"[{lo:.2f}, {min(hi, 1.0):.2f}{')' if hi <= 1 else ']'}", "markers": len(confs),
                     "mean_confidence": round(sum(confs) / len(confs), 4), "span_precision": si_p, "label_precision": flc_p})
    return rows


def score(split: str, folder: Path) -> dict[str, float]:
    """``../shared/tools/score_ptc.py`` on a folder of reports."""
    res = subprocess.run([sys.executable, str(SCORER), str(PTC / split), str(folder), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def evaluate(split: str = "dev", out: Path | None = None, cache: Path | None = None,
             tagger: TechniqueTagger | None = None) -> dict[str, float]:
    arts = encode_split(split, cache)
    tagger = tagger or TechniqueTagger()
    out = out or Path(tempfile.mkdtemp(prefix=f"sayso-ptc-{split}-"))
    out.mkdir(parents=True, exist_ok=True)
    default_out = out / "default"
    default_out.mkdir(exist_ok=True)
    pairs = []
    binned = []
    t0 = time.perf_counter()
    n_segments = n_default = 0
    for a in arts:
        found = tagger.find_in_segments(a.text, a.segments, emit_threshold=0.0)
        n_segments += len(a.segments)
        pairs.append((a.gold, [(f.start, f.end, f.label) for f in found]))
        binned.append((a.gold, found))
        (out / f"article{a.id}.json").write_text(json.dumps(report(a.id, a.text, found), ensure_ascii=False),
                                                 encoding="utf-8")
        kept = [f for f in found if f.confidence >= tagger.emit_threshold]
        n_default += len(kept)
        (default_out / f"article{a.id}.json").write_text(json.dumps(report(a.id, a.text, kept), ensure_ascii=False),
                                                         encoding="utf-8")
    heads_s = time.perf_counter() - t0
    scores: dict[str, float] = score(split, out)
    scores.update({f"default_{k}": v for k, v in score(split, default_out).items() if k.startswith("si_")})
    scores["default_markers"], scores["all_markers"] = n_default, sum(len(p) for _, p in pairs)
    scores["emit_threshold"] = tagger.emit_threshold
    scores.update(classify_gold(tagger, arts))
    for t in TECHNIQUES:
        p, r, f = partial_prf(pairs, label=t, same_label=True)
        scores[f"p[{t}]"], scores[f"r[{t}]"], scores[f"f1[{t}]"] = p, r, f
    scores["heads_sentences_per_s"] = round(n_segments / heads_s, 1) if heads_s else 0.0
    scores["reliability"] = reliability(binned)
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cache", type=Path, help="reuse the encoded corpus kept by train_techniques.py --cache")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    scores = evaluate(args.split, args.out, args.cache)
    if args.json:
        print(json.dumps(scores))
        return
    for k in ("si_p", "si_r", "si_f1", "flc_p", "flc_r", "flc_f1", "tc_micro_f1", "all_markers", "emit_threshold",
              "default_si_p", "default_si_r", "default_si_f1", "default_markers", "heads_sentences_per_s"):
        print(f"{k}={scores[k]}")
    # SemEval-2020 Task 11's best systems (Hitachi, on the task's test articles): span F1 0.516, TC micro-F1 0.621
    print(f"vs the task's winners: si_f1 {scores['si_f1']:.3f} / 0.516, tc_micro_f1 {scores['tc_micro_f1']:.3f} / 0.621")
    print(f"\n{'technique':36} {'P':>6} {'R':>6} {'F1':>6} {'TC F1':>6}")
    for t in TECHNIQUES:
        print(f"{t:36} {scores[f'p[{t}]']:6.3f} {scores[f'r[{t}]']:6.3f} {scores[f'f1[{t}]']:6.3f} "
              f"{scores[f'tc_f1[{t}]']:6.3f}")
    print(f"\n{'confidence':14} {'markers':>7} {'mean conf':>9} {'span P':>7} {'label P':>7}   (reliability)")
    for r in scores["reliability"]:
        print(f"{r['bin']:14} {r['markers']:7d} {r['mean_confidence']:9.3f} {r['span_precision']:7.3f} "
              f"{r['label_precision']:7.3f}")
    print(f"# {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
