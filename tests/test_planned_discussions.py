"""``planned_discussions``: a discussion still to be held, of an open question, is no statement.

Each row is ``text -> expected`` rows of ``(source, cue, content)`` whose cue is the verb of discussing
(``tests/_cues.rows``, every confidence).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow

_DISCUSSING = ("discuss", "to discuss", "debate", "to debate", "consider", "review", "to review", "discussed")


@pytest.mark.parametrize(
    "text, expected",
    [
        # planned: an infinitive under a verb of agreeing or planning (through a planned sitting), or "will"
        ("Mitzna and Pines agreed to convene party organizations within 10 days to discuss whether new primaries "
         "would be held.", []),
        ("The committee will discuss whether the plan is legal.", []),
        ("Ministers agreed to review what went wrong.", []),
        # kept: a meeting that took place (PolNeAR train marks it), a discussion done, a proposition discussed
        ("Members met last week to discuss how to escalate their efforts against Trump.",
         [("Members", "to discuss", "how to escalate their efforts against Trump")]),
        ("The board discussed whether to sell the unit.", [("The board", "discussed", "whether to sell the unit")]),
    ],
)
def test_planned_discussion(nlp, text: str, expected: list[tuple]) -> None:  # noqa: ANN001
    assert [r for r in rows(nlp, text) if r[1] in _DISCUSSING] == expected
