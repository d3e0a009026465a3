"""Body extraction quality of the ingest layer on the Zyte article-extraction benchmark.

    python bench/extraction.py [--workers N] [--json]

Runs ``sayso.ingest`` over ``../shared/data/html-articles/html/*.html.gz`` (181 news pages)
and scores each extracted body against ``ground-truth.json`` the way the benchmark's own
``evaluate.py`` does: the texts are cut into ``\\w+`` tokens, compared as bags of 4-token
shingles; per page, tp/fp/fn are normalised to sum to 1 (so long pages weigh no more than
short ones), then summed over pages for precision, recall and F1. The same figures on
single tokens (``token_*``) are printed beside them. Title and date coverage are the share
of pages with a title / a published date. Published body F1 on this set: trafilatura 2.0
0.958, newspaper4k 0.949, readability-lxml 0.922.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sayso.ingest import read_inputs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "html-articles"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_score(gold: str, pred: str, n: int) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1."""
    true, found = shingles(gold, n), shingles(pred, n)
    tp, fp, fn = sum((true & found).values()), sum((found - true).values()), sum((true - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    tp, fp, fn = (sum(s[i] for s in scores) for i in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _extract(path: str) -> tuple[str, str, bool, bool, str | None]:
    (item,) = read_inputs([path])
    article = item.article
    if article is None:
        return Path(path).name, "", False, False, str(item.error)
    return Path(path).name, article.text, bool(article.title), bool(article.published), None


def evaluate(data: Path = DATA, workers: int = 4) -> dict[str, float]:
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted(str(p) for p in (data / "html").glob("*.html.gz"))
    if not paths:
        raise FileNotFoundError(f"no pages under {data / 'html'}")
    start = time.perf_counter()
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_extract, paths, chunksize=4))
    else:
        results = [_extract(p) for p in paths]
    seconds = time.perf_counter() - start
    body4, body1, errors = [], [], 0
    for name, text, _, _, error in results:
        key = name.removesuffix(".html.gz")
        errors += error is not None
        body4.append(page_score(gold[key]["articleBody"], text, 4))
        body1.append(page_score(gold[key]["articleBody"], text, 1))
    (p, r, f), (tp_, tr, tf) = prf(body4), prf(body1)
    n = len(results)
    return {
        "pages": n, "errors": errors,
        "body_precision": round(p, 4), "body_recall": round(r, 4), "body_f1": round(f, 4),
        "token_precision": round(tp_, 4), "token_recall": round(tr, 4), "token_f1": round(tf, 4),
        "title_coverage": round(sum(x[2] for x in results) / n, 4),
        "date_coverage": round(sum(x[3] for x in results) / n, 4),
        "seconds": round(seconds, 2), "workers": workers,
        "ms_per_page_cpu": round(1000 * seconds * workers / n, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        sys.exit(f"benchmark not found at {args.data} (it lives in ../shared/data/html-articles)")
    scores = evaluate(args.data, args.workers)
    if args.json:
        print(json.dumps(scores))
    else:
        for key, value in scores.items():
            print(f"{key:>18} {value}")


if __name__ == "__main__":
    main()
