"""The Spark engine: the same ``process_partition`` on every executor (pyspark: the ``spark`` extra).

Inputs are listed through Hadoop's FileSystem, so any URL the Spark installation reads
works (``file:``, ``hdfs://``, ``s3a://``, ...). A JSONL file is read line by line with
Hadoop's ``TextInputFormat`` (a big file splits across tasks, each line named
``FILE@OFFSET`` by the byte offset Hadoop gives); any other file, a gzipped JSONL file
too, is one record (``binaryFile``) whose lines the executor names the same way. Records are spread evenly over ``partitions`` partitions, analysed with
``rdd.mapPartitions`` (``bench/scale.py``, 500 articles on ``local[2]``: 0.184 CPU s per
article against 0.205 for ``mapInArrow``, the same wall time on a shared machine; both are
kept, ``method=``, and tested equal), and the
rows, one struct column per table, are cached once and written as one Parquet folder per
table, ``OUT/<table>/part-*.parquet``.

Executors run the interpreter in ``PYSPARK_PYTHON``; this module sets it to the running
one unless the user did, which is right in local mode and on a cluster whose nodes have
sayso installed at the same path. Elsewhere ship an environment with ``--archives`` (see
the README's "Past one machine").
"""

from __future__ import annotations

import os
import shutil
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sayso.errors import InputError, SaysoError
from sayso.ingest import detect
from sayso.scale.partition import DEFAULT_OPTIONS, TABLES, AnalysisOptions, error_row, process_partition
from sayso.scale.records import EMPTY_FOLDER, JSONL_LINE, NO_SUCH, Loaded, Record, is_jsonl_name
from sayso.scale.summary import Summary

METHODS = ("arrow", "rdd")
INSTALL_HINT = 'pip install "sayso[spark]" (pyspark 4, which needs Java 17 or newer: apt-get install openjdk-17-jre-headless)'
OUT_BATCH_ROWS = 1024  # rows per Arrow batch an executor hands back


class EngineUnavailable(SaysoError):
    """The engine asked for cannot start here (pyspark or Java missing)."""

    exit_code = 5


def require_spark() -> None:
    """Raise ``EngineUnavailable`` saying how to install what is missing."""
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as e:
        raise EngineUnavailable(f"--engine spark needs pyspark and pyarrow ({e.name} is missing): {INSTALL_HINT}") from e
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise EngineUnavailable("--engine spark needs Java 17 or newer and found none (no java on PATH, no JAVA_HOME): "
                                "apt-get install openjdk-17-jre-headless, or set JAVA_HOME")


