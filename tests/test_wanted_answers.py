"""A question asked by wanting to know (``extract/wanted_answers.py``): '“Why would they do that?” Issa wanted to
know.' is Issa's question, cue "wanted to know", spoken; a "wanted to know" with a content of its own, negated, or
after words that ask nothing keeps its old reading."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, speaker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“Why would they do that?” Issa wanted to know.",
                     ("Issa", "wanted to know", "Why would they do that?", "speech"), id="issa"),
        pytest.param("The hearing ran late. “How did Comey see the report before it came out?” Rep. Darrell Issa "
                     "wanted to know.", ("Darrell Issa", "wanted to know",
                                         "How did Comey see the report before it came out?", "speech"), id="rep-issa"),
        pytest.param("“Where is the money?” the senator wants to know.",
                     ("the senator", "wants to know", "Where is the money?", "speech"), id="present"),
    ],
)
def test_the_question_is_the_content(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    rows = [(speaker(report, a), a.cue.text if a.cue else None, a.content.text.strip(TRIM), a.medium)
            for a in report.attributions]
    assert rows == [(*expected[:2], expected[2].strip(TRIM), expected[3])]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“Why would they do that?” Issa did not want to know.", id="neg-negated"),
        pytest.param("“Why would they do that?” Issa wanted to know more about the deal.", id="neg-own-object"),
        pytest.param("“We will win this,” Issa wanted to know.", id="neg-no-question"),
        pytest.param("Issa wanted to know why they did that.", id="neg-own-clause"),
    ],
)
def test_no_question_taken(nlp, text: str) -> None:  # noqa: ANN001
    """The quotation is never the content of "want" here, nor is "to know" made part of the cue."""
    report = analysis(nlp, text)
    for a in report.attributions:
        assert not a.content.text.startswith(("“", '"')), (a.cue, a.content.text)
        assert a.cue is None or not ("want" in a.cue.text and "know" in a.cue.text), a.cue.text
