"""``naming.figure_reported``: "police reported 906 attacks" reports a figure, a statement (PolNeAR marks it), not a
stance on a thing nor a deed with a bare object.

Each table is ``text, cue -> expected``: the cue is the first word that is ``cue``."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.naming import figure_reported

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Last year, German police reported 906 attacks against asylum seeker homes.", "reported", True),
        ("The online retail giant reported a profit of $1.78 per share.", "reported", True),
        ("The state reported a 2.8 percent unemployment rate in June.", "reported", True),
        ("WHO has reported 2119 cases of the plague as of November 10.", "reported", True),
        # negatives: no figure, a date only, a negation, a passive
        ("The officer reported the incident on May 3.", "reported", False),
        ("The company reported strong earnings.", "reported", False),
        ("Police did not report 906 attacks.", "report", False),
        ("906 attacks were reported last year.", "reported", False),
        # negatives: a number inside what was reported, a person or a thing reported to someone
        ("The family reported the loss of 2 dogs.", "reported", False),
        ("The hospital reported the theft of 300 vials of morphine to police.", "reported", False),
        ("The teacher reported 12 students to the principal.", "reported", False),
    ],
)
def test_figure_reported(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert figure_reported(token_of(nlp(text), cue)) is expected


test_figure_reported_is_kept = cue_table(
    [
        ("Last year, German police reported 906 attacks against asylum seeker homes.", "reported", True),
        ("The online retail giant reported a profit of $1.78 per share.", "reported", True),
        ("The officer reported the incident to his sergeant.", "reported", False),
        ("The teacher reported 12 students to the principal.", "reported", False),
    ],
)
