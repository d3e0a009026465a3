"""How corpus results print: the trace as text and HTML, JSON documents, CSV cells."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console

from sayso import corpus_views as views
from sayso.corpus.types import Telling, Trace, TraceStep

FIRST = Telling("url:https://rt.example/1", "A1", "Russian planes did not bomb the hospital", outlet="RT",
                published="2016-02-01", url="https://rt.example/1", source="Igor Konashenkov",
                chain=("Igor Konashenkov",), article_id="rt-1")
LATER = Telling("url:https://blog.example/2", "A2", "“Russian planes may not have bombed the hospital”",
                outlet="Daily <Blog>", published="2016-02-03", source="Igor Konashenkov",
                chain=("RT", "Igor Konashenkov"), hedged=True, article_id="blog-2")
TRACE = Trace("Russian planes did not bomb the hospital", (
    TraceStep(FIRST, "first", 1.0),
    TraceStep(LATER, "mutation", 0.61, ("hedge added",),
              (("=", "Russian"), ("=", "planes"), ("-", "did"), ("+", "may"), ("=", "not"))),
))


def _text(renderable) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None).print(renderable)
    return buffer.getvalue()


def test_trace_text_marks_the_first_and_shows_chain_changes_and_diff():
    out = _text(views.trace_view(TRACE))
    assert "2 telling(s)" in out
    assert "1. [FIRST] 2016-02-01  RT  rt-1:A1" in out
    assert "[mutation] 2016-02-03  Daily <Blog>  blog-2:A2  score 0.61" in out
    assert "Igor Konashenkov via RT (hedged): “Russian planes may not have bombed the hospital”" in out
    assert "““" not in out  # a quote's own marks are not doubled
    assert "changes: hedge added" in out and "[-did-] {+may+}" in out


def test_an_empty_trace_says_so():
    assert "no telling" in _text(views.trace_view(Trace("zebras")))
    assert "no telling of this claim" in views.trace_html(Trace("zebras"))


def test_trace_html_is_escaped_and_draws_every_step():
    html = views.trace_html(TRACE)
    assert html.startswith("<!doctype html>") and html.count("<li class=") == 2
    assert "Daily &lt;Blog&gt;" in html and "Daily <Blog>" not in html
    assert "first appearance" in html and "<del>did</del>" in html and "<ins>may</ins>" in html


def test_trace_rows_and_json_document():
    rows = views.trace_rows(TRACE)
    assert [r["relation"] for r in rows] == ["first", "mutation"]
    assert rows[1]["chain"] == ["RT", "Igor Konashenkov"] and rows[1]["article_id"] == "blog-2"
    doc = json.loads(views.to_json("steps", rows, query=TRACE.query))
    assert doc["kind"] == "steps" and doc["query"] == TRACE.query and len(doc["steps"]) == 2


def test_csv_cells_booleans_nulls_and_lists():
    out = views.to_csv(views.trace_rows(TRACE), ["order", "hedged", "url", "changes"])
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [["order", "hedged", "url", "changes"], ["1", "false", "https://rt.example/1", "[]"],
                    ["2", "true", "", '["hedge added"]']]
