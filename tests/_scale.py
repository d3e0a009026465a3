"""Helpers for the batch-engine tests: read a run's Parquet tables and compare two runs."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

from sayso.scale.partition import TABLES, AnalysisOptions

FIXTURE = Path(__file__).parent / "data" / "batch"
FAST = AnalysisOptions(techniques=False, claims=False)


def read_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table of a run as rows, read with pyarrow's dataset reader (either engine's layout)."""
    import pyarrow.dataset as ds

    return {t: ds.dataset(out / t, format="parquet").to_table().to_pylist() for t in TABLES}


def _name(value: str) -> str:
    return value.removeprefix("file:")  # Hadoop names local files file:/path


KEYS = {
    "articles": ("article_key",), "sources": ("article_key", "source_id"),
    "mentions": ("article_key", "source_id", "mention_index"), "attributions": ("article_key", "attribution_id"),
    "stances": ("article_key", "attribution_id"),
    "markers": ("article_key", "marker_id"), "claims": ("article_key", "claim_id"), "errors": ("input",),
}


def key(table: str, row: dict[str, Any]) -> tuple[Any, ...]:
    return (*(_name(row[c]) if table == "errors" else row[c] for c in KEYS[table]), repr(sorted(row.items())))


def assert_same_tables(a: dict[str, list[dict[str, Any]]], b: dict[str, list[dict[str, Any]]]) -> int:
    """Row for row equal (order aside; floats within 1e-6, the errors' file names without a ``file:`` scheme).

    Returns the number of rows compared.
    """
    compared = 0
    for table in TABLES:
        rows_a = sorted(a[table], key=lambda r: key(table, r))
        rows_b = sorted(b[table], key=lambda r: key(table, r))
        assert len(rows_a) == len(rows_b), f"{table}: {len(rows_a)} rows against {len(rows_b)}"
        for ra, rb in zip(rows_a, rows_b, strict=True):
            assert ra.keys() == rb.keys(), table
            for column, va in ra.items():
                vb = rb[column]
                if isinstance(va, float) and isinstance(vb, float):
                    assert math.isclose(va, vb, abs_tol=1e-6), (table, column, va, vb)
                elif table == "errors" and isinstance(va, str):
                    assert va.replace("file:", "") == vb.replace("file:", ""), (column, va, vb)
                else:
                    assert va == vb, (table, column, key(table, ra), va, vb)
            compared += 1
    return compared


def make_warc(tmp_path: Path) -> Path:
    """A WARC file with two HTML responses and one image response (made with warcio)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        pages = [("https://news.example/a", "“Prices will rise,” the central bank said on Monday. Economists said the move was expected."),
                 ("https://news.example/b", "The mayor said the road would reopen. “We are nearly done,” an engineer told reporters.")]
        for url, text in pages:
            body = f"<html><head><title>{url}</title></head><body><article><p>{text}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/i.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=headers))
    return path
