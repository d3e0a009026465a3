"""A participle after "the letter to X" is the letter's or its writer's, never the addressee's
(``extract/addressed_letters.py``)."""

from __future__ import annotations

import pytest

from _cues import cue_speaker, token_of


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the parser began a sentence after "to": the addressee became the subject of "claiming"
        ("Diana was at her lowest ebb when she wrote the letter to Paul Burrell claiming there was a plot to kill her.",
         "claiming", "Diana"),
        ("She sent a letter to Paul Burrell claiming there was a plot to kill her.", "claiming", "She"),
        ("A letter to Paul Burrell claiming there was a plot surfaced.", "claiming", "A letter"),
        # negatives: a participle the parse already gave the sender; no document went to X, so X may speak
        ("She sent a memo to the board claiming the figures were wrong.", "claiming", "She"),
        ("She spoke to Paul Burrell claiming there was a plot.", "claiming", "Paul Burrell"),
    ],
)
def test_a_letters_addressee_does_not_claim(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("She wrote the letter to Paul Burrell claiming there was a plot to kill her.", "She"),
        ("He wrote to the editor claiming the story was false.", "He"),
        # negatives: the preposition's object is not the participle's parsed subject, no document, "from"
        ("He responded to critics claiming the war was lost.", None),
        ("He handed the microphone to Smith claiming he was tired.", None),
        ("She got a letter from Paul Burrell claiming there was a plot.", None),
    ],
)
def test_letter_writer(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    from sayso.nlp.extract.addressed_letters import letter_writer

    doc = nlp(text)
    token = token_of(doc, "claiming")
    found = letter_writer(token)
    assert (found.text if found is not None else None) == expected
