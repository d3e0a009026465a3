"""``fronted_concessions``: "Though X, Y, the polls say" reports Y; the fronted concession is the writer's framing.

Each row is ``text -> (source, cue, content)`` as ``sayso.analyze`` reports it (``tests/_cues.rows``).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue after the content: the concession that opens it is the writer's
        ("Though she has almost no chance of winning the primary, Mayor Diaz holds the strongest lead over the "
         "incumbent, according to two new surveys.",
         ("two new surveys", "according to", "Mayor Diaz holds the strongest lead over the incumbent")),
        ("Although Democrats tout their early-vote numbers, there is little link between early voting and the final "
         "result, analysts say.", ("analysts", "say", "there is little link between early voting and the final result")),
        ("Even though the factory closed last year, the town's jobless rate has fallen, the report found.",
         ("the report", "found", "the town's jobless rate has fallen")),
        # negatives: the cue before the content (the speaker's concession), a quoted concession, too short a rest,
        # no concession, a temporal "while"
        ("The chief executive said that although sales fell, profits rose sharply in the quarter.",
         ("The chief executive", "said", "that although sales fell, profits rose sharply in the quarter")),
        ("“Although sales fell, profits rose sharply in the quarter,” the chief executive said.",
         ("the chief executive", "said", "Although sales fell, profits rose sharply in the quarter")),
        ("Though it rained, we won, he said.", ("he", "said", "Though it rained, we won")),
        # the first person: the speaker's own voice, concession and all
        ("Although we disagree on many things, we share a commitment to the country, the two leaders said.",
         ("the two leaders", "said", "Although we disagree on many things, we share a commitment to the country")),
        ("Though I was not there, I believe the police acted properly, the mayor told reporters.",
         ("the mayor", "told", "Though I was not there, I believe the police acted properly")),
        ("Although US sales fell, the company’s global revenue rose 5 percent, analysts said.",  # "US": no "us"
         ("analysts", "said", "the company’s global revenue rose 5 percent")),
        ("Sales fell in the spring, though profits rose in the quarter, the company said.",
         ("the company", "said", "Sales fell in the spring, though profits rose in the quarter")),
    ],
)
def test_without_writers_concession(nlp, text: str, expected: tuple) -> None:
    assert expected in rows(nlp, text)
