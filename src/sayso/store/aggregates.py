"""Aggregate views for researchers, on SQLite or on DuckDB over the exported Parquet tables.

    top_sources   the most attributed identities per outlet and month
    spread        statements matching some words, counted by outlet and day

Both engines answer with the same rows (``outlet, month, rank, name, type, attributions``
and ``outlet, day, statements, articles``), so a test can hold them to each other and
``bench/corpus.py aggregates`` can time them. DuckDB is optional (``duckdb`` package).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")

TOP_SOURCES_SQL = """
WITH counts AS (
    SELECT {outlet} AS outlet, {month} AS month, i.name AS name, i.type AS type, count(*) AS attributions
    FROM {attributions} a
    JOIN {members} m ON {member_join}
    JOIN {identities} i ON i.{identity_id} = m.{member_identity}
    JOIN {articles} ar ON {article_join}
    GROUP BY 1, 2, i.{identity_id}, i.name, i.type
)
SELECT outlet, month, rank, name, type, attributions FROM (
    SELECT *, row_number() OVER (PARTITION BY outlet, month ORDER BY attributions DESC, name) AS rank FROM counts
) WHERE rank <= ? ORDER BY outlet, month, rank
"""


def top_sources_sqlite(conn: sqlite3.Connection, n: int = 5) -> list[tuple[Any, ...]]:
    sql = TOP_SOURCES_SQL.format(
        outlet="coalesce(ar.outlet, '')", month="coalesce(substr(ar.published, 1, 7), '')",
        attributions="attributions", members="identity_members", identities="identities", articles="articles",
        member_join="m.article = a.article AND m.source_id = a.source_id", identity_id="id",
        member_identity="identity", article_join="ar.id = a.article")
    return [tuple(r) for r in conn.execute(sql, (n,))]


def spread_sqlite(conn: sqlite3.Connection, text: str) -> list[tuple[Any, ...]]:
    words = _WORD.findall(text.lower())
    if not words:
        return []
    sql = """SELECT coalesce(ar.outlet, '') AS outlet, coalesce(substr(ar.published, 1, 10), '') AS day,
                    count(*) AS statements, count(DISTINCT s.article) AS articles
             FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN articles ar ON ar.id = s.article
             WHERE statements_fts MATCH ? GROUP BY 1, 2 ORDER BY 2, 1"""
    return [tuple(r) for r in conn.execute(sql, (" ".join(f'"{w}"' for w in words),))]


def open_parquet(directory: Path) -> Any:
    """A DuckDB connection with a view per exported Parquet table."""
    import duckdb

    conn = duckdb.connect()
    for table in ("articles", "attributions", "claims", "identities", "identity_members"):
        path = str(directory / f"{table}.parquet").replace("'", "''")  # a view cannot take a parameter
        conn.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{path}')")
    return conn


def top_sources_duckdb(directory: Path, n: int = 5, *, conn: Any = None) -> list[tuple[Any, ...]]:
    conn = conn or open_parquet(directory)
    sql = TOP_SOURCES_SQL.format(
        outlet="coalesce(ar.outlet, '')", month="coalesce(substr(ar.published, 1, 7), '')",
        attributions="attributions", members="identity_members", identities="identities", articles="articles",
        member_join="m.article_key = a.article_key AND m.source_id = a.source_id", identity_id="identity_id",
        member_identity="identity_id", article_join="ar.article_key = a.article_key")
    return [tuple(r) for r in conn.execute(sql, [n]).fetchall()]


def spread_duckdb(directory: Path, text: str, *, conn: Any = None) -> list[tuple[Any, ...]]:
    """The same words matched as whole words, case-insensitively (DuckDB has no FTS index over Parquet).

    FTS5's porter stemmer also matches inflections ("bomb" finds "bombed"); DuckDB here
    matches the words as given, so counts agree only for queries without inflected matches.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return []
    conn = conn or open_parquet(directory)
    where = " AND ".join("regexp_matches(lower(text), ?)" for _ in words)
    sql = f"""WITH s AS (SELECT article_key, outlet, published, content_text AS text FROM attributions
                         UNION ALL SELECT article_key, outlet, published, text FROM claims)
              SELECT coalesce(outlet, '') AS outlet, coalesce(substr(published, 1, 10), '') AS day,
                     count(*) AS statements, count(DISTINCT article_key) AS articles
              FROM s WHERE {where} GROUP BY 1, 2 ORDER BY 2, 1"""
    return [tuple(r) for r in conn.execute(sql, [rf"\b{re.escape(w)}\b" for w in words]).fetchall()]
