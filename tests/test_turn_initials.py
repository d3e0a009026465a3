"""A transcript's turn label in initials ("JP: ...") is the person the interview named in full."""

from __future__ import annotations

import pytest

from _cues import analysis, speaker
from sayso.nlp.extract.source_names import initials_of

INTRO = ("Dennis Bernstein spoke with John Pilger, a friend of Assange, on May 29.\n"
         "Dennis Bernstein: We continue our discussion of the case of Julian Assange.\n"
         "John Pilger: I have never known anything like it in all my years.\n")


@pytest.mark.parametrize("name, expected", [
    ("John Pilger", "JP"), ("Dennis M. Bernstein", "DMB"), ("Jean-Luc Picard", "JLP"), ("Pope Francis", "PF"),
])
def test_initials_of(name: str, expected: str) -> None:
    assert initials_of(name) == expected


def _label_speakers(nlp, text: str, label: str) -> list[str | None]:  # noqa: ANN001
    report = analysis(nlp, text)
    at = text.rindex(label)
    return [speaker(report, a) for a in report.attributions if a.source_span is not None
            and a.source_span.start == at]


@pytest.mark.slow
@pytest.mark.parametrize("text, label, expected", [
    (INTRO + "JP: I have never known anything quite like it in my career.\n", "JP", "John Pilger"),
    (INTRO + "J.P.: I have never known anything quite like it in my career.\n", "J.P.", "John Pilger"),
    # two people with the same initials: left as written
    ("Jane Parker spoke with John Pilger on May 29.\nJane Parker: We continue our discussion of the case.\n"
     "John Pilger: I have never known anything like it in all my years.\n"
     "JP: I have never known anything quite like it in my career.\n", "JP", "JP"),
])
def test_turn_label_in_initials(nlp, text: str, label: str, expected: str) -> None:  # noqa: ANN001
    assert expected in _label_speakers(nlp, text, label)


@pytest.mark.slow
@pytest.mark.parametrize("text, label", [
    # "AP" in a sentence or as a line's label is the news agency, not Anna Pratt, who spoke but had no turn
    ("Anna Pratt, a nurse, said the clinic was full.\nThe AP said the clinic had closed on Friday.", "AP"),
    ("Anna Pratt, a nurse, said the clinic was full.\nAP: The clinic had closed on Friday, officials said.", "AP"),
])
def test_initials_elsewhere_are_an_acronym(nlp, text: str, label: str) -> None:  # noqa: ANN001
    assert "Anna Pratt" not in _label_speakers(nlp, text, label)
