"""The corpus at scale: ingest rates, database size, query latency at 10k and 100k articles.

    python bench/corpus.py ingest  [--limit N] [--full]   # PolNeAR train+dev through `Corpus.ingest`
    python bench/corpus.py scale   [--sizes 10000 100000] # load test from the ingested reports
    python bench/corpus.py query   [--sizes 10000 100000] # latency again on the databases scale left
    python bench/corpus.py aggregates [--sizes ...]        # SQLite vs DuckDB over the exported Parquet
    python bench/corpus.py identity [--batch 100]          # ingest store-only + identity refresh, full vs incremental

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
import itertools
import json
import random
import shutil
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from polnear import POLNEAR
from sayso.corpus.api import Corpus
from sayso.model import Report

SPLITS = ("train", "dev")
LOAD_LABEL = "load test: the real PolNeAR reports re-keyed and re-dated (copy k: own URL and id, dates + k days)"


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


def percentiles(times: list[float], prefix: str = "") -> dict[str, float]:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {f"{prefix}p50_ms": round(statistics.median(times) * 1000, 2), f"{prefix}p95_ms": round(p95 * 1000, 2)}


def timed(fn, queries) -> dict[str, float]:
    """Wall-clock and CPU-time percentiles: the machine is shared, so wall time also counts others' work."""
    wall, cpu = [], []
    for q in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        fn(q)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {**percentiles(wall), **percentiles(cpu, "cpu_"), "n": len(wall)}


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


def _cold_comparer() -> None:
    """Empty the claim comparer's and the encoder's caches (parses and embeddings by text)."""
    from sayso.corpus.compare import default_comparer

    comparer = default_comparer()
    comparer._parsed.clear()
    comparer._vectors.clear()
    if comparer._encoder is not None:
        comparer._encoder.clear()


def measure(corpus: Corpus, reports: list[Report], queries: int) -> dict[str, object]:
    """p50/p95 of sources, search and trace over real statements of the corpus."""
    searches, traces = query_sets(reports, queries)
    outlets = sorted({r.article.outlet for r in reports if r.article.outlet})
    row: dict[str, object] = {
        "sources": timed(lambda _: corpus.sources(limit=20), range(queries)),
        "sources_outlet": timed(lambda i: corpus.sources(outlet=outlets[i % len(outlets)], limit=20), range(queries)),
        "search": timed(lambda q: corpus.search(q, limit=20), searches),
    }
    try:
        _cold_comparer()  # else a size measured after another finds the same queries' embeddings cached
        row["trace"] = timed(lambda q: corpus.trace(q), traces)
    except ImportError as e:
        row["trace"] = f"not measured: {e}"
    return row


ENTITY_TABLES = ("sources", "mentions", "attributions", "markers", "claims", "identity_members", "identity_keys")


def replicate(corpus: Corpus, copies: int, first_copy: int) -> None:
    """Grow the database ``copies``-fold inside SQLite: every article again under a new key, dates + k days.

    The same re-keyed, re-dated copies ``copy_of`` makes, made by SQL so that a 100k load
    test does not wait on Python; the full-text index is fed by the same triggers.
    """
    conn = corpus._conn
    base = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    sbase = conn.execute("SELECT max(id) FROM statements").fetchone()[0]
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "article"] for t in ENTITY_TABLES}
    for k in range(first_copy, first_copy + copies):
        off = base * (k - first_copy + 1)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"""INSERT INTO articles SELECT id + {off}, article_key || '~{k}', corpus_id || '~{k}', outlet,
                         coalesce(date(published, '+{k} days'), published), pipeline_version,
                         'https://load.example/{k}/' || corpus_id, title, authors, language, text, n_sources,
                         n_attributions, n_markers, n_claims, warnings, input, ingested_at
                         FROM articles WHERE id <= {base}""")
        for table, cols in columns.items():
            names = ", ".join(f'"{c}"' for c in cols)
            conn.execute(f"INSERT INTO {table} (article, {names}) SELECT article + {off}, {names} FROM {table} "
                         f"WHERE article <= {base}")
        conn.execute(f"""INSERT INTO statements SELECT id + {sbase * (k - first_copy + 1)}, article + {off}, item_id,
                         text, source, source_id FROM statements WHERE article <= {base}""")
        conn.execute(f"""INSERT INTO citations SELECT c.article + {off}, c.citing, c.cited,
                         coalesce(substr(date(a.published, '+{k} days'), 1, 7), c.month), c.count
                         FROM citations c JOIN articles a ON a.id = c.article WHERE c.article <= {base}""")
        conn.execute("DELETE FROM identity_pending")  # the copies' identities are the originals'
        conn.execute("COMMIT")


def cmd_scale(args: argparse.Namespace) -> dict[str, object]:
    """10k: the real reports re-keyed by Python through ``Corpus.add_many``; beyond: ``replicate`` in SQL."""
    work = Path(args.work)
    with Corpus(work / "polnear.db", create=False) as source:
        reports = list(source.reports())
    db = fresh(work / "scale.db")
    results: dict[str, object] = {"label": LOAD_LABEL, "base_articles": len(reports)}
    sizes = sorted(args.sizes)
    with Corpus(db) as corpus:
        t0 = time.perf_counter()
        copies = (copy_of(report, k) if k else report for k in range(10**6) for report in reports)
        corpus.add_many(itertools.islice(copies, sizes[0]))
        t_store = time.perf_counter() - t0
        t0 = time.perf_counter()
        identities = corpus.refresh_identities()
        t_identities = time.perf_counter() - t0
        results["bulk_store_articles_per_s"] = round(sizes[0] / t_store, 1)
        results["identities_at_first_size"] = identities
        results["identity_resolution_s_at_first_size"] = round(t_identities, 1)
        for size in sizes:
            stored = corpus.counts()["articles"]
            if size > stored:
                if size % stored:
                    raise SystemExit(f"--sizes: {size} is not a multiple of {stored}")
                t0 = time.perf_counter()
                replicate(corpus, size // stored - 1, first_copy=100)
                results[f"replicate_to_{size}_s"] = round(time.perf_counter() - t0, 1)
                corpus.refresh_stats()  # the copies' identities are the originals': no new resolution
            checkpoint(corpus)
            shutil.copyfile(db, work / f"scale-{size}.db")
            row = {"articles": corpus.counts()["articles"], "db_mb": round(size_mb(db), 1),
                   "db_mb_per_1k_articles": round(size_mb(db) / size * 1000, 1),
                   **measure(corpus, reports, args.queries)}
            results[str(size)] = row
            print(json.dumps({str(size): row}), file=sys.stderr, flush=True)
    return results


def cmd_query(args: argparse.Namespace) -> dict[str, object]:
    """Query latency on the databases ``scale`` left (run again when the trace module changes)."""
    work = Path(args.work)
    with Corpus(work / "polnear.db", create=False) as source:
        reports = list(source.reports())
    results: dict[str, object] = {"label": LOAD_LABEL}
    for size in sorted(args.sizes):
        with Corpus(work / f"scale-{size}.db", create=False) as corpus:
            if corpus.identities_stale():
                t0 = time.perf_counter()
                corpus.refresh_identities()
                results[f"{size}_identity_resolution_s"] = round(time.perf_counter() - t0, 1)
            if not corpus._conn.execute("SELECT count(*) FROM identity_outlet_stats").fetchone()[0]:
                t0 = time.perf_counter()
                corpus.refresh_stats()  # a database made before the ranking table existed
                results[f"{size}_identity_stats_s"] = round(time.perf_counter() - t0, 1)
            results[str(size)] = {"articles": corpus.counts()["articles"], **measure(corpus, reports, args.queries)}
            print(json.dumps({str(size): results[str(size)]}), file=sys.stderr, flush=True)
    return results


def cmd_identity(args: argparse.Namespace) -> dict[str, object]:
    """Ingest store-only into a corpus of the first size: a batch of new articles, then the identity refresh.

    Before: every refresh resolved the whole corpus (``full=True``, what each ingest did);
    after: the incremental refresh of the new articles' identity groups. Same batches, same
    database copy, one run (the machine is shared: compare the two rows, not across runs).
    """
    work = Path(args.work)
    with Corpus(work / "polnear.db", create=False) as source:
        reports = list(source.reports())
    size = sorted(args.sizes)[0]
    results: dict[str, object] = {"label": LOAD_LABEL, "corpus_articles": size, "batch": args.batch}
    for mode in ("full", "incremental"):
        db = fresh(work / "identity.db")
        shutil.copyfile(work / f"scale-{size}.db", db)
        with Corpus(db) as corpus:
            corpus.refresh_identities(full=True)  # the keys of the 10k articles, as an ingest would have left them
            batches = [[copy_of(r, 5000 + b) for r in reports[:args.batch]] for b in range(args.batches)]
            t_store = t_refresh = 0.0
            for batch in batches:
                t0 = time.perf_counter()
                corpus.add_many(batch)
                t_store += time.perf_counter() - t0
                t0 = time.perf_counter()
                corpus.refresh_identities(full=mode == "full")
                t_refresh += time.perf_counter() - t0
            n = args.batch * args.batches
            results[mode] = {"store_s": round(t_store, 2), "identity_refresh_s": round(t_refresh, 2),
                             "store_only_articles_per_s": round(n / (t_store + t_refresh), 1)}
        print(json.dumps({mode: results[mode]}), file=sys.stderr, flush=True)
    return results


def aggregate_times(corpus: Corpus, parquet: Path, searches: list[str]) -> dict[str, object]:
    from sayso.store import aggregates

    conn, duck = corpus._conn, aggregates.open_parquet(parquet)
    return {
        "top_sources_sqlite": timed(lambda _: aggregates.top_sources_sqlite(conn, 5), range(5)),
        "top_sources_duckdb": timed(lambda _: aggregates.top_sources_duckdb(parquet, 5, conn=duck), range(5)),
        "spread_sqlite": timed(lambda q: aggregates.spread_sqlite(conn, q), searches),
        "spread_duckdb": timed(lambda q: aggregates.spread_duckdb(parquet, q, conn=duck), searches),
    }


def cmd_aggregates(args: argparse.Namespace) -> dict[str, object]:
    """Top sources per outlet and month, and a claim's spread by outlet and day: SQLite vs DuckDB over Parquet."""
    work = Path(args.work)
    with Corpus(work / "polnear.db", create=False) as source:
        reports = list(source.reports())
    searches, _ = query_sets(reports, args.queries)
    results: dict[str, object] = {"label": LOAD_LABEL}
    for size in sorted(args.sizes):
        with Corpus(work / f"scale-{size}.db", create=False) as corpus:
            parquet = work / f"parquet-{size}"
            t0 = time.perf_counter()
            corpus.export(parquet, "parquet")
            t_export = time.perf_counter() - t0
            results[str(size)] = {"parquet_export_s": round(t_export, 1),
                                  **aggregate_times(corpus, parquet, searches[:20])}
            print(json.dumps({str(size): results[str(size)]}), file=sys.stderr, flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=("ingest", "scale", "query", "aggregates", "identity"))
    parser.add_argument("--work", default="/tmp/sayso-bench")
    parser.add_argument("--limit", type=int, default=None, help="ingest: only the first N articles")
    parser.add_argument("--full", action="store_true", help="ingest: with techniques and claims")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--batch", type=int, default=100, help="identity: new articles per ingest")
    parser.add_argument("--batches", type=int, default=3, help="identity: ingests timed")
    args = parser.parse_args()
    result = {"ingest": cmd_ingest, "scale": cmd_scale, "query": cmd_query, "aggregates": cmd_aggregates,
              "identity": cmd_identity}[args.phase](args)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
