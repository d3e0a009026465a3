""""list X as Y" is a statement that X is Y, kept (a decision, audit 62, a62 S46: "officials Thursday listed 29 cases
as suspected", one reader C, one P "an official tally"). PolNeAR train marks the form every time it comes: "The
agency lists the population of the town that year as 21,090", "Bloomberg lists them as the fifth and sixth richest
men", "The real estate mogul listed the resort as a liability", "Yildirim's LinkedIn page lists him as ...". A
listing on an exchange says nothing."""

from __future__ import annotations

import pytest

from _cues import cue_contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Under the adjusted definition, officials Thursday listed 29 cases as suspected and said that 107 other "
         "people showing possible SARS symptoms were being monitored.", "listed", ["29 cases as suspected"]),
        ("The agency lists the population of the town that year as 21,090.", "lists",
         ["the population of the town that year as 21,090"]),
        ("Bloomberg lists them as the fifth and sixth richest men in the world.", "lists",
         ["them as the fifth and sixth richest men in the world"]),
        # negatives: a listing on an exchange
        ("The company listed its shares on Nasdaq in 2004.", "listed", []),
        ("The firm was listed on the London Stock Exchange.", "was listed", []),
    ],
)
def test_listed_as(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected
