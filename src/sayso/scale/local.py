"""The local engine: plain Python on one machine, optionally over several processes.

Records are read here, cut into chunks and analysed by ``process_partition`` in this process
or in ``workers`` spawned processes (each loads the models once); this process writes every
table as ``OUT/<table>/part-00000.parquet``, the layout Spark writes, so readers take
either engine's output the same way.
"""

from __future__ import annotations

import multiprocessing
import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from sayso.errors import InputError
from sayso.scale.arrow import pyarrow, table_schema
from sayso.scale.partition import DEFAULT_OPTIONS, TABLES, AnalysisOptions, Row, error_row, process_partition
from sayso.scale.records import Record, expand_local, local_records
from sayso.scale.summary import Summary

CHUNK_RECORDS = 16  # records per task sent to a worker process
FLUSH_ROWS = 2000  # rows of one table buffered before they are written as a row group


def prepare_out(out: str | Path, *, overwrite: bool) -> None:
    """Refuse to mix a new run with tables already in ``out``, unless told to replace them."""
    out = Path(out)
    existing = [t for t in TABLES if (out / t).exists()]
    if existing and not overwrite:
        raise InputError(f"{out} already holds tables ({', '.join(existing)}); choose another --out or pass --overwrite")
    for t in existing:
        shutil.rmtree(out / t)


class ParquetTables:
    """One Parquet file per table, written in row groups as rows arrive (memory stays flat)."""

    def __init__(self, out: Path) -> None:
        pa = pyarrow()
        self._pa = pa
        self._buffers: dict[str, list[Row]] = {t: [] for t in TABLES}
        self._writers = {}
        for t in TABLES:
            (out / t).mkdir(parents=True, exist_ok=True)
            self._writers[t] = pa.parquet.ParquetWriter(out / t / "part-00000.parquet", table_schema(t))
        self.counts = dict.fromkeys(TABLES, 0)

    def add(self, table: str, row: Row) -> None:
        buffer = self._buffers[table]
        buffer.append(row)
        self.counts[table] += 1
        if len(buffer) >= FLUSH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        if self._buffers[table]:
            writer = self._writers[table]
            writer.write_table(self._pa.Table.from_pylist(self._buffers[table], schema=writer.schema))
            self._buffers[table] = []

    def close(self) -> None:
        for t, writer in self._writers.items():
            self._flush(t)
            writer.close()


def run_local(inputs: Iterable[str], out: str | Path, options: AnalysisOptions = DEFAULT_OPTIONS, *,
              workers: int = 1, overwrite: bool = False) -> Summary:
    """Analyse every input and write the tables under ``out``; bad inputs become ``errors`` rows."""
    out = Path(out)
    files, missing = expand_local(inputs)
    prepare_out(out, overwrite=overwrite)
    tables = ParquetTables(out)
    summary = Summary()
    try:
        for item in missing:
            tables.add("errors", error_row(item.name, item.error or InputError("nothing to read")))
        for table, row in _rows(local_records(files), options, workers):
            tables.add(table, row)
    finally:
        tables.close()
        summary.finish(tables.counts)
    return summary


def _rows(records: Iterator[Record], options: AnalysisOptions, workers: int) -> Iterator[tuple[str, Row]]:
    if workers <= 1:
        yield from process_partition(records, options)
        return
    chunks = iter(lambda: list(islice(records, CHUNK_RECORDS)), [])
    # spawn, not fork: a forked copy of a process that has started torch's threads can hang.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        window: deque[Any] = deque()
        for chunk in chunks:  # at most 2 chunks per worker in flight: reading keeps pace with analysis
            window.append(pool.apply_async(_analyse_chunk, (chunk, options)))
            if len(window) >= 2 * workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def _analyse_chunk(chunk: list[Record], options: AnalysisOptions) -> list[tuple[str, Row]]:
    return list(process_partition(chunk, options))
