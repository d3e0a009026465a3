"""A bare ratio as the speaker is a share of people, a group (``respondent_shares.share_of_people``, read by
``source_types.source_type``): "nine in 10 said" after "four out of 10 voters said" (blind page audit 82: typed
unknown). A ratio with its noun is typed by the noun; a figure alone is no ratio."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Most shoppers said prices were too high, while eight in 10 said they thought wages lagged behind.",
         "said", ("eight in 10", "group")),
        ("Two in three told the pollster the new tax was unfair.", "told", ("Two in three", "group")),
        ("Asked about the strike, seven out of ten said they backed the nurses.", "said",
         ("seven out of ten", "group")),
        ("Nine in 10 of those surveyed said they trusted their local library.", "said",
         ("Nine in 10 of those surveyed", "group")),
        # negatives: a figure alone stays unknown; a ratio with its noun is the noun's (a group of people already)
        ("Ten said they would come back next year.", "said", ("Ten", "unknown")),
        ("Four in 10 nurses said they planned to leave the profession.", "said", ("Four in 10 nurses", "group")),
    ],
)
def test_share_speaker(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert tuple(cue_source(nlp, text, cue, index=-1)) == expected
