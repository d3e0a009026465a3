"""sayso batch, local engine: records, process_partition, the Parquet tables, the command."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _scale import FAST, FIXTURE, assert_same_tables, make_warc, read_tables
from sayso.cli import app
from sayso.scale.partition import TABLES, process_partition
from sayso.scale.records import JSONL_LINE, UNREADABLE, Record, jsonl_lines, load_record, local_records

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("data, expected", [
    (b'{"a": 1}\n{"b": 2}\n', [(0, b'{"a": 1}'), (9, b'{"b": 2}')]),
    (b'{"a": 1}\r\n\r\n{"b": 2}', [(0, b'{"a": 1}'), (10, b""), (12, b'{"b": 2}')]),
    (b"x\ry", [(0, b"x"), (2, b"y")]),
    ('{"t": "a\u2028b"}\n'.encode(), [(0, '{"t": "a\u2028b"}'.encode())]),  # U+2028 is no line break in JSON
    (b"", []),
])
def test_jsonl_lines_split_as_hadoop_does(data, expected):
    assert list(jsonl_lines(data)) == expected


@pytest.mark.parametrize("record, error", [
    (Record("c.jsonl@7", JSONL_LINE, b'{"text": "cut off'), "not valid JSON"),
    (Record("c.jsonl@9", JSONL_LINE, b'{"text": "   "}'), "no text to analyse"),
    (Record("c.jsonl@11", JSONL_LINE, b'{"title": "no body"}'), "no 'text' or 'html' field"),
    (Record("c.jsonl@13", JSONL_LINE, b"[1, 2]"), "expected a JSON object"),
    (Record("blank.txt", None, b"  \n"), "no text to analyse"),
    (Record("image.bin", None, b"\x89PNG\x00\x00\x00"), "binary"),
    (Record("bad.txt.gz", None, b"\x1f\x8b\x08garbage"), "damaged gzip"),
    (Record("feed.rss", None, b"<rss></rss>"), "not feed"),
    (Record("gone.txt", UNREADABLE, b"Permission denied"), "cannot read (Permission denied)"),
    (Record("x.warc", None, b"hello, not a warc"), "not a WARC file"),
])
def test_a_bad_record_is_an_error_naming_it(record, error):
    (loaded,) = load_record(record)
    assert loaded.article is None
    assert record.name in str(loaded.error) and error in str(loaded.error)


def test_records_read_through_ingest():
    text = "“We will respond,” the minister said."
    (plain,) = load_record(Record("a.txt.gz", None, gzip.compress(text.encode())))
    assert plain.article.text == text
    (line,) = load_record(Record("c.jsonl@0", JSONL_LINE, json.dumps({"id": "x1", "outlet": "Wire", "text": text}).encode()))
    assert (line.article.id, line.article.outlet, line.article.text) == ("x1", "Wire", text)
    (html,) = load_record(Record("p.html", None, b"<html><head><title>T</title></head><body><article><p>"
                                 + text.encode() + b"</p></article></body></html>"))
    assert html.article is not None and "minister" in html.article.text
    assert not list(load_record(Record("c.jsonl@3", JSONL_LINE, b"   ")))  # a blank line is no record


def test_local_records_name_jsonl_lines_by_byte_offset(tmp_path):
    data = (FIXTURE / "articles.jsonl").read_bytes()
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(data))
    records = list(local_records([FIXTURE / "articles.jsonl", tmp_path / "c.jsonl.gz", FIXTURE / "letter.txt"]))
    lines = [r for r in records if r.kind == JSONL_LINE]
    assert len(lines) == 2 * 10
    for r in lines:
        offset = int(r.name.rsplit("@", 1)[1])
        assert data[offset:].startswith(r.data)
    assert records[-1] == Record(str(FIXTURE / "letter.txt"), None, (FIXTURE / "letter.txt").read_bytes())


@pytest.mark.slow
def test_process_partition_rows_are_the_tables_columns(tmp_path):
    records = [*local_records([FIXTURE / "articles.jsonl", FIXTURE / "letter.txt", make_warc(tmp_path)])]
    pairs = list(process_partition(records, FAST))
    by_table: dict[str, list[dict]] = {t: [] for t in TABLES}
    for table, row in pairs:
        assert list(row) == [c for c, _ in TABLES[table]]
        by_table[table].append(row)
    assert len(by_table["articles"]) == 8 + 1 + 2
    assert {r["corpus_id"] for r in by_table["articles"]} >= {"w1", "w8"}
    assert {r["url"] for r in by_table["articles"]} >= {"https://news.example/a", "https://news.example/b"}
    errors = {r["input"].rsplit("@", 1)[-1]: r for r in by_table["errors"]}
    assert len(errors) == 2 and {r["error"] for r in errors.values()} == {"InputError", "EmptyInputError"}
    texts = {r["article_key"]: r["text"] for r in by_table["articles"]}
    for row in by_table["attributions"]:
        assert texts[row["article_key"]][row["content_start"]:row["content_end"]] == row["content_text"]
    okafor = [r for r in by_table["attributions"] if r["corpus_id"] == "w1" and r["source_name"] == "Maria Okafor"]
    assert okafor and okafor[0]["outlet"] == "Harbour Wire" and okafor[0]["published"].startswith("2025-03-02")


@pytest.mark.slow
def test_run_local_writes_parquet_that_pandas_reads(tmp_path):
    import pandas as pd

    from sayso.scale.local import run_local

    summary = run_local([str(FIXTURE), str(tmp_path / "missing.jsonl")], tmp_path / "out", FAST)
    assert summary.articles == 9 and summary.errors == 3
    attributions = pd.read_parquet(tmp_path / "out" / "attributions")
    assert list(attributions.columns) == [c for c, _ in TABLES["attributions"]]
    assert (attributions.groupby("corpus_id").size() > 0).all() and len(attributions) > 9
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert any("missing.jsonl: no such file or folder" in r for r in errors["reason"])
    assert pd.read_parquet(tmp_path / "out" / "markers").columns.tolist() == [c for c, _ in TABLES["markers"]]


@pytest.mark.slow
def test_local_workers_give_the_same_rows(tmp_path):

    from sayso.scale.local import run_local

    run_local([str(FIXTURE)], tmp_path / "one", FAST)
    run_local([str(FIXTURE)], tmp_path / "two", FAST, workers=2)
    assert assert_same_tables(read_tables(tmp_path / "one"), read_tables(tmp_path / "two")) > 50


@pytest.mark.slow
def test_batch_command(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(FIXTURE / "letter.txt"), "--out", str(out), "--no-techniques", "--no-claims"])
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output and (out / "articles" / "part-00000.parquet").is_file()
    again = runner.invoke(app, ["batch", str(FIXTURE / "letter.txt"), "--out", str(out)])
    assert again.exit_code == 2 and "--overwrite" in again.output
    nothing = runner.invoke(app, ["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o2")])
    assert nothing.exit_code == 2 and "1 error(s)" in nothing.output
    usage = runner.invoke(app, ["batch", str(FIXTURE), "--out", str(tmp_path / "o3"), "--partitions", "4"])
    assert usage.exit_code == 2 and "--engine spark" in usage.output


def _sayso(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from sayso.cli import main; sys.argv = ['sayso', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_engine_spark_without_pyspark_says_how_to_install(tmp_path):
    fake = tmp_path / "site"
    (fake / "pyspark").mkdir(parents=True)
    (fake / "pyspark" / "__init__.py").write_text("raise ImportError('pyspark is not installed', name='pyspark')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    result = _sayso(["batch", str(FIXTURE), "--engine", "spark", "--out", str(tmp_path / "out")], env, tmp_path)
    assert result.returncode == 5, result.stderr
    assert 'pip install "sayso[spark]"' in result.stderr and "Traceback" not in result.stderr


def test_engine_spark_without_java_says_so(tmp_path):
    pytest.importorskip("pyspark")
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)  # this interpreter, and no java
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    result = _sayso(["batch", str(FIXTURE), "--engine", "spark", "--out", str(tmp_path / "out")], env, tmp_path)
    assert result.returncode == 5, result.stderr
    assert "openjdk-17-jre-headless" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_duckdb_reads_the_tables(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from sayso.scale.local import run_local

    run_local([str(FIXTURE / "articles.jsonl")], tmp_path / "out", FAST)
    top = duckdb.sql(f"SELECT corpus_id, count(*) AS n FROM '{tmp_path}/out/attributions/*.parquet' "
                     "GROUP BY corpus_id ORDER BY corpus_id").fetchall()
    assert [c for c, _ in top] == [f"w{i}" for i in range(1, 9)] and all(n > 0 for _, n in top)
    ((errors,),) = duckdb.sql(f"SELECT count(*) FROM '{tmp_path}/out/errors/*.parquet'").fetchall()
    assert errors == 2


@pytest.mark.parametrize("parallelism, files, expected", [
    (2, {"a.jsonl": 2_500_000}, 8),  # 500 articles: 4 per core
    (2, {"a.jsonl": 50_000_000, "b.txt": 5_000}, 50),  # 10k articles: one partition per MB of JSONL
    (100, {f"{i}.html": 80_000 for i in range(100_000)}, 500),  # 100k pages: one per 200 files
    (1, {}, 4),
])
def test_default_partitions(parallelism, files, expected):
    from sayso.scale.spark import default_partitions

    assert default_partitions(parallelism, files) == expected


@pytest.mark.slow
def test_report_from_rows_inverts_report_rows():
    """What --from-parquet stores is what the rows were made from: rows -> Report -> the same rows."""
    import sayso
    from sayso.tables import report_from_rows, report_rows

    sample = ROOT / "src" / "sayso" / "samples" / "sample_article.txt"
    report = sayso.analyze(sample.read_text(encoding="utf-8"), url="https://news.example/sample")
    rows = report_rows(report)
    assert rows["attributions"] and rows["claims"]
    assert report_rows(report_from_rows(rows["articles"][0], rows)) == rows


@pytest.mark.slow
def test_ingest_from_parquet_stores_the_batch_tables(tmp_path):
    from sayso.corpus.api import Corpus
    from sayso.scale.local import run_local
    from sayso.tables import report_rows

    run_local([str(FIXTURE)], tmp_path / "out", FAST)
    runner = CliRunner()
    args = ["ingest", "--from-parquet", str(tmp_path / "out"), "--db", str(tmp_path / "c.db")]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "9 stored, 0 already present, 2 failed" in first.output
    assert "0 stored, 9 already present" in runner.invoke(app, args).output  # idempotent
    with Corpus(tmp_path / "c.db") as corpus:
        stored = sorted((r for report in corpus.reports() for r in report_rows(report)["attributions"]),
                        key=lambda r: (r["article_key"], r["attribution_id"]))
    batch = sorted(read_tables(tmp_path / "out")["attributions"], key=lambda r: (r["article_key"], r["attribution_id"]))
    assert stored == batch
    neither = runner.invoke(app, ["ingest", "--db", str(tmp_path / "d.db")])
    assert neither.exit_code == 2 and not (tmp_path / "d.db").exists()
