"""Throughput of sayso against a bare spaCy parse, and where sayso's time goes.

    python bench/throughput.py [--model NAME] [--limit N] [--processes 1 2] [--repeat N] [--json]

Same model, same documents (PolNeAR dev from ``../shared/data``, else the bundled sample
article repeated), same run. Each configuration (bare / sayso x 1 / 2 processes) runs in
its own fresh interpreter, so its peak RSS is its own: ``rss_main`` is the process that
drives the pipe, ``rss_worker`` the largest spaCy worker process (n_process > 1).
Model loading is not timed; worker start-up for n_process > 1 is, as a user pays it.
Each configuration is timed in wall seconds and in CPU seconds (the process's threads and
its worker processes): on a shared machine the wall figures follow the load, the CPU ones
are what an idle machine would show. ``--repeat N`` runs N rounds of every configuration in
turn and gives the median of the rounds' ratios.

``sayso`` is the attribution analysis alone (``--no-techniques --no-claims``: the ratio the
core is held to); ``full`` adds the persuasion stages (MiniLM techniques and claims).

``--blis`` adds ``blis``: the core with thinc's own matrix products (blis) instead of
``nlp/speedups.py``'s ``BlasOps`` (numpy's OpenBLAS on one thread), in the same rounds.

``loop`` is the full analysis called the way the README shows, ``sayso.analyze(text)`` once
per article: it should stay within 20% of ``analyze_many``.

The breakdown times (CPU seconds, all threads) sayso's stages one document at a time, one process: parse, quote
finding, cue/content candidates and scoring, source resolution, markers (hedges, scare
quotes, chains), report building, then the persuasion stages: the MiniLM encoder over the
sentences, the technique tagger and the claim scorer on those encodings. Each line gives
seconds per 100,000 characters and the process's peak RSS once that stage has run (the
growth is what the stage's model and buffers cost).

``startup`` runs the console script in fresh interpreters: ``sayso --help``,
``sayso --version`` and the first JSON report of a 5,000-character article from a cold
start (the spaCy model and MiniLM loaded, the encoder's ONNX file already in the cache),
wall time and CPU time (the CPU time is what an idle machine would take: on a loaded one,
wall time waits for a core). Run on demand; it is never a timed test.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def load_texts(limit: int | None = None) -> tuple[str, list[str]]:
    """(description, texts): PolNeAR dev, else the bundled sample repeated."""
    files = sorted(POLNEAR_DEV.glob("*.txt"))
    if files:
        texts = [f.read_text(encoding="utf-8") for f in files]
        source = f"PolNeAR dev ({POLNEAR_DEV})"
    else:
        sample = resources.files("sayso").joinpath("samples/sample_article.txt").read_text(encoding="utf-8")
        texts = [sample] * 60
        source = "bundled sample article x 60 (../shared/data/polnear/dev not found)"
    if limit:
        texts = texts[:limit]
    return source, texts


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its finished children (worker processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def worker(kind: str, n_process: int, model: str | None, limit: int | None) -> dict:
    """One configuration, timed in this (fresh) process."""
    from sayso.analyzer import split_chunks
    from sayso.nlp.pipeline import load_pipeline, model_name

    _, texts = load_texts(limit)
    chars = sum(len(t) for t in texts)
    if kind == "bare":
        import spacy

        nlp = spacy.load(model_name(model))
        chunks = [c for t in texts for _, c in split_chunks(t)]
        nlp("Warm up the pipeline, he said.")
        c0, t0 = _cpu(), time.perf_counter()
        for _ in nlp.pipe(chunks, batch_size=8, n_process=n_process):
            pass
        seconds, cpu = time.perf_counter() - t0, _cpu() - c0
        extra = {}
    else:
        import sayso

        if kind == "blis":  # the core as before nlp/speedups.py's BlasOps: thinc's own (blis) matrix products
            import sayso.nlp.speedups

            sayso.nlp.speedups.blas_ops = lambda: None
        stages = {"techniques": kind not in ("sayso", "blis"), "claims": kind not in ("sayso", "blis")}
        nlp = load_pipeline(model, with_sayso=False)
        # the stages warm up here only for one process: a parent that has loaded ONNX Runtime
        # must spawn its workers (sayso.workers), and the CLI's parent never loads it
        warm = stages if n_process == 1 or kind == "loop" else {"techniques": False, "claims": False}
        list(sayso.analyze_many(["“Warm up the pipeline,” he said. It was a disgrace, they said."], nlp=nlp, **warm))
        c0, t0 = _cpu(), time.perf_counter()
        if kind == "loop":
            attributions = sum(len(sayso.analyze(t, nlp=nlp, **stages).attributions) for t in texts)
        else:
            attributions = sum(len(r.attributions) for r in sayso.analyze_many(texts, nlp=nlp, n_process=n_process,
                                                                                batch_size=8, **stages))
        seconds, cpu = time.perf_counter() - t0, _cpu() - c0
        extra = {"attributions": attributions}
    return {
        "kind": kind, "n_process": n_process, "docs": len(texts), "chars": chars, "seconds": seconds,
        "chars_per_s": chars / seconds, "cpu_seconds": cpu, "chars_per_cpu_s": chars / cpu, "rss_main_mb": _rss_mb(resource.RUSAGE_SELF),
        "rss_worker_mb": _rss_mb(resource.RUSAGE_CHILDREN) if n_process > 1 else None, **extra,
    }


def run_worker(kind: str, n_process: int, model: str | None, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--n-process", str(n_process)]
    if model:
        cmd += ["--model", model]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} x{n_process} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def breakdown(model: str | None, limit: int | None) -> dict:
    """CPU seconds per sayso stage over all documents, one process (CPU time: the machine is shared)."""
    from sayso.analyzer import language_warning, split_chunks
    from sayso.model import Article
    from sayso.nlp.analysis import DocAnalysis, build_report
    from sayso.nlp.extract.attributions import find_attributions
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.markers import find_hedges, find_scare_quotes, nested_via
    from sayso.nlp.extract.quotes import find_quotes
    from sayso.nlp.extract.sources import Mention, resolve_sources
    from sayso.nlp.pipeline import load_pipeline

    _, texts = load_texts(limit)
    nlp = load_pipeline(model, with_sayso=False)
    lexicon = load_lexicon()
    nlp("Warm up the pipeline, he said.")
    t = dict.fromkeys(("parse", "quotes", "candidates+scoring", "sources", "markers", "report"), 0.0)
    rss: dict[str, float] = {"(spaCy loaded)": _rss_mb(resource.RUSAGE_SELF)}
    encoder, tagger, scorer = _persuasion()
    if encoder is not None:
        from sayso.persuasion._spans import segment_ranges

        rss["(MiniLM and heads loaded)"] = _rss_mb(resource.RUSAGE_SELF)
        t.update(dict.fromkeys(("encoder (MiniLM)", "heads: techniques", "heads: claims"), 0.0))
    for text in texts:
        article = Article(text=text)
        analyses = []
        for offset, chunk in split_chunks(text):
            t0 = time.process_time()
            doc = nlp(chunk)
            t1 = time.process_time()
            peak_parse = _rss_mb(resource.RUSAGE_SELF)
            quotes = find_quotes(doc.text)
            t2 = time.process_time()
            found = find_attributions(doc, quotes, lexicon)
            t3 = time.process_time()
            mentions = []
            for i, f in enumerate(found):
                if f.source is not None and f.source_head is not None:
                    mentions.append(Mention(f.source[0], f.source[1], f.source_head, i))
                if f.addressee is not None and f.addressee_head is not None:
                    mentions.append(Mention(f.addressee[0], f.addressee[1], f.addressee_head, i))
            resolve_sources(doc, mentions, lexicon, quotes)
            t4 = time.process_time()
            find_hedges(doc, found, lexicon)
            find_scare_quotes(doc, quotes, found)
            nested_via(found)
            t5 = time.process_time()
            t["parse"] += t1 - t0
            t["quotes"] += t2 - t1
            t["candidates+scoring"] += t3 - t2
            t["sources"] += t4 - t3
            t["markers"] += t5 - t4
            analyses.append((offset, DocAnalysis(doc, lexicon)))  # untimed: rebuilt for build_report
        t0 = time.process_time()
        language_warning(text)
        build_report(article, analyses).to_dict()
        t["report"] += time.process_time() - t0
        if encoder is not None:
            sentences = [(s + off, e + off) for off, an in analyses for s, e in an.sentences if text[s + off:e + off].strip()]
            t0 = time.process_time()
            # the segments both stages encode (sentences cut at line breaks): the stages then hit the cache
            encoder.encode([text[s:e] for s, e in segment_ranges(text, sentences)])
            t1 = time.process_time()
            peak_encoder = _rss_mb(resource.RUSAGE_SELF)
            tagger.find(text, sentences)
            t2 = time.process_time()
            peak_tech = _rss_mb(resource.RUSAGE_SELF)
            scorer.find(text, sentences)
            t3 = time.process_time()
            t["encoder (MiniLM)"] += t1 - t0
            t["heads: techniques"] += t2 - t1
            t["heads: claims"] += t3 - t2
            rss["encoder (MiniLM)"] = max(rss.get("encoder (MiniLM)", 0.0), peak_encoder)
            rss["heads: techniques"] = max(rss.get("heads: techniques", 0.0), peak_tech)
            rss["heads: claims"] = _rss_mb(resource.RUSAGE_SELF)
        rss["parse"] = max(rss.get("parse", 0.0), peak_parse)
        rss["report"] = _rss_mb(resource.RUSAGE_SELF)
    return {"seconds": t, "rss_mb": rss}


def _persuasion():  # noqa: ANN202
    """The shared encoder, technique tagger and claim scorer, or Nones without the extra."""
    try:
        from sayso.persuasion.claims import load_claim_scorer
        from sayso.persuasion.encoder import shared_encoder
        from sayso.persuasion.techniques import load_technique_tagger

        return shared_encoder(), load_technique_tagger(), load_claim_scorer()
    except Exception as e:  # noqa: BLE001 - the breakdown goes on without the persuasion stages
        print(f"persuasion stages not timed: {e}", file=sys.stderr)
        return None, None, None


def startup(repeat: int = 3) -> dict:
    """Wall and CPU seconds of the console script in fresh interpreters (the best of ``repeat``)."""
    import os
    import statistics
    import tempfile

    _, texts = load_texts()
    article, body = "", "\n\n".join(texts)
    for para in body.split("\n\n"):  # whole paragraphs up to 5,000 characters
        if len(article) + len(para) + 2 > 5000:
            break
        article += para + "\n\n"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        commands = {"sayso --help": ["--help"], "sayso --version": ["--version"],
                    f"first report ({len(article):,} chars)": ["analyze", "--format", "json", str(path)]}
        subprocess.run([sys.executable, "-c", "from sayso.cli import main; main()", *commands[f"first report ({len(article):,} chars)"]],
                       capture_output=True, env=env, check=True)  # builds the encoder's cache file if missing
        out = {}
        for name, args in commands.items():
            walls, cpus = [], []
            for _ in range(repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-c", "from sayso.cli import main; main()", *args], capture_output=True, env=env, check=True)
                walls.append(time.perf_counter() - t0)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            out[name] = {"wall_s": min(walls), "wall_median_s": statistics.median(walls), "cpu_s": min(cpus)}
    return out


def measure_row(n: int, model: str | None, limit: int | None, repeat: int = 1, blis: bool = False) -> dict:
    """Every configuration at ``n`` processes, ``repeat`` rounds in turn (so a change of load on a
    shared machine falls on all of them); each ratio is the median of the rounds' ratios, wall
    (``ratio``...) and CPU seconds (``cpu_ratio``...: what an idle machine would show)."""
    import statistics

    kinds = ("bare", "sayso", "full", "loop") if n == 1 else ("bare", "sayso", "full")
    kinds += ("blis",) if blis else ()
    rounds = [{kind: run_worker(kind, n, model, limit) for kind in kinds} for _ in range(repeat)]
    row: dict = {"n_process": n, "rounds": len(rounds)}
    for kind in kinds:  # the round with the median wall throughput stands for the configuration
        ordered = sorted((r[kind] for r in rounds), key=lambda f: f["chars_per_s"])
        row[kind] = ordered[len(ordered) // 2]
    for kind, name in (("sayso", "ratio"), ("full", "full_ratio"), ("loop", "loop_ratio"), ("blis", "blis_ratio")):
        if kind in kinds:
            row[name] = statistics.median(r[kind]["chars_per_s"] / r["bare"]["chars_per_s"] for r in rounds)
            row[f"cpu_{name}"] = statistics.median(r[kind]["chars_per_cpu_s"] / r["bare"]["chars_per_cpu_s"] for r in rounds)
    return row


def render(result: dict) -> str:
    lines = [f"documents: {result['source']}", f"  {result['docs']} docs, {result['chars']:,} chars, model {result['model']}", ""]
    lines.append(f"{'':12}{'bare chars/s':>14}{'sayso chars/s':>15}{'sayso/bare':>12}{'full chars/s':>14}{'full/bare':>11}"
                 f"{'loop/bare':>11}{'bare RSS':>11}{'sayso RSS':>11}{'full RSS':>11}{'worker RSS (bare/sayso/full)':>30}")
    for row in result["runs"]:
        bare, say, full = row["bare"], row["sayso"], row["full"]
        worker_rss = "" if bare["rss_worker_mb"] is None else \
            f"{bare['rss_worker_mb']:.0f} / {say['rss_worker_mb']:.0f} / {full['rss_worker_mb']:.0f} MB"
        loop = f"{row['loop_ratio']:>11.2f}" if row.get("loop_ratio") is not None else f"{'':>11}"
        lines.append(
            f"{row['n_process']} process{'es' if row['n_process'] > 1 else '  '}"
            f"{bare['chars_per_s']:>14,.0f}{say['chars_per_s']:>15,.0f}{row['ratio']:>12.2f}"
            f"{full['chars_per_s']:>14,.0f}{row['full_ratio']:>11.2f}{loop}"
            f"{bare['rss_main_mb']:>8.0f} MB{say['rss_main_mb']:>8.0f} MB{full['rss_main_mb']:>8.0f} MB{worker_rss:>30}"
        )
        if "chars_per_cpu_s" in bare:
            loop = f"{row['cpu_loop_ratio']:>11.2f}" if row.get("cpu_loop_ratio") is not None else f"{'':>11}"
            lines.append(
                f"{'  CPU time':<12}{bare['chars_per_cpu_s']:>14,.0f}{say['chars_per_cpu_s']:>15,.0f}{row['cpu_ratio']:>12.2f}"
                f"{full['chars_per_cpu_s']:>14,.0f}{row['cpu_full_ratio']:>11.2f}{loop}"
                f"{'':>33}{'(median of ' + str(row.get('rounds', 1)) + ' rounds)':>30}"
            )
        if "blis" in row:
            blis = row["blis"]
            lines.append(f"{'  core, blis products':<26}{blis['chars_per_s']:>15,.0f}{row['blis_ratio']:>12.2f}"
                         f"   (CPU {blis['chars_per_cpu_s']:,.0f} chars/s, {row['cpu_blis_ratio']:.2f}; "
                         f"RSS {blis['rss_main_mb']:.0f} MB)")
    if not result.get("breakdown"):
        return "\n".join(lines + _startup_lines(result))
    parts, rss = result["breakdown"]["seconds"], result["breakdown"]["rss_mb"]
    total = sum(parts.values())
    per = 100_000 / result["chars"]
    lines += ["", "where sayso's time goes (1 process, one document at a time, CPU seconds):",
              f"  {'stage':<22}{'CPU s/100k':>13}{'share':>8}{'chars/s':>13}{'peak RSS after':>16}"]
    for name, mb in rss.items():
        if name.startswith("("):
            lines.append(f"  {name:<22}{'':>13}{'':>8}{'':>13}{mb:>13.0f} MB")
    for name, sec in parts.items():
        mb = f"{rss[name]:>13.0f} MB" if name in rss else ""
        lines.append(f"  {name:<22}{sec * per:>13.2f}{100 * sec / total:>7.1f}%"
                     f"{result['chars'] / sec if sec else float('inf'):>13,.0f}{mb}")
    lines.append(f"  {'total':<22}{total * per:>13.2f}")
    lines += _startup_lines(result)
    return "\n".join(lines)


def _startup_lines(result: dict) -> list[str]:
    if not result.get("startup"):
        return []
    lines = ["", "startup (fresh interpreter each; best of 3):", f"  {'':<32}{'wall s':>8}{'CPU s':>8}"]
    for name, fig in result["startup"].items():
        lines.append(f"  {name:<32}{fig['wall_s']:>8.2f}{fig['cpu_s']:>8.2f}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="spaCy model (default: sayso's)")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="n_process values (default: 1 2)")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of every configuration; ratios are the rounds' medians")
    ap.add_argument("--no-breakdown", action="store_true", help="skip the per-stage breakdown")
    ap.add_argument("--no-startup", action="store_true", help="skip the console-script start-up timings")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--blis", action="store_true",
                    help="also time the core with thinc's own (blis) matrix products, as before BlasOps, in the same rounds")
    ap.add_argument("--worker", choices=["bare", "sayso", "full", "loop", "blis"], help=argparse.SUPPRESS)
    ap.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.n_process, args.model, args.limit)))
        return
    from sayso.nlp.pipeline import model_name

    source, texts = load_texts(args.limit)
    runs = [measure_row(n, args.model, args.limit, args.repeat, args.blis) for n in args.processes]
    result = {
        "source": source, "docs": len(texts), "chars": sum(len(t) for t in texts), "model": model_name(args.model),
        "runs": runs, "breakdown": None if args.no_breakdown else breakdown(args.model, args.limit),
        "startup": None if args.no_startup else startup(),
    }
    print(json.dumps(result, indent=2) if args.json else render(result))


if __name__ == "__main__":
    main()
