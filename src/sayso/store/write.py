"""Writing a corpus: one article per transaction, the errors table, the identity tables.

Each article is stored in one ``BEGIN IMMEDIATE ... COMMIT``: a kill, a full disk or a
read-only file leaves either the whole article or none of it. An article whose key is
already stored is left alone, unless ``replace`` says its stored analysis is stale.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Literal

from sayso import tables
from sayso.corpus.types import CitationEdge
from sayso.model import Report
from sayso.store import identities

Status = Literal["stored", "present", "replaced"]

_ENTITY_TABLES = ("sources", "mentions", "attributions", "markers", "claims", "stances")
_COMMON = {name for name, _ in tables.ARTICLE_COLUMNS}


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken with the write lock up front: committed whole, or rolled back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


transaction = _immediate  # for the modules that write several tables in one transaction (store.identities)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert(conn: sqlite3.Connection, table: str, article: int, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = [c for c in rows[0] if c not in _COMMON]
    quoted = ", ".join(f'"{c}"' for c in ("article", *columns))
    marks = ", ".join("?" * (len(columns) + 1))
    conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                     [(article, *(row[c] for c in columns)) for row in rows])


def stored_version(conn: sqlite3.Connection, key: str) -> str | None:
    """The pipeline version of the article stored under ``key``, None when there is none."""
    row = conn.execute("SELECT pipeline_version FROM articles WHERE article_key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def store_report(conn: sqlite3.Connection, report: Report, *, edges: Iterable[CitationEdge] = (),
                 input_name: str | None = None, replace: Callable[[str], bool] | None = None) -> Status:
    """Store the report's article and everything found in it, atomically.

    ``replace(stored_pipeline_version)`` decides whether an article already stored under the
    same key is analysed anew (its old rows are deleted in the same transaction).
    """
    return store_many(conn, [(report, tuple(edges), input_name)], replace=replace)[0]


def store_many(conn: sqlite3.Connection, items: Iterable[tuple[Report, Sequence[CitationEdge], str | None]], *,
               replace: Callable[[str], bool] | None = None) -> list[Status]:
    """Store several reports in one transaction (a bulk load: all of them or none)."""
    with _immediate(conn):
        statuses = [_store(conn, report, edges, input_name, replace) for report, edges, input_name in items]
        if any(s != "present" for s in statuses):
            conn.execute("INSERT OR REPLACE INTO corpus_state VALUES ('identities_stale', '1')")
    return statuses


def _store(conn: sqlite3.Connection, report: Report, edges: Sequence[CitationEdge], input_name: str | None,
           replace: Callable[[str], bool] | None) -> Status:
    rows = tables.report_rows(report)
    article = rows["articles"][0]
    status: Status = "stored"
    old = conn.execute("SELECT id, pipeline_version FROM articles WHERE article_key = ?",
                       (article["article_key"],)).fetchone()
    if old is not None:
        if replace is None or not replace(old[1]):
            return "present"
        conn.execute("DELETE FROM articles WHERE id = ?", (old[0],))
        status = "replaced"
    columns = [*article, "input", "ingested_at"]
    values = [*article.values(), input_name, _now()]
    quoted = ", ".join(f'"{c}"' for c in columns)
    article_id = conn.execute(f"INSERT INTO articles ({quoted}) VALUES ({', '.join('?' * len(columns))})",
                              values).lastrowid
    assert article_id is not None
    for table in _ENTITY_TABLES:
        _insert(conn, table, article_id, rows[table])
    conn.executemany("INSERT INTO statements (article, item_id, text, source, source_id) VALUES (?, ?, ?, ?, ?)",
                     [(article_id, *statement) for statement in _statements(rows, report.article.text)])
    conn.executemany("INSERT INTO citations (article, citing, cited, month, count) VALUES (?, ?, ?, ?, ?)",
                     [(article_id, e.citing, e.cited, e.month, e.count) for e in edges])
    if input_name:
        conn.execute("DELETE FROM errors WHERE input = ?", (input_name,))
    return status


def _statements(rows: dict[str, list[dict[str, Any]]], text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(item id, text, source name, source id) of every attributed content and every claim (its attribution's source).

    A quote broken by its cue ("“We will,” she said, “respond.”") is indexed part by part,
    so that what was said is matched without the words around the cue.
    """
    by_attribution = {a["attribution_id"]: (a["source_name"], a["source_id"]) for a in rows["attributions"]}
    out = []
    for a in rows["attributions"]:
        parts = [tuple(map(int, p.split(":"))) for p in a["content_parts"].split(";") if p]
        for part in [text[start:end] for start, end in parts] or [a["content_text"]]:
            out.append((a["attribution_id"], part, a["source_name"], a["source_id"]))
    out += [(c["claim_id"], c["text"], *by_attribution.get(c["attribution_id"], (None, None))) for c in rows["claims"]]
    return out


def record_error(conn: sqlite3.Connection, input_name: str, error: BaseException) -> None:
    """Note that ``input_name`` failed and why (the latest failure of an input replaces the earlier)."""
    with conn:
        conn.execute("INSERT OR REPLACE INTO errors (input, kind, message, at) VALUES (?, ?, ?, ?)",
                     (input_name, type(error).__name__, str(error), _now()))


def refresh_identity_stats(conn: sqlite3.Connection) -> None:
    """Recompute the ranking table from the identity tables as they are (one transaction)."""
    with _immediate(conn):
        _identity_stats(conn)


def _identity_stats(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM identity_stats")
    conn.execute("DELETE FROM identity_outlet_stats")
    identities.refresh_stats(conn, [row[0] for row in conn.execute("SELECT id FROM identities")])
    split = identities.source_split(conn)
    conn.executemany("INSERT OR REPLACE INTO corpus_state VALUES (?, ?)",
                     [(f"attributions_{k}", str(split.get(k, 0))) for k in ("named", "anonymous", "unresolved")])
