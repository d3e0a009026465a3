"""Ingest at its edges: lone surrogates, UTF-16, truncated WARC files, warcio's stderr, error context."""

from __future__ import annotations

import io
import json
import pickle
import sys

import pytest

from sayso.errors import Coded, FetchError, InputError, SaysoError
from sayso.ingest import read_inputs
from sayso.ingest.text import decode, replace_surrogates
from sayso.ingest.warc import read_warc

STORY = "Officials said that the talks had failed again on Tuesday and would resume next week in Geneva."


# ------------------------------------------------------------------------ lone surrogates


@pytest.mark.parametrize("text, expected, count", [
    ("a\ud800b", "a\ufffdb", 1),
    ("\udfff\ud800", "\ufffd\ufffd", 2),
    ("\U0001f642 fine", "\U0001f642 fine", 0),  # a real astral character is not a surrogate in Python
    ("", "", 0),
])
def test_replace_surrogates_keeps_offsets(text, expected, count) -> None:
    assert replace_surrogates(text) == (expected, count)
    assert len(replace_surrogates(text)[0]) == len(text)


def test_surrogates_in_jsonl_and_feeds_are_replaced_per_item(tmp_path) -> None:
    lines = [json.dumps({"text": "Officials said \ud800 the talks failed."}), "{not json",
             json.dumps({"text": "The minister said the talks had failed."}),
             json.dumps({"html": f"<html><body><article><p>{STORY} \udc00</p></article></body></html>"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
            f'<item><title>t</title><description type="text">{STORY} &#xD800; end</description></item>'
            f'<item><title>u</title><description><![CDATA[<p>{STORY} &#xD800;</p>]]></description></item>'
            '</channel></rss>')
    (tmp_path / "f.rss").write_text(feed, encoding="utf-8")
    items = read_inputs([str(tmp_path / "c.jsonl"), str(tmp_path / "f.rss")])
    assert [i.name.split(" ")[0] for i in items] == [f"{tmp_path / 'c.jsonl'}:{n}" for n in (1, 2, 3, 4)] + [
        f"{tmp_path / 'f.rss'}#1", f"{tmp_path / 'f.rss'}#2"]
    assert isinstance(items[1].error, InputError)  # the bad line is its own error; the others survive
    for item in (items[0], items[2], items[3], items[4], items[5]):
        assert item.article is not None, item.error
        assert not any("\ud800" <= c <= "\udfff" for c in item.article.text)
        item.article.text.encode("utf-8")  # strict: writable as UTF-8
    assert items[0].article.text == "Officials said \ufffd the talks failed."
    assert [w.code for w in items[0].article.warnings] == ["W006"]
    assert [w.code for w in items[3].article.warnings] == ["W006"]
    assert items[2].article.warnings == ()


# ------------------------------------------------------------------------------- UTF-16


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_text(tmp_path, codec) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    data = bom + f"“{STORY}” — Жуков said.".encode(codec)
    assert decode(data, name="u16.txt") == (f"“{STORY}” — Жуков said.", [])
    (tmp_path / "u16.txt").write_bytes(data)
    (item,) = read_inputs([str(tmp_path / "u16.txt")])
    assert item.article is not None and item.article.text.startswith("“Officials said")


def test_utf16_without_a_bom_or_odd_length_is_not_text() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(STORY.encode("utf-16-le"), name="x.txt")  # NULs and no BOM: binary
    text, warnings = decode(b"\xff\xfe broken start", name="x.txt")  # odd length after the BOM: not UTF-16
    assert text == "\ufffd\ufffd broken start" and [w.code for w in warnings] == ["W002"]


# ------------------------------------------------------------------------- WARC truncation


def _warc(n: int = 3) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for k in range(n):
        page = f"<html><body><article><p>{STORY} Record {k}.</p><p>{STORY}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example.com/{k}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    return out.getvalue()


def _outcomes(data: bytes) -> list[tuple[str, str]]:
    return [(name, "ok" if not isinstance(r, SaysoError) else str(r)) for name, r in read_warc(data, name="c.warc.gz")]


def test_whole_warc_reads_every_record() -> None:
    assert [r for _, r in _outcomes(_warc())] == ["ok", "ok", "ok"]


@pytest.mark.parametrize("share", [0.3, 0.5, 0.6, 0.8, 0.95])
def test_truncated_warc_is_reported_naming_the_item(share) -> None:
    data = _warc()
    got = _outcomes(data[: int(len(data) * share)])
    assert any(r != "ok" for _, r in got), f"cut at {share:.0%}: {got}"
    bad = [(name, r) for name, r in got if r != "ok"]
    assert len(bad) == 1 and got[-1] == bad[0]  # the cut record is the last item and the only error
    name, message = bad[0]
    assert message.startswith(name.split(" ")[0]) and ("truncated" in message or "cut short" in message)
    assert len(got) <= 3


def test_warc_cut_at_100_bytes_has_a_clear_message(tmp_path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(_warc()[:100])
    (item,) = read_inputs([str(tmp_path / "c.warc.gz")])
    assert isinstance(item.error, InputError)
    assert str(item.error).startswith(f"{tmp_path / 'c.warc.gz'}#1: ") and "truncated" in str(item.error)


def test_warc_reader_leaves_the_consumers_stderr_alone(capsys) -> None:
    """While the generator is paused between records, the consumer's stderr is its own."""
    data = _warc()
    reader = read_warc(data[: int(len(data) * 0.6)] + b"garbage after", name="c.warc.gz")
    for _ in reader:
        print("consumer's own message", file=sys.stderr)
    assert capsys.readouterr().err.count("consumer's own message") >= 2


# --------------------------------------------------------------------------- error context


def test_errors_carry_their_context_and_survive_pickling(tmp_path) -> None:
    (item,) = read_inputs([str(tmp_path / "missing.txt")])
    assert item.error.source == str(tmp_path / "missing.txt") and item.error.code == "E001"
    err = FetchError("https://x.example/: HTTP 404 Not Found", url="https://x.example/", source="https://x.example/")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is FetchError and back.url == "https://x.example/" and str(back) == str(err)
    w = pickle.loads(pickle.dumps(Coded("W002", "x: invalid UTF-8")))
    assert w == "x: invalid UTF-8" and w.code == "W002"


# ------------------------------------------------------------------------------- charsets

RU = "Новости: министр заявил, что переговоры провалились во вторник в Женеве, сообщили чиновники."
EN = "The minister said — at a café in Zürich — that the talks had failed on Tuesday, officials reported."


def _page(body: str, meta: str) -> str:
    return f"<html><head><meta charset='{meta}'><title>T</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"


@pytest.mark.parametrize("body, declared, header", [
    (EN, "iso-8859-1", None), (EN, "windows-1252", None), (RU, "windows-1251", None), (RU, "koi8-r", None),
    (EN, "utf-8", "iso-8859-1"),  # the HTTP header lies (it wins over the <meta>)
])
def test_utf8_page_declaring_a_legacy_charset_is_read_as_utf8(body, declared, header) -> None:
    from sayso.ingest.html import article_from_html

    article = article_from_html(_page(body, declared).encode("utf-8"), name="p.html", charset=header)
    assert body in article.text, article.text[:120]
    assert "â\x80" not in article.text and "Р\x9d" not in article.text and "Рќ" not in article.text
    assert [w.code for w in article.warnings] == ["W004"]
    assert "UTF-8" in article.warnings[0]


@pytest.mark.parametrize("body, codec", [(EN, "windows-1252"), (RU, "windows-1251"), (EN, "iso-8859-1")])
def test_honest_legacy_pages_are_read_in_their_charset_without_warning(body, codec) -> None:
    from sayso.ingest.html import article_from_html

    article = article_from_html(_page(body, codec).encode(codec, errors="replace"), name="p.html")
    assert body.encode(codec, errors="replace").decode(codec) in article.text
    assert article.warnings == ()


def test_legacy_bytes_declared_utf8_are_detected_with_a_warning() -> None:
    from sayso.ingest.html import decode_page

    text, warnings = decode_page(_page(RU, "utf-8").encode("windows-1251"), name="p.html")
    assert RU in text and [w.code for w in warnings] == ["W004"]


# -------------------------------------------------------------------------- truncated HTML

NAV = "<nav>" + " ".join(f"<a href='/{w}'>{w.title()}</a>" for w in ["home", "world", "business", "sport", "opinion"]) + "</nav>"
ARTICLE = "<article>" + "".join(f"<p>{STORY} Paragraph {k}.</p>" for k in range(12)) + "</article>"
WHOLE = (f"<!DOCTYPE html><html><head><title>Talks</title></head><body>{NAV}<header><p>Cookies help us. "
         f"We use cookies to improve your browsing experience.</p></header>{ARTICLE}</body></html>")


def test_html_cut_before_its_article_is_an_error_not_a_report_of_its_menu() -> None:
    from sayso.ingest.html import article_from_html

    cut = WHOLE[: WHOLE.index("<article>")]
    with pytest.raises(InputError, match=r"p\.html: the page is cut short \(no closing </body> or </html>\)"):
        article_from_html(cut.encode(), name="p.html")


def test_html_cut_inside_its_article_is_a_warning() -> None:
    from sayso.ingest.html import article_from_html

    cut = WHOLE[: WHOLE.index("Paragraph 10")]
    article = article_from_html(cut.encode(), name="p.html")
    assert "Paragraph 9." in article.text
    assert [w.code for w in article.warnings] == ["W005"]


@pytest.mark.parametrize("html", [WHOLE, ARTICLE, WHOLE.replace("</body></html>", "</body>"),
                                  WHOLE.replace("</body></html>", "</html>\n\n")])
def test_whole_pages_and_fragments_are_not_truncated(html) -> None:
    from sayso.ingest.html import article_from_html, truncated

    assert truncated(html) is None
    assert article_from_html(html.encode(), name="p.html").warnings == ()


@pytest.mark.slow
def test_whole_benchmark_pages_are_not_truncated(shared_data) -> None:
    import gzip

    from sayso.ingest.html import decode_html, truncated

    pages = sorted((shared_data / "html-articles" / "html").glob("*.html.gz"))
    assert pages
    assert [p.name for p in pages if truncated(decode_html(gzip.decompress(p.read_bytes())))] == []
