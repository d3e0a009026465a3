"""Report -> the ways out: JSON and JSON Lines, Markdown, CSV, HTML and a Rich terminal view.

Each renderer is a pure function of a ``Report`` (the text view prints on the Rich
console it is given); none of them reads files or loads the pipeline.
"""

from __future__ import annotations

from sayso.report.csv import to_csv
from sayso.report.html import to_html
from sayso.report.json import to_json, to_jsonl
from sayso.report.markdown import to_markdown
from sayso.report.text import render_text, text_view

__all__ = ["render_text", "text_view", "to_csv", "to_html", "to_json", "to_jsonl", "to_markdown"]
