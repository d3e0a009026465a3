"""The corpus at scale: ingest rates, database size, query latency at 10k and 100k articles.

    python bench/corpus.py ingest  [--limit N] [--full]   # PolNeAR train+dev through `Corpus.ingest`
    python bench/corpus.py scale   [--sizes 10000 100000] # load test from the ingested reports
    python bench/corpus.py aggregates --size N            # SQLite vs DuckDB-over-Parquet

``ingest`` writes PolNeAR (924 articles, outlet = publisher, published = date from
``metadata.tsv``) as JSONL and ingests it: the rate *with analysis* (attributions only unless
``--full``: techniques and claims off, said in the output), then stores the same reports
again into a fresh database: the rate *store-only*. ``scale`` is a **load test**: it
re-keys and re-dates the real PolNeAR reports (copy k gets its own URL and its dates
shifted by k days) until the database holds each size, then times ``sources``, ``search``
and ``trace`` queries (p50/p95 over real statements of the corpus) and reports the size per
1k articles. Databases live in ``--work`` (default /tmp/sayso-bench), never in the repository.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from polnear import POLNEAR
from sayso.corpus.api import Corpus
from sayso.model import Report

SPLITS = ("train", "dev")


def metadata() -> dict[str, dict[str, str]]:
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def write_jsonl(path: Path, limit: int | None = None) -> int:
    """PolNeAR train+dev as JSONL (id, text, outlet, published, title); the number of articles."""
    meta = metadata()
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for split in SPLITS:
            for txt in sorted((POLNEAR / split).glob("*.txt")):
                if limit is not None and n >= limit:
                    return n
                m = meta.get(txt.stem, {})
                record = {"id": txt.stem, "text": txt.read_text(encoding="utf-8"), "outlet": m.get("publisher"),
                          "published": m.get("publication_date"), "title": m.get("title")}
                out.write(json.dumps({k: v for k, v in record.items() if v and v != "None"}) + "\n")
                n += 1
    return n


def size_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6


def checkpoint(corpus: Corpus) -> None:
    corpus._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fresh(path: Path) -> Path:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    return path


def cmd_ingest(args: argparse.Namespace) -> dict[str, object]:
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    jsonl = work / "polnear.jsonl"
    n = write_jsonl(jsonl, args.limit)
    db = fresh(work / "polnear.db")
    stages = {"techniques": args.full, "claims": args.full}
    t0 = time.perf_counter()
    with Corpus(db) as corpus:
        summary = corpus.ingest([str(jsonl)], **stages)
        t_ingest = time.perf_counter() - t0
        checkpoint(corpus)
        reports = list(corpus.reports())
        counts = corpus.counts()
    store_db = fresh(work / "store-only.db")
    with Corpus(store_db) as corpus:
        t0 = time.perf_counter()
        for report in reports:
            corpus.add(report)
        t_store = time.perf_counter() - t0
        t0 = time.perf_counter()
        identities = corpus.refresh_identities()
        t_identities = time.perf_counter() - t0
    return {
        "articles": n, "stored": summary.stored, "failed": summary.failed, "counts": counts,
        "analysis": "attributions, techniques and claims" if args.full else "attributions only (--no-techniques --no-claims)",
        "ingest_with_analysis_articles_per_s": round(summary.stored / t_ingest, 2),
        "ingest_with_analysis_s": round(t_ingest, 1),
        "store_only_articles_per_s": round(len(reports) / t_store, 1),
        "identities": identities, "identity_resolution_s": round(t_identities, 2),
        "db_mb": round(size_mb(db), 1), "db_mb_per_1k_articles": round(size_mb(db) / n * 1000, 1),
    }


# --------------------------------------------------------------------------------- scale


def _shift(published: str | None, days: int) -> str | None:
    if not published:
        return published
    try:
        return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return published


def copy_of(report: Report, k: int) -> Report:
    """Load-test copy ``k`` of a real report: its own URL and id, dates shifted by ``k`` days."""
    article = report.article
    stem = article.id
    new = dataclasses.replace(article, url=f"https://load.example/{k}/{stem}", id=f"{stem}~{k}",
                              published=_shift(article.published, k))
    return dataclasses.replace(report, article=new)


def percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"p50_ms": round(statistics.median(times) * 1000, 2), "p95_ms": round(p95 * 1000, 2), "n": len(times)}


def timed(fn, queries) -> dict[str, float]:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - t0)
    return percentiles(out)


def query_sets(reports: list[Report], n: int, seed: int = 7) -> tuple[list[str], list[str]]:
    """(search queries of 2-3 words, trace queries: whole attributed contents) drawn from real statements."""
    rng = random.Random(seed)
    contents = [a.content.text for r in reports for a in r.attributions if 8 <= len(a.content.text.split()) <= 40]
    picked = rng.sample(contents, min(n, len(contents)))
    searches = []
    for text in picked:
        words = [w.strip(".,;:“”\"'") for w in text.split() if len(w.strip(".,;:“”\"'")) > 4]
        searches.append(" ".join(rng.sample(words, min(len(words), rng.choice((2, 3))))) or text.split()[0])
    return searches, picked


def cmd_scale(args: argparse.Namespace) -> dict[str, object]:
    work = Path(args.work)
    with Corpus(work / "polnear.db", create=False) as source:
        reports = list(source.reports())
    searches, traces = query_sets(reports, args.queries)
    db = fresh(work / "scale.db")
    results: dict[str, object] = {"label": "load test: the real PolNeAR reports re-keyed and re-dated to reach size",
                                  "base_articles": len(reports)}
    with Corpus(db) as corpus:
        k = 0
        stored = 0
        for size in sorted(args.sizes):
            t0 = time.perf_counter()
            added = 0
            while stored < size:
                for report in reports:
                    if stored >= size:
                        break
                    corpus.add(copy_of(report, k) if k else report)
                    stored += 1
                    added += 1
                if stored < size:
                    k += 1
            t_store = time.perf_counter() - t0
            t0 = time.perf_counter()
            identities = corpus.refresh_identities()
            t_identities = time.perf_counter() - t0
            checkpoint(corpus)
            row = {
                "articles": stored, "store_only_articles_per_s": round(added / t_store, 1),
                "identities": identities, "identity_resolution_s": round(t_identities, 1),
                "db_mb": round(size_mb(db), 1), "db_mb_per_1k_articles": round(size_mb(db) / stored * 1000, 1),
                "sources": timed(lambda _: corpus.sources(limit=20), range(args.queries)),
                "sources_outlet": timed(lambda o: corpus.sources(outlet=o, limit=20),
                                        [r.article.outlet or "" for r in reports[: args.queries]]),
                "search": timed(lambda q: corpus.search(q, limit=20), searches),
            }
            try:
                row["trace"] = timed(lambda q: corpus.trace(q), traces)
            except ImportError as e:
                row["trace"] = f"not measured: {e}"
            results[str(size)] = row
            print(json.dumps({str(size): row}), file=sys.stderr, flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=("ingest", "scale"))
    parser.add_argument("--work", default="/tmp/sayso-bench")
    parser.add_argument("--limit", type=int, default=None, help="ingest: only the first N articles")
    parser.add_argument("--full", action="store_true", help="ingest: with techniques and claims")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()
    result = cmd_ingest(args) if args.phase == "ingest" else cmd_scale(args)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
