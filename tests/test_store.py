"""The corpus database: schema, idempotence, atomicity, bad files, full-text search, export."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from _corpus import PIPELINE, make_report
from sayso import tables
from sayso.corpus.api import Corpus
from sayso.store import NotACorpusError, SchemaTooNewError, StoreError, read, schema
from sayso.store.errors import CorpusFullError, ReadOnlyCorpusError

QUOTES = [("Anna Berg", "person", "The plant is safe and the water is clean"),
          ("the ministry", "government", "No radiation has leaked from the plant")]


@pytest.fixture
def corpus(tmp_path):
    with Corpus(tmp_path / "c.db") as c:
        yield c


def _count(c: Corpus, table: str) -> int:
    return c._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# ------------------------------------------------------------------------------- schema


def test_new_corpus_records_its_migrations_and_version(corpus):
    conn = corpus._conn
    assert schema.version(conn) == schema.LATEST
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY version")]
    assert names == [m.name for m in schema.MIGRATIONS] and names == sorted(names)


def test_migrations_are_transactional(tmp_path):
    path = tmp_path / "c.db"
    conn = sqlite3.connect(path, isolation_level=None)
    broken = schema.Migration(schema.LATEST + 1, "9999_broken", "CREATE TABLE ok_then (x);\nCREATE TABLE articles (x);")
    schema.migrate(conn)
    original = schema.MIGRATIONS
    try:
        schema.MIGRATIONS = (*original, broken)
        with pytest.raises(sqlite3.OperationalError):
            schema.migrate(conn)
    finally:
        schema.MIGRATIONS = original
    assert schema.version(conn) == schema.LATEST  # nothing of the failed migration stayed
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ok_then'").fetchone()[0] == 0


def test_a_newer_corpus_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "c.db"
    Corpus(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer sayso"):
        Corpus(path)


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_foreign_or_corrupt_file_is_not_a_corpus(tmp_path, content):
    path = tmp_path / "c.db"
    path.write_bytes(content)
    with pytest.raises(NotACorpusError, match="not a sayso corpus"):
        Corpus(path)
    assert path.read_bytes() == content  # left as it was


def test_another_programs_sqlite_database_is_not_a_corpus(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotACorpusError, match="SQLite database, but not a sayso corpus"):
        Corpus(path)


def test_a_missing_corpus_for_a_query_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="sayso ingest"):
        Corpus(tmp_path / "none.db", create=False)


# ---------------------------------------------------------------------------- writing


def test_storing_twice_stores_nothing_new(corpus):
    report = make_report(QUOTES, outlet="Daily", published="2016-01-02", url="https://daily.example/a?utm_source=x")
    assert corpus.add(report) == "stored"
    before = {t: _count(corpus, t) for t in ("articles", "attributions", "statements", "sources", "mentions")}
    again = make_report(QUOTES, outlet="Daily", published="2016-01-02", url="https://www.daily.example/a/")
    assert corpus.add(again) == "present"
    assert {t: _count(corpus, t) for t in before} == before == {
        "articles": 1, "attributions": 2, "statements": 2, "sources": 2, "mentions": 2}


def test_reanalysis_replaces_a_stale_article_without_doubling(corpus):
    corpus.add(make_report(QUOTES, url="https://x.example/1"))
    newer = make_report(QUOTES[:1], url="https://x.example/1", pipeline={**PIPELINE, "lexicon": "newer"})
    assert corpus.add(newer) == "present"  # not asked to replace
    assert corpus.add(newer, replace_stale=True) == "replaced"
    assert corpus.add(newer, replace_stale=True) == "present"  # same version now
    assert (_count(corpus, "articles"), _count(corpus, "attributions"), _count(corpus, "statements")) == (1, 1, 1)
    assert corpus.search("radiation") == []  # the old analysis left the full-text index too
    row = corpus._conn.execute("SELECT pipeline_version FROM articles").fetchone()[0]
    assert "lexicon=newer" in row


def test_article_without_attributions_is_stored(corpus):
    assert corpus.add(make_report([])) == "stored"
    assert _count(corpus, "articles") == 1 and _count(corpus, "attributions") == 0


def test_a_full_disk_leaves_no_partial_article(corpus):
    corpus.add(make_report(QUOTES, url="https://x.example/small"))
    pages = corpus._conn.execute("PRAGMA page_count").fetchone()[0]
    corpus._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLite's own "database or disk is full"
    big = make_report([("Anna Berg", "person", "word " * 30000)], url="https://x.example/big")
    with pytest.raises(CorpusFullError, match="disk is full"):
        corpus.add(big)
    assert _count(corpus, "articles") == 1 and _count(corpus, "attributions") == 2 and _count(corpus, "statements") == 2


def test_a_read_only_corpus_refuses_writes_clearly(tmp_path):
    path = tmp_path / "c.db"
    with Corpus(path) as c:
        c.add(make_report(QUOTES, url="https://x.example/1"))
    with Corpus(path, readonly=True) as ro:
        assert ro.counts()["articles"] == 1  # reading works
        with pytest.raises(ReadOnlyCorpusError, match="read-only"):
            ro.add(make_report(QUOTES, url="https://x.example/2"))
        assert ro.counts()["articles"] == 1


def test_errors_are_recorded_once_per_input_and_cleared_by_success(corpus):
    from sayso.errors import InputError

    corpus.add_error("a.txt", InputError("a.txt: empty"))
    corpus.add_error("a.txt", InputError("a.txt: still empty"))
    corpus.add_error("b.txt", InputError("b.txt: binary"))
    assert [(e.input, e.message) for e in corpus.errors()] == [("a.txt", "a.txt: still empty"), ("b.txt", "b.txt: binary")]
    corpus.add(make_report(QUOTES), input_name="a.txt")
    assert [e.input for e in corpus.errors()] == ["b.txt"]


# ------------------------------------------------------------------------------ search


@pytest.fixture
def searchable(corpus):
    corpus.add(make_report(QUOTES, outlet="Daily", published="2016-01-02", url="https://daily.example/a"))
    corpus.add(make_report([("Bob Ray", "person", "Taxes will rise next year, not fall")], outlet="Weekly",
                           published="2016-03-01", url="https://weekly.example/b", id="wk-1"))
    return corpus


def test_search_ranks_with_snippet_and_article_names(searchable):
    hits = searchable.search("plant safe")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.outlet, hit.published, hit.item_id, hit.url) == ("Daily", "2016-01-02", "A1", "https://daily.example/a")
    assert "[plant]" in hit.snippet and "[safe]" in hit.snippet
    assert searchable.search("taxes")[0].article_id == "wk-1"  # the id the input gave
    assert {h.item_id for h in searchable.search("plant")} == {"A1", "A2"}


@pytest.mark.parametrize("query", ['"unbalanced', "plant AND", "NEAR(plant", "plant:safe", "*", "-plant", "(((",
                                   "plant OR OR safe", "'; DROP TABLE articles; --", "ünïcödé ☢", ""])
def test_invalid_fts_syntax_is_read_as_plain_words(searchable, query):
    hits = searchable.search(query)  # never an SQL error
    assert isinstance(hits, list)
    assert _count(searchable, "articles") == 2


def test_search_treats_broken_syntax_as_the_words_it_holds(searchable):
    assert [h.item_id for h in searchable.search('"plant is safe')] == ["A1"]
    assert [h.item_id for h in searchable.search("safe AND")] == ["A1"]  # "and" is a word of the content


def test_search_filters_by_outlet_and_date(searchable):
    assert searchable.search("plant OR taxes", outlet="Weekly")[0].outlet == "Weekly"
    assert {h.outlet for h in searchable.search("plant OR taxes", since="2016-02-01")} == {"Weekly"}
    assert searchable.search("plant", outlet="Nobody") == []


# ------------------------------------------------------------------------------ export


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_every_table_in_the_documented_columns(searchable, tmp_path, fmt):
    written = searchable.export(tmp_path / "out", fmt)
    expected = {**tables.COLUMNS, **tables.CORPUS_COLUMNS}
    assert set(written) == set(expected)
    for table, path in written.items():
        names = [n for n, _ in expected[table]]
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            assert rows[0] == names
            body = rows[1:]
        elif fmt == "jsonl":
            body = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            assert all(list(r) == names for r in body)
        else:
            import pyarrow.parquet as pq

            t = pq.read_table(path)
            assert t.column_names == names
            body = t.to_pylist()
        if table == "attributions":
            assert len(body) == 3
    if fmt == "jsonl":
        attributions = [json.loads(line) for line in written["attributions"].read_text().splitlines()]
        assert {a["corpus_id"] for a in attributions} == {"url:https://daily.example/a", "wk-1"}
        assert all(isinstance(a["hedged"], bool) for a in attributions)


# ------------------------------------------------------------------------------ reading


def test_source_records_carry_the_article_names(searchable):
    records = list(read.source_records(searchable._conn))
    assert {r.name for r in records} == {"Anna Berg", "the ministry", "Bob Ray"}
    berg = next(r for r in records if r.name == "Anna Berg")
    assert set(berg.article_names) == {"Anna Berg", "the ministry"} and berg.mentions == ("Anna Berg",)
    assert berg.outlet == "Daily" and berg.article_key == "url:https://daily.example/a"


def test_only_the_store_imports_database_drivers():
    import re
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src" / "sayso"
    driver = re.compile(r"^\s*(import|from)\s+(sqlite3|duckdb|apsw)\b", re.MULTILINE)
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if driver.search(p.read_text(encoding="utf-8")) and p.parent.name != "store"]
    assert offenders == []


def test_reports_come_back_as_stored(corpus):
    originals = [make_report(QUOTES, outlet="Daily", published="2016-01-02", url="https://daily.example/a",
                             claims=[QUOTES[0][2]], via=[("the ministry", "Anna Berg")]),
                 make_report([("Bob Ray", "person", "Taxes will rise")], id="wk-1"), make_report([])]
    for report in originals:
        corpus.add(report)
    back = list(corpus.reports())
    assert [tables.report_rows(r) for r in back] == [tables.report_rows(r) for r in originals]


def test_aggregates_agree_on_sqlite_and_duckdb_over_parquet(corpus, tmp_path):
    pytest.importorskip("duckdb")
    from sayso.store import aggregates

    ministry = [("Anna Berg", "person", QUOTES[0][2]), ("Ministry of Health", "government", QUOTES[1][2])]
    corpus.add(make_report(ministry, outlet="Daily", published="2016-01-02", url="https://daily.example/a"))
    corpus.add(make_report([("Ministry of Health", "government", "The plant is closed")], outlet="Daily",
                           published="2016-01-20", url="https://daily.example/b"))
    corpus.add(make_report([("Bob Ray", "person", "The plant is old")], outlet="Weekly", published="2016-02-01",
                           url="https://weekly.example/c"))
    assert aggregates.spread_sqlite(corpus._conn, "plant") == [
        ("Daily", "2016-01-02", 2, 1), ("Daily", "2016-01-20", 1, 1), ("Weekly", "2016-02-01", 1, 1)]
    corpus.export(tmp_path / "pq", "parquet")
    assert aggregates.spread_duckdb(tmp_path / "pq", "plant") == aggregates.spread_sqlite(corpus._conn, "plant")
    if corpus.refresh_identities() is None:
        pytest.skip("sayso.corpus.identity is not there yet")
    corpus.export(tmp_path / "pq", "parquet")
    top = aggregates.top_sources_sqlite(corpus._conn, 1)
    assert top == aggregates.top_sources_duckdb(tmp_path / "pq", 1)
    assert [(o, m, r) for o, m, r, *_ in top] == [("Daily", "2016-01", 1), ("Weekly", "2016-02", 1)]
    assert top[0][3] == "Ministry of Health" and top[0][5] == 2
    assert corpus.top_sources(1) == top == corpus.top_sources(1, parquet=tmp_path / "pq")
    assert corpus.spread("plant") == aggregates.spread_sqlite(corpus._conn, "plant")


def test_an_older_corpus_is_migrated_in_order_on_open(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    original = schema.MIGRATIONS
    try:
        schema.MIGRATIONS = original[:1]  # what an older sayso made
        schema.migrate(conn)
    finally:
        schema.MIGRATIONS = original
    conn.close()
    with pytest.raises(StoreError, match="older sayso"):
        Corpus(path, readonly=True)  # a reader does not upgrade
    with Corpus(path) as c:
        names = [r[0] for r in c._conn.execute("SELECT name FROM schema_migrations ORDER BY version")]
        assert names == [m.name for m in schema.MIGRATIONS]
        c.add(make_report(QUOTES))
        assert c.search("plant")


def test_a_quote_broken_by_its_cue_is_indexed_part_by_part_and_comes_back_whole(corpus):
    import dataclasses

    from sayso.model import Span

    text = "“We will rebuild the bridge,” the mayor said, “and the school by May.”"
    first, second = Span.of(text, 1, 27), Span.of(text, 47, 69)
    report = make_report([("the mayor", "person", "placeholder")])
    a = dataclasses.replace(report.attributions[0], content=Span.of(text, 1, 69), content_parts=(first, second),
                            cue=Span.of(text, 39, 43), source_span=Span.of(text, 30, 39))
    s = dataclasses.replace(report.sources[0], mentions=(Span.of(text, 30, 39),))
    report = dataclasses.replace(report, article=dataclasses.replace(report.article, text=text),
                                 attributions=(a,), sources=(s,))
    corpus.add(report)
    texts = [r[0] for r in corpus._conn.execute("SELECT text FROM statements ORDER BY id")]
    assert texts == ["We will rebuild the bridge", "and the school by May."]
    assert [h.text for h in corpus.search("said")] == []  # the cue between the parts is not what was said
    (back,) = corpus.reports()
    assert back.attributions[0].content_parts == (first, second)
    assert tables.report_rows(back) == tables.report_rows(report)


def test_trace_shortlist_keeps_candidates_sharing_the_query_words_in_rank_order():
    from sayso.corpus.retrieval import query_words, shortlist
    from sayso.corpus.types import Telling

    words = query_words("Russian planes did not bomb the hospital in Aleppo")
    assert words == ["russian", "planes", "did", "not", "bomb", "hospital", "aleppo"]
    tellings = [Telling("k1", "A1", "The hospital in Aleppo was bombed by Russian planes"),
                Telling("k2", "A1", "The hospital reopened"),
                Telling("k3", "A2", "Russian planes did not bomb the hospital")]
    assert [t.article_key for t in shortlist(words, tellings)] == ["k1", "k3"]
    assert [t.article_key for t in shortlist(words, tellings, limit=1)] == ["k1"]


def test_articles_newest_first_and_one_article_back(corpus):
    corpus.add(make_report(QUOTES, outlet="Daily", published="2016-01-02", url="https://daily.example/a"))
    corpus.add(make_report([("Bob Ray", "person", "Taxes will rise")], outlet="Weekly", published="2016-03-01",
                           id="wk-1"))
    corpus.add(make_report([], url="https://undated.example/c"))
    listed = corpus.articles()
    assert [a.article_id for a in listed] == ["wk-1", "url:https://daily.example/a", "url:https://undated.example/c"]
    assert (listed[1].attributions, listed[1].sources, listed[1].outlet) == (2, 2, "Daily")
    assert [a.article_id for a in corpus.articles(outlet="Weekly")] == ["wk-1"]
    assert [a.article_id for a in corpus.articles(since="2016-02-01", limit=5)] == ["wk-1"]
    report = corpus.article("wk-1")
    assert report is not None and report.attributions[0].content.text == "Taxes will rise"
    assert corpus.article("url:https://daily.example/a").article.outlet == "Daily"
    assert corpus.article("nope") is None


def test_sources_ranking_from_the_refresh_tables_equals_the_one_computed_on_the_fly(corpus):
    pytest.importorskip("sayso.corpus.identity")
    for n, outlet in enumerate(["Daily", "Daily", "Weekly", "RT News"]):
        corpus.add(make_report([("Anna Berg", "person", f"Statement {n}"), ("Bob Ray", "person", f"Reply {n}"),
                                ("Anna Berg", "person", f"Again {n}")],
                               outlet=outlet, published=f"2016-0{n + 1}-01", url=f"https://x.example/{n}"))
    corpus.refresh_identities()
    conn = corpus._conn
    for outlets in (None, ["Daily"], ["Weekly", "RT News"], []):
        stored = read.source_ranking(conn, outlets=outlets)
        fly = read.source_ranking(conn, outlets=outlets, since="1900-01-01")  # a date filter: computed on the fly
        assert stored == fly, outlets
    assert [(r["name"], r["attributions"], r["outlets"]) for r in read.source_ranking(conn)] == [
        ("Anna Berg", 8, 3), ("Bob Ray", 4, 3)]


def test_document_frequency_reads_the_index_through_the_porter_stems(corpus):
    corpus.add(make_report([("Anna Berg", "person", "The campaigns wanted stronger bridges"),
                            ("Bob Ray", "person", "The campaign wants a bridge")], url="https://x.example/1"))
    df = read.document_frequency(corpus._conn, ["campaigns", "bridges", "wanted", "zebra", "the"])
    assert df == {"campaigns": 2, "bridges": 2, "wanted": 2, "zebra": 0, "the": 2}