def session(master: str | None = None, *, app_name: str = "sayso batch", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession: the given master, else the one spark-submit set, else ``local[*]``."""
    require_spark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # pyspark 4 warns on Arrow UDFs that it "does not yet fully support pandas >= 3"; mapInArrow uses no pandas.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ------------------------------------------------------------------------------------ inputs


def list_inputs(spark: Any, inputs: Iterable[str]) -> tuple[dict[str, int], list[Loaded]]:
    """Every file the inputs name, as Hadoop paths with their sizes (globs expanded; a folder: its
    readable files, sorted, not recursive), and an error for each input that names nothing."""
    jvm, conf = spark._jvm, spark._jsc.hadoopConfiguration()
    files: dict[str, int] = {}
    missing: list[Loaded] = []
    for arg in inputs:
        path = jvm.org.apache.hadoop.fs.Path(arg)
        try:
            statuses = path.getFileSystem(conf).globStatus(path) or []
        except Exception as e:  # no filesystem for the scheme, no credentials, ...
            missing.append(Loaded(arg, None, InputError(f"{arg}: cannot list ({_first_line(e)})")))
            continue
        if not statuses:
            missing.append(Loaded(arg, None, InputError(f"{arg}: {NO_SUCH}")))
        for status in statuses:
            if not status.isDirectory():
                files[str(status.getPath().toString())] = int(status.getLen())
                continue
            fs = status.getPath().getFileSystem(conf)
            found = sorted((str(s.getPath().toString()), int(s.getLen())) for s in fs.listStatus(status.getPath())
                           if s.isFile() and not s.getPath().getName().startswith(".")
                           and s.getPath().getName().lower().endswith(detect.SUFFIXES))
            if not found:
                missing.append(Loaded(arg, None, InputError(f"{arg}: {EMPTY_FOLDER}")))
            files.update(found)
    return files, missing


def default_partitions(parallelism: int, files: dict[str, int]) -> int:
    """4 per core Spark has, and more for big inputs: one per 200 whole files or 1 MB of JSONL
    (about 200 articles), so that a lost task costs little and the cluster stays busy."""
    jsonl = sum(size for name, size in files.items() if is_jsonl_name(name))
    whole = sum(1 for name in files if not is_jsonl_name(name))
    return max(4 * parallelism, whole // 200 + jsonl // 1_000_000, 1)


def read_records(spark: Any, files: Iterable[str]) -> Any:
    """A DataFrame of records (``name``, ``kind``, ``data``): JSONL files by line, other files whole."""
    from pyspark.sql import functions as F

    schema = "name string, kind string, data binary"
    files = list(files)
    frames = []
    # Plain JSONL splits by line across tasks; gzipped JSONL cannot be split anyway, and read whole here
    # its damage is an errors row (Hadoop's reader would fail the task, and with it the job).
    jsonl = [f for f in files if is_jsonl_name(f) and not f.lower().endswith(".gz")]
    whole = [f for f in files if f not in set(jsonl)]
    if whole:
        frames.append(spark.read.format("binaryFile").load(whole)
                      .select(F.col("path").alias("name"), F.lit(None).cast("string").alias("kind"),
                              F.col("content").alias("data")))
    if jsonl:
        sc = spark.sparkContext
        lines = sc.union([
            sc.newAPIHadoopFile(f, "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
                                "org.apache.hadoop.io.LongWritable", "org.apache.hadoop.io.Text")
            .map(lambda kv, f=f: (f"{f}@{kv[0]}", JSONL_LINE, kv[1].encode("utf-8")))
            for f in jsonl])
        frames.append(spark.createDataFrame(lines, schema))
    if not frames:
        return spark.createDataFrame([], schema)
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


# ---------------------------------------------------------------------------------- analysis


def spark_schema() -> Any:
    """``sayso.scale.arrow.union_schema`` as a Spark StructType."""
    from pyspark.sql import types as T

    kinds = {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "bool": T.BooleanType()}
    return T.StructType([T.StructField("table", T.StringType())] + [
        T.StructField(t, T.StructType([T.StructField(c, kinds[k.rstrip("?")]) for c, k in cols]))
        for t, cols in TABLES.items()])


def _arrow_partition(options: AnalysisOptions) -> Callable[[Iterator[Any]], Iterator[Any]]:
    def run(batches: Iterator[Any]) -> Iterator[Any]:
        from sayso.scale.arrow import union_batch

        records = (Record(*r) for b in batches
                   for r in zip(*(b.column(i).to_pylist() for i in range(3)), strict=True))
        pairs = process_partition(records, options)
        while chunk := list(islice(pairs, OUT_BATCH_ROWS)):
            yield union_batch(chunk)
    return run


def _rdd_partition(options: AnalysisOptions) -> Callable[[Iterator[Any]], Iterator[tuple[Any, ...]]]:
    tables = list(TABLES)

    def run(rows: Iterator[Any]) -> Iterator[tuple[Any, ...]]:
        for table, row in process_partition((Record(r.name, r.kind, bytes(r.data)) for r in rows), options):
            yield (table, *(tuple(row.values()) if t == table else None for t in tables))
    return run


def analyse(spark: Any, records: Any, options: AnalysisOptions, *, partitions: int, method: str = "rdd") -> Any:
    """The union DataFrame of every table's rows (``spark_schema()``), records spread evenly over ``partitions``."""
    records = records.repartition(partitions)
    if method == "arrow":
        return records.mapInArrow(_arrow_partition(options), spark_schema())
    if method == "rdd":
        return spark.createDataFrame(records.rdd.mapPartitions(_rdd_partition(options)), spark_schema())
    raise ValueError(f"method must be one of {METHODS}")


def _error_rows(spark: Any, missing: list[Loaded]) -> Any:
    tables = list(TABLES)
    rows = [("errors", *(None for _ in tables[:-1]), tuple(error_row(m.name, m.error or InputError("?")).values()))
            for m in missing]
    return spark.createDataFrame(rows, spark_schema())


def run_spark(inputs: Iterable[str], out: str, options: AnalysisOptions = DEFAULT_OPTIONS, *,
              master: str | None = None, partitions: int | None = None, overwrite: bool = False,
              method: str = "rdd", spark: Any = None) -> Summary:
    """Analyse every input on Spark and write the tables under ``out`` (any Hadoop URL)."""
    spark = spark or session(master)
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    summary = Summary()
    out = out.rstrip("/")
    _check_out(spark, out, overwrite=overwrite)
    files, missing = list_inputs(spark, inputs)
    rows = analyse(spark, read_records(spark, files), options, method=method,
                   partitions=partitions or default_partitions(spark.sparkContext.defaultParallelism, files))
    if missing:
        rows = rows.unionByName(_error_rows(spark, missing))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # analysed once, written as seven tables
    try:
        for table in TABLES:
            (rows.where(F.col("table") == table).select(f"{table}.*")
             .write.mode("overwrite" if overwrite else "errorifexists").parquet(f"{out}/{table}"))
        counts = {r["table"]: r["count"] for r in rows.groupBy("table").count().collect()}
    finally:
        rows.unpersist()
    summary.finish({t: counts.get(t, 0) for t in TABLES})
    return summary


def _check_out(spark: Any, out: str, *, overwrite: bool) -> None:
    """Refuse before any work when ``out`` already holds tables (unless ``overwrite``)."""
    if overwrite:
        return
    jvm, conf = spark._jvm, spark._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(out)
    fs = path.getFileSystem(conf)
    existing = [t for t in TABLES if fs.exists(jvm.org.apache.hadoop.fs.Path(f"{out}/{t}"))]
    if existing:
        raise InputError(f"{out} already holds tables ({', '.join(existing)}); choose another --out or pass --overwrite")


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__
