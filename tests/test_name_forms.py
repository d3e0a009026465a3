"""The forms of a name the source modules compare by (``name_forms``): pure string functions, no model."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.name_forms import norm_name, surname


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Barack Obama", "barack obama"),
        ("the White House", "white house"),
        ("Obama's", "obama"),
        ("  Mr.   Obama ", "mr. obama"),
        ("Theresa May", "theresa may"),  # "the" only as a whole word: no article in "Theresa"
    ],
)
def test_norm_name(name: str, expected: str) -> None:
    assert norm_name(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Barack Obama", "obama"),
        ("Mr. Obama", "obama"),
        ("Obama's", "obama"),
        ("Obama’s", "obama"),
        ("The Vermont senator", "senator"),
        ("Obama", "obama"),
        # negatives: nothing to take a surname from
        ("", ""),
        ("   ", ""),
        ("the ", "the"),  # the article is dropped only before a word
    ],
)
def test_surname(name: str, expected: str) -> None:
    assert surname(name) == expected
