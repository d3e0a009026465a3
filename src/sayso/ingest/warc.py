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

from sayso.errors import InputError, SaysoError
from sayso.ingest.dates import normalize_date
from sayso.ingest.html import article_from_html
from sayso.model import Article

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, *, name: str) -> Iterator[tuple[str, Article | SaysoError]]:
    """(item name, Article or error) for each HTML response record; a summary of what was skipped is logged."""
    from warcio.archiveiterator import ArchiveIterator

    if not _head(data).startswith(b"WARC/"):
        yield name, InputError(f"{name}: not a WARC file (it does not start with a WARC/1.x record header)")
        return
    skipped = n = 0
    chatter = io.StringIO()  # warcio writes its complaints to stderr; a library must not print
    try:
        with contextlib.redirect_stderr(chatter):
            for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue  # requests, metadata, warcinfo: not pages
                uri = record.rec_headers.get_header("WARC-Target-URI")
                item = f"{name}#{n}" + (f" ({uri})" if uri else "")
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                    skipped += 1
                    continue
                try:
                    body = record.content_stream().read()
                    article = article_from_html(body, url=uri, name=item, charset=_charset(content_type))
                    if not article.published:
                        article = replace(article, published=normalize_date(record.rec_headers.get_header("WARC-Date")))
                    yield item, article
                except SaysoError as e:
                    yield item, e
                except Exception as e:  # a payload that cannot be decoded (bad chunking, gzip)
                    yield item, InputError(f"{item}: corrupt record ({type(e).__name__}: {e})")
    except Exception as e:  # warcio raises ArchiveLoadFailed, ValueError, AttributeError... on bad input
        yield f"{name}#{n + 1}", InputError(
            f"{name}: corrupt WARC record after record {n} ({type(e).__name__}: {e}); the rest of the file is skipped")
        return
    if chatter.getvalue():
        log.warning("%s: damaged records: %s", name, chatter.getvalue().strip().splitlines()[0])
    if skipped:
        log.warning("%s: %d non-HTML response record(s) skipped", name, skipped)


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
