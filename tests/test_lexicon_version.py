"""The lexicon version reports record changes with any word list or model, so a corpus re-analyses."""

from __future__ import annotations

import re

import pytest

from sayso.nlp.extract.lexicon import resources_digest


def test_digest_is_stable_and_short() -> None:
    first = resources_digest()
    assert re.fullmatch(r"[0-9a-f]{8}", first)
    assert resources_digest() == first


def test_an_edited_list_changes_the_digest(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = resources_digest()
    (tmp_path / "hedges.txt").write_text("perhaps\n", encoding="utf-8")  # a user's own list overrides the bundled one
    monkeypatch.setenv("SAYSO_RESOURCES", str(tmp_path))
    assert resources_digest() != before
    monkeypatch.delenv("SAYSO_RESOURCES")
    assert resources_digest() == before
