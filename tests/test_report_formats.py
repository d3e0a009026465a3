"""The renderers on a hand-built report: no spaCy model needed."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from sayso.model import SCHEMA, Article, Attribution, Marker, Profile, Report, Source, Span, TopSource
from sayso.report import render_text, to_json, to_jsonl, to_markdown
from sayso.report._describe import truncate
from sayso.report.markdown import cell

TEXT = (
    "RT reports: the ministry said that the footage was staged.\n\n"
    "“Let them come,” he said, “and see | for themselves.”\u2028"
    "Critics called it another “atrocity” story, reportedly."
)


def _span(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span.of(TEXT, start, start + len(needle))


@pytest.fixture
def report() -> Report:
    rt, ministry, he = _span("RT"), _span("the ministry"), _span("he", 1)
    quote = Span.of(TEXT, TEXT.index("“Let"), TEXT.index("”\u2028") + 1)
    sources = (
        Source("S1", "RT", "outlet", (rt,)),
        Source("S2", "the Defense Ministry", "government", (ministry,)),
        Source("S3", "Viktor Arkhipov", "person", (he,), description="the ambassador"),
    )
    attributions = (
        Attribution("A1", "indirect", Span.of(TEXT, TEXT.index("the ministry"), TEXT.index(".")),
                    _span("reports"), source="S1", source_span=rt, confidence=0.9),
        Attribution("A2", "indirect", _span("that the footage was staged"), _span("said"), source="S2",
                    source_span=ministry, via="A1", hedged=True, confidence=0.8),
        Attribution("A3", "direct", quote, _span("said", 1), source="S3", source_span=he, confidence=0.95,
                    content_parts=(_span("“Let them come,”"), Span.of(TEXT, quote.end - 33, quote.end))),
    )
    markers = (
        Marker("M1", "hedge", "reportedly", _span("reportedly"), attribution="A2"),
        Marker("M2", "scare_quote", "atrocity", _span("“atrocity”")),
    )
    profile = Profile(attributions=3, sources=3, named_sources=3, attributed_share=0.5, direct=1, indirect=2,
                      hedged=1, sources_by_type={"outlet": 1, "government": 1, "person": 1},
                      top_sources=(TopSource("S1", "RT", 1),))
    return Report(Article(TEXT), sources, attributions, markers, (), profile,
                  warnings=("input: invalid UTF-8 at byte 3",), pipeline={"sayso": "0.1.0"})


def test_json_is_the_contract(report):
    out = json.loads(to_json(report))
    assert out == report.to_dict()
    assert out["schema"] == SCHEMA
    assert "“atrocity”" in to_json(report)  # non-ASCII kept, not \u-escaped
    assert to_json(report, indent=None).count("\n") == 0


def test_jsonl_is_one_line_even_with_unicode_line_breaks(report):
    line = to_jsonl(report)
    assert len(line.splitlines()) == 1
    assert json.loads(line) == report.to_dict()


def test_markdown_table(report):
    md = to_markdown(report, name="story.txt")
    lines = md.splitlines()
    assert lines[0] == "# sayso report: story.txt"
    assert "> **Warning:** input: invalid UTF-8 at byte 3" in lines
    header = "| # | source | type | cue | kind | medium | content | hedged | via |"
    rows = [line for line in lines if line.startswith("| A")]
    assert header in lines and len(rows) == 3
    assert all(row.replace("\\|", "").count("|") == header.count("|") for row in rows)
    assert "| A2 | the Defense Ministry (“the ministry”) | government | said | indirect | unknown |" in md
    assert "yes: reportedly | A1 (RT) |" in md
    assert "Viktor Arkhipov (“he”)" in md
    assert "see \\| for themselves" in md
    assert "## Markers" in md and "## Sourcing profile" in md
    assert "- Attributed share of the text: 50.0%" in md


def test_markdown_without_attributions():
    md = to_markdown(Report(Article("Nothing here.")))
    assert "No attributions found." in md
    assert "| # |" not in md


def test_text_view(report):
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=100, color_system=None), name="story.txt")
    out = buffer.getvalue()
    assert "story.txt" in out.splitlines()[0]
    assert "warning: input: invalid UTF-8 at byte 3" in out
    assert "Attributions (3)" in out
    rows = [line for line in out.splitlines() if line[:1] == "A" and line[1:2].isdigit()]
    assert len(rows) == 3  # a table: one row per attribution, source and cue beside the content
    assert "▌RT [outlet]" in rows[0] and " reports " in rows[0] and "the ministry said that the footage" in rows[0]
    assert "▌Viktor Arkhipov" in rows[2] and "[person]" in out and " said " in rows[2] and "“Let them come,”" in rows[2]
    assert "(“he”)" in out
    wide = io.StringIO()
    render_text(report, Console(file=wide, width=240, color_system=None))
    assert "chain: RT reports ▸ the Defense Ministry said" in wide.getvalue()
    assert "hedges: reportedly" in out
    assert "Scare quotes: “atrocity”" in out
    assert "attributed share  50.0%" in out


def test_text_view_treats_brackets_as_text():
    text = "[bold]Officials[/bold] said [red]it[/red] was over."
    a = Attribution("A1", "indirect", Span.of(text, 28, len(text) - 1), Span.of(text, 23, 27))
    buffer = io.StringIO()
    render_text(Report(Article(text), attributions=(a,)), Console(file=buffer, width=100, color_system=None))
    assert "[red]it[/red] was over" in buffer.getvalue()


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("short", 10, "short"),
        ("one\n two\tthree", 40, "one two three"),
        ("the quick brown fox jumps", 15, "the quick…"),
        ("a, b, c, d, e, f", 8, "a, b, c…"),
        ("abcdefghijklmnop", 8, "abcdefg…"),
    ],
)
def test_truncate(text, limit, expected):
    out = truncate(text, limit)
    assert out == expected
    assert len(out) <= limit


@pytest.mark.parametrize(
    "text, expected",
    [("a | b", "a \\| b"), ("line\nbreak", "line break"), ("back\\slash", "back\\\\slash"), ("", ""), (None, "")],
)
def test_markdown_cell(text, expected):
    assert cell(text) == expected


def test_text_view_colours_each_source():
    from sayso.report.text import source_colours

    text = "RT said it. Officials said so."
    sources = (Source("S1", "RT", "outlet", ()), Source("S2", "Officials", "anonymous", ()))
    atts = (Attribution("A1", "indirect", Span.of(text, 8, 10), Span.of(text, 3, 7), source="S1"),
            Attribution("A2", "indirect", Span.of(text, 27, 29), Span.of(text, 22, 26), source="S2"))
    report = Report(Article(text), sources, atts)
    colours = source_colours(report)
    assert colours["S1"] != colours["S2"]
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=100, color_system="truecolor", force_terminal=True))
    out = buffer.getvalue()
    assert out.count("\x1b[") > 4  # styled: the two sources in their two colours
