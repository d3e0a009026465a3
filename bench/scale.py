"""sayso batch: articles/s of the local engine and of Spark local[1] and local[2], Spark's start-up
cost, and peak memory per executor.

    python bench/scale.py [--limit 500] [--no-techniques --no-claims] [--configs local spark1 spark2 rdd2] [--json]

The same articles for every configuration: the first ``--limit`` PolNeAR train texts (from
``../shared/data``) as one JSONL file with each article's publisher and date. Each
configuration runs in its own fresh interpreter:

- ``local``: ``run_local`` in one process; ``local2`` the same with ``--workers 2``.
- ``spark1`` / ``spark2``: ``run_spark`` with master ``local[1]`` / ``local[2]`` (mapInArrow);
  ``rdd2``: ``local[2]`` with ``rdd.mapPartitions`` instead (the engine's default since this
  measured it cheaper), to choose between the two.

Start-up is timed apart from throughput: ``start_s`` is SparkSession creation, ``warm_s`` a
first job on a few articles (Python workers forked, spaCy and MiniLM loaded in each), then
``run_s`` the timed run over all the articles, which writes the Parquet tables.
``articles_per_s`` = articles / ``run_s``. Memory: the peak RSS (``VmHWM``) of each process
of the run, the largest Python worker (``worker_peak_mb``: one per executor core), the JVM
(driver and executor in local mode) and this driver process. CPU: seconds of user+system
time of the timed run, this process, the Python workers and the JVM, per article: the figure
to size a cluster by, since on a shared machine wall time depends on what else runs.

The machine this was written on has 2 cores shared with other jobs: figures are noisy.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
CONFIGS = ("local", "local2", "spark1", "spark2", "rdd2")


def write_corpus(path: Path, limit: int) -> int:
    files = sorted((POLNEAR / "train").glob("*.txt"))[:limit]
    if not files:
        sys.exit(f"PolNeAR train not found under {POLNEAR}")
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    with path.open("w", encoding="utf-8") as out:
        for file in files:
            m = meta.get(file.stem, {})
            out.write(json.dumps({"id": file.stem, "outlet": m.get("publisher"), "published": m.get("publication_date"),
                                  "text": file.read_text(encoding="utf-8")}) + "\n")
    return len(files)


class Watch:
    """Polls this process's descendants for their peak RSS (VmHWM) and CPU time, by pid and kind.

    CPU seconds are what sizing needs on a shared machine: wall time here depends on what
    else runs, CPU time per article much less.
    """

    def __init__(self) -> None:
        import psutil

        self._me = psutil.Process()
        self._cpu0 = sum(self._me.cpu_times()[:2])
        self.procs: dict[int, tuple[str, float, float]] = {}  # pid -> (kind, peak MB, cpu s)
        self._poll()
        self._base = {pid: cpu for pid, (_, _, cpu) in self.procs.items()}  # workers started before: warm-up CPU
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll_loop, daemon=True)
        self._thread.start()

    def _poll_loop(self) -> None:
        while not self._stop.wait(0.5):
            self._poll()

    def _poll(self) -> None:
        for proc in self._me.children(recursive=True):
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
                cmd = proc.cmdline()
                cpu = sum(proc.cpu_times()[:2])
            except Exception:  # gone between listing and reading
                continue
            hwm = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)
            kind = "jvm" if cmd and cmd[0].endswith("java") else "python" if any("python" in c for c in cmd[:1]) else "other"
            _, peak, _ = self.procs.get(proc.pid, (kind, 0.0, 0.0))
            self.procs[proc.pid] = (kind, max(peak, hwm), cpu)

    def stop(self) -> dict[str, float | int | None]:
        self._poll()
        self._stop.set()
        self._thread.join()
        import resource

        python = [(mb, cpu - self._base.get(pid, 0.0)) for pid, (kind, mb, cpu) in self.procs.items() if kind == "python"]
        jvm = [(mb, cpu - self._base.get(pid, 0.0)) for pid, (kind, mb, cpu) in self.procs.items() if kind == "jvm"]
        return {"worker_peak_mb": round(max(mb for mb, _ in python), 1) if python else None,
                "python_workers": len(python), "jvm_peak_mb": round(max(mb for mb, _ in jvm), 1) if jvm else None,
                "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "cpu_driver_s": round(sum(self._me.cpu_times()[:2]) - self._cpu0, 1),
                "cpu_workers_s": round(sum(cpu for _, cpu in python), 1), "cpu_jvm_s": round(sum(cpu for _, cpu in jvm), 1)}


def run_one(config: str, corpus: Path, n: int, options_json: str) -> dict:
    from sayso.scale.partition import AnalysisOptions

    options = AnalysisOptions(**json.loads(options_json))
    out = Path(tempfile.mkdtemp(prefix=f"sayso-scale-{config}-"))
    warm = out / "warm.jsonl"
    warm.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    result: dict = {"config": config, "articles": n}
    if config.startswith("local"):
        from sayso.scale.local import run_local

        workers = 2 if config == "local2" else 1
        t = time.perf_counter()
        run_local([str(warm)], out / "warm-out", options, workers=1)  # models loaded in this process
        result["warm_s"] = round(time.perf_counter() - t, 1)
        watch = Watch()
        t = time.perf_counter()
        summary = run_local([str(corpus)], out / "tables", options, workers=workers)  # workers >1 spawn and load anew
        result["run_s"] = round(time.perf_counter() - t, 1)
    else:
        from sayso.scale.spark import run_spark, session

        cores = 1 if config == "spark1" else 2
        method = "rdd" if config.startswith("rdd") else "arrow"
        t = time.perf_counter()
        spark = session(f"local[{cores}]", conf={"spark.ui.enabled": "false", "spark.driver.memory": "2g"})
        result["start_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        run_spark([str(warm)], str(out / "warm-out"), options, spark=spark, partitions=cores, method=method)
        result["warm_s"] = round(time.perf_counter() - t, 1)
        watch = Watch()  # CPU of the timed run only; peaks cover the whole life of the workers
        t = time.perf_counter()
        summary = run_spark([str(corpus)], str(out / "tables"), options, spark=spark, method=method)
        result["run_s"] = round(time.perf_counter() - t, 1)
    result.update(watch.stop())
    if not config.startswith("local"):
        spark.stop()
    result["articles_per_s"] = round(summary.articles / result["run_s"], 3)
    cpu = result["cpu_driver_s"] + result["cpu_workers_s"] + result["cpu_jvm_s"]
    result["cpu_s_per_article"] = round(cpu / max(1, summary.articles), 3)
    result["rows"] = summary.counts
    result["parquet_mb"] = round(sum(f.stat().st_size for f in (out / "tables").rglob("*.parquet")) / 2**20, 2)
    shutil.rmtree(out, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--configs", nargs="+", choices=CONFIGS, default=["local", "spark1", "spark2", "rdd2"])
    parser.add_argument("--no-techniques", dest="techniques", action="store_false")
    parser.add_argument("--no-claims", dest="claims", action="store_false")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    options = json.dumps({"techniques": args.techniques, "claims": args.claims})
    if args.one:
        print(json.dumps(run_one(args.one, Path(args.corpus), args.limit, options)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "polnear-train.jsonl"
        n = write_corpus(corpus, args.limit)
        results = []
        for config in args.configs:
            cmd = [sys.executable, __file__, "--one", config, "--corpus", str(corpus), "--limit", str(n)]
            cmd += [] if args.techniques else ["--no-techniques"]
            cmd += [] if args.claims else ["--no-claims"]
            done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
            if done.returncode != 0:
                sys.exit(f"{config} failed:\n{done.stderr[-3000:]}")
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps({"limit": n, "techniques": args.techniques, "claims": args.claims, "results": results}, indent=2))
        return
    print(f"{n} PolNeAR train articles; techniques={args.techniques} claims={args.claims}; load {os.getloadavg()[0]:.1f}")
    print("| config | articles/s | run s | start s | warm s | CPU s/article (driver+workers+JVM) "
          "| worker peak MB | JVM peak MB | driver peak MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['config']} | {r['articles_per_s']:.2f} | {r['run_s']} | {r.get('start_s', '')} | {r['warm_s']} "
              f"| {r['cpu_s_per_article']} ({r['cpu_driver_s']}+{r['cpu_workers_s']}+{r['cpu_jvm_s']}) "
              f"| {r['worker_peak_mb'] or ''} | {r['jvm_peak_mb'] or ''} | {r['driver_peak_mb']} |")


if __name__ == "__main__":
    main()
