"""Property: whatever the text, every span of the report covers exactly its text.

Random text is built from news-like words, reporting cues and every kind of quote mark,
with newlines, paragraph breaks, non-breaking spaces, ellipses and non-ASCII letters
between them. ``analyze`` must never raise, except ``EmptyInputError`` on whitespace.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import sayso
from sayso.model import Report, Span

MARKS = ['"', "“", "”", "«", "»", "„", "'", "‘", "’", "``", "''", "‹", "›"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\u00a0", "\t", "\r\n", "\u2009", ""]
WORDS = [
    "said", "says", "told", "reported", "according to", "claimed", "reportedly", "allegedly", "it appears",
    "RT reports:", "he", "she", "they", "we", "Antonov", "Anatoly Antonov", "the ministry", "officials", "sources",
    "the", "that", "to", "a", "was", "hold", "Assad", "responsible", "atrocity", "rebel", "claims", "Moscow",
    "in a statement", "by", "Fox News", ",", ".", ":", ";", "—", "…", "...", "?", "!", "(", ")", "’s", "n’t",
    "café", "Müller", "Жуков", "北京", "🙂", "\u200b", "\ufffd", "12,345", "U.S.", "e.g.",
]

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
)
texts = st.lists(st.tuples(pieces, st.sampled_from(SPACES)), max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def report_spans(report: Report) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = [(f"{s.id}.mention", m) for s in report.sources for m in s.mentions]
    for a in report.attributions:
        out += [(f"{a.id}.content", a.content)]
        out += [(f"{a.id}.content_parts", p) for p in a.content_parts]
        out += [(f"{a.id}.{name}", span) for name, span in (("cue", a.cue), ("source_span", a.source_span)) if span is not None]
    out += [(f"{m.id}.span", m.span) for m in report.markers]
    out += [(f"{c.id}.span", c.span) for c in report.claims]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=texts)
@example(text="The attack killed 40 people, according")
@example(text="“A,” he said, “B.”\n\n“C\n\n“D,” she said.")
@example(text='"' * 7 + "\u00a0…\u00a0" + "“" * 3)
@example(text="\u00a0\n\t ")
# crashes hypothesis found (IndexError E042, TypeError in content_candidates, IndexError E035)
@example(text='"\xa0he said\xa0said ')
@example(text="‹\xa00000 said said ")
@example(text="said said C[\x1fä\x0fã\tsaid said ")
def test_spans_are_exact(nlp, text: str) -> None:
    if not text.strip():
        try:
            sayso.analyze(text, nlp=nlp)
        except sayso.EmptyInputError:
            return
        raise AssertionError("whitespace-only text must raise EmptyInputError")
    report = sayso.analyze(text, nlp=nlp)
    assert report.article.text == text
    for where, span in report_spans(report):
        assert 0 <= span.start <= span.end <= len(text), f"{where} {span!r} outside the text"
        assert text[span.start:span.end] == span.text, f"{where}: text[{span.start}:{span.end}]={text[span.start:span.end]!r} != {span.text!r}"
    for a in report.attributions:
        assert a.content.end > a.content.start, f"{a.id} has empty content"
    report.to_dict()


# ------------------------------------------------------------------- HTML and JSONL inputs
# Property: whatever the bytes of an HTML page (random markup, entities, a lying or missing
# charset, truncation, gzip) or of a JSONL file (random lines), ``read_inputs`` gives items,
# each an Article with text or a SaysoError naming its item, never an exception; and the
# Articles analyse into reports whose spans are exact.

TAGS = ["p", "div", "article", "main", "nav", "header", "footer", "script", "style", "blockquote", "h1", "h2",
        "a", "span", "b", "i", "ul", "li", "table", "tr", "td", "figure", "figcaption", "aside", "section", "noscript"]
ENTITIES = ["&amp;", "&lt;", "&#xD800;", "&#55296;", "&#0;", "&#x10FFFF;", "&#x110000;", "&nbsp;", "&bogus;",
            "&#8220;", "&#x201D;", "&", "<", ">", "<!--", "-->", "<![CDATA[", "]]>", "<br>", "<img src=x onerror=1>",
            "<meta charset='iso-8859-1'>", "<meta charset='utf-16'>", "<?xml version='1.0'?>", "</html>", "</body>"]
html_text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ENTITIES),
                               st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4)),
                     max_size=12).map(" ".join)


@st.composite
def html_trees(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        tag = draw(st.sampled_from(TAGS))
        inner = draw(html_trees(depth + 1)) if depth < 3 else ""
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</p>"]))
        parts.append(f"<{tag}>{draw(html_text)}{inner}{close}")
    parts.append(draw(html_text))
    return "".join(parts)


@st.composite
def html_pages(draw) -> bytes:
    head = draw(st.sampled_from(["", "<!DOCTYPE html>", "<?xml version='1.0' encoding='utf-8'?>"]))
    declared = draw(st.sampled_from([None, "utf-8", "iso-8859-1", "windows-1251", "utf-16", "shift_jis", "bogus-cs"]))
    meta = f"<meta charset='{declared}'>" if declared else ""
    body = draw(html_trees())
    page = f"{head}<html><head>{meta}<title>{draw(html_text)}</title></head><body>{body}</body></html>"
    codec = draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "cp1251", "utf-16"]))
    data = page.encode(codec, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # truncated
    if draw(st.integers(0, 9)) == 0:
        import gzip

        data = gzip.compress(data)
    return data


def _check_items(items) -> None:
    from sayso.errors import SaysoError

    assert items
    for item in items:
        assert (item.article is None) != (item.error is None), item
        if item.error is not None:
            assert isinstance(item.error, SaysoError) and str(item.error)
        else:
            assert item.article.text.strip()
            assert not any("\ud800" <= c <= "\udfff" for c in item.article.text)
            item.article.text.encode("utf-8")
            assert all(isinstance(w, str) for w in item.article.warnings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=html_pages(), name=st.sampled_from(["p.html", "p.htm", "p.html.gz", "p.txt", "page"]))
def test_any_html_page_gives_items_not_exceptions(tmp_path_factory, data: bytes, name: str) -> None:
    from sayso.ingest import read_inputs

    path = tmp_path_factory.mktemp("html") / name
    path.write_bytes(data)
    _check_items(read_inputs([str(path)]))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)
jsonl_lines = st.one_of(
    st.fixed_dictionaries({"text": st.one_of(texts, html_text)},
                          optional={"url": st.text(max_size=20), "title": json_values, "published": st.sampled_from(
                              ["2024-03-05", "Oct 3, 2016", "yesterday", "not a date", "", "99/99/9999"]),
                                    "id": st.one_of(st.text(max_size=6), st.integers())}).map(json.dumps),
    st.fixed_dictionaries({"html": html_trees()}).map(json.dumps),
    json_values.map(json.dumps),
    st.sampled_from(['{"text": "\\ud800 said the minister."}', '{"text": "a\\udfffb said"}', "{", "}", "[]", "null",
                     '{"text": 5}', '{"html": ""}', "   ", '{"text": "x"} trailing', "\x00", '{"text": "\\u0000 said"}']),
    st.text(max_size=20),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(jsonl_lines, min_size=1, max_size=6))
def test_any_jsonl_gives_one_item_per_line(tmp_path_factory, lines: list[str]) -> None:
    from sayso.ingest import read_inputs

    path = tmp_path_factory.mktemp("jsonl") / "c.jsonl"
    body = "\n".join(lines)
    path.write_bytes(body.encode("utf-8", errors="surrogatepass"))
    items = read_inputs([str(path)])
    _check_items(items)
    if body.strip() and not any(ch in body for ch in "\x00\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        # one item per non-blank line, named by its line number
        expected = [n for n, line in enumerate(body.splitlines(), 1) if line.strip()]
        if all(i.name.startswith(f"{path}:") for i in items):
            assert [int(i.name.rsplit(":", 1)[1]) for i in items] == expected


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=html_pages())
def test_html_articles_analyse_with_exact_spans(nlp, tmp_path_factory, data: bytes) -> None:
    from sayso.ingest import read_inputs

    path = tmp_path_factory.mktemp("html") / "p.html"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        if item.article is None:
            continue
        report = sayso.analyze(item.article, nlp=nlp, techniques=False, claims=False)
        text = report.article.text
        for where, span in report_spans(report):
            assert text[span.start:span.end] == span.text, where
        report.to_dict()
