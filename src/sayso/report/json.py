"""Report -> JSON: the ``sayso.report/1`` document, pretty or one line per report."""

from __future__ import annotations

import json

from sayso.model import Report

# json.dumps(ensure_ascii=False) leaves these raw, and str.splitlines() breaks on them,
# which would split one JSON Lines record in two for readers that use it.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_json(report: Report, indent: int | None = 2) -> str:
    """One ``sayso.report/1`` document, non-ASCII characters kept as they are."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonl(report: Report) -> str:
    """One compact JSON document on a single line (no trailing newline)."""
    line = json.dumps(report.to_dict(), ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _LINE_BREAKS.items():
        line = line.replace(char, escaped)
    return line
