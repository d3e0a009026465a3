"""Unnamed people and untagged platforms typed as readers type them (issue 12; real pages 851498a2, 921019755f,
e7994d55, where "his aunt" and "The 56-year-old" were typed unknown and "Twitter" unknown): a relative's noun and an
age used as a noun are a person, a platform NER left untagged is the company. Negatives: an age before a noun, a
platform's word on people ("Twitter users"), a word no relative's."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("His aunt said he was a quiet boy.", "said", ("His aunt", "person")),
        ("Her nephew told reporters she had been ill.", "told", ("Her nephew", "person")),
        ("The Portuguese boss had been out of work since December. The 56-year-old said after his appointment that "
         "he was excited.", "said", ("The 56-year-old", "person")),
        ("Twitter pledged to take action against the accounts.", "pledged", ("Twitter", "organization")),
        # negatives
        ("A 56-year-old company said it would close.", "said", ("A 56-year-old company", "organization")),
        ("Twitter users said the ban was unfair.", "said", ("Twitter users", "group")),
        ("The report said the house was cold.", "said", ("The report", "unknown")),
    ],
)
def test_unnamed_people_and_platforms(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
