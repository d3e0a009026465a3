"""A body whose name ends in a place is no government (``place_ended_bodies.body_ending_in_place``). Audit 62, b62
S189: "Cancer Re-search UK revealed yesterday" was typed government by NER's GPE "UK", its last word."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BREAST cancer cases in the UK have hit an all-time high with more than 40,000 women diagnosed with the "
         "disease each year, Cancer Re-search UK revealed yesterday.", ("Cancer Re-search UK", "organization")),
        ("Cancer Research UK said smoking rates fell.", ("Cancer Research UK", "organization")),
        ("Oxfam America said aid was late.", ("Oxfam America", "organization")),
        ("Amnesty International USA said the law was unjust.", ("Amnesty International USA", "organization")),
        # the place itself, a state body named by its domain and country, a place NER tagged in part
        ("The UK said the talks failed.", ("United Kingdom", "government")),
        ("North Korea said the talks failed.", ("North Korea", "government")),
        ("New York said the budget was balanced.", ("New York", "government")),
        ("Police Scotland said the road was closed.", ("Police Scotland", "government")),
        ("The Government of India said the talks failed.", ("The Government of India", "government")),
    ],
)
def test_body_ending_in_place(nlp, text: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    cue = "revealed" if " revealed " in text else "said"
    assert cue_source(nlp, text, cue) == expected



@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a city and its state before a company noun: the company speaks, not the city (audit 75, a75 A1)
        pytest.param("Revenue rose 9 percent last year, according to the Santa Clara, California chipmaker.",
                     "according to", "the Santa Clara, California chipmaker", id="city-state-chipmaker"),
        pytest.param("The product has sold since 2001, said the Fort Worth, Texas company.", "said",
                     "the Fort Worth, Texas company", id="city-state-company"),
        pytest.param("The plant will close in May, according to the Akron, Ohio tire maker.", "according to",
                     "the Akron, Ohio tire maker", id="city-state-maker"),
        pytest.param("The dam was safe, said the Fresno, California man.", "said", "the Fresno, California man",
                     id="city-state-man"),
        # a place with a description of its own is the place; a place alone is the place
        pytest.param("Growth slowed to 2 percent, according to the UK, the world's sixth-largest economy.",
                     "according to", "United Kingdom", id="place-with-own-description"),
        pytest.param("Growth slowed to 2 percent, according to New Jersey.", "according to", "New Jersey",
                     id="place-alone"),
    ],
)
def test_body_noun_after_place(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).name == expected
