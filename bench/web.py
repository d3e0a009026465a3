"""Load test of ``sayso serve`` on loopback: requests/s and latency, errors at saturation, server memory.

    python bench/web.py                       # /api/analyze, 5,000-character article, 1 and 4 clients
    python bench/web.py --seconds 20 --clients 1 2 8 --workers 2
    python bench/web.py --search-db corpus.db # also /api/search on that corpus (see --make-corpus)
    python bench/web.py --make-corpus 10000 --search-db /tmp/c10k.db   # build a labelled synthetic corpus first

Bounded by time and count: each level runs ``--seconds`` or ``--requests`` requests, whichever
ends first. The server runs as a user would start it (``sayso serve``, its own worker
process, rate limit off for the test); "errors" counts every answer that is not 200,
including 503 (busy) at saturation. Memory is the resident size of the server and its
workers after the run (psutil).

The synthetic corpus re-dates and re-publishes the analysed sample and PolNeAR dev articles
(when ``../shared/data`` is present) under other outlets and ids: a load test of the store,
not a real corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from importlib import resources
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from _web import start  # noqa: E402  (the tests' server helper: the same start and wait)

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))


def article(chars: int = 5000) -> str:
    """The sample article repeated and cut at a paragraph boundary to about ``chars`` characters."""
    text = SAMPLE.read_text(encoding="utf-8")
    while len(text) < chars:
        text += "\n\n" + SAMPLE.read_text(encoding="utf-8")
    cut = text.rfind("\n\n", 0, chars)
    return text[:cut if cut > chars // 2 else chars]


def load(server, method: str, path: str, body_of, *, clients: int, seconds: float, requests: int) -> dict:
    """``clients`` threads sending until ``seconds`` pass or ``requests`` are sent; the figures."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    sent = 0
    deadline = time.monotonic() + seconds

    def worker(n: int) -> None:
        nonlocal sent
        with server.client(timeout=300) as client:
            i = 0
            while time.monotonic() < deadline:
                with lock:
                    if sent >= requests:
                        return
                    sent += 1
                t0 = time.perf_counter()
                try:
                    r = client.request(method, path, **body_of(n, i))
                    status = r.status_code
                except httpx.HTTPError:
                    status = 0
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    statuses[status] = statuses.get(status, 0) + 1
                i += 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    ok = statuses.get(200, 0)

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {"clients": clients, "requests": len(latencies), "ok": ok, "errors": len(latencies) - ok,
            "statuses": statuses, "rps": round(ok / wall, 2), "p50_ms": round(pct(0.50), 1),
            "p99_ms": round(pct(0.99), 1), "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
            "seconds": round(wall, 1)}


def memory_mb(pid: int) -> dict:
    import psutil

    root = psutil.Process(pid)
    procs = [root, *root.children(recursive=True)]
    return {"server_mb": round(root.memory_info().rss / 2**20), "total_mb": round(sum(p.memory_info().rss for p in procs) / 2**20),
            "processes": len(procs)}


def make_corpus(path: Path, n: int) -> None:
    """A labelled synthetic corpus of ``n`` articles: real analyses, re-dated and re-published."""
    import dataclasses

    import sayso
    from sayso.model import Article

    texts = [SAMPLE.read_text(encoding="utf-8")]
    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"
    if shared.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(shared.glob("*.txt"))[::8][:12]]
    reports = list(sayso.analyze_many(texts, techniques=False, claims=False, skip_errors=True))
    outlets = ["Wire", "Daily Post", "RT", "Globe", "Herald", "Courier", "Tribune", "Ledger", "Gazette", "Observer"]
    with sayso.Corpus(path) as corpus:
        for i in range(n):
            report = reports[i % len(reports)]
            a = report.article
            day = f"2016-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
            article_ = Article(a.text, title=f"{a.title or 'story'} #{i}", url=f"https://synthetic.example/{i}",
                               outlet=outlets[i % len(outlets)], published=day, id=f"synthetic-{i}")
            corpus.add(dataclasses.replace(report, article=article_))
        corpus.refresh_identities()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--fast", action="store_true", help="analyses without techniques and claims")
    ap.add_argument("--search-db", type=Path)
    ap.add_argument("--make-corpus", type=int, default=0, metavar="N")
    args = ap.parse_args()
    if args.make_corpus:
        assert args.search_db, "--make-corpus needs --search-db"
        t0 = time.perf_counter()
        make_corpus(args.search_db, args.make_corpus)
        print(f"synthetic corpus of {args.make_corpus} articles in {time.perf_counter() - t0:.0f} s: {args.search_db}")
    text = article(args.chars)
    results: dict = {"article_chars": len(text), "workers": args.workers, "fast": args.fast}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.search_db or Path(tmp) / "sayso.db"
        extra = ["--no-techniques", "--no-claims"] if args.fast else []
        server = start(Path(tmp), "--rate-limit", "0", "--workers", str(args.workers), "--timeout", "120", *extra,
                       db=db)
        try:
            body = {"text": text}
            with server.client(timeout=300) as c:  # warm-up (not counted)
                c.post("/api/analyze", json=body)
            results["analyze"] = [load(server, "POST", "/api/analyze", lambda n, i: {"json": body}, clients=k,
                                       seconds=args.seconds, requests=args.requests) for k in args.clients]
            if args.search_db:
                words = ["minister", "chemical weapons", "Trump", "said", "election", "police", "Clinton campaign",
                         "investigation", "economy", "Russia"]
                results["search"] = [load(server, "GET", "/api/search",
                                          lambda n, i: {"params": {"q": words[(n + i) % len(words)], "limit": 20}},
                                          clients=k, seconds=args.seconds, requests=args.requests * 5)
                                     for k in args.clients]
            results["memory_after"] = memory_mb(server.process.pid)
        finally:
            server.stop()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
