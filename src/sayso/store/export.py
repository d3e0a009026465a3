"""The corpus as files: one per table, in the columns of :mod:`sayso.tables`, streamed in batches.

Parquet needs pyarrow (the ``corpus`` extra); CSV and JSONL need nothing. Booleans are
``true``/``false`` in CSV, nulls are empty fields.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sayso import tables
from sayso.errors import InputError

FORMATS = ("parquet", "csv", "jsonl")
BATCH = 5000
_SUFFIX = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}

_ARTICLE = "ar.article_key, ar.corpus_id, ar.outlet, ar.published, ar.pipeline_version"



def _attribution_query(table: str) -> str:
    """The SELECT of a table in the attributions' columns (``attributions``, ``stances``)."""
    return (f"SELECT {_ARTICLE}, a.attribution_id, a.kind, a.source_id, a.source_name, a.source_type, "
            "a.source_start, a.source_end, a.source_text, a.cue_start, a.cue_end, a.cue_text, a.content_start, "
            "a.content_end, a.content_text, a.content_parts, a.addressee, a.via, a.chain, a.hedged, a.confidence "
            f"FROM {table} a JOIN articles ar ON ar.id = a.article ORDER BY ar.id, a.content_start")


# Each table's SELECT: its columns in the order of tables.COLUMNS / CORPUS_COLUMNS.
QUERIES: dict[str, str] = {
    "articles": "SELECT article_key, corpus_id, outlet, published, pipeline_version, url, title, authors, language, "
                "text, n_sources, n_attributions, n_markers, n_claims, warnings FROM articles ar ORDER BY id",
    "sources": f"SELECT {_ARTICLE}, s.source_id, s.name, s.type, s.description, s.n_mentions, s.first_start, "
               "s.first_end, s.first_text FROM sources s JOIN articles ar ON ar.id = s.article ORDER BY ar.id, s.source_id",
    "mentions": f'SELECT {_ARTICLE}, m.source_id, m.mention_index, m.start, m."end", m.text FROM mentions m '
                "JOIN articles ar ON ar.id = m.article ORDER BY ar.id, m.source_id, m.mention_index",
    "attributions": _attribution_query("attributions"),
    "stances": _attribution_query("stances"),  # a stance has an attribution's columns (``tables.COLUMNS``)
    "markers": f'SELECT {_ARTICLE}, k.marker_id, k.type, k.label, k.start, k."end", k.text, k.attribution_id, '
               "k.confidence FROM markers k JOIN articles ar ON ar.id = k.article ORDER BY ar.id, k.start",
    "claims": f'SELECT {_ARTICLE}, c.claim_id, c.start, c."end", c.text, c.checkworthiness, c.attribution_id '
              "FROM claims c JOIN articles ar ON ar.id = c.article ORDER BY ar.id, c.start",
    "identities": "SELECT i.id, i.name, i.type, (SELECT count(*) FROM identity_aliases a WHERE a.identity = i.id), "
                  "(SELECT count(*) FROM identity_members m WHERE m.identity = i.id) FROM identities i ORDER BY i.id",
    "identity_aliases": "SELECT identity, alias FROM identity_aliases ORDER BY identity, alias",
    "identity_members": "SELECT m.identity, ar.article_key, ar.corpus_id, m.source_id FROM identity_members m "
                        "JOIN articles ar ON ar.id = m.article ORDER BY m.identity, ar.id, m.source_id",
    "citation_edges": f"SELECT {_ARTICLE}, c.citing, c.cited, c.month, c.count FROM citations c "
                      "JOIN articles ar ON ar.id = c.article ORDER BY ar.id, c.cited",
}


def columns(table: str) -> tuple[tuple[str, str], ...]:
    return tables.COLUMNS.get(table) or tables.CORPUS_COLUMNS[table]


def batches(conn: sqlite3.Connection, table: str) -> Iterator[list[dict[str, Any]]]:
    """The table's rows as dicts, ``BATCH`` at a time, with Python types (bools as bools)."""
    spec = columns(table)
    names = [n for n, _ in spec]
    bools = [n for n, t in spec if t.startswith("bool")]
    cursor = conn.execute(QUERIES[table])
    while rows := cursor.fetchmany(BATCH):
        out = [dict(zip(names, row, strict=True)) for row in rows]
        for row in out:
            for name in bools:
                row[name] = None if row[name] is None else bool(row[name])
        yield out


def export_tables(conn: sqlite3.Connection, directory: Path, fmt: str) -> dict[str, Path]:
    """Write every table to ``directory/<table><suffix>``; the paths, by table."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    writer = {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl}[fmt]
    directory.mkdir(parents=True, exist_ok=True)
    conn.execute("BEGIN")  # one snapshot: a concurrent ingest does not tear the tables apart
    try:
        written = {}
        for table in QUERIES:
            path = directory / f"{table}{_SUFFIX[fmt]}"
            writer(path, table, batches(conn, table))
            written[table] = path
    finally:
        conn.execute("ROLLBACK")
    return written


def _csv(path: Path, table: str, rows: Iterator[list[dict[str, Any]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow([n for n, _ in columns(table)])
        for batch in rows:
            out.writerows([_csv_value(v) for v in row.values()] for row in batch)


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _jsonl(path: Path, table: str, rows: Iterator[list[dict[str, Any]]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for batch in rows:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in batch)


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(n, types[t.rstrip("?")], nullable=t.endswith("?")) for n, t in columns(table)])


def _parquet(path: Path, table: str, rows: Iterator[list[dict[str, Any]]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise InputError("--format parquet needs pyarrow: pip install 'sayso[corpus]' (or use csv or jsonl)") from e
    schema = arrow_schema(table)
    with pq.ParquetWriter(path, schema, compression="zstd") as out:
        empty = True
        for batch in rows:
            out.write_table(pa.Table.from_pylist(batch, schema=schema))
            empty = False
        if empty:
            out.write_table(schema.empty_table())
