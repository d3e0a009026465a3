"""An outlet's own posts embedded in its own page: the page's voice, no attribution. Pure.

A CNN article that embeds "— CNN (@CNN) November 21, 2019" under a post promoting its interview, or a Washington Post
story that embeds "— The Washington Post (@washingtonpost)", shows the outlet's own words in its own page: a
reader reads them as the page speaking, as the writer's own lines, never as a source the page cites. An embedded
post of anyone else (a politician's, another outlet's: "— CNN (@CNN)" in a Fox News story) stays its signer's.

The page is known by its metadata (``Article.outlet``, the site's name, and ``Article.url``); plain text has
neither, and keeps every post.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sayso.model import Article, Attribution

_HANDLE = re.compile(r"[ \t?]*\n?[ \t]*\(@(\w{1,15})\)")
# words a site's host or handle adds to the outlet's name: "cnn.com", "edition.cnn.com", "@nytimes"
_HOST_NOISE = frozenset({"www", "edition", "amp", "m", "mobile", "news", "com", "org", "net", "co", "uk", "us"})


def _key(name: str) -> str:
    """An outlet's name as letters and digits only, without a leading "the": "The Washington Post" -> "washingtonpost"."""
    name = re.sub(r"^\s*the\s+", "", name.lower())
    return re.sub(r"[^a-z0-9]", "", name)


def _site_names(article: Article) -> set[str]:
    """The keys the page goes by: its site's name, and its host's name ("www.cnn.com" -> "cnn")."""
    names = {_key(article.outlet)} if article.outlet else set()
    host = urlsplit(article.url).hostname if article.url and "://" in article.url else None
    if host:
        labels = [w for w in host.lower().split(".") if w not in _HOST_NOISE]
        if labels:
            names.add(_key(labels[-1]))
    return {n for n in names if len(n) >= 2}


def own_post(article: Article, a: Attribution, source_name: str | None) -> bool:
    """Whether ``a`` is a post of the page's own outlet embedded in its page: a signed post (no cue, its signer's
    name followed by a handle) whose name or handle is the page's (``Article.outlet`` or the host of
    ``Article.url``)."""
    if a.cue is not None or a.source_span is None or not source_name:
        return False
    names = _site_names(article)
    if not names:
        return False
    handle = _HANDLE.match(article.text, a.source_span.end)
    if handle is None:
        return False
    return _key(source_name) in names or _key(handle.group(1)) in names
