"""sayso.ingest: HTML, JSONL, feeds, WARC and detection -> Articles; bad items named, the rest read."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest

from sayso.errors import InputError
from sayso.ingest import Item, Options, detect, read_inputs
from sayso.ingest.html import article_from_html, decode_html, iso_date, split_authors, unwrap_layout_tables

PARAGRAPHS = [
    "The finance ministry said on Tuesday that the budget deficit would narrow next year, "
    "citing stronger tax receipts and lower spending on energy subsidies across the country.",
    "“We expect growth to pick up in the second half,” Finance Minister Anna Berg told reporters "
    "in the capital, adding that the government would not raise income taxes before the election.",
    "Opposition leaders disputed the figures. According to the central bank, inflation remains "
    "above its target and wages have not kept pace with prices for most households this year.",
    "Analysts at several banks said the forecast looked optimistic but achievable if energy prices "
    "stay where they are now and exports continue to recover from last year's slump in demand.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Budget deficit to narrow, ministry says | Daily Example</title>
<meta property="og:title" content="Budget deficit to narrow, ministry says">
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<link rel="canonical" href="https://news.example.com/economy/budget-deficit">
</head><body>
<nav><a href="/">Home</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a></nav>
<article><h1>Budget deficit to narrow, ministry says</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer>Copyright Daily Example. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"""


# ------------------------------------------------------------------------------- HTML


def test_html_page_text_and_metadata():
    article = article_from_html(PAGE.encode("utf-8"), name="page.html")
    assert "budget deficit would narrow" in article.text and "Anna Berg" in article.text
    assert "newsletter" not in article.text and "Sport" not in article.text
    assert article.title == "Budget deficit to narrow, ministry says"
    assert article.outlet == "Daily Example"
    assert article.authors == ("Jane Doe",)
    assert article.url == "https://news.example.com/economy/budget-deficit"
    assert article.published is not None and article.published.startswith("2024-03-05")
    assert article.language == "en"


def test_html_gz_file_and_folder(tmp_path):
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (item,) = read_inputs([str(tmp_path)])
    assert item.stem == "story" and item.article is not None and "Anna Berg" in item.article.text


@pytest.mark.parametrize("html, message", [
    ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
    ("", "empty"),
    ("   ", "empty"),
])
def test_html_without_an_article_is_a_clear_error(html, message):
    with pytest.raises(InputError, match=message) as info:
        article_from_html(html.encode(), name="blank.html")
    assert "blank.html" in str(info.value)


def test_truncated_html_keeps_what_is_there(tmp_path):
    cut = PAGE[: PAGE.index(PARAGRAPHS[3][:30])]  # the page ends mid-article, tags unclosed
    (tmp_path / "cut.html").write_text(cut, encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "cut.html")])
    assert item.error is None and item.article is not None
    assert "Anna Berg" in item.article.text


def test_damaged_gzip_is_named(tmp_path):
    (tmp_path / "bad.html.gz").write_bytes(gzip.compress(PAGE.encode())[:40])
    (item,) = read_inputs([str(tmp_path / "bad.html.gz")])
    assert isinstance(item.error, InputError) and "bad.html.gz" in str(item.error) and "gzip" in str(item.error)


def test_page_that_lies_about_its_encoding():
    body = ("<html><head><meta charset='utf-8'></head><body><p>" + PARAGRAPHS[1] + " Café Zürich.</p></body></html>")
    data = body.encode("cp1252")  # declared utf-8, encoded cp1252: the curly quotes are invalid UTF-8
    assert "“We expect" in decode_html(data) and "Zürich" in decode_html(data)
    assert "Zürich" in decode_html(data, charset="utf-8")


@pytest.mark.parametrize("value, expected", [
    ("2019-11-19T13:03:00+0000", "2019-11-19T13:03:00+00:00"),
    ("2019-11-19T09:01:42+0530", "2019-11-19T09:01:42+05:30"),
    ("2019-11-19T00:00:00", "2019-11-19"),
    ("2019-11-19T08:15:00", "2019-11-19T08:15:00"),
    (None, None),
    ("", None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("Tom Krisher; Ap Auto Writer", ("Tom Krisher", "Ap Auto Writer")),
    ("Jane Doe", ("Jane Doe",)),
    ("A; A; ", ("A",)),
    (None, ()),
])
def test_split_authors(value, expected):
    assert split_authors(value) == expected


def test_a_real_benchmark_page(shared_data: Path):
    pages = sorted((shared_data / "html-articles" / "html").glob("*.html.gz"))
    if not pages:
        pytest.skip("html-articles absent")
    (item,) = read_inputs([str(pages[0])])
    article = item.article
    assert article is not None and len(article.text) > 200
    assert article.title and article.outlet and article.url and article.url.startswith("https://")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d([+-]\d\d:\d\d)?)?", article.published or "")


