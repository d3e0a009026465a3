"""A question put to the speaker is not what the speaker said, and a bare "yes" or "no" is the answer
(``statement_checks.question_put``, ``candidates``): "Asked whether X, 75 percent said yes" reports "yes",
never the question as the respondents' words."""

from __future__ import annotations

import pytest

from _cues import rows, rows_table

pytestmark = pytest.mark.slow

test_answers = rows_table(
    [
        pytest.param("Asked if he would run, Smith said no.", [(None, "Asked", "if he would run"), ("Smith", "said", "no")],
                     id="said-no"),
        pytest.param("Asked if the plan would work, 75 percent of Democrats said yes.",
                     [(None, "Asked", "if the plan would work"), ("75 percent of Democrats", "said", "yes")],
                     id="poll-said-yes"),
        # the answer after a question put: the clause, never the question
        pytest.param("Asked whether he would run, Smith said he had not decided.",
                     [(None, "Asked", "whether he would run"), ("Smith", "said", "he had not decided")],
                     id="asked-then-clause"),
        # negatives: "no" that is not an answer; a clause after "asked" that is the speaker's own
        pytest.param("Smith said no one would come.", [("Smith", "said", "no one would come")], id="neg-no-one"),
        pytest.param("Ford said no.", [], id="neg-no-question-put"),
    ],
)


def test_question_put_is_not_what_was_said(nlp) -> None:  # noqa: ANN001
    found = rows(nlp, "Asked whether Clinton has the integrity to serve, 75 percent of Democrats said yes.")
    assert ("75 percent of Democrats", "said", "Asked whether Clinton has the integrity to serve") not in found
    assert ("75 percent of Democrats", "said", "yes") in found


def test_said_no_to_is_no_answer(nlp) -> None:  # noqa: ANN001
    """ "He said no to the Iraq war": refused, not an answer of "no" (what else it reports is left as it was)."""
    assert all(r[2] != "no" for r in rows(nlp, "He said no to the Iraq war."))
