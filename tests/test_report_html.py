"""The HTML and CSV reports on hand-built reports: no spaCy model needed (but the CLI test).

The HTML report must never turn article text into markup: the XSS test feeds text that
would be a script, an image with a handler, a closed textarea and a Jinja expression, and
parses the output to check that the only elements are the template's own.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso import cli
from sayso.model import Article, Attribution, Claim, Marker, Profile, Report, Source, Span
from sayso.report import to_csv, to_html
from sayso.report.csv import COLUMNS
from sayso.report.html import build_page, covered, notebook_html, paragraph_bounds

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))
EVIL = (
    'The mayor said that <script>alert("x")</script> was fine.\n\n'
    "Critics said <img src=x onerror=alert(1)> and </textarea><b>bold</b> {{ 7*7 }} {% if %} were “staged”.\n\n"
    "&amp; &lt;script&gt; stays text, reportedly."
)


class Tags(HTMLParser):
    """Every start tag and its attributes, plus the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.tags if t == tag)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _report(text: str) -> Report:
    mayor, critics = _span(text, "The mayor"), _span(text, "Critics")
    first = Span.of(text, text.index("that <script>"), text.index(" was fine") + 9)
    second = Span.of(text, text.index("<img"), text.index(" were") + 14)
    # An inner attribution that overlaps the end of the outer one: nesting must still balance.
    inner = Span.of(text, text.index("</textarea>"), text.index("&amp;") + 5)
    sources = (
        Source("S1", 'The mayor <img src=x onerror=alert("s")>', "person", (mayor,)),
        Source("S2", "Critics </textarea>", "group", (critics,)),
    )
    attributions = (
        Attribution("A1", "indirect", first, _span(text, "said"), source="S1", source_span=mayor, confidence=0.9),
        Attribution("A2", "mixed", second, _span(text, "said", 1), source="S2", source_span=critics,
                    hedged=True, confidence=0.8),
        Attribution("A3", "direct", inner, None, source=None, via="A2", confidence=0.5),
    )
    markers = (
        Marker("M1", "scare_quote", "staged", _span(text, "“staged”")),
        Marker("M2", "hedge", "reportedly <script>", _span(text, "reportedly"), attribution="A2"),
        Marker("M3", "technique", "Loaded_Language<script>", first, attribution="A1", confidence=0.7),
    )
    claims = (Claim("C1", second, 0.9, "A2"), Claim("C2", inner, 0.6, None))
    profile = Profile(attributions=3, sources=2, named_sources=2, attributed_share=0.6, indirect=1, mixed=1,
                      direct=1, hedged=1, sources_by_type={"person": 1, "group": 1})
    article = Article(text, title="<script>alert('title')</script>", url="javascript:alert(1)",
                      authors=("</title><script>",))
    return Report(article, sources, attributions, markers, claims, profile, warnings=("<b>warn</b>",),
                  pipeline={"techniques": "1", "claims": "1"})


@pytest.fixture
def evil() -> Report:
    return _report(EVIL)


def test_techniques_and_claims_are_listed_with_whose_words(evil):
    out = to_html(evil)
    assert "Persuasion techniques (1)" in out and "Check-worthy claims (2)" in out
    assert 'class="mk mk-technique"' in out and 'class="claim"' in out
    assert "Critics &lt;/textarea&gt;" in out  # C1 is the critics' claim, named (escaped) in the table
    assert "the article" in out  # C2 sits in no attribution: the outlet's own voice


def test_article_text_never_becomes_markup(evil):
    out = to_html(evil, name="<i>name</i>.txt")
    parsed = Tags()
    parsed.feed(out)
    assert parsed.count("script") == 2  # the template's data block and its code, nothing else
    assert [t[1].get("type") for t in parsed.tags if t[0] == "script"] == ["application/json", None]
    for tag in ("img", "textarea", "b", "i"):
        assert parsed.count(tag) == 0, tag
    assert not [(t, a) for t, a in parsed.tags for k in a if k.startswith("on")]
    assert "{{ 7*7 }}" in out and "{% if %}" in out and "49" not in out
    assert "&amp;lt;script&amp;gt; stays text" in out  # escaped once more, shown as typed
    data = json.loads(parsed.scripts[0])
    assert data["atts"]["A1"]["source"] == 'The mayor <img src=x onerror=alert("s")>'
    assert "</" not in parsed.scripts[0]  # tojson escapes '<', so the data cannot close its script
    # The article URL is only ever an escaped href; a javascript: URL is not made a link.
    assert not [a for t, a in parsed.tags if t == "a" and (a.get("href") or "").startswith("javascript:")]


