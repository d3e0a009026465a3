"""The identity tables, read and written piece by piece for an incremental refresh.

``sayso.corpus.identity_refresh`` decides what changes; these functions run its queries,
inside the one write transaction it holds (:func:`sayso.store.write.transaction`). Identity
ids are hashes of group keys, so a group that only gains members keeps its id and rows.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence

from sayso.corpus.types import Identity

KeyRow = tuple[str, str, str, str, str]  # (article key, source id, block key, type, name)


def needs_rebuild(conn: sqlite3.Connection) -> bool:
    """Whether the next refresh must be a full one (a fresh or upgraded corpus, an article deleted)."""
    row = conn.execute("SELECT value FROM corpus_state WHERE name = 'identities_rebuild'").fetchone()
    return row is not None and row[0] == "1"


def clear(conn: sqlite3.Connection) -> None:
    """Forget every identity and block key; every article pending again."""
    for table in ("identity_members", "identity_aliases", "identity_stats", "identity_outlet_stats", "identities",
                  "identity_keys"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT OR IGNORE INTO identity_pending SELECT id FROM articles")
    conn.executemany("INSERT OR REPLACE INTO corpus_state VALUES (?, '0')",
                     [(f"attributions_{k}",) for k in ("named", "anonymous", "unresolved")])


def key_set(conn: sqlite3.Connection) -> set[str]:
    """The distinct block keys stored (read from their index, not from the records)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT key FROM identity_keys")}


def add_keys(conn: sqlite3.Connection, rows: Sequence[KeyRow]) -> None:
    conn.executemany("""INSERT OR REPLACE INTO identity_keys (article, source_id, key, type, name)
                        SELECT id, ?, ?, ?, ? FROM articles WHERE article_key = ?""",
                     [(source, key, typ, name, article) for article, source, key, typ, name in rows])


def keyed_records(conn: sqlite3.Connection, keys: Iterable[str]) -> list[KeyRow]:
    """Every stored record whose block key is one of ``keys``."""
    keys = sorted(set(keys))
    out: list[KeyRow] = []
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out += conn.execute(f"""SELECT ar.article_key, k.source_id, k.key, k.type, k.name FROM identity_keys k
                                JOIN articles ar ON ar.id = k.article WHERE k.key IN ({', '.join('?' * len(chunk))})""",
                            chunk).fetchall()
    return out


def _touched(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_identities (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.touched_identities")
    conn.executemany("INSERT OR IGNORE INTO temp.touched_identities VALUES (?)", [(i,) for i in ids])


def delete_identities(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Drop identities with their members, aliases and stats (the foreign keys cascade)."""
    conn.executemany("DELETE FROM identities WHERE id = ?", [(i,) for i in set(ids)])


def reserve(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Rows for identities about to gain members (named once their counts are read: ``put_identities``)."""
    conn.executemany("INSERT OR IGNORE INTO identities (id, name, type) VALUES (?, '', '')", [(i,) for i in ids])


def add_members(conn: sqlite3.Connection, rows: Sequence[tuple[str, str, str]]) -> None:
    """(article key, source id, identity id) rows."""
    conn.executemany("""INSERT OR REPLACE INTO identity_members (article, source_id, identity)
                        SELECT id, ?, ? FROM articles WHERE article_key = ?""",
                     [(source, identity, article) for article, source, identity in rows])


def member_counts(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, tuple[Counter[str], Counter[str]]]:
    """For each identity: how often its members spell each name, how often they carry each type."""
    _touched(conn, ids)
    out: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for identity, name, typ, n in conn.execute("""
            SELECT m.identity, k.name, k.type, count(*) FROM identity_members m
            JOIN identity_keys k ON k.article = m.article AND k.source_id = m.source_id
            WHERE m.identity IN (SELECT id FROM temp.touched_identities) GROUP BY 1, 2, 3"""):
        names, types = out.setdefault(identity, (Counter(), Counter()))
        names[name] += n
        types[typ] += n
    return out


def put_identities(conn: sqlite3.Connection, identities: Sequence[Identity]) -> None:
    """Insert or update identities (name, type) and replace their aliases; their members are left alone."""
    conn.executemany("INSERT INTO identities (id, name, type) VALUES (?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type",
                     [(i.id, i.name, i.type) for i in identities])
    conn.executemany("DELETE FROM identity_aliases WHERE identity = ?", [(i.id,) for i in identities])
    conn.executemany("INSERT OR IGNORE INTO identity_aliases (identity, alias) VALUES (?, ?)",
                     [(i.id, alias) for i in identities for alias in {i.name, *i.aliases}])


def refresh_stats(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Recompute the ranking rows of these identities only."""
    _touched(conn, ids)
    conn.execute("DELETE FROM identity_stats WHERE identity IN (SELECT id FROM temp.touched_identities)")
    conn.execute("""
        INSERT INTO identity_stats
        SELECT i.id, i.name, i.type, count(*), count(DISTINCT a.article), count(DISTINCT ar.outlet),
               min(ar.published), max(ar.published)
        FROM temp.touched_identities t
        JOIN identities i ON i.id = t.id
        JOIN identity_members m ON m.identity = t.id
        JOIN attributions a ON a.article = m.article AND a.source_id = m.source_id
        JOIN articles ar ON ar.id = a.article
        GROUP BY i.id""")
    conn.execute("DELETE FROM identity_outlet_stats WHERE identity IN (SELECT id FROM temp.touched_identities)")
    conn.execute("""
        INSERT INTO identity_outlet_stats
        SELECT m.identity, ar.outlet, count(*), count(DISTINCT a.article), min(ar.published), max(ar.published)
        FROM temp.touched_identities t
        JOIN identity_members m ON m.identity = t.id
        JOIN attributions a ON a.article = m.article AND a.source_id = m.source_id
        JOIN articles ar ON ar.id = a.article
        WHERE ar.outlet IS NOT NULL
        GROUP BY m.identity, ar.outlet""")


def source_split(conn: sqlite3.Connection, pending_only: bool = False) -> dict[str, int]:
    """Attributions counted as named, anonymous or unresolved (all, or the pending articles' only)."""
    where = "WHERE article IN (SELECT article FROM identity_pending)" if pending_only else ""
    return dict(conn.execute(f"""SELECT CASE WHEN source_type = 'anonymous' THEN 'anonymous'
                                            WHEN source_type = 'unresolved' THEN 'unresolved' ELSE 'named' END,
                                       count(*) FROM attributions {where} GROUP BY 1"""))


def resolve_pending(conn: sqlite3.Connection) -> None:
    """Count the pending articles' attributions into the named/anonymous split and mark them resolved."""
    new = source_split(conn, pending_only=True)
    old = dict(conn.execute("SELECT name, value FROM corpus_state WHERE name LIKE 'attributions_%'"))
    conn.executemany("INSERT OR REPLACE INTO corpus_state VALUES (?, ?)",
                     [(f"attributions_{k}", str(int(old.get(f"attributions_{k}", 0)) + new.get(k, 0)))
                      for k in ("named", "anonymous", "unresolved")])
    conn.execute("DELETE FROM identity_pending")
    conn.execute("INSERT OR REPLACE INTO corpus_state VALUES ('identities_stale', '0')")
    conn.execute("INSERT OR REPLACE INTO corpus_state VALUES ('identities_rebuild', '0')")
