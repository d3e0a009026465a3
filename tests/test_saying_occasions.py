"""When and where a statement was made is not what was said (``nlp/extract/saying_occasions.py``).

Each row: the text, the cue, and the content it keeps. Positive rows: a day after a proposition noun, or the occasion
or channel of the statement, hung on the cue after its object, ends the content; negative rows: a complement after
the object, a day after a thing, an event or an act (which may be its own), stays."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, rows, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # the day of a denial, the channel or the gathering of a statement
        ("The spokeswoman denied the rumor on Friday.", "denied", "the rumor"),
        ("Ortiz repeated the accusation in a radio interview.", "repeated", "the accusation"),
        ("The union disputed the allegations in a statement Tuesday.", "disputed", "the allegations"),
        ("The coach called the loss a fluke at a news conference.", "called", "the loss a fluke"),
        # negatives: a complement after the object, a thing's or an event's own day
        ("Kemp accused the mayor of lying on Monday.", "accused", "the mayor of lying on Monday"),
        ("The audit put the shortfall at $4 million.", "put", "the shortfall at $4 million"),
        ("Deputies reported two arrests near the stadium on Saturday.", "reported",
         "two arrests near the stadium on Saturday"),
        ("The spokeswoman said the rumor was false.", "said", "the rumor was false"),
    ],
)
def test_occasion_of_saying(nlp, text: str, cue: str, content: str) -> None:  # noqa: ANN001
    found = [a.content.text.strip(TRIM) for a in with_cue(analysis(nlp, text), cue)]
    assert content.strip(TRIM) in found, (found, rows(nlp, text))
