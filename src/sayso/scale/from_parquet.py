"""Parquet tables (``sayso batch`` or ``sayso export``) back as Reports, for ``sayso ingest --from-parquet``.

The entity tables are read into memory grouped by article (columns as Arrow keeps them,
rows as dicts): a corpus of some 100k articles at once; load a bigger run in parts (one
``sayso batch --out`` per day's input, say).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sayso.errors import InputError
from sayso.model import Report
from sayso.scale.arrow import pyarrow
from sayso.tables import COLUMNS, report_from_rows

ENTITY_TABLES = tuple(t for t in COLUMNS if t != "articles")


def _dataset(folder: Path, table: str) -> Any:
    pyarrow()
    import pyarrow.dataset as ds

    path = folder / table
    if not path.exists():
        return None
    return ds.dataset(path, format="parquet", exclude_invalid_files=True)


def parquet_reports(folder: str | Path) -> Iterator[Report]:
    """One Report per ``articles`` row of ``folder``, with its rows of the other tables."""
    folder = Path(folder)
    articles = _dataset(folder, "articles")
    if articles is None:
        raise InputError(f"{folder}: no articles table here (expected {folder}/articles/*.parquet, as sayso batch writes)")
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in ENTITY_TABLES:
        data = _dataset(folder, table)
        for row in data.to_table().to_pylist() if data is not None else ():
            grouped.setdefault(row["article_key"], {}).setdefault(table, []).append(row)
    for batch in articles.to_batches():
        for article in batch.to_pylist():
            yield report_from_rows(article, grouped.pop(article["article_key"], {}))


def parquet_errors(folder: str | Path) -> list[dict[str, Any]]:
    """The ``errors`` table's rows (input, error, reason), none when there is no such table."""
    data = _dataset(Path(folder), "errors")
    return data.to_table().to_pylist() if data is not None else []
