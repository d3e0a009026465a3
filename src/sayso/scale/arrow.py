"""The tables' columns as Arrow schemas, and rows as Arrow batches (pyarrow: the ``corpus`` extra).

Every column is nullable in Parquet: the ``?`` of ``sayso.tables.COLUMNS`` is documentation,
and Spark writes every column nullable anyway, so both engines' files have one schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sayso.errors import SaysoError
from sayso.scale.partition import TABLES

if TYPE_CHECKING:
    import pyarrow as pa

INSTALL_HINT = 'pip install "sayso[corpus]"'


def pyarrow() -> Any:
    """The pyarrow module, or a clear error saying how to install it."""
    try:
        import pyarrow as pa
        import pyarrow.parquet  # noqa: F401
    except ImportError as e:
        raise SaysoError(f"writing Parquet needs pyarrow: {INSTALL_HINT}") from e
    return pa


def _type(pa: Any, name: str) -> pa.DataType:
    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[name.rstrip("?")]


def table_schema(table: str) -> pa.Schema:
    pa = pyarrow()
    return pa.schema([pa.field(col, _type(pa, kind)) for col, kind in TABLES[table]])


def union_schema() -> pa.Schema:
    """One row of any table: ``table`` names it, and the struct column of that name holds it."""
    pa = pyarrow()
    return pa.schema([pa.field("table", pa.string())]
                     + [pa.field(t, pa.struct(list(table_schema(t)))) for t in TABLES])


def union_batch(pairs: Iterable[tuple[str, dict[str, Any]]]) -> pa.RecordBatch:
    """``(table, row)`` pairs as one batch of ``union_schema()``."""
    pa = pyarrow()
    pairs = list(pairs)
    schema = union_schema()
    columns = [pa.array([t for t, _ in pairs], pa.string())]
    for field in list(schema)[1:]:
        columns.append(pa.array([row if t == field.name else None for t, row in pairs], field.type))
    return pa.RecordBatch.from_arrays(columns, schema=schema)
