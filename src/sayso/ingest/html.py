"""HTML in: a page (bytes or str) -> ``Article``, main text and metadata by trafilatura.

Boilerplate removal is trafilatura's, not ours. The defaults are the settings measured
best on the Zyte article-extraction benchmark (``bench/extraction.py``): precision-leaning
extraction without comments (4-gram body F1 0.967 against 0.959 for trafilatura's defaults).
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import logging
import re
from dataclasses import dataclass

from sayso.errors import EmptyInputError, InputError, warning
from sayso.ingest.text import replace_surrogates, sanitized
from sayso.model import Article, Block

log = logging.getLogger(__name__)

_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_ISO_TZ = re.compile(r"([+-]\d\d)(\d\d)$")
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
MIN_WORDS = 5  # fewer is a menu or a button label left over, not an article
# A page cut short (W005) that yields fewer words was cut before its article: the pages of
# ../shared/data/html-articles cut just before their article's first words give 1-77 words of
# menus and cookie banners (40 of 50 give 40 or fewer), cut half-way through the article 44 and
# more. Below this it is an error; above it the report comes with the W005 warning.
TRUNCATED_MIN_WORDS = 40
_OPENS = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSES = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    """How trafilatura extracts the body (see the module docstring for the measured choice)."""

    favor_precision: bool = True
    favor_recall: bool = False
    include_comments: bool = False
    include_tables: bool = True


DEFAULT_OPTIONS = HtmlOptions()


def gunzip(data: bytes, *, name: str = "input") -> bytes:
    """The bytes of a gzip file, or a clear error when it is damaged."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as e:
        raise InputError(f"{name}: damaged gzip data ({e}); re-download or unpack it first", source=name) from e


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else None


def decode_html(data: bytes, *, charset: str | None = None) -> str:
    """Bytes -> str (``decode_page`` without its warnings)."""
    return decode_page(data, charset=charset)[0]


def _codec(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def decode_page(data: bytes, *, charset: str | None = None, name: str = "input") -> tuple[str, list[str]]:
    """Bytes -> str and warnings: the declared charset (header, then <meta>) unless the bytes say
    otherwise, else what charset-normalizer detects, else UTF-8.

    Pages lie both ways. Bytes that are valid UTF-8 with multi-byte sequences are UTF-8
    whatever the page declares (legacy text almost never forms valid UTF-8 by chance, and
    latin-1 decodes anything, so trusting it gives silent mojibake: ``â\x80\x94``); bytes
    that fail to decode with the declared charset are detected. Either way W004 says so."""
    declared = charset or declared_charset(data)
    codec = _codec(declared)
    if codec is not None and codec != "utf-8" and not codec.startswith("utf-16") and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return text, [_lying(name, declared, "UTF-8")]
    if codec is not None:
        try:
            return data.decode(codec), []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), []
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        log.debug("charset detected as %s", best.encoding)
        return str(best), [_lying(name, declared, best.encoding)] if declared else []
    text = data.decode("utf-8", errors="replace")
    return text, [warning("W002", name=name, byte=next((i for i, b in enumerate(data) if b >= 0x80), 0),
                          count=text.count("\ufffd"))]


def _lying(name: str, declared: str | None, actual: str) -> str:
    msg = warning("W004", name=name, declared=declared, actual=actual)
    log.warning(msg)
    return msg


def truncated(html: str) -> str | None:
    """Why a page looks cut short (a download that stopped), or None: it opens ``<html>`` or
    ``<body>`` and closes neither. Every whole page of the extraction benchmark closes one;
    a fragment (a feed entry, a JSONL field) opens neither and is never called truncated."""
    if _OPENS.search(html[:65536]) and not _CLOSES.search(html, max(0, len(html) - 1_000_000)):
        return "no closing </body> or </html>"
    return None


def iso_date(value: str | None) -> str | None:
    """htmldate's ``%Y-%m-%dT%H:%M:%S%z`` as ISO 8601: a bare date when no time was found,
    the offset as ``+hh:mm`` when the page gave one."""
    if not value:
        return None
    if value.endswith("T00:00:00"):
        return value[:10]
    return _ISO_TZ.sub(r"\1:\2", value)


def page_language(data: str | bytes) -> str | None:
    """The primary subtag of ``<html lang=...>``, lower-cased."""
    head = data[:4096].encode("utf-8", "replace") if isinstance(data, str) else data[:4096]
    match = _LANG.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(a.strip() for a in value.split(";") if a.strip()))


def article_from_html(data: bytes | str, *, url: str | None = None, name: str = "input",
                      options: HtmlOptions = DEFAULT_OPTIONS, charset: str | None = None) -> Article:
    """The page's main text and metadata as an Article; ``InputError`` when it holds no article."""
    import trafilatura  # imported here: a second or so, and only HTML inputs need it

    html, decoding = decode_page(data, charset=charset, name=name) if isinstance(data, bytes) else (data, [])
    html, surrogates = replace_surrogates(html)  # a JSON string or a feed can hold them; lxml cannot
    if not html.strip():
        raise EmptyInputError(f"{name}: empty HTML page", source=name)
    html = unwrap_layout_tables(html)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=options.include_comments,
            include_tables=options.include_tables, favor_precision=options.favor_precision,
            favor_recall=options.favor_recall,
            date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": _DATE_FORMAT},
        )
    except Exception as e:  # trafilatura/lxml raise a variety of parser errors on broken markup
        raise InputError(f"{name}: cannot parse the HTML ({type(e).__name__}: {e})", source=name) from e
    text = (doc.text or "").strip() if doc is not None else ""
    words = len(text.split())
    cut = truncated(html)
    if words < MIN_WORDS and not cut:
        raise InputError(f"{name}: no article text found in the page (an index, login or empty page?)", source=name)
    if cut and words < TRUNCATED_MIN_WORDS:
        raise InputError(f"{name}: the page is cut short ({cut}) before its article: only {words} words, "
                         "probably its navigation; re-download it", source=name)
    if cut:
        decoding.append(warning("W005", name=name, reason=cut))
        log.warning(decoding[-1])
    warnings = decoding + ([warning("W006", name=name, count=surrogates)] if surrogates else [])
    return sanitized(Article(
        warnings=tuple(warnings),
        text=text,
        blocks=blocks(doc.body, text) if doc.body is not None else (),
        title=doc.title or None,
        url=doc.url or url,
        outlet=doc.sitename or None,
        authors=split_authors(doc.author),
        published=iso_date(doc.date),
        language=doc.language or page_language(html) or "en",
    ), name=name)


# A table is a layout table, not data, when its cells hold paragraphs of running text: old
# sites (The Space Review) set the whole article in one cell, and trafilatura then writes the
# cell as a single line, so every paragraph of the article runs into one.
_LAYOUT_PARAGRAPHS = 2  # <p> elements with ...
_LAYOUT_PARAGRAPH_CHARS = 40  # ... at least this much text each
_BOX_CHARS = 600  # a one-cell table inside a layout table with no more text is a box beside the text
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")
_HAS_TABLE = re.compile(r"<table\b", re.IGNORECASE)


def unwrap_layout_tables(html: str) -> str:
    """``html`` with each layout table's own rows and cells turned into ``div``s, so its
    paragraphs stay paragraphs, and the one-cell boxes set inside it (pull quotes, captions)
    left out; a page with no layout table (data tables only, or none) comes back unchanged,
    byte for byte."""
    if not _HAS_TABLE.search(html):
        return html
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # an encoding declaration in a str, no elements
        return html
    layout = [table for table in root.iter("table") if _holds_paragraphs(table)]
    if not layout:
        return html
    for table in layout:
        for box in [t for t in table.iter("table") if t is not table and _is_box(t)]:
            box.drop_tree()
        own = [el for el in table.iter(*_TABLE_PARTS) if next(el.iterancestors("table"), None) is table]
        for el in [table, *own]:
            el.tag = "div"
    return lxml.html.tostring(root, encoding="unicode")


def _is_box(table: object) -> bool:
    """A one-cell table set inside a layout table's text: a pull quote, an image with its
    caption, an advert. It is not part of the article's flow (a pull quote repeats a quote of
    the text, and left in place it would come between a quote and the "he said" after it)."""
    cells = list(table.iter("td", "th"))  # type: ignore[attr-defined]
    return len(cells) == 1 and not _holds_paragraphs(table) and len(table.text_content().strip()) <= _BOX_CHARS  # type: ignore[attr-defined]


def _holds_paragraphs(table: object) -> bool:
    paragraphs = (p for p in table.iter("p") if len(p.text_content().strip()) >= _LAYOUT_PARAGRAPH_CHARS)  # type: ignore[attr-defined]
    return len(list(itertools.islice(paragraphs, _LAYOUT_PARAGRAPHS))) >= _LAYOUT_PARAGRAPHS


_BLOCK_KINDS = {"p": "paragraph", "head": "heading", "quote": "blockquote", "list": "list", "table": "table"}


def blocks(body: object, text: str) -> tuple[Block, ...]:
    """Each top-level element of trafilatura's body tree, located in ``text`` in order.

    trafilatura writes the text from the same tree, element by element, so each element's
    own text is found at or after the end of the previous one; an element that cannot be
    found (whitespace differences) is left out rather than given a wrong range."""
    from trafilatura.xml import xmltotxt

    out: list[Block] = []
    cursor = 0
    for element in body:  # type: ignore[attr-defined]
        chunk = xmltotxt(element, False).strip()
        if not chunk:
            continue
        start = text.find(chunk, cursor)
        if start < 0:
            continue
        end = start + len(chunk)
        out.append(Block(_BLOCK_KINDS.get(element.tag, "other"), start, end))
        cursor = end
    return tuple(out)
