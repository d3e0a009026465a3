"""WARC in (warcio): each HTML response record becomes an Article with its target URI;
its date is the page's own, else the record's WARC-Date. Non-HTML responses are skipped
and counted; a corrupt record ends the file with an error naming the record number."""

from __future__ import annotations

import contextlib
import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sayso.errors import InputError, SaysoError
from sayso.ingest.dates import normalize_date
from sayso.ingest.html import article_from_html
from sayso.model import Article

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, *, name: str) -> Iterator[tuple[str, Article | SaysoError]]:
    """(item name, Article or error) for each HTML response record; a summary of what was skipped is logged.

    A file cut short (a download that stopped) is reported: a record whose body ends
    before its Content-Length is that record's error, and a record whose header is cut
    (bytes left over after the last whole record) is an error naming it."""
    from warcio.archiveiterator import ArchiveIterator

    if not _head(data).startswith(b"WARC/"):
        yield name, InputError(f"{name}: not a WARC file (it does not start with a WARC/1.x record header)",
                               source=name)
        return
    skipped = n = 0
    chatter = io.StringIO()  # warcio writes its complaints to stderr; a library must not print
    archive = ArchiveIterator(io.BytesIO(data))
    records = iter(archive)
    while True:
        try:
            # stderr is redirected only while warcio runs, never while this generator is paused
            with contextlib.redirect_stderr(chatter):
                record = next(records, None)
                if record is None:
                    break
                n += 1
                page = _page(record, f"{name}#{n}")
        except Exception as e:  # warcio raises ArchiveLoadFailed, ValueError, AttributeError... on bad input
            yield f"{name}#{n + 1}", InputError(
                f"{name}#{n + 1}: corrupt or truncated WARC record after record {n} ({type(e).__name__}: {e}); "
                "the rest of the file is skipped", source=name)
            return
        if page is None:
            continue
        if page == "skip":
            skipped += 1
            continue
        if isinstance(page, SaysoError):
            yield page.source or name, page
            continue
        item, body, uri, charset, warc_date = page
        try:
            article = article_from_html(body, url=uri, name=item, charset=charset)
            if not article.published:
                article = replace(article, published=normalize_date(warc_date))
            yield item, article
        except SaysoError as e:
            yield item, e
    if archive.offset < len(data):
        yield f"{name}#{n + 1}", InputError(
            f"{name}#{n + 1}: the file ends inside this record's header ({len(data) - archive.offset:,} bytes "
            f"after record {n}: truncated?); it is skipped", source=name)
    if chatter.getvalue():
        log.warning("%s: damaged records: %s", name, chatter.getvalue().strip().splitlines()[0])
    if skipped:
        log.warning("%s: %d non-HTML response record(s) skipped", name, skipped)


Page = tuple[str, bytes, str | None, str | None, str | None]


def _page(record: Any, prefix: str) -> Page | SaysoError | str | None:
    """One record through warcio: None when it is not a page, "skip" for a non-HTML
    response, an error for a record cut short or unreadable, else (item name, body, URI,
    charset, WARC-Date)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None  # requests, metadata, warcinfo: not pages
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return "skip"
    uri = record.rec_headers.get_header("WARC-Target-URI")
    item = prefix + (f" ({uri})" if uri else "")
    try:
        body = record.content_stream().read()
    except Exception as e:  # a payload that cannot be decoded (bad chunking, gzip)
        return InputError(f"{item}: corrupt record ({type(e).__name__}: {e})", source=item)
    missing = getattr(record.raw_stream, "limit", 0) or 0  # its Content-Length not reached: the file stops inside
    if missing:
        return InputError(f"{item}: the record is cut short ({missing:,} bytes missing: the file is truncated); "
                          "not analysed", source=item)
    return item, body, uri, _charset(content_type), record.rec_headers.get_header("WARC-Date")


def _head(data: bytes) -> bytes:
    """The first bytes of the file, through gzip when it is gzipped (per-record gzip, as WARC files are)."""
    if data[:2] != b"\x1f\x8b":
        return data[:16]
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[:4096], 16)
    except zlib.error:
        return b""


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
