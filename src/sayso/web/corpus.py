"""The web app's door to the corpus: ``sayso.Corpus`` (the store's facade), never the database itself.

One ``Corpus`` per thread (SQLite connections stay on the thread that opened them; FastAPI
runs the corpus routes on its thread pool). Pages and API both page through results with
an opaque cursor (``page``), and get records as plain dicts (``plain``).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import itertools
import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sayso.errors import SaysoError
from sayso.model import Report
from sayso.web.problems import Problem

MAX_WINDOW = 1000  # a cursor pages through at most this many results of one query
_local = threading.local()


def available() -> bool:
    try:
        from sayso.corpus.api import Corpus  # noqa: F401
    except ImportError:
        return False
    return True


def open_corpus(path: Path) -> Any | None:
    """This thread's ``Corpus`` at ``path`` (created when absent), or None when this sayso has no store."""
    if not available():
        return None
    cache: dict[str, Any] = getattr(_local, "corpora", None) or {}
    _local.corpora = cache
    key = str(path.resolve())
    if key not in cache:
        from sayso.corpus.api import Corpus

        try:
            cache[key] = Corpus(path)
        except SaysoError as e:  # a foreign or corrupt file, a newer schema: said once, clearly
            raise Problem(503, "no-corpus", str(e)) from e
    return cache[key]


def need(path: Path) -> Any:
    corpus = open_corpus(path)
    if corpus is None:
        raise Problem(404, "no-corpus", "this sayso has no corpus store (sayso.store); only analysis is served")
    return corpus


def store(path: Path, report: Report) -> str:
    """Store ``report`` in the corpus; its corpus id (the key the store gives it)."""
    corpus = need(path)
    from sayso.tables import article_key

    try:
        corpus.add(report, input_name="web")
    except SaysoError as e:
        raise Problem(503, "no-corpus", f"the report was analysed but not stored: {e}") from e
    return article_key(report.article)


def call(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A corpus query; a module the store needs and this sayso lacks, or a store error, as a problem."""
    try:
        return method(*args, **kwargs)
    except ImportError as e:
        raise Problem(501, None, f"this sayso cannot answer that yet ({e.name} is not installed)") from e
    except SaysoError as e:
        raise Problem(422 if e.exit_code == 2 else 503, "no-corpus" if e.exit_code != 2 else "bad-input", str(e)) from e


# ------------------------------------------------------------------------------- paging


def _key(params: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:12]


def encode_cursor(offset: int, params: dict[str, Any]) -> str:
    raw = json.dumps({"o": offset, "k": _key(params)}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, params: dict[str, Any]) -> int:
    if not cursor:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset, key = int(data["o"]), data["k"]
    except (ValueError, KeyError, TypeError, binascii.Error, json.JSONDecodeError) as e:
        raise Problem(400, "bad-cursor", "the cursor is not one this server gave; start again without it") from e
    if key != _key(params) or not 0 <= offset <= MAX_WINDOW:
        raise Problem(400, "bad-cursor", "the cursor belongs to another query; start again without it")
    return offset


def page(fetch: Callable[[int], Sequence[Any]], *, limit: int, cursor: str | None,
         params: dict[str, Any]) -> tuple[list[Any], str | None]:
    """One page of ``fetch(n)`` (the first n results) after ``cursor``; and the next page's cursor."""
    offset = decode_cursor(cursor, params)
    rows = fetch(min(offset + limit + 1, MAX_WINDOW + 1))
    items = list(rows[offset:offset + limit])
    more = len(rows) > offset + limit and offset + limit < MAX_WINDOW
    return items, encode_cursor(offset + limit, params) if more else None


def plain(record: Any) -> Any:
    """A corpus record (dataclasses, tuples) as JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: plain(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [plain(x) for x in record]
    if isinstance(record, dict):
        return {str(k): plain(v) for k, v in record.items()}
    return record


# ----------------------------------------------------------------------------- articles


def first_reports(corpus: Any, n: int) -> list[Report]:
    """The first ``n`` stored articles as Reports (the facade streams them in storage order)."""
    return list(itertools.islice(corpus.reports(), n))


def find_report(corpus: Any, article_id: str) -> Report | None:
    """The stored article with this corpus id: the facade's ``article`` where it has one, else a scan."""
    if hasattr(corpus, "article"):
        return corpus.article(article_id)
    return next((r for r in corpus.reports() if r.article.id == article_id), None)


def article_summary(report: Report) -> dict[str, Any]:
    a = report.article
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published, "url": a.url,
            "chars": len(a.text), "sources": len(report.sources), "attributions": len(report.attributions),
            "claims": len(report.claims)}


# ------------------------------------------------------------------------------ network


def network(corpus: Any) -> dict[str, Any]:
    """The facade's citation graph as JSON: outlets (``own`` when the corpus has their articles) and
    edges A -> B with their weight and counts by month."""
    graph = call(corpus.graph)
    own = set()
    try:
        from sayso.corpus.outlets import normalize_outlet

        own = {normalize_outlet(n) for n in call(corpus.outlet_names)}
    except ImportError:
        own = set(call(corpus.outlet_names))
    nodes = [{"id": n, "own": n in own, "cites": int(a.get("cites", 0)), "cited": int(a.get("cited", 0))}
             for n, a in sorted(graph.nodes(data=True))]
    edges = [{"citing": u, "cited": v, "count": int(a.get("weight", 0)), "months": json.loads(a.get("months") or "{}")}
             for u, v, a in graph.edges(data=True)]
    return {"nodes": nodes, "edges": sorted(edges, key=lambda e: (-e["count"], e["citing"], e["cited"]))}
