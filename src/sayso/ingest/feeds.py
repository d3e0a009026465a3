"""RSS/Atom in (feedparser): each entry becomes an Article, from its own content, or from
the linked page when ``follow`` is given."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

from sayso.errors import InputError, SaysoError, warning
from sayso.ingest.html import article_from_html
from sayso.ingest.text import article_from_text
from sayso.model import Article

log = logging.getLogger(__name__)

FetchArticle = Callable[[str], Article]


def entry_date(entry: dict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed) if parsed else None  # feedparser gives UTC


def _entry_body(entry: dict, *, name: str, url: str | None) -> Article:
    contents = entry.get("content") or []
    value = contents[0].get("value") if contents else entry.get("summary")
    if not value or not value.strip():
        raise InputError(f"{name}: the entry has no content or summary (try --follow to fetch its link)", source=name)
    kind = (contents[0].get("type") if contents else entry.get("summary_detail", {}).get("type")) or "text/html"
    if "html" not in kind:
        return article_from_text(value, name=name)
    try:
        return article_from_html(f"<html><body><article>{value}</article></body></html>", url=url, name=name)
    except InputError:  # a short fragment trafilatura finds too thin: its plain text will do
        import lxml.html

        text = lxml.html.fromstring(value).text_content().strip()
        return article_from_text(text, name=name)


# &#xD800;-&#xDFFF; (and decimal 55296-57343): references to lone surrogates, which are not text
_SURROGATE_REF = re.compile(rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9]\d\d|5[6]\d{3}|57[0-2]\d\d|573[0-3]\d|5734[0-3]));")


def _surrogate_refs(data: bytes) -> tuple[bytes, int]:
    """The feed with every character reference to a lone surrogate made U+FFFD (feedparser fails on them)."""
    out, count = _SURROGATE_REF.subn(b"&#xFFFD;", data)
    return out, count


def read_feed(data: bytes, *, name: str, follow: bool = False,
              fetch_article: FetchArticle | None = None) -> Iterator[tuple[str, Article | SaysoError]]:
    """(item name, Article or error) for each entry of the feed."""
    import feedparser

    data, surrogates = _surrogate_refs(data)
    try:
        feed = feedparser.parse(data)
    except Exception as e:  # feedparser's loose parser raises on what it cannot encode
        yield name, InputError(f"{name}: cannot parse the feed ({type(e).__name__}: {e})", source=name)
        return
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield name, InputError(f"{name}: not an RSS/Atom feed, or a feed with no entries{reason}", source=name)
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        item = f"{name}#{n}" + (f" ({link})" if link else "")
        try:
            if follow:
                if not link:
                    raise InputError(f"{item}: the entry has no link to follow", source=item)
                assert fetch_article is not None
                article = fetch_article(link)
            else:
                article = _entry_body(entry, name=item, url=link)
            article = replace(article, title=article.title or entry.get("title") or None,
                              published=article.published or entry_date(entry),
                              outlet=(article.outlet if follow else None) or outlet or article.outlet,
                              authors=article.authors or tuple(a["name"] for a in entry.get("authors", []) if a.get("name")))
            if surrogates and "\ufffd" in article.text:
                article = replace(article, warnings=(*article.warnings, warning("W006", name=item, count=surrogates)))
            yield item, article
        except SaysoError as e:
            yield item, e