LAYOUT_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Budget</title></head><body>
<table width="100%"><tr><td class="nav"><a href="/">Home</a></td>
<td class="story"><h1>Budget deficit to narrow, ministry says</h1>
<p>{PARAGRAPHS[0]}</p>
<table align="right"><tr><td class="pullquote">“We expect growth to pick up,” Berg said.</td></tr></table>
<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></td></tr></table>
</body></html>"""


def test_layout_table_keeps_its_paragraphs():
    """An article set in a layout table's cell (old sites): one paragraph each, no table bars, and the pull
    quote beside the text (a box that repeats a quote) is not read into the article's flow."""
    article = article_from_html(LAYOUT_PAGE.encode("utf-8"), name="layout.html")
    lines = [line for line in article.text.split("\n") if line.strip()]
    assert "|" not in article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "Berg said." not in article.text


@pytest.mark.parametrize(
    "html",
    [
        # a data table: cells of figures, no paragraphs of running text
        "<html><body><p>Results</p><table><tr><td>Turnout</td><td>61%</td></tr>"
        "<tr><td>Votes</td><td>1,204</td></tr></table></body></html>",
        # one paragraph in a cell is a note, not an article's layout
        "<html><body><table><tr><td><p>A note that is long enough to count as a paragraph of text.</p></td></tr>"
        "</table></body></html>",
        "<html><body><p>No table at all on this page, only a paragraph of running text.</p></body></html>",
        # a str with an encoding declaration lxml will not parse as a str: left for trafilatura
        "<?xml version='1.0' encoding='utf-8'?><html><body><table><tr><td><p>A paragraph of some length here.</p>"
        "<p>Another paragraph of some length there.</p></td></tr></table></body></html>",
    ],
    ids=["data-table", "one-paragraph", "no-table", "xml-declaration"],
)
def test_other_pages_pass_unchanged(html):
    assert unwrap_layout_tables(html) == html


# ------------------------------------------------------------------------------ JSONL


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "The minister said the plan would work.", "id": "a1", "url": "https://x.example/a",
                    "title": "Plan", "outlet": "X", "published": "2024-01-02"}),
        "{not json",
        "",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"html": PAGE, "url": "https://x.example/b"}),
        json.dumps({"text": 42}),
    ]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_inputs([str(tmp_path / "corpus.jsonl")])
    assert [i.name.rsplit(":", 1)[1] for i in items] == ["1", "2", "4", "5", "6", "7"]
    first, bad_json, no_body, a_list, html, not_str = items
    assert first.article is not None and first.article.id == "a1" and first.article.title == "Plan"
    assert (first.article.outlet, first.article.published, first.article.url) == ("X", "2024-01-02", "https://x.example/a")
    assert "corpus.jsonl:2: not valid JSON" in str(bad_json.error)
    assert "corpus.jsonl:4: no 'text' or 'html' field" in str(no_body.error)
    assert "expected a JSON object" in str(a_list.error)
    assert html.article is not None and "Anna Berg" in html.article.text and html.article.url == "https://x.example/b"
    assert "must be strings" in str(not_str.error)
    assert len({i.stem for i in items}) == len(items)


