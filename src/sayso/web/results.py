"""Permanent links to analyses: each report kept as its JSON document and its rendered page body.

A report's id is a hash of its JSON document, so analysing the same text with the same
options twice gives the same link. The files live in one folder beside the database
(``sayso.db.reports/`` by default); writing goes through a temporary file and a rename,
so a reader never sees half a report.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from sayso.model import Report
from sayso.report.html import to_html_fragment
from sayso.report.json import to_json

ID = re.compile(r"^[0-9a-f]{20}$")


class Results:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, report: Report, *, name: str | None = None) -> str:
        document = to_json(report, indent=None)
        rid = hashlib.sha256(document.encode("utf-8")).hexdigest()[:20]
        if not (self.folder / f"{rid}.json").exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            meta = {"title": report.article.title or name or "", "chars": len(report.article.text),
                    "attributions": len(report.attributions)}
            self._write(f"{rid}.html", to_html_fragment(report, name=name))
            self._write(f"{rid}.meta.json", json.dumps(meta))
            self._write(f"{rid}.json", document)  # last: its presence means the others are there
        return rid

    def document(self, rid: str) -> str | None:
        return self._read(rid, ".json")

    def fragment(self, rid: str) -> str | None:
        return self._read(rid, ".html")

    def meta(self, rid: str) -> dict:
        raw = self._read(rid, ".meta.json")
        return json.loads(raw) if raw else {}

    def _read(self, rid: str, suffix: str) -> str | None:
        if not ID.match(rid):
            return None
        try:
            return (self.folder / f"{rid}{suffix}").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def _write(self, name: str, text: str) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, self.folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
