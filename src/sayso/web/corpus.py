"""The web app's door to the corpus (``sayso.Corpus``, the store's facade), where this sayso has it.

The app reads the corpus only through that facade: it never opens the database itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sayso.model import Report
from sayso.web.problems import Problem


def available() -> bool:
    try:
        from sayso.corpus.api import Corpus  # noqa: F401
    except ImportError:
        return False
    return True


def open_corpus(path: Path) -> Any | None:
    if not available():
        return None
    from sayso.corpus.api import Corpus

    return Corpus(path)


def store(path: Path, report: Report) -> str:
    corpus = open_corpus(path)
    if corpus is None:
        raise Problem(501, None, "this sayso has no corpus store; the report was not stored")
    raise Problem(501, None, "storing into the corpus is not wired yet")
