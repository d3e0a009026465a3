"""``time_of_saying``: "said Tuesday the plant would close" reports "the plant would close", not "Tuesday ...".

Each row is ``text -> (source, cue, content)`` as ``sayso.analyze`` reports it (``tests/_cues.rows``).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day of the statement, right after the verb, is the cue's
        ("The ministry said Tuesday the plant would close next year.",
         ("The ministry", "said", "the plant would close next year")),
        # an hour (a TIME entity) as well as a day
        ("The ministry said this morning the plant would close next year.",
         ("The ministry", "said", "the plant would close next year")),
        ("The company said last week the deal was off.", ("The company", "said", "the deal was off")),
        # the parse made the clause a relative clause of the day, and the cue a conjunct of the clause before it
        ("The authorities recorded more than 2,000 cases, and Tedros said Wednesday the death toll stood at 207.",
         ("Tedros", "said", "the death toll stood at 207")),
        # negatives: a date that is the reported clause's subject; a date inside the clause; "on" or "that" forms
        ("He said Tuesday was the deadline.", ("He", "said", "Tuesday was the deadline")),
        ("She said 2017 was the worst year.", ("She", "said", "2017 was the worst year")),
        ("Police said the suspect fled on Friday.", ("Police", "said", "the suspect fled on Friday")),
        ("The ministry said Tuesday that the plant would close.", ("The ministry", "said", "that the plant would close")),
    ],
)
def test_without_time_of_saying(nlp, text: str, expected: tuple) -> None:
    assert expected in rows(nlp, text)
