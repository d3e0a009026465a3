"""A quotation after a cue's prepositional phrase and a comma or colon: 'the woman who had once bragged on CNN,
“Over 90% of student visas ...”' (``content_choice.quotation_after_adjunct``): the quotation is what was said,
not the phrase's noun ("CNN"). Rows are ``text -> [(source, cue, content)]`` (``tests/_cues.rows``).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Beside him is the woman who had once bragged on CNN, “Over 90% of student visas are now issued in a week.”",
         [("the woman", "had once bragged", "Over 90% of student visas are now issued in a week")]),
        ("Powell bragged on CNN, “Over 90% of student visas are now issued in a week.”",
         [("Powell", "bragged", "Over 90% of student visas are now issued in a week")]),
        # negatives: a clause of the writer's between the phrase and the quotation; no quotation at all
        ("He spoke on CNN about the visas, “which are now issued in under a week.”", []),
        ("The minister bragged on CNN about the visas.", []),
    ],
)
def test_quotation_after_adjunct(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected
