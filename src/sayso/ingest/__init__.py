"""Any input -> ``Article``s: the one way text enters sayso.

``read_inputs(args)`` takes what a user names (files, folders, ``-``, URLs) and returns
one ``Item`` per article or per failure, in order. A container (a feed, a WARC file, a
JSONL corpus) yields an item per entry; an input that fails yields an item carrying its
``SaysoError``, and the others go on.

=========  ===================  ==========================================
kind       detected by          read with
=========  ===================  ==========================================
text       .txt, else fallback  ``sayso.ingest.text`` (UTF-8, binary check)
html       .html/.htm, ``<``    trafilatura (``sayso.ingest.html``)
URL        http(s)://           httpx (``sayso.ingest.fetch``), then by media type
feed       .rss/.atom/.xml      feedparser (``sayso.ingest.feeds``)
warc       .warc(.gz), ``WARC/``  warcio (``sayso.ingest.warc``)
jsonl      .jsonl/.ndjson, ``{``  json (``sayso.ingest.jsonl``)
=========  ===================  ==========================================

Any file may be gzipped (``.gz``).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from sayso.errors import EmptyInputError, FetchError, InputError, SaysoError
from sayso.ingest import detect
from sayso.ingest.fetch import FetchOptions, fetch
from sayso.ingest.html import DEFAULT_OPTIONS, HtmlOptions, article_from_html, gunzip
from sayso.ingest.text import article_from_text, decode
from sayso.model import Article

__all__ = ["FetchOptions", "HtmlOptions", "Item", "Options", "read_inputs", "read_one"]


@dataclass(frozen=True)
class Item:
    """One thing to analyse: its Article, or the error that kept it from one."""

    name: str
    stem: str
    path: Path | None = None
    error: SaysoError | None = None
    article: Article | None = None
    warnings: tuple[str, ...] = ()  # the article's own (``article.warnings``): reports carry them already


@dataclass(frozen=True)
class Options:
    input_format: str | None = None  # one of detect.KINDS, or None to detect
    follow: bool = False  # feeds: fetch each entry's linked page
    fetch: FetchOptions = field(default_factory=FetchOptions)
    html: HtmlOptions = DEFAULT_OPTIONS


def read_inputs(args: Iterable[str], *, options: Options | None = None, stdin: BinaryIO | None = None) -> list[Item]:
    """Files, folders (their readable files, sorted, not recursive), URLs and ``-`` as Items with unique stems."""
    options = options or Options()
    items: list[Item] = []
    for arg in args:
        items += read_one(arg, options=options, stdin=stdin)
    return _unique_stems(items)


def read_one(arg: str, *, options: Options, stdin: BinaryIO | None = None) -> Iterator[Item]:
    if arg == "-":
        data = (stdin or sys.stdin.buffer).read()
        yield from _read_bytes(data, name="stdin", stem="stdin", path=None, options=options)
        return
    if detect.is_url(arg):
        yield from _read_url(arg, options=options)
        return
    path = Path(arg)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.name.lower().endswith(detect.SUFFIXES))
        if not files:
            yield Item(arg, path.name or "input", error=InputError(
                f"{arg}: no .txt files in this folder (nor .html, .jsonl, .rss, .warc or their .gz)"))
        for file in files:
            yield from _read_file(file, options=options)
    elif path.exists():
        yield from _read_file(path, options=options)
    else:
        yield Item(arg, path.stem, error=InputError(f"{arg}: no such file or folder", source=arg))


def _stem(name: str) -> str:
    lower = name.lower()
    for suffix in sorted(detect.SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)] or name
    return Path(name).stem or name


def _read_file(path: Path, *, options: Options) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Item(str(path), _stem(path.name), path, InputError(f"{path}: cannot read ({e.strerror or e})", source=str(path)))
        return
    yield from _read_bytes(data, name=str(path), stem=_stem(path.name), path=path, options=options)


def _read_bytes(data: bytes, *, name: str, stem: str, path: Path | None, options: Options,
                kind: str | None = None, url: str | None = None, charset: str | None = None) -> Iterator[Item]:
    kind = options.input_format or kind or detect.by_name(name)
    if kind != "warc" and detect.is_gzip(data):  # warcio reads gzipped WARC itself
        try:
            data = gunzip(data, name=name)
        except InputError as e:
            yield Item(name, stem, path, e)
            return
    kind = kind or detect.sniff(data)
    if kind in ("text", "html"):
        try:
            if kind == "html":
                article = article_from_html(data, url=url, name=name, options=options.html, charset=charset)
                yield Item(name, stem, path, article=article, warnings=article.warnings)
            else:
                text, warnings = decode(data, name=name)
                article = article_from_text(text, url=url, name=name, warnings=warnings)
                yield Item(name, stem, path, article=article, warnings=article.warnings)
        except SaysoError as e:
            yield Item(name, stem, path, e)
        return
    entries = _entries(kind, data, name=name, options=options)
    n = 0
    for n, (entry_name, result) in enumerate(entries, 1):
        entry_stem = f"{stem}-{n}"
        if isinstance(result, SaysoError):
            yield Item(entry_name, entry_stem, path, result)
        else:
            yield Item(entry_name, entry_stem, path, article=result, warnings=result.warnings)
    if n == 0:  # an empty corpus is named, never silently nothing
        yield Item(name, stem, path, EmptyInputError(f"{name}: no records in this {kind} file", source=name))


def _entries(kind: str, data: bytes, *, name: str, options: Options) -> Iterator[tuple[str, Article | SaysoError]]:
    if kind == "jsonl":
        from sayso.ingest.jsonl import read_jsonl

        try:
            text, _ = decode(data, name=name)
        except SaysoError as e:
            return iter([(name, e)])
        return read_jsonl(text, name=name)
    if kind == "feed":
        from sayso.ingest.feeds import read_feed

        return read_feed(data, name=name, follow=options.follow, fetch_article=lambda url: _fetch_article(url, options))
    if kind == "warc":
        from sayso.ingest.warc import read_warc

        return read_warc(data, name=name)
    return iter([(name, InputError(f"{name}: unknown input format {kind!r} (one of {', '.join(detect.KINDS)})", source=name))])


def _fetch_article(url: str, options: Options) -> Article:
    fetched = fetch(url, options.fetch)
    kind = detect.by_media_type(fetched.media_type)
    if kind not in ("html", "text"):
        raise FetchError(f"{url}: the link is {fetched.media_type or 'of no stated type'}, not an HTML page", url=url, source=url)
    if kind == "text":
        text, warnings = decode(fetched.content, name=url)
        return article_from_text(text, url=fetched.url, name=url, warnings=warnings)
    return article_from_html(fetched.content, url=fetched.url, name=url, options=options.html, charset=fetched.charset)


def _url_stem(url: str) -> str:
    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    base = _stem(last[-1]) if last else (parts.hostname or "page")
    return re.sub(r"[^\w.-]+", "-", base).strip("-.")[:80] or "page"


def _read_url(url: str, *, options: Options) -> Iterator[Item]:
    stem = _url_stem(url)
    try:
        fetched = fetch(url, options.fetch)
    except SaysoError as e:
        yield Item(url, stem, error=e)
        return
    kind = options.input_format or detect.by_media_type(fetched.media_type)
    if kind is None:
        yield Item(url, stem, error=FetchError(
            f"{url}: the server sent {fetched.media_type}, which sayso cannot read (it reads HTML pages, "
            "feeds, text, JSONL and WARC; save a PDF's text to a .txt file first)"))
        return
    if kind == "text" and fetched.media_type == "" and fetched.content[:1] == b"<":
        kind = detect.sniff(fetched.content)
    yield from _read_bytes(fetched.content, name=url, stem=stem, path=None, options=options, kind=kind,
                           url=fetched.url, charset=fetched.charset)


def _unique_stems(items: list[Item]) -> list[Item]:
    seen: dict[str, int] = {}
    out = []
    for item in items:
        n = seen.get(item.stem.casefold(), 0) + 1
        seen[item.stem.casefold()] = n
        out.append(item if n == 1 else dataclasses.replace(item, stem=f"{item.stem}-{n}"))
    return out
