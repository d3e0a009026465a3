"""The corpus commands on a corpus of hand-made reports (no spaCy): output formats, filters, exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from _corpus import make_report
from sayso.cli import app
from sayso.corpus.api import Corpus

runner = CliRunner()

CLAIM = "Russian planes did not bomb the hospital in Aleppo"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """Four outlets telling one claim, one of them through another outlet, plus unrelated statements."""
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Corpus(db) as c:
        c.add(make_report([("Igor Konashenkov", "government", CLAIM),
                           ("Igor Konashenkov", "government", "Our pilots follow the rules")],
                          outlet="RT", published="2016-02-01", url="https://rt.example/1", id="rt-1", claims=[CLAIM]))
        c.add(make_report([("RT", "outlet", "The ministry said so"), ("Igor Konashenkov", "government", CLAIM)],
                          via=[("RT", "Igor Konashenkov")], outlet="Daily Blog", published="2016-02-02",
                          url="https://blog.example/2"))
        c.add(make_report([("Russia Today", "outlet", "Russian planes may not have bombed the hospital in Aleppo")],
                          outlet="Weekly", published="2016-02-05", url="https://weekly.example/3"))
        c.add(make_report([("Jane Doe", "person", "The budget will be balanced by 2020"),
                           ("a senior official", "anonymous", "Talks are going nowhere")],
                          outlet="Weekly", published="2016-03-01", url="https://weekly.example/4"))
        c.add_error("broken.txt", ValueError("broken.txt: not UTF-8"))
        c.refresh_identities()
    return db


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_search_json_names_articles_by_corpus_id_outlet_date_url(corpus_db):
    result = _run("search", "hospital Aleppo", "--db", str(corpus_db), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["kind"] == "hits" and doc["query"] == "hospital Aleppo"
    ids = {(h["article_id"], h["outlet"], h["published"], h["url"]) for h in doc["hits"]}
    assert ("rt-1", "RT", "2016-02-01", "https://rt.example/1") in ids
    assert ("url:https://blog.example/2", "Daily Blog", "2016-02-02", "https://blog.example/2") in ids
    assert all(h["snippet"] for h in doc["hits"])


def test_search_defaults_to_json_off_a_terminal_and_csv_has_a_header(corpus_db):
    assert json.loads(_run("search", "budget", "--db", str(corpus_db)).stdout)["hits"][0]["outlet"] == "Weekly"
    rows = list(csv.reader(io.StringIO(_run("search", "budget", "--db", str(corpus_db), "-f", "csv").stdout)))
    assert rows[0][:4] == ["score", "published", "outlet", "article_id"] and len(rows) == 2


def test_search_with_broken_fts_syntax_is_not_an_error(corpus_db):
    result = _run("search", '"hospital AND (', "--db", str(corpus_db), "-f", "text")
    assert result.exit_code == 0, result.output
    assert "hit(s)" in result.stdout


def test_search_since_filters_dates(corpus_db):
    doc = json.loads(_run("search", "hospital OR budget", "--db", str(corpus_db), "--since", "2016-02-04").stdout)
    assert {h["published"] for h in doc["hits"]} == {"2016-02-05", "2016-03-01"}


def test_errors_lists_failed_inputs(corpus_db):
    doc = json.loads(_run("errors", "--db", str(corpus_db)).stdout)
    assert [(e["input"], e["kind"]) for e in doc["errors"]] == [("broken.txt", "ValueError")]
    assert "broken.txt" in _run("errors", "--db", str(corpus_db), "-f", "text").stdout


def test_export_writes_files(corpus_db, tmp_path):
    result = _run("export", str(tmp_path / "out"), "--db", str(corpus_db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "attributions.jsonl").read_text().splitlines()
    assert len(lines) == 7


@pytest.mark.parametrize("command", [["sources"], ["search", "x"], ["errors"], ["trace", "x"], ["outlets"],
                                     ["source", "x"], ["export", "outdir"]])
def test_a_missing_or_foreign_db_is_one_line_and_exit_5(tmp_path, command):
    missing = _run(*command, "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 5 and "sayso ingest" in missing.output and "Traceback" not in missing.output
    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(b"not a database at all\n" * 200)
    result = _run(*command, "--db", str(foreign))
    assert result.exit_code == 5 and "not a sayso corpus" in result.output and "Traceback" not in result.output


def test_a_newer_db_is_refused_on_the_command_line(tmp_path):
    db = tmp_path / "new.db"
    Corpus(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = _run("search", "x", "--db", str(db))
    assert result.exit_code == 5 and "newer sayso" in result.output


def test_every_corpus_command_has_help():
    for command in ("ingest", "sources", "source", "outlets", "search", "trace", "errors", "export"):
        result = _run(command, "--help")
        assert result.exit_code == 0 and "--db" in result.output, command


# ---------------------------------------------- with the cross-article modules (sayso.corpus.*)


def test_sources_ranks_identities_named_and_anonymous(corpus_db):
    pytest.importorskip("sayso.corpus.identity")
    doc = json.loads(_run("sources", "--db", str(corpus_db)).stdout)
    top = doc["sources"][0]
    assert top["name"] == "Igor Konashenkov" and top["attributions"] == 3
    assert top["articles"] == 2 and top["outlets"] == 2
    assert doc["attributions"]["anonymous"] == 1
    weekly = json.loads(_run("sources", "--db", str(corpus_db), "--outlet", "Weekly").stdout)["sources"]
    assert {s["name"] for s in weekly} >= {"Jane Doe", "a senior official"}
    assert all(s["name"] != "Igor Konashenkov" for s in weekly)


def test_source_shows_statements_over_time(corpus_db):
    pytest.importorskip("sayso.corpus.identity")
    doc = json.loads(_run("source", "Konashenkov", "--db", str(corpus_db)).stdout)
    statements = doc["source"]["statements"]
    assert [s["published"] for s in statements] == sorted(s["published"] for s in statements)
    assert doc["source"]["by_outlet"] == {"RT": 2, "Daily Blog": 1}
    assert json.loads(_run("source", "Nobody Atall", "--db", str(corpus_db)).stdout)["source"] is None


def test_outlets_edges_and_export(corpus_db, tmp_path):
    pytest.importorskip("sayso.corpus.network")
    doc = json.loads(_run("outlets", "--db", str(corpus_db)).stdout)
    pairs = {(e["citing"], e["cited"]): e for e in doc["edges"]}
    assert pairs[("Daily Blog", "RT")]["count"] == 2  # RT as a source and as the via of Konashenkov's claim
    assert pairs[("Weekly", "RT")]["months"] == {"2016-02": 1}  # "Russia Today" is RT
    out = tmp_path / "net.graphml"
    assert _run("outlets", "--db", str(corpus_db), "--export", "graphml", str(out)).exit_code == 0
    import networkx as nx

    graph = nx.read_graphml(out)
    assert {"RT", "Daily Blog", "Weekly"} <= set(graph.nodes)


def test_trace_finds_the_first_appearance_and_the_mutation(corpus_db):
    pytest.importorskip("sayso.corpus.trace")
    doc = json.loads(_run("trace", CLAIM, "--db", str(corpus_db)).stdout)
    steps = doc["steps"]
    assert steps[0]["relation"] == "first" and steps[0]["article_id"] == "rt-1"
    assert [s["published"] for s in steps] == sorted(s["published"] for s in steps)
    assert "Jane Doe" not in {s["source"] for s in steps}
    html = _run("trace", "--attribution", "rt-1:A1", "--db", str(corpus_db), "-f", "html").stdout
    assert html.startswith("<!doctype html>") and "first appearance" in html


def test_trace_of_nothing_is_empty_and_exit_0(corpus_db):
    pytest.importorskip("sayso.corpus.trace")
    result = _run("trace", "zebras quietly juggling marmalade", "--db", str(corpus_db))
    assert result.exit_code == 0 and json.loads(result.stdout)["steps"] == []
