"""JSONL in: one object per line with ``text`` or ``html``, and optional ``url``, ``title``,
``outlet``, ``published``, ``id``. A bad line is an error naming its line; the others go on."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sayso.errors import InputError, SaysoError
from sayso.ingest.dates import normalize_date
from sayso.ingest.html import HtmlOptions, article_from_html
from sayso.ingest.text import article_from_text
from sayso.model import Article

_OPTIONAL = ("url", "title", "outlet", "published", "id")


def article_from_record(record: object, *, name: str, html_options: HtmlOptions | None = None) -> Article:
    """One decoded JSON value as an Article."""
    if not isinstance(record, dict):
        raise InputError(f"{name}: expected a JSON object with 'text' or 'html', got {type(record).__name__}", source=name)
    bad = [k for k in ("text", "html", *_OPTIONAL) if record.get(k) is not None and not isinstance(record[k], str)]
    if bad:
        raise InputError(f"{name}: field(s) {', '.join(bad)} must be strings", source=name)
    meta = {k: record[k] for k in _OPTIONAL if record.get(k)}
    if record.get("text"):
        article = article_from_text(record["text"], name=name)
    elif record.get("html"):
        article = article_from_html(record["html"], url=meta.get("url"), name=name,
                                    **({"options": html_options} if html_options else {}))
    else:
        raise InputError(f"{name}: no 'text' or 'html' field", source=name)
    return _with(article, meta)


def _with(article: Article, meta: dict[str, str]) -> Article:
    """The record's own fields win over what was extracted; the id follows the final url."""
    return Article(
        text=article.text, title=meta.get("title") or article.title, url=meta.get("url") or article.url,
        outlet=meta.get("outlet") or article.outlet, authors=article.authors,
        published=normalize_date(meta.get("published")) or article.published, language=article.language, id=meta.get("id", ""),
        blocks=article.blocks, warnings=article.warnings,
    )


def read_jsonl(text: str, *, name: str) -> Iterator[tuple[str, Article | SaysoError]]:
    """(item name, Article or error) for every non-blank line."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        item = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield item, InputError(f"{item}: not valid JSON ({e.msg} at column {e.colno})", source=item)
            continue
        try:
            yield item, article_from_record(record, name=item)
        except SaysoError as e:
            yield item, e
