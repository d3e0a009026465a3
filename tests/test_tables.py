"""sayso.tables: Report -> rows of the per-entity tables, in the documented columns."""

from __future__ import annotations

import re

import pytest

from sayso import tables
from sayso.model import Article, Attribution, Claim, Marker, Report, Source, Span

TEXT = "Officials said the plant was safe. “It is not,” Anna Berg told RT, citing a ministry memo."


def _report(**article: object) -> Report:
    base = {"text": TEXT, "outlet": "Example Post", "published": "2016-05-01", "url": "https://www.example.com/a/?utm_source=x#top"}
    base.update(article)
    a = Article(**base)  # type: ignore[arg-type]
    officials = Span.of(TEXT, 0, 9)
    berg = Span.of(TEXT, 48, 57)
    return Report(
        article=a,
        sources=(Source("S1", "Officials", "government", (officials,)),
                 Source("S2", "Anna Berg", "person", (berg, Span.of(TEXT, 48, 52)), description="an engineer")),
        attributions=(
            Attribution("A1", "indirect", Span.of(TEXT, 15, 33), Span.of(TEXT, 10, 14), source="S1",
                        source_span=officials, confidence=0.9),
            Attribution("A2", "direct", Span.of(TEXT, 36, 45), Span.of(TEXT, 58, 62), source="S2",
                        source_span=berg, via="A3", hedged=True, confidence=0.75),
            Attribution("A3", "indirect", Span.of(TEXT, 66, 88), None, source=None, confidence=0.5),
        ),
        markers=(Marker("M1", "hedge", "citing", Span.of(TEXT, 66, 72), attribution="A2"),),
        claims=(Claim("C1", Span.of(TEXT, 15, 33), 0.8125, attribution="A1"),),
        pipeline={"sayso": "0.1.0", "spacy_model": "en_core_web_sm-3.8.0", "lexicon": "3"},
    )


def test_every_table_has_exactly_its_documented_columns_in_order():
    rows = tables.report_rows(_report())
    assert list(rows) == list(tables.COLUMNS)
    for table, columns in tables.COLUMNS.items():
        names = [name for name, _ in columns]
        assert names[:5] == ["article_key", "corpus_id", "outlet", "published", "pipeline_version"]
        for row in rows[table]:
            assert list(row) == names, table
        for name in names:  # the module docstring documents every column
            assert re.search(rf"\b{name.split('_')[0]}", tables.__doc__ or ""), name


@pytest.mark.parametrize("table", list(tables.COLUMNS))
def test_values_have_the_declared_types(table):
    py = {"str": str, "int": int, "float": float, "bool": bool}
    for row in tables.report_rows(_report())[table]:
        for name, declared in tables.COLUMNS[table]:
            value = row[name]
            if value is None:
                assert declared.endswith("?"), (table, name)
            else:
                assert type(value) is py[declared.rstrip("?")], (table, name, value)


def test_spans_are_start_end_text_of_the_article_text():
    rows = tables.report_rows(_report())
    for row in rows["attributions"]:
        for prefix in ("source", "cue", "content"):
            if row[f"{prefix}_start"] is not None:
                assert TEXT[row[f"{prefix}_start"]:row[f"{prefix}_end"]] == row[f"{prefix}_text"]
    for row in rows["markers"] + rows["claims"] + rows["mentions"]:
        assert TEXT[row["start"]:row["end"]] == row["text"]


def test_attribution_rows_resolve_source_and_chain():
    a1, a2, a3 = tables.attribution_rows(_report())
    assert (a1["source_name"], a1["source_type"], a1["cue_text"], a1["chain"]) == ("Officials", "government", "said", "Officials")
    assert a2["chain"] == "? > Anna Berg"  # reported through A3, whose source is unresolved
    assert (a2["hedged"], a2["via"], a2["confidence"]) == (True, "A3", 0.75)
    assert (a3["source_id"], a3["source_name"], a3["source_type"], a3["cue_start"]) == (None, None, "unresolved", None)


def test_article_row_counts_and_common_columns():
    (row,) = tables.report_rows(_report())["articles"]
    assert row["article_key"] == "url:https://example.com/a"
    assert row["corpus_id"] == row["article_key"]  # no id given by the input
    assert (row["n_sources"], row["n_attributions"], row["n_markers"], row["n_claims"]) == (2, 3, 1, 1)
    assert row["pipeline_version"] == "lexicon=3;sayso=0.1.0;spacy_model=en_core_web_sm-3.8.0"
    source = tables.source_rows(_report())[1]
    assert (source["n_mentions"], source["first_text"], source["description"]) == (2, "Anna Berg", "an engineer")


def test_corpus_id_is_the_given_id_else_the_key():
    assert tables.report_rows(_report(id="ap-123"))["claims"][0]["corpus_id"] == "ap-123"
    no_url = tables.report_rows(_report(url=None))["articles"][0]
    assert no_url["article_key"].startswith("text:") and no_url["corpus_id"] == no_url["article_key"]


@pytest.mark.parametrize("a, b, same", [
    ("https://www.Example.com/story/?utm_source=tw&id=3#c", "http://example.com/story?id=3", True),
    ("https://example.com/story?b=2&a=1", "https://example.com/story?a=1&b=2", True),
    ("https://example.com:443/x", "https://example.com/x", True),
    ("https://example.com/story?id=3", "https://example.com/story?id=4", False),
    ("https://example.com/a", "https://example.org/a", False),
])
def test_canonical_url(a, b, same):
    assert (tables.canonical_url(a) == tables.canonical_url(b)) is same


@pytest.mark.parametrize("url", [None, "", "file:///tmp/a.txt", "stdin", "mailto:x@example.com"])
def test_no_canonical_url_for_non_web_urls(url):
    assert tables.canonical_url(url) is None


def test_text_key_ignores_whitespace_noise_but_not_words():
    assert tables.text_hash("A  b\n c") == tables.text_hash("A b c ")
    assert tables.text_hash("A b c") != tables.text_hash("A b d")


def test_report_without_attributions_still_gives_its_article_row():
    rows = tables.report_rows(Report(article=Article(text="Nothing is said here.")))
    assert len(rows["articles"]) == 1 and rows["articles"][0]["n_attributions"] == 0
    assert all(rows[t] == [] for t in tables.COLUMNS if t != "articles")
