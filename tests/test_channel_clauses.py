"""``channel_clauses``: "said in a statement issued Saturday that X" reports X, not the statement.

Each row is ``text -> (source, cue, content)`` as ``sayso.analyze`` reports it (``tests/_cues.rows``).
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the that-clause hung on the channel's participle or noun is what was said
        ("The Justice Ministry said in a brief statement issued Saturday that Barbieri’s extradition has been "
         "requested.",
         ("The Justice Ministry", "said in a brief statement", "that Barbieri’s extradition has been requested")),
        ("Smith said in a statement released by his office on Friday that he would not resign.",
         ("Smith", "said in a statement", "that he would not resign")),
        # the plain forms are unchanged
        ("The ministry said in a statement on Saturday that the extradition has been requested.",
         ("The ministry", "said in a statement", "that the extradition has been requested")),
        ("The company said in a statement posted on its website that the recall covers 40,000 cars.",
         ("The company", "said in a statement", "that the recall covers 40,000 cars")),
        # negatives: a quotation after the channel, and a clause that is not the channel's
        ("Smith said in a statement released on Friday: “I will not resign.”",
         ("Smith", "said in a statement", "I will not resign")),
        ("Smith said in an interview that aired on Friday that he would not resign.",
         ("Smith", "said in an interview", "that he would not resign")),
    ],
)
def test_clause_after_channel(nlp, text: str, expected: tuple) -> None:
    assert expected in rows(nlp, text)