def test_every_attribution_is_highlighted_once_with_balanced_nesting(evil):
    page = build_page(evil)
    text = evil.article.text
    firsts = []
    for para, (p0, p1) in zip(page.paragraphs, paragraph_bounds(text), strict=True):
        depth = 0
        for token in para.tokens:
            depth += {"open": 1, "close": -1}.get(token.op, 0)
            assert depth >= 0
            if token.op == "open" and token.el.first:
                firsts.append(token.el.att)
        assert depth == 0
        assert "".join(t.text for t in para.tokens if t.op == "text") == text[p0:p1]
    assert sorted(firsts) == ["A1", "A2", "A3"]
    assert page.paragraphs[1].speakers[0].name == "Critics </textarea>"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("one", [(0, 3)]),
        ("one\ntwo", [(0, 7)]),
        ("one\n\ntwo", [(0, 3), (5, 8)]),
        ("\n\n one \n \n\ntwo\n", [(3, 7), (11, 15)]),
        ("   ", []),
    ],
)
def test_paragraph_bounds(text, expected):
    assert paragraph_bounds(text) == expected


def test_covered_counts_overlaps_once():
    t = "abcdefghij"
    assert covered([Span.of(t, 0, 4), Span.of(t, 2, 6), Span.of(t, 8, 9), Span.of(t, 3, 5)]) == 7
    assert covered([]) == 0


def test_chain_diagram_and_sources_panel(evil):
    page = build_page(evil)
    assert [s.name for _, ss in page.groups for s in ss] == ['The mayor <img src=x onerror=alert("s")>',
                                                            "Critics </textarea>"]
    assert page.sources[0].attributions == 1 and page.sources[0].mentions == 1
    out = to_html(evil)
    assert "No chains" in out  # A3's source is unresolved: no edge to draw


def test_report_without_attributions():
    out = to_html(Report(Article("Nothing to see.")))
    assert "No attributions found" in out and "Nothing to see." in out


def test_notebook_html_is_an_isolated_iframe(evil):
    parsed = Tags()
    parsed.feed(evil._repr_html_())
    assert [t for t, _ in parsed.tags] == ["iframe"]
    assert "<script>alert" not in parsed.tags[0][1]["srcdoc"].split("<body>")[1].split("sayso-data")[0]
    assert notebook_html(evil) == evil._repr_html_()


def test_csv_round_trip(evil):
    out = to_csv(evil)
    assert out.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(evil.attributions)
    for row, a in zip(rows, evil.attributions, strict=True):
        assert row["attribution_id"] == a.id and row["kind"] == a.kind
        assert row["content"] == a.content.text
        assert evil.article.text[int(row["content_start"]):int(row["content_end"])] == row["content"]
        assert row["via"] == (a.via or "") and row["hedged"] == str(a.hedged).lower()
    assert rows[0]["source_name"] == 'The mayor <img src=x onerror=alert("s")>'
    assert rows[2]["source_id"] == "" and rows[2]["source_type"] == "unresolved"
    assert "\n\n" in rows[2]["content"]  # a content across paragraphs keeps its newlines
    assert to_csv(evil, header=False) == out.split("\r\n", 1)[1]


def test_csv_without_attributions_is_the_header():
    assert to_csv(Report(Article("x"))) == ",".join(COLUMNS) + "\r\n"


@pytest.mark.slow
def test_cli_html_file_and_csv_stdout(nlp, tmp_path):
    runner = CliRunner()
    target = tmp_path / "report.html"
    result = runner.invoke(cli.app, ["analyze", str(SAMPLE), "--format", "html", "--out", str(target)])
    assert result.exit_code == 0, result.output
    parsed = Tags()
    parsed.feed(target.read_text(encoding="utf-8"))
    firsts = {a["data-att"] for t, a in parsed.tags if "data-att" in a and "first" in (a.get("class") or "").split()}
    result = runner.invoke(cli.app, ["analyze", str(SAMPLE), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows and {r["attribution_id"] for r in rows} == firsts
    folder = tmp_path / "out"
    result = runner.invoke(cli.app, ["analyze", str(SAMPLE), "-f", "html", "-o", str(folder)])
    assert result.exit_code == 0 and (folder / "sample_article.html").is_file()


def test_cli_html_for_several_inputs_needs_out(tmp_path):
    for stem in ("a", "b"):
        (tmp_path / f"{stem}.txt").write_text("Officials said it was over.", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "html"])
    assert result.exit_code == 2
    assert "2 inputs with --format html need --out DIR" in result.stderr
