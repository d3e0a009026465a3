"""WARC in (warcio): each HTML response record becomes an Article with its target URI;
its date is the page's own, else the record's WARC-Date. Other records are skipped and
counted; a corrupt record ends the file with an error naming its offset."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import replace

from sayso.errors import InputError, SaysoError
from sayso.ingest.html import article_from_html
from sayso.model import Article

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, *, name: str) -> Iterator[tuple[str, Article | SaysoError]]:
    """(item name, Article or error) for each HTML response record; a summary of what was skipped is logged."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped = 0
    records = ArchiveIterator(io.BytesIO(data))
    offset = 0
    try:
        for record in records:
            offset = records.get_record_offset()
            if record.rec_type != "response" or record.http_headers is None:
                continue  # requests, metadata, warcinfo: not pages
            uri = record.rec_headers.get_header("WARC-Target-URI")
            item = f"{name}@{offset}" + (f" ({uri})" if uri else "")
            ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in HTML_TYPES:
                skipped += 1
                continue
            try:
                body = record.content_stream().read()
                charset = _charset(record.http_headers.get_header("Content-Type"))
                article = article_from_html(body, url=uri, name=item, charset=charset)
                if not article.published:
                    article = replace(article, published=record.rec_headers.get_header("WARC-Date"))
                yield item, article
            except SaysoError as e:
                yield item, e
            except Exception as e:  # a record whose payload cannot be decoded (bad chunking, gzip)
                yield item, InputError(f"{item}: corrupt record ({type(e).__name__}: {e})")
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as e:
        yield f"{name}@{offset}", InputError(
            f"{name}: corrupt WARC record after offset {offset} ({type(e).__name__}: {e}); the rest of the file is skipped")
    if skipped:
        log.warning("%s: %d non-HTML response record(s) skipped", name, skipped)


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
