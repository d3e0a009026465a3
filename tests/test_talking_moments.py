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
        # a preposition left without its object: the "as" stands for what was spoken about, an aside
        pytest.param("As the minister has spoken about before, the NHS needs more money.", "spoken", False,
                     id="as-spoken-about"),
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
        pytest.param("As the minister has spoken about before, the NHS needs more money.", "has spoken",
                     ["the NHS needs more money"], id="as-spoken-about-kept"),
    ],
)
def test_scene_is_no_content(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = [a.content.text.strip(" .,") for a in kept(report) if a.cue is not None and a.cue.text == cue]
    assert found == expected, found


@pytest.mark.parametrize(
    "text, cue, source",
    [
        pytest.param('As Obama spoke, protesters outside chanted "No more war."', "chanted", "protesters",
                     id="chant-while-speaking"),
        pytest.param('As the mayor spoke, a heckler in the gallery shouted "Liar!"', "shouted", "a heckler in the gallery",
                     id="heckle-while-speaking"),
    ],
)
def test_quotation_of_the_dated_clause(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    """The quotation in the clause a talking moment dates is that clause's speaker's, never the talker's."""
    report = analysis(nlp, text)
    talker = [a.content.text for a in kept(report) if a.cue is not None and a.cue.text == "spoke"]
    assert talker == [], talker
    found = [a.source_span.text if a.source_span else None for a in kept(report) if a.cue is not None and a.cue.text == cue]
    assert found == [source], found
