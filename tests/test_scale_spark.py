"""sayso batch on Spark (local[2]): the same rows as the local engine, row for row.

Skips without pyspark or without Java (``make java`` installs Debian's openjdk-17-jre-headless).
One SparkSession for the module; --no-techniques/--no-claims except where the MiniLM stages
are the point.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from _scale import FAST, FIXTURE, assert_same_tables, make_warc, read_tables
from sayso.scale.partition import AnalysisOptions

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
    pytest.skip("no Java (make java installs openjdk-17-jre-headless)", allow_module_level=True)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    from sayso.scale.spark import session

    spark = session("local[2]", app_name="sayso tests", conf={
        "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2", "spark.driver.memory": "1g"})
    yield spark
    spark.stop()


def _both(spark, inputs: list[str], tmp_path: Path, options: AnalysisOptions, **kwargs):
    from sayso.scale.local import run_local
    from sayso.scale.spark import run_spark

    local = run_local(inputs, tmp_path / "local", options)
    distributed = run_spark(inputs, str(tmp_path / "spark"), options, spark=spark, **kwargs)
    assert local.counts == distributed.counts
    return read_tables(tmp_path / "local"), read_tables(tmp_path / "spark")


def test_fixture_same_rows_and_errors(spark, tmp_path):
    """The bundled fixture, a WARC file and a missing input, with the MiniLM stages on executors."""
    inputs = [str(FIXTURE), str(make_warc(tmp_path)), str(tmp_path / "missing.jsonl")]
    local, distributed = _both(spark, inputs, tmp_path, AnalysisOptions(), partitions=3)
    assert len(local["articles"]) == 8 + 1 + 2 and distributed["claims"]
    errors = sorted(r["input"].rsplit("/", 1)[-1] for r in distributed["errors"])
    assert errors[0].startswith("articles.jsonl@") and errors[-1] == "missing.jsonl" and len(errors) == 3
    assert assert_same_tables(local, distributed) > 80
    if importlib.util.find_spec("duckdb"):  # Spark's layout (part files, _SUCCESS) as DuckDB reads it
        import duckdb

        query = f"SELECT count(*) FROM '{tmp_path}/spark/attributions/*.parquet'"
        assert duckdb.sql(query).fetchall() == [(len(local["attributions"]),)]


def test_map_partitions_and_gzipped_jsonl_give_the_same_rows(spark, tmp_path):
    """mapInArrow (kept for the bench) as mapPartitions and the local engine; a .jsonl.gz read whole."""
    import gzip

    from sayso.scale.local import run_local
    from sayso.scale.spark import run_spark

    (tmp_path / "copy.jsonl.gz").write_bytes(gzip.compress((FIXTURE / "articles.jsonl").read_bytes()))
    inputs = [str(FIXTURE / "articles.jsonl"), str(tmp_path / "copy.jsonl.gz")]
    run_local(inputs, tmp_path / "local", FAST)
    run_spark(inputs, str(tmp_path / "arrow"), FAST, spark=spark, partitions=2, method="arrow")
    run_spark(inputs, str(tmp_path / "rdd"), FAST, spark=spark, partitions=2, method="rdd")
    local = read_tables(tmp_path / "local")
    assert len(local["errors"]) == 4 and any("copy.jsonl.gz@" in r["input"] for r in local["errors"])
    assert assert_same_tables(local, read_tables(tmp_path / "arrow")) > 100
    assert assert_same_tables(local, read_tables(tmp_path / "rdd")) > 100


def test_existing_tables_are_refused_before_any_work(spark, tmp_path):
    from sayso.errors import InputError
    from sayso.scale.spark import run_spark

    (tmp_path / "out" / "claims").mkdir(parents=True)
    with pytest.raises(InputError, match="--overwrite"):
        run_spark([str(FIXTURE)], str(tmp_path / "out"), FAST, spark=spark)


def test_real_articles(spark, shared_data, tmp_path):
    """24 PolNeAR dev articles (JSONL with outlet and date) and 6 real news pages (.html.gz): every table equal."""
    dev = sorted((shared_data / "polnear" / "dev").glob("*.txt"))[:24]
    pages = sorted((shared_data / "html-articles" / "html").glob("*.html.gz"))[:6]
    if len(dev) < 24 or len(pages) < 6:
        pytest.skip("PolNeAR dev or html-articles incomplete")
    with (shared_data / "polnear" / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    with (tmp_path / "polnear.jsonl").open("w", encoding="utf-8") as f:
        for path in dev:
            m = meta.get(path.stem, {})
            f.write(json.dumps({"id": path.stem, "outlet": m.get("publisher"), "published": m.get("publication_date"),
                                "text": path.read_text(encoding="utf-8")}) + "\n")
    (tmp_path / "pages").mkdir()
    for page in pages:
        shutil.copy(page, tmp_path / "pages" / page.name)
    local, distributed = _both(spark, [str(tmp_path / "polnear.jsonl"), str(tmp_path / "pages")], tmp_path,
                               FAST, partitions=4)
    assert len(distributed["articles"]) == 30 and not distributed["errors"]
    outlets = {r["corpus_id"]: r["outlet"] for r in distributed["articles"]}
    assert all(outlets[p.stem] == meta[p.stem]["publisher"] for p in dev)
    assert assert_same_tables(local, distributed) > 500  # about 1,000 rows: the two runs agree on a real amount of output
