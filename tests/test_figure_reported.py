"""``naming.figure_reported``: "police reported 906 attacks" reports a figure, a statement (PolNeAR marks it), not a
stance on a thing nor a deed with a bare object.

Each table is ``text, cue -> expected``: the cue is the first word that is ``cue``."""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.naming import figure_reported

pytestmark = pytest.mark.slow


def _token(doc, word: str):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Last year, German police reported 906 attacks against asylum seeker homes.", "reported", True),
        ("The online retail giant reported a profit of $1.78 per share.", "reported", True),
        ("The state reported a 2.8 percent unemployment rate in June.", "reported", True),
        # negatives: no figure, a date only, a negation, a passive
        ("The officer reported the incident on May 3.", "reported", False),
        ("The company reported strong earnings.", "reported", False),
        ("Police did not report 906 attacks.", "report", False),
        ("906 attacks were reported last year.", "reported", False),
    ],
)
def test_figure_reported(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert figure_reported(_token(nlp(text), cue)) is expected


test_figure_reported_is_kept = cue_table(
    [
        ("Last year, German police reported 906 attacks against asylum seeker homes.", "reported", True),
        ("The online retail giant reported a profit of $1.78 per share.", "reported", True),
        ("The officer reported the incident to his sergeant.", "reported", False),
    ],
)
