"""``made_clear``: "X made (it) clear that Y" reports Y, when X can state something.

Each row is ``text -> expected`` rows of ``(source, cue, content)`` whose cue is "made"/"makes"
(``tests/_cues.rows``, every confidence).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor made it clear that the city would not pay.", [("The mayor", "made", "that the city would not pay")]),
        ("The governor made clear that she would not sign the bill.",
         [("The governor", "made", "that she would not sign the bill")]),
        ("The coach made it clear to his players that nobody was safe.",
         [("The coach", "made", "that nobody was safe")]),
        # whom, where or when it was made clear, between "clear" and "that"
        ("Trump has made clear in interviews that he would not resign.",
         [("Trump", "has made", "that he would not resign")]),
        ("The mayor made it clear on Tuesday that the city would not pay.",
         [("The mayor", "made", "that the city would not pay")]),
        ("The senator made clear last week that she would run again.",
         [("The senator", "made", "that she would run again")]),
        ("The coach made it clear to his players on Monday that nobody was safe.",
         [("The coach", "made", "that nobody was safe")]),
        # negatives: no one to state it (evidence), and no that-clause
        ("The rain made it clear that the game would be cancelled.", []),
        ("The senator made her position clear on Tuesday.", []),
    ],
)
def test_made_clear(nlp, text: str, expected: list[tuple]) -> None:
    assert [r for r in rows(nlp, text) if r[1] in ("made", "makes", "have made", "has made")] == expected
