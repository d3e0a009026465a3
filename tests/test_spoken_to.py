"""The one spoken to is never what was said (``statement_checks.addressee_only``): "Then Peter ... said unto them,
Ye rulers of the people,\\n..." (the words on the next lines, past a vocative the parse cannot read), "The coach
said to them:", "The pope said to the crowd in St. Peter's Square." Kept: the clause or quotation the cue takes
beside its "to X", and verbs whose "to" takes what they report ("admitted to the killing")."""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("The council gathered.\nThen Peter, filled with the Holy Ghost, said unto them, Ye rulers of the "
                     "people, and elders of Israel,\nIf we this day be examined of the good deed done, by what means "
                     "he is made whole;\nBe it known unto you all.", "said", id="unto-them-vocative"),
        pytest.param("The coach said to them:", "said to", id="to-them-colon"),
        pytest.param("The pope said to the crowd in St. Peter's Square.", "said to", id="to-the-crowd"),
    ],
)
def test_addressee_is_no_content(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert not [r for r in found if r[1] in (cue, "said", "said to")], found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The senator said to reporters that the bill was dead.",
                     ("The senator", "said", "that the bill was dead"), id="clause-beside"),
        pytest.param('She said to reporters, "We will win."', ("She", "said", "We will win"), id="quote-beside"),
        pytest.param("He admitted to the killing.", ("He", "admitted to", "the killing"), id="admitted-to"),
    ],
)
def test_content_beside_the_addressee(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in rows(nlp, text)