# ------------------------------------------------------------------------------ feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Deficit to narrow</title><link>https://wire.example/deficit</link>
<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>
<description><![CDATA[{body}]]></description></item>
<item><title>Broken entry</title><link>https://wire.example/broken</link></item>
<item><title>Plain</title><link>https://wire.example/plain</link>
<description>Police said the road would reopen on Friday, officials told local radio.</description></item>
</channel></rss>""".replace("{body}", "".join(f"<p>{p}</p>" for p in PARAGRAPHS))


def test_feed_entries_become_articles(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    items = read_inputs([str(tmp_path / "wire.rss")])
    assert len(items) == 3
    first, broken, plain = items
    assert first.article is not None and "Anna Berg" in first.article.text
    assert first.article.title == "Deficit to narrow" and first.article.published == "2024-03-05T08:30:00+00:00"
    assert first.article.outlet == "Example Wire" and first.article.url == "https://wire.example/deficit"
    assert isinstance(broken.error, InputError) and "wire.rss#2" in str(broken.error) and "no content" in str(broken.error)
    assert plain.article is not None and "road would reopen" in plain.article.text


def test_not_a_feed(tmp_path):
    (tmp_path / "empty.rss").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "empty.rss")])
    assert "empty.rss: not an RSS/Atom feed, or a feed with no entries" in str(item.error)


# ------------------------------------------------------------------------------- WARC


def _warc(records: list[tuple[str, str, bytes]], *, gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for uri, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return out.getvalue()


def test_warc_html_records_become_articles(tmp_path, caplog):
    data = _warc([("https://news.example.com/a", "text/html; charset=utf-8", PAGE.encode()),
                  ("https://news.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
                  ("https://news.example.com/b", "text/html", PAGE.replace("Anna Berg", "Karl Lund").encode())])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    items = read_inputs([str(tmp_path / "crawl.warc.gz")])
    assert [i.error for i in items] == [None, None]
    assert [i.stem for i in items] == ["crawl-1", "crawl-2"]
    assert "Karl Lund" in items[1].article.text  # type: ignore[union-attr]
    assert "1 non-HTML response record(s) skipped" in caplog.text


def test_warc_with_a_corrupt_record(tmp_path):
    good = _warc([("https://news.example.com/a", "text/html", PAGE.encode())], gz=False)
    (tmp_path / "bad.warc").write_bytes(good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")
    items = read_inputs([str(tmp_path / "bad.warc"), str(tmp_path / "bad.warc")])
    assert items[0].article is not None
    assert any(isinstance(i.error, InputError) and "bad.warc" in str(i.error) for i in items)


def test_garbage_named_warc(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a warc file at all\n" * 10)
    items = read_inputs([str(tmp_path / "junk.warc")])
    assert len(items) == 1 and "junk.warc: not a WARC file" in str(items[0].error)


# --------------------------------------------------------------------- detection, batch


@pytest.mark.parametrize("head, kind", [
    (b"WARC/1.0\r\n", "warc"),
    (b'{"text": "x"}\n', "jsonl"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"\xef\xbb\xbf  <html>", "html"),
    (b"The minister said so.", "text"),
    (b"", "text"),
])
def test_sniff(head, kind):
    assert detect.sniff(head) == kind


@pytest.mark.parametrize("name, kind", [
    ("a.html", "html"), ("a.HTM", "html"), ("a.html.gz", "html"), ("a.jsonl", "jsonl"), ("a.warc.gz", "warc"),
    ("a.rss", "feed"), ("a.txt", "text"), ("a.md", None), ("README", None),
])
def test_by_name(name, kind):
    assert detect.by_name(name) == kind


def test_input_format_overrides_detection(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (as_text,) = read_inputs([str(tmp_path / "page.txt")])
    (as_html,) = read_inputs([str(tmp_path / "page.txt")], options=Options(input_format="html"))
    assert "<p>" in as_text.article.text  # type: ignore[union-attr]
    assert "<p>" not in as_html.article.text and as_html.article.title  # type: ignore[union-attr]


def test_stdin_is_sniffed():
    (item,) = read_inputs(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert item.name == "stdin" and item.article is not None and item.article.title


def test_a_bad_item_never_stops_the_batch(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "It works, she said."}\nnope\n', encoding="utf-8")
    items = read_inputs([str(tmp_path), str(tmp_path / "missing.html")])
    assert [type(i) for i in items] == [Item] * 5
    assert [i.error is None for i in items] == [True, False, True, False, False]
    assert "missing.html: no such file or folder" in str(items[-1].error)


@pytest.mark.slow
def test_cli_reads_a_folder_of_mixed_inputs(nlp, tmp_path):
    import logging

    from typer.testing import CliRunner

    from sayso import cli

    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (src / "corpus.jsonl").write_text('{"text": "Police said the road would reopen.", "id": "r1"}\n{bad\n', encoding="utf-8")
    (src / "wire.rss").write_text(RSS, encoding="utf-8")
    logger = logging.getLogger("sayso")
    saved = logger.level, list(logger.handlers), logger.propagate
    try:
        result = CliRunner().invoke(cli.app, ["analyze", str(src), "-o", str(tmp_path / "out")])
    finally:
        logger.setLevel(saved[0])
        logger.handlers[:] = saved[1]
        logger.propagate = saved[2]
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["corpus-1.json", "page.json", "wire-1.json", "wire-3.json"]
    doc = json.loads((tmp_path / "out" / "page.json").read_text(encoding="utf-8"))
    assert doc["article"]["title"] == "Budget deficit to narrow, ministry says" and doc["article"]["outlet"] == "Daily Example"
    assert f"{src / 'corpus.jsonl'}:2: not valid JSON" in result.stderr
    assert "wire.rss#2" in result.stderr and "sayso: 2 of 6 inputs skipped" in result.stderr


def test_blocks_are_ranges_of_the_text():
    page = PAGE.replace(f"<p>{PARAGRAPHS[2]}</p>",
                        "<p>RT reports:</p><blockquote><p>The ministry denied the claims, a spokesman said.</p></blockquote>"
                        f"<h2>Reaction</h2><p>{PARAGRAPHS[2]}</p>")
    article = article_from_html(page, name="quoted.html")
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["heading", "paragraph", "paragraph", "paragraph", "blockquote", "heading", "paragraph",
                     "paragraph"], kinds
    assert article.text[: article.blocks[0].end] == "Budget deficit to narrow, ministry says"
    quote = article.blocks[4]
    assert article.text[quote.start:quote.end] == "The ministry denied the claims, a spokesman said."
    assert article.text[article.blocks[5].start:article.blocks[5].end] == "Reaction"
    assert all(a.end <= b.start for a, b in zip(article.blocks, article.blocks[1:], strict=False))
    assert "blocks" not in article.to_dict()  # the report contract is unchanged
