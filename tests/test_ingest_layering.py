"""The ingest layer is the only way in: the parsing and fetching libraries are imported
nowhere else, and importing ``sayso.ingest`` loads neither spaCy nor those libraries (they
load on first use)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import sayso.ingest

SRC = Path(__file__).resolve().parents[1] / "src" / "sayso"
LIBRARIES = ("trafilatura", "httpx", "feedparser", "warcio", "charset_normalizer", "htmldate")


def test_only_ingest_imports_the_input_libraries():
    pattern = re.compile(rf"^\s*(?:import|from)\s+({'|'.join(LIBRARIES)})\b", re.MULTILINE)
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if "ingest" not in p.parts and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_importing_ingest_is_light():
    code = ("import sys, sayso.ingest; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {(*LIBRARIES, 'spacy', 'sayso.cli')!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_all_names_exist():
    assert sorted(sayso.ingest.__all__) == sorted(n for n in sayso.ingest.__all__ if hasattr(sayso.ingest, n))
    assert {"read_inputs", "Item", "Options"} <= set(sayso.ingest.__all__)
