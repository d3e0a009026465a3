"""Colon frames that name what is said without a clause: "Here is what the memo says:" closing its line gives the
paragraph below to the memo (``candidates.content_candidates``: a free relative names nothing said in its own
sentence, but its colon points at the paragraph below). Negatives: the colon's line goes on, no colon, a
relative that is no saying. Rows are ``text -> (source, cue, content)`` (``tests/_cues.rows``)."""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Here is what the memo says:\n"The company will cut 300 jobs by March and close two plants."\n'
                     "The union called the plan reckless.",
                     ("the memo", "says", "The company will cut 300 jobs by March and close two plants"), id="memo-says"),
        pytest.param("This is what the judge said:\n“The defendant showed no remorse.”",
                     ("the judge", "said", "The defendant showed no remorse"), id="judge-said"),
        pytest.param("Read what the report says:\nThe river is polluted and the fish are dying.",
                     ("the report", "says", "The river is polluted and the fish are dying"), id="unquoted-paragraph"),
    ],
)
def test_free_relative_colon_frame(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in rows(nlp, text)


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("Here is what the memo says: the company will cut 300 jobs by March.", "says", id="neg-same-line"),
        pytest.param("Nobody knows what the memo says.\nThe company declined to comment.", "says", id="neg-no-colon"),
        pytest.param("The union did what the memo says.\nIt closed two plants.", "says", id="neg-no-saying"),
    ],
)
def test_no_colon_frame(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    assert not [r for r in rows(nlp, text) if r[1] == cue]
