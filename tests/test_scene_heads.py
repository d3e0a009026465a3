"""``scene._phrase_head``: the one climb from a name to the noun it stands beside or in, which ``of_a_thing``,
``departed``, ``acted_on``, ``addressed``, ``author_of_words`` and ``named_in_passing`` share; and ``departed``
read through it."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.scene import _phrase_head, departed


@pytest.mark.parametrize(
    "text, word, head",
    [
        ("Carlson asked fellow guest Catherine Lombardo about it.", "Lombardo", "guest"),  # an apposition
        ("Carlson asked fellow guest Catherine Lombardo about it.", "Catherine", "guest"),  # compound, then apposition
        ("Keith Lamont Scott died on Tuesday.", "Keith", "Scott"),  # a name's first word: its last
        # negatives: a head already
        ("Smith, a local teacher, died on Tuesday.", "Smith", "Smith"),
        ("Smith said the plan would fail.", "Smith", "Smith"),
    ],
)
def test_phrase_head(nlp, text: str, word: str, head: str) -> None:  # noqa: ANN001
    assert _phrase_head(token_of(nlp(text), word)).text == head


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Keith Lamont Scott died on Tuesday.", "Keith", True),
        ("Keith Lamont Scott was shot and killed by police.", "Keith", True),
        ("Smith, a local teacher, died on Tuesday.", "Smith", True),
        # negatives: no death said
        ("Keith Lamont Scott said he was fine.", "Keith", False),
        ("Carlson asked fellow guest Catherine Lombardo about it.", "Lombardo", False),
    ],
)
def test_departed(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert departed(token_of(nlp(text), word)) is expected
