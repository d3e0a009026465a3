"""What a passive verb of asking reports (``asked_questions``): the question the parse hung on the asker, never the
one asked (blind audit p84: "a caller | was asked | Herman Cain, the pizza maven ..." judged W)."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.asked_questions import asked_person, question_on_asker

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Recently, Herman Cain, the pizza maven and former Republican presidential candidate who hosts an "
                     "Atlanta area radio show, was asked by a caller why young Syrian men are coming to the U.S. as "
                     "refugees.", "why young Syrian men are coming to the U.S. as refugees", id="cain-why"),
        pytest.param("Cain was asked by a caller why young men are coming.", "why young men are coming",
                     id="short-why"),
        pytest.param("The mayor was asked by reporters whether she would run again.", "whether she would run again",
                     id="whether"),
        # kept: no question word, a relative on the asker, no verb of asking
        pytest.param("She was asked by a friend who lives nearby to help.", None, id="relative-who"),
        pytest.param("He was asked by a reporter about the deal.", None, id="about"),
        pytest.param("She was ordered by a friend how to leave.", None, id="no-asking"),
    ],
)
def test_question(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    rows_found = [r for r in rows(nlp, text) if r[1] in ("was asked", "asked")]
    assert [r[2] for r in rows_found] == ([expected] if expected else []), rows_found


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        pytest.param("Cain was asked by a caller why young men are coming.", "asked", True, id="name"),
        pytest.param("She was asked by a friend to help.", "asked", True, id="pronoun"),
        pytest.param("The governor was questioned by reporters about the deal.", "questioned", True, id="person-noun"),
        pytest.param("The question was asked by a caller on Monday.", "asked", False, id="thing"),
        pytest.param("The plan was revealed by the Post.", "revealed", False, id="no-asking"),
        pytest.param("A caller asked Cain why young men are coming.", "asked", False, id="active"),
    ],
)
def test_asked_person(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert asked_person(next(t for t in doc if t.text == verb)) is expected


def test_no_question_without_agent(nlp) -> None:  # noqa: ANN001
    doc = nlp("Smith was asked why he left.")
    assert question_on_asker(next(t for t in doc if t.text == "asked")) is None
