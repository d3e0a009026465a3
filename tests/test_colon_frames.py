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


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The bishops gave the following timeline:\nIn 2015, the diocese learned of the first complaint. "
                     "The priest was removed two years later.\nThe diocese has not commented further.",
                     ("The bishops", "gave", "In 2015, the diocese learned of the first complaint. The priest was "
                                             "removed two years later"), id="following-timeline"),
        pytest.param("The police released this description of the suspect:\nHe is about six feet tall and was last "
                     "seen wearing a red jacket.", ("The police", "released", "He is about six feet tall and was last "
                                                    "seen wearing a red jacket"), id="this-description"),
        pytest.param("The White House issued the following statement on Friday:\n“The President wishes the families "
                     "peace.”", ("The White House", "issued", "The President wishes the families peace"),
                     id="following-statement"),
    ],
)
def test_presented_block(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in rows(nlp, text)


@pytest.mark.parametrize(
    "text, cue",
    [
        # figures and recipes are no statement; the writer's "we received"; the colon's line goes on
        pytest.param("The company released the following figures:\nRevenue rose 4 percent to $2 billion.", "released",
                     id="neg-figures"),
        pytest.param("The restaurant shared this recipe:\nMix two cups of flour with one egg.", "shared",
                     id="neg-recipe"),
        pytest.param("We received the following statement:\nThe company regrets the error.", "received",
                     id="neg-writer-received"),
        pytest.param("The bishops gave the following timeline: the diocese learned of it in 2015.", "gave",
                     id="neg-same-line"),
    ],
)
def test_no_presented_block(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    assert not [r for r in rows(nlp, text) if r[1] == cue]
