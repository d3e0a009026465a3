"""The blind audits' verdict rows as ``build.py`` writes them, read by one function for every script that uses them.

    from verdict_gold.rows import PAGES, VERDICTS, read_rows   # with bench/ on sys.path

``verdicts.jsonl`` (PTC articles), ``pages.jsonl`` (real pages), ``sentences.jsonl`` (single wire-news sentences) and
``polnear_pages.jsonl`` (whole PolNeAR articles) hold one JSON object a line: a judged prediction, or the ``missed``
row of an article (``build.py`` says what each field means).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

GOLD = Path(__file__).resolve().parent
VERDICTS = GOLD / "verdicts.jsonl"
PAGES = GOLD / "pages.jsonl"
SENTENCES = GOLD / "sentences.jsonl"  # single news sentences (``sentences.py``)
POLNEAR_PAGES = GOLD / "polnear_pages.jsonl"  # whole PolNeAR articles (``polnear_pages.py``)


def read_rows(path: Path) -> list[dict]:
    """The rows of ``path``, in file order (blank lines passed over)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gone_audit_rows(committed: list[dict], audit: int | str, folder: Path) -> tuple[list[dict], list[str]]:
    """The rows ``committed`` holds for ``audit``, whose folder is gone, and a problem where it holds none."""
    old = [r for r in committed if r["audit"] == audit]
    return old, [] if old else [f"audit {audit}: no folder at {folder} and no committed rows"]


def build_audits(folders: Iterable[tuple[int | str, Path]], committed: list[dict], marker: str,
                 read: Callable[[Path, int | str], tuple[list[dict], list[str]]]) -> tuple[list[dict], list[str]]:
    """The rows of every ``(audit, folder)``: ``read(folder, audit)`` where the folder still holds its ``marker``
    file, else the rows ``committed`` holds for that audit (folders of earlier stops can be lost); with the
    problems met on the way."""
    rows: list[dict] = []
    problems: list[str] = []
    for audit, folder in folders:
        more, trouble = read(folder, audit) if (folder / marker).exists() else gone_audit_rows(committed, audit, folder)
        rows += more
        problems += trouble
    return rows, problems
