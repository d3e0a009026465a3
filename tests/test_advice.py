"""Advice given in words is a saying (issue 12): ``nlp/extract/advice.py`` raises "advised X that ..." and "advised X
(not) to ..." to a confident cue; a bare object, a passive and a participle without subject are left to the model."""

from __future__ import annotations

import pytest

from _cues import rows, token_of
from sayso.nlp.extract.advice import advised_telling

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the wire sentences the blind readers counted missed (audit 63)
        ("Six countries have advised their citizens not to travel to Taiwan for any reason.", True),
        ("The SEC specifically advised IBM that this is a fact-finding investigation.", True),
        ("Goldman advised the company to sell the unit.", True),
        # negatives: a bare object (a consultant's work), a passive with no adviser, no object
        ("Goldman advised the company on the merger.", False),
        ("Residents are advised to stay indoors.", False),
        ("Lawyers advised against the deal.", False),
        # review 63a: a counterfactual or modal advice, and a wh-infinitive (what it was about, not what it said)
        ("If his son were still serving, he would have advised him that the danger had increased.", False),
        ("The playbooks advised sales personnel how to market the courses.", False),
    ],
)
def test_advised_telling(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    assert advised_telling(token_of(nlp(text), "advised")) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The SEC specifically advised IBM that this is a fact-finding investigation.",
         [("The SEC", "specifically advised", "that this is a fact-finding investigation")]),
        ("Goldman advised the company on the merger.", []),
    ],
)
def test_advice_is_reported(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text, min_confidence=None) == expected
