"""Reading the lexicon's resources (``nlp/extract/lexicon.py``): word lists lower-cased for lookup, a JSON
resource that is not JSON named in a ``ResourceError`` (exit 4), never a traceback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sayso.errors import ResourceError
from sayso.nlp.extract.lexicon import load_lexicon, read_list, read_words


def test_read_words_lower_cases_a_list() -> None:
    words = read_words("cue_verbs.txt")
    assert words == {w.lower() for w in read_list("cue_verbs.txt")} and "say" in words
    assert all(w == w.lower() for w in words)
    assert any(w != w.lower() for w in read_list("outlets.txt"))  # read_list keeps a name's capitals


@pytest.fixture
def own_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A ``SAYSO_RESOURCES`` folder; the cached lexicon is dropped before and after."""
    monkeypatch.setenv("SAYSO_RESOURCES", str(tmp_path))
    load_lexicon.cache_clear()
    yield tmp_path
    monkeypatch.delenv("SAYSO_RESOURCES")
    load_lexicon.cache_clear()


@pytest.mark.parametrize("name", ["attribution_model.json", "attribution_calibration.json", "attribution_filter.json"])
def test_a_json_resource_that_is_not_json_is_named(own_resources: Path, name: str) -> None:
    (own_resources / name).write_text('{"weights": ', encoding="utf-8")
    with pytest.raises(ResourceError, match=rf"^{re.escape(name)} is not valid JSON"):
        load_lexicon()


def test_the_adverbs_of_no_manner_load_from_their_list() -> None:
    from sayso.nlp.extract.candidates import not_manner_adverbs

    words = not_manner_adverbs()
    assert words == read_words("not_manner_adverbs.txt")
    assert {"previously", "reportedly", "publicly", "only"} <= words and "tearfully" not in words
    assert all(w.endswith("ly") for w in words)  # ``_manner_adverb`` looks up only an adverb in -ly


def _word_lists() -> list[str]:
    from importlib import resources

    return sorted(f.name for f in resources.files("sayso.nlp.resources").iterdir() if f.name.endswith(".txt"))


@pytest.mark.parametrize("name", _word_lists())
def test_every_word_list_says_what_it_is_for_and_is_read(name: str) -> None:
    """A list opens with a comment saying what it is for, holds entries, and some module names it (no orphan)."""
    from importlib import resources

    text = resources.files("sayso.nlp.resources").joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("#") and read_list(name)
    sources = Path(__file__).resolve().parents[1] / "src" / "sayso"
    assert any(f'"{name}"' in p.read_text(encoding="utf-8") for p in sources.rglob("*.py"))


@pytest.mark.parametrize(("name", "readers"), [
    ("modals.txt", ["acceptance.MODALS", "chains._MODALS", "quoted_reports._MODALS"]),
    ("first_second_person.txt", ["statement_checks._FIRST_SECOND", "writers_crowds._WRITERS_PERSONS",
                                 "writers_generalities._WRITERS_WORDS"]),
])
def test_a_list_once_written_in_several_modules_is_one_file(name: str, readers: list[str]) -> None:
    import importlib

    for reader in readers:
        module, constant = reader.split(".")
        assert getattr(importlib.import_module(f"sayso.nlp.extract.{module}"), constant) == read_words(name), reader
