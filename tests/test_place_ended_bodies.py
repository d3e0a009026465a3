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
