"""The one-word names a person is later called by (``source_context.short_names``): a pure table."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.source_context import short_names

ROLES = frozenset({"president", "chairman", "ambassador"})


@pytest.mark.parametrize(
    "names, word, expected",
    [
        # the family name, past a generational suffix
        (["Anatoly Antonov"], "antonov", "Anatoly Antonov"),
        (["James P. Kennedy Jr."], "kennedy", "James P. Kennedy Jr."),
        # the family name first: "Liu" is Liu Xiaoming, "Cheuk" is Cheuk Hau-yip
        (["Liu Xiaoming"], "liu", "Liu Xiaoming"),
        (["Cheuk Hau-yip"], "cheuk", "Cheuk Hau-yip"),
        # a family name outranks another person's first word
        (["Taylor Swift", "Bill Taylor"], "taylor", "Bill Taylor"),
        # negatives: a suffix, a first word two people share, a title or role, a name NER made of common words
        (["James P. Kennedy Jr."], "jr.", None),
        (["John Smith", "John Doe"], "john", None),
        (["President Trump"], "president", None),
        (["Chairman Adam Schiff"], "chairman", None),
        (["Sen. Elizabeth Warren"], "sen", None),
        (["marijuana legalization"], "marijuana", None),
        (["Madonna"], "madonna", None),
    ],
)
def test_short_names(names: list[str], word: str, expected: str | None) -> None:
    assert short_names(names, ROLES).get(word) == expected
