"""A clause of time on a verb of talking (``talking_moments.talking_moment``): "As the senator speaks, a man bows
his head" dates the main clause and reports nothing; "As Smith noted, the bill has little support" is an "as" aside
that names who says it. End to end: the main clause is no content of "speaks"."""

from __future__ import annotations

import pytest

from _cues import analysis, kept, token_of
from sayso.nlp.extract.talking_moments import talking_moment

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("As the senator speaks, a man in the front row lowers his head.", "speaks", True, id="as-speaks"),
        pytest.param("While the mayor was talking, two aides left the room.", "talking", True, id="while-talking"),
        pytest.param("As the governor talked, reporters checked their phones.", "talked", True, id="as-talked"),
        # negatives: verbs that take a clause, a verb of talking that heads its sentence
        pytest.param("As Smith noted, the bill has little support.", "noted", False, id="as-noted"),
        pytest.param("As he explained, the rules have changed.", "explained", False, id="as-explained"),
        pytest.param("The governor spoke about the budget for an hour.", "spoke", False, id="main-clause"),
    ],
)
def test_talking_moment(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert talking_moment(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("As the senator speaks, a man in the front row lowers his head and weeps.", "speaks", [],
                     id="scene-as-speaks"),
        pytest.param("As Obama spoke, protesters outside the hall chanted and waved flags.", "spoke", [],
                     id="scene-as-spoke"),
        pytest.param("The soldier's father, who, as the candidate speaks, covers his eyes, stood beside her.", "speaks",
                     [], id="scene-in-relative"),
        pytest.param("As the senator said, the plan will cost billions.", "said", ["the plan will cost billions"],
                     id="as-said-kept"),
        pytest.param("As Smith noted, the bill has little support.", "noted", ["the bill has little support"],
                     id="as-noted-kept"),
    ],
)
def test_scene_is_no_content(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = [a.content.text.strip(" .,") for a in kept(report) if a.cue is not None and a.cue.text == cue]
    assert found == expected, found
