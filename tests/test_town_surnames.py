"""A lone speaker NER tags GPE that is a census surname and a town's name (``lone_surnames.town_surname``): issue 12,
audit 65, where "Lansdowne said" (a surname, and a town of GeoNames' list) was typed a government. A town's government
speaks as "the city" or "the town of ..."; the places whose bare name speaks for their government are countries, US
states and ``surname_places.txt``. Negatives: those keep their type, and so does a town with a company's or a body's
sign ("it would ...")."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.lone_surnames import town_surname

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Lansdowne said the government had failed to act.", "said", ("Lansdowne", "person")),
        ("Medina said the talks would resume.", "said", ("Medina", "person")),
        # negatives: a country, a US state, a land of ``surname_places.txt``, a town that speaks as "it"
        ("France said the talks would resume.", "said", ("France", "government")),
        ("Georgia said the talks would resume.", "said", ("Georgia", "government")),
        ("England said the talks would resume.", "said", ("England", "government")),
        ("Britain said the talks would resume.", "said", ("United Kingdom", "government")),
        ("Lansdowne said it would repave the road.", "said", ("Lansdowne", "government")),
    ],
)
def test_a_towns_surname_alone_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Lansdowne said the government had failed to act.", "Lansdowne", True),
        ("Medina said the talks would resume.", "Medina", True),
        ("France said the talks would resume.", "France", False),  # a country
        ("Georgia said the talks would resume.", "Georgia", False),  # a US state
        ("Fischi said the talks would resume.", "Fischi", False),  # no place's name
    ],
)
def test_town_surname(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert town_surname(token_of(nlp(text), word)) is expected
