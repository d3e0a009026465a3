"""The Python API's way in to files and URLs: what the CLI reads, as Articles and Reports.

    articles = sayso.read("crawl.warc.gz", "story.html", "https://example.com/a")   # Articles
    report = sayso.analyze_file("story.html")     # one article's report
    report = sayso.analyze_url("https://example.com/a")

``read`` goes through ``sayso.ingest`` exactly as ``sayso analyze`` does (detection by
extension or content, HTML by trafilatura, feeds, WARC, JSONL; every Article carries the
warnings reading it gave).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sayso.errors import InputError, SaysoError
from sayso.ingest import FetchOptions, Item, Options, read_inputs
from sayso.model import Article

if TYPE_CHECKING:
    from sayso.model import Report


def _options(input_format: str | None, follow: bool, allow_private: bool, timeout: float | None) -> Options:
    fetch = FetchOptions(allow_private=allow_private, **({"timeout": timeout} if timeout is not None else {}))
    return Options(input_format=input_format, follow=follow, fetch=fetch)


def read_items(*inputs: str | os.PathLike[str], input_format: str | None = None, follow: bool = False,
               allow_private: bool = False, timeout: float | None = None) -> list[Item]:
    """Every input as ``Item``s (an Article or the error that kept it from one), as the CLI reads them."""
    return read_inputs([os.fspath(i) for i in inputs], options=_options(input_format, follow, allow_private, timeout))


def read(*inputs: str | os.PathLike[str], input_format: str | None = None, follow: bool = False,
         allow_private: bool = False, timeout: float | None = None, skip_errors: bool = False) -> Iterator[Article]:
    """The Articles in files, folders and URLs (a feed, WARC or JSONL file gives one per entry).

    A bad input raises its ``InputError`` (``FetchError`` for a URL) with ``source`` set;
    with ``skip_errors`` it is skipped instead. Feed the result to ``sayso.analyze_many``."""
    for item in read_items(*inputs, input_format=input_format, follow=follow, allow_private=allow_private,
                           timeout=timeout):
        if item.article is not None:
            yield item.article
        elif not skip_errors:
            raise item.error or InputError(f"{item.name}: nothing to analyse", source=item.name)


def _one(items: list[Item], what: str) -> Article:
    articles = [i.article for i in items if i.article is not None]
    errors: list[SaysoError] = [i.error for i in items if i.error is not None]
    if len(items) == 1 and errors:
        raise errors[0]
    if len(articles) != 1 or errors:
        raise InputError(f"{what}: holds {len(items)} articles or entries; "
                         "use sayso.analyze_many(sayso.read(...)) for several", source=what)
    return articles[0]


def analyze_file(path: str | os.PathLike[str], *, input_format: str | None = None, **kwargs: Any) -> Report:
    """The report of one file (text, HTML, or a feed/WARC/JSONL holding one article).

    ``kwargs`` go to ``sayso.analyze`` (``nlp``, ``model``, ``techniques``, ``claims``)."""
    from sayso.analyzer import analyze

    name = os.fspath(path)
    return analyze(_one(read_items(name, input_format=input_format), name), **kwargs)


def analyze_url(url: str, *, allow_private: bool = False, timeout: float | None = None, follow: bool = False,
                **kwargs: Any) -> Report:
    """The report of the page at ``url`` (fetched with the CLI's limits: total deadline, size cap,
    no private addresses unless ``allow_private``)."""
    from sayso.analyzer import analyze

    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: not an http(s) URL (use sayso.analyze_file for files)", source=url)
    items = read_items(url, allow_private=allow_private, timeout=timeout, follow=follow)
    return analyze(_one(items, url), **kwargs)
