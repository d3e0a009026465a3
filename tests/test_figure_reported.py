"""``naming.figure_reported``: "police reported 906 attacks" reports a figure, a statement (PolNeAR marks it), not a
stance on a thing nor a deed with a bare object.

Each table is ``text, cue -> expected``: the cue is the first word that is ``cue``."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.naming import figure_forecast, figure_reported

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


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 67 S9 and PolNeAR's gold: a figure forecast is a statement of how much
        ("Kodak expects earnings of 5 cents to 25 cents a share in the quarter.", "expects", True),
        ("Florida elections officials are expecting a record turnout of more than 4 million voters.", "expecting", True),
        ("Analysts forecast a profit of $2 billion for the year.", "forecast", True),
        # negatives: no figure, a date only, a negation, a passive, a range that is no addressee kept apart
        ("Analysts expect a recovery in the second half.", "expect", False),
        ("He expects the ruling on May 3.", "expects", False),
        ("Kodak does not expect earnings of 5 cents a share.", "expect", False),
        ("Earnings of 5 cents a share are expected.", "expected", False),
        ("The company reported 12 students to the principal.", "reported", False),
    ],
)
def test_figure_forecast(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert figure_forecast(token_of(nlp(text), cue)) is expected


test_figure_forecast_rows = cue_table([
    ("Kodak expects earnings of 5 cents to 25 cents a share in the quarter.", "expects", True),
    ("Analysts expect a recovery in the second half.", "expect", False),
])
