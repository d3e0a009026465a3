"""A reported figure with the base it was earned on (``figure_bases.figure_with_its_base``). Audit 62, b62 S132:
"AMD reported a net loss of $146 million, or 42 cents per share, on sales of $715 million" ended its content
before "on sales of $715 million" (the parse hangs the phrase on the cue after the comma aside)."""

from __future__ import annotations

import pytest

from _cues import cue_contents

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("In the first quarter of 2003, AMD reported a net loss of $146 million, or 42 cents per share, on sales of "
         "$715 million.", "reported",
         ["a net loss of $146 million, or 42 cents per share, on sales of $715 million"]),
        ("The company reported a profit of $20 million, or 10 cents a share, on revenue of $1 billion.", "reported",
         ["a profit of $20 million, or 10 cents a share, on revenue of $1 billion"]),
        # the parse already keeps the phrase inside the object where no comma comes between
        ("AMD reported a net loss of $146 million on sales of $715 million.", "reported",
         ["a net loss of $146 million on sales of $715 million"]),
        # not a base: a day, a call, another verb's phrase
        ("Ford reported a profit of $1 billion, or 50 cents a share, on Tuesday.", "reported",
         ["a profit of $1 billion, or 50 cents a share"]),
        ("Ford reported a profit of $1 billion, or 50 cents a share, on a call with analysts.", "reported",
         ["a profit of $1 billion, or 50 cents a share"]),
        ("Ford said it had a net loss of $1 billion, or 50 cents a share, on sales of $9 billion.", "said",
         ["it had a net loss of $1 billion, or 50 cents a share, on sales of $9 billion"]),
        # review 63: a relative clause after a comma is the writer's aside, not what was reported
        ("IBM reported a profit of $3 billion, or $3 a share, on revenue of $20 billion, which was below estimates.",
         "reported", ["a profit of $3 billion, or $3 a share, on revenue of $20 billion"]),
    ],
)
def test_figure_with_its_base(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 67 S157: ", or break-even ..." read as the cue's own verb: the same figure put another way
        ("Previously, it had reported a small profit of $12 million, or break-even on a per-share basis, for the "
         "period.", "had reported", ["a small profit of $12 million, or break-even on a per-share basis, for the period"]),
        # kept: a clause of its own after "or", "and" and another act
        ("The company reported a profit of $5 million, or it would have closed the plant.", "reported",
         ["a profit of $5 million"]),
        ("The company reported a profit of $5 million, and raised its forecast for the year.", "reported",
         ["a profit of $5 million"]),
    ],
)
def test_figure_with_its_alternative(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected
