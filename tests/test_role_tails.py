"""A speaker the parse lost behind the role set beside the name: ``nlp/extract/role_tails.py``."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.role_tails import name_before_role

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        ("Speaking from Madagascar, Christine South, head of IFRC’s (International Federation of Red Cross) emergency "
         "operations, said: “There is a possibility.”", "operations", "South"),
        # negatives: the subject heads its own phrase; no person before the comma; a list, not a role
        ("Smith, the mayor, said the road was closed.", "mayor", None),
        ("After the storm, the city's emergency operations, officials said, were halted.", "operations", None),
        ("Residents of the town, the farmers and the teachers said the water was bad.", "teachers", None),
    ],
)
def test_name_before_role(nlp, text: str, subject: str, expected: str | None) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == subject)
    got = name_before_role(token)
    assert (got.text if got is not None else None) == expected


def test_the_named_speaker_speaks(nlp) -> None:  # noqa: ANN001
    found = rows(nlp, "Speaking from Madagascar, Christine South, head of IFRC’s (International Federation of Red Cross) "
                      "emergency operations, said: “With anything like this there is a possibility.”")
    assert [r[0] for r in found] == ["Christine South"], found
