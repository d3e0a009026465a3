"""``process_partition``: records in, table rows out; the one function every engine runs.

The spaCy pipeline and the MiniLM stages are loaded once per process (``sayso.nlp.pipeline``
and ``sayso.persuasion`` keep them in module-level caches), so an engine that reuses its
worker processes (Spark does by default, ``spark.python.worker.reuse``) pays for them once
per executor worker, not per record or per partition. Articles go through
``sayso.analyzer.iter_outcomes`` (the one orchestration path) in batches, so a partition of
any size streams. Rows come from ``sayso.tables``: the corpus export's columns, row for row.

A record that cannot be read or analysed becomes an ``errors`` row with its reason; nothing
a record holds can fail the partition.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sayso.analyzer import iter_outcomes
from sayso.errors import ModelError, ResourceError, SaysoError
from sayso.scale.records import Loaded, Record, load_record
from sayso.tables import COLUMNS, report_rows

log = logging.getLogger(__name__)

Row = dict[str, Any]

ERROR_COLUMNS: tuple[tuple[str, str], ...] = (("input", "str"), ("error", "str"), ("reason", "str"))
"""**errors** (one row per record or article that gave no report): ``input`` names it
(``FILE``, ``FILE@OFFSET`` for a JSONL line, ``FILE#N (URI)`` for a WARC record),
``error`` is the exception class (``InputError``, ``EmptyInputError``, ...), ``reason`` the message."""

TABLES: dict[str, tuple[tuple[str, str], ...]] = {**COLUMNS, "errors": ERROR_COLUMNS}


@dataclass(frozen=True)
class AnalysisOptions:
    """What ``sayso analyze`` lets a user choose about the analysis itself."""

    model: str | None = None
    techniques: bool = True
    claims: bool = True
    batch_size: int = 32  # articles handed to iter_outcomes at once: bounds memory, keeps spaCy batching


DEFAULT_OPTIONS = AnalysisOptions()


def process_partition(records: Iterable[Record], options: AnalysisOptions = DEFAULT_OPTIONS) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for every article of every record, ``errors`` rows for what failed, in input order.

    Rows of one article come together: its ``articles`` row, then sources, mentions,
    attributions, markers and claims.
    """
    loaded = (item for record in records for item in load_record(record))
    while batch := list(islice(loaded, options.batch_size)):
        yield from _analyse_batch(batch, options)


def error_row(name: str, error: BaseException) -> Row:
    message = str(error)
    reason = message if name in message else f"{name}: {message}"
    return {"input": name, "error": type(error).__name__, "reason": reason}


def _analyse_batch(batch: list[Loaded], options: AnalysisOptions) -> Iterator[tuple[str, Row]]:
    try:
        outcomes = list(iter_outcomes([item.article or item.error for item in batch], model=options.model,
                                      techniques=options.techniques, claims=options.claims))
    except (ModelError, ResourceError):
        raise  # a broken installation, not a bad record: every record would fail the same way
    except Exception as e:
        if len(batch) == 1:
            log.debug("analysis failed", exc_info=True)
            name = batch[0].name
            yield "errors", {"input": name, "error": type(e).__name__,
                             "reason": f"{name}: internal error while analysing ({type(e).__name__}: {e})"}
            return
        # One article broke the batch (a bug, not bad input): find it by analysing each alone.
        for item in batch:
            yield from _analyse_batch([item], options)
        return
    for outcome in outcomes:
        item = batch[outcome.index]
        if outcome.error is not None or outcome.report is None:
            yield "errors", error_row(item.name, outcome.error or SaysoError("no report"))
            continue
        report = outcome.report
        if item.warnings:
            report = dataclasses.replace(report, warnings=(*item.warnings, *report.warnings))
        for table, rows in report_rows(report).items():
            for row in rows:
                yield table, row

