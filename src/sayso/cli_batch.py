"""``sayso batch``: the analysis of ``sayso ingest`` over many articles, on this machine or on Spark.

Writes one Parquet folder per table under ``--out`` (articles, sources, mentions,
attributions, markers, claims: the corpus export's columns, ``sayso.tables``; and
``errors``: what could not be read or analysed, and why).

Exit codes: 0 at least one article analysed; 2 bad usage, or no input gave an article;
3 the spaCy model cannot be loaded; 5 the engine cannot start here (pyspark or Java
missing: the message says what to install); 1 the job failed otherwise.
"""

from __future__ import annotations

import time
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sayso import cli_options as opt
from sayso.errors import InputError, ModelError, SaysoError

if TYPE_CHECKING:
    from rich.console import Console


class Engine(StrEnum):
    local = "local"
    spark = "spark"


def batch(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", show_default=False,
        help="JSONL, WARC, text or HTML files (.gz too) or folders of them; with --engine spark also globs and "
             "any Hadoop filesystem URL Spark can read (hdfs://, s3a://).")],
    out: Annotated[str, typer.Option(
        "--out", "-o", show_default=False,
        help="Folder for the Parquet tables (OUT/<table>/*.parquet); with --engine spark, any Hadoop URL.")],
    engine: Annotated[Engine, typer.Option("--engine", "-e", help="Where the analysis runs.")] = Engine.local,
    master: Annotated[str | None, typer.Option(
        "--master", show_default=False,
        help="Spark master URL (local[4], spark://host:7077, yarn, k8s://...). Default: spark-submit's, else local[*].")] = None,
    partitions: Annotated[int | None, typer.Option(
        "--partitions", "-p", min=1, show_default=False,
        help="Spark partitions to spread the records over. Default: 4 per core Spark has, or one per "
             "200 whole files or 1 MB of JSONL when that is more.")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Local engine: processes analysing in parallel.")] = 1,
    model: opt.Model = None,
    techniques: opt.Techniques = True,
    claims: opt.Claims = True,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace tables already in --out (refused by default).")] = False,
    verbose: opt.Verbose = 0,
) -> None:
    """Analyse many articles into Parquet tables, on this machine or on Apache Spark.

    A bad record (bad JSONL line, empty text, corrupt WARC record) becomes a row of the errors table; it never stops the job.

    Exit 0 when at least one article was analysed, 2 when none was (or on bad usage), 3 when the spaCy model cannot be loaded, 5 when the engine cannot start (pyspark or Java missing), 1 when the job fails otherwise.
    """
    # sayso.cli imports this module to register the command: its helpers are looked up at call time.
    from sayso.cli import _errors_to_exit_codes, _fail, _say, _setup_logging

    err = _setup_logging(verbose)
    with _errors_to_exit_codes():
        from sayso.scale.partition import AnalysisOptions

        options = AnalysisOptions(model=model, techniques=techniques, claims=claims)
        if engine is Engine.local:
            from sayso.scale.local import run_local

            if master or partitions:
                _fail("--master and --partitions are for --engine spark (the local engine takes --workers)", InputError.exit_code)
            summary = run_local(inputs, out, options, workers=workers, overwrite=overwrite)
        else:
            summary = _run_spark(inputs, out, options, master=master, partitions=partitions, overwrite=overwrite)
        _say(err, f"sayso: {summary.line()}; tables in {out}")
        if summary.errors:
            _say(err, f"sayso: {summary.errors} input(s) or record(s) failed: see {out.rstrip('/')}/errors")
        if not summary.articles:
            raise typer.Exit(InputError.exit_code)


def _run_spark(inputs: list[str], out: str, options, *, master: str | None, partitions: int | None, overwrite: bool):
    from sayso.scale.spark import require_spark, run_spark

    require_spark()
    try:
        return run_spark(inputs, out, options, master=master, partitions=partitions, overwrite=overwrite)
    except SaysoError:
        raise
    except Exception as e:  # Py4J / PySpark errors: one line, with the sayso error inside when there is one
        text = str(e)
        if "ModelError" in text:
            raise ModelError(_line_with(text, "ModelError")) from e
        raise SaysoError(f"the Spark job failed: {_line_with(text, 'Error') or type(e).__name__} "
                         "(run with -vv for the traceback)") from e


def _line_with(text: str, word: str) -> str:
    lines = [line.strip() for line in text.splitlines() if word in line]
    return lines[-1] if lines else (text.strip().splitlines() or [""])[0]


def ingest_parquet(db: Path, folder: Path | None, inputs: list[str] | None, err: Console) -> None:
    """``sayso ingest --from-parquet DIR``: store the tables ``sayso batch`` wrote (idempotent, like ingest)."""
    from sayso.cli import _fail, _say
    from sayso.cli_corpus import _open
    from sayso.scale.from_parquet import parquet_errors, parquet_reports

    if folder is None or inputs:
        _fail("give INPUTs to analyse, or --from-parquet DIR (tables from sayso batch), not both or neither",
              InputError.exit_code)
    assert folder is not None
    start = time.monotonic()
    corpus = _open(db, create=True)
    statuses = Counter(corpus.add_many(parquet_reports(folder)))
    errors = parquet_errors(folder)
    for row in errors:  # the error's class name is kept as the kind sayso errors shows
        corpus.add_error(row["input"], type(row["error"] or "SaysoError", (SaysoError,), {})(row["reason"]))
    identities = corpus.refresh_identities() if statuses["stored"] or statuses["replaced"] else None
    rate = sum(statuses.values()) / max(time.monotonic() - start, 1e-9)
    line = (f"sayso: {statuses['stored']} stored, {statuses['present']} already present, {len(errors)} failed "
            f"(from {folder}; {rate:.1f} articles/s) in {db}")
    _say(err, line + (f"; {identities} source identities" if identities is not None else ""))
