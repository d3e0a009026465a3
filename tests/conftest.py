"""Shared fixtures: one spaCy pipeline per test session, and the shared corpora.

Every test that needs the real model takes the session-scoped ``nlp`` fixture, so the
model is loaded once however many tests run. Corpora live outside the repository in
``../shared/data`` (relative to the project root); tests that read them skip, with a
message, where that folder is absent.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

# the table runner's checks fail with pytest's rewritten messages (the values compared), as a test's own do
pytest.register_assert_rewrite("_cues")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline without the sayso component (``analyze`` runs the extractors)."""
    from sayso.nlp.pipeline import load_pipeline

    return load_pipeline(with_sayso=False)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; skips the test when it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared corpora not found at {path} (they live beside the project, never inside it)")
    return path


@pytest.fixture
def restore_logging():
    """The CLI configures the ``sayso`` logger; give the next test the logger as it was."""
    logger = logging.getLogger("sayso")
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.propagate = propagate
