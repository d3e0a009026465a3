"""Whom a "they" cites (``pronouns.speaking_body``, ``resources/groups.txt``): a body that has spoken.

"the bar announced ...; they wrote": a business named by a noun no lexicon types is "they" once it
has spoken; "The signatories ... they warn": the writers of a letter. A document that spoke, or a
noun that never spoke, is no "they".
"""

from __future__ import annotations

import pytest

import sayso

pytestmark = pytest.mark.slow


def _speakers(nlp, text: str) -> dict[str, str | None]:  # noqa: ANN001
    """cue -> the resolved source name of every attribution (at any confidence)."""
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False, min_confidence=0)
    out = {}
    for a in report.attributions:
        src = report.source(a.source)
        if a.cue is not None:
            out[a.cue.text] = src.name if src else None
    return out


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Where Trump supporters can't even have a meal in peace?\nHis employer was a nightspot.\n"
                     "The bar announced that it had fired Jimenez.\nOn their Facebook page, they wrote, "
                     "“We have since terminated this employee.”", "wrote", "The bar", id="business-they"),
        pytest.param("The signatories go on to give voice to the scandal of the pope’s failure:\nThe speech leads "
                     "us to deplore the fact that many ex-Muslims, such as Magdi Allam, are leaving the Church.\n"
                     "Taking the matter further, they warn that it has resulted in Christians not preparing.",
                     "warn", "The signatories", id="signatories"),
        # negatives: a document that spoke, a noun that never spoke
        pytest.param("The report said prices would rise sharply.\nThe economists said wages would fall.\n"
                     "They also said that rents would climb.", "also said", "The economists", id="not-the-report"),
        pytest.param("Protesters gathered outside the bar on Monday.\nThe bar was closed all day.\n"
                     "They said the owners had left town.", "said", "Protesters", id="bar-never-spoke"),
    ],
)
def test_they(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = _speakers(nlp, text)
    assert found.get(cue) == expected, found
