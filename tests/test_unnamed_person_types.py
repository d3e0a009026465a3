"""Unnamed speakers typed as readers type them (issue 12; real pages 851498a2, 921019755f, e7994d55, d0382c0d,
65408257, where "his aunt", "The 56-year-old", "Twitter", "The utility" and "the brokerage" were typed unknown): a
relative's noun and an age used as a noun are a person, a platform NER left untagged is the company, "the city" its
government, a utility and a brokerage firms. Negatives: an age before a noun, a platform's word on people ("Twitter
users"), a document, a place's official or residents."""

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


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a place's noun speaks as its government; a utility, a brokerage are firms (real pages d0382c0d, 65408257)
        ("The city said the road would reopen.", "said", ("The city", "government")),
        ("The town of Lansdowne said the road would reopen.", "said", ("The town of Lansdowne", "government")),
        ("The state argued that the law was valid.", "argued", ("The state", "government")),
        ("The utility said it will closely monitor the weather.", "said", ("The utility", "organization")),
        ("An extended slowdown could hurt demand, the brokerage said.", "said", ("the brokerage", "organization")),
        # negatives: a person of the place, its people
        ("A city official said the road would reopen.", "said", ("A city official", "anonymous")),
        ("The deep state does not want the public to know, he wrote.", "does not want", ("The deep state", "unknown")),
        ("The city's residents said the road was closed.", "said", ("The city's residents", "group")),
    ],
)
def test_a_places_noun_speaks_for_its_government(nlp, text: str, cue: str,  # noqa: ANN001
                                                 expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected
