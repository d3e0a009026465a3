"""The quotation-mark sets owned by ``quote_marks``: each caller's set pinned to what it held as a local copy, so
that moving the copies into one module changed nothing a caller reads (value and container type alike)."""

from __future__ import annotations

import importlib

import pytest

from sayso.nlp.extract import quote_marks

# (module, name, the set it held before ``quote_marks`` owned it)
_PINNED = [
    ("quotes", "_DOUBLE_MARKS", "\"“”«»„"),
    ("coordinated_acts", "_QUOTE_MARKS", frozenset({'"', "“", "‘", "«", "'"})),
    ("dangling_ends", "_OPENING_MARKS", frozenset({"\"", "“", "‘", "«", "'"})),
    ("non_statements", "_OPENING_QUOTES", "\"“‘'«"),
    ("quoted_reports", "_OPENING_MARKS", frozenset({"‘", "“", "'", '"'})),
    ("quoted_reports", "_CLOSING_MARKS", frozenset({"’", "”"})),
    ("inner_trailers", "_OUTER_MARKS", frozenset("“”\"«»")),
    ("chains", "_QUOTE_MARKS", frozenset("\"“”«»„")),
    ("crossed_trailers", "_QUOTE_MARKS", frozenset('"“”‘’«»') | {"``", "''"}),
    ("advocated_things", "_DOUBLE_MARKS", frozenset({'"', "“", "”", "``", "''"})),
    ("colon_quotes", "_OPENING", frozenset({'"', "“", "''", "``"})),
    ("candidates", "_OPENING_QUOTES", frozenset({'"', "“"})),
    ("candidates", "_OPENING_MARKS", ("\"", "“", "‘", "«")),
    ("act_grounds", "_QUOTE_MARKS", ('"', "“", "”", "‘")),
    ("stances", "_QUOTE_MARKS", frozenset('"“”„‟«»‹›\'‘’`')),
    ("misparsed_speakers", "_QUOTE_MARKS", frozenset("\"'“”‘’«»" + "`")),
    ("quote_trailers", "_CLOSING_MARKS", frozenset("\"”’'" + "»")),
]


@pytest.mark.parametrize("module, name, old", _PINNED, ids=[f"{m}.{n}" for m, n, _ in _PINNED])
def test_caller_keeps_its_old_set(module: str, name: str, old: object) -> None:
    now = getattr(importlib.import_module(f"sayso.nlp.extract.{module}"), name)
    assert type(now) is type(old)
    assert now == old if not isinstance(old, tuple) else sorted(now) == sorted(old)


def test_quoted_pronouns_keeps_its_double_marks() -> None:
    from sayso.nlp.extract.quoted_pronouns import _DOUBLE_MARKS
    assert isinstance(_DOUBLE_MARKS, tuple) and sorted(_DOUBLE_MARKS) == sorted(("“", "”", '"', "«", "»"))


@pytest.mark.parametrize("name, old", [
    ("CLOSING_QUOTES", "\"”’"),
    ("CLOSING_QUOTES_AND_APOSTROPHE", "\"”’'"),
    ("QUOTE_MARKS", "\"'“”‘’«»"),
])
def test_shared_sets_keep_their_value(name: str, old: str) -> None:
    """The sets once kept in ``quotes``, which many callers strip or test against, are the same strings."""
    assert getattr(quote_marks, name) == old


@pytest.mark.parametrize("text, found", [
    ('He said "no".', True), ("He said “no”.", True), ("«non»", True), ("„nein“", True),
    ("``wire''", True), ("''wire''", True), ("It's the Smiths' house, 'we' said", False), ("‘single’", False),
])
def test_british_double_mark_test_reads_as_before(text: str, found: bool) -> None:
    """``british_quotes``'s double-mark pattern, built from the owned set, finds what its old literal did."""
    from sayso.nlp.extract.british_quotes import _DOUBLE_MARKS
    assert bool(_DOUBLE_MARKS.search(text)) is found
    assert {c for c in "\"'“”‘’«»„‟`" if _DOUBLE_MARKS.fullmatch(c)} == set("\"“”«»„")


def test_low_and_guillemet_variants_differ_only_as_named() -> None:
    assert set(quote_marks.DOUBLE_MARKS) - set(quote_marks.DOUBLE_MARKS_BUT_LOW) == {"„"}
    assert set(quote_marks.DOUBLE_MARKS_BUT_LOW) - set(quote_marks.DOUBLE_MARKS_BUT_GUILLEMETS) == {"«", "»"}
    assert set(quote_marks.OPENING_QUOTES) - set(quote_marks.OPENING_QUOTES_BUT_GUILLEMET) == {"«"}
    assert set(quote_marks.OPENING_QUOTES) - set(quote_marks.OPENING_QUOTES_BUT_STRAIGHT_SINGLE) == {"'"}
