"""An opening phrase before a parenthetical cue with a quotation after it is the saying's frame, not the first half of
what was said (``candidates.opening_frame``)."""

from __future__ import annotations

import pytest

from _cues import rows, rows_table


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ('In an advertisement for the book, Berg says, "More than my remembrances, this book intends to convey hers."',
         [("Berg", "says", "More than my remembrances, this book intends to convey hers")]),
        # the parse hung the opening mark on the cue (wire audit 63: "In a statement" was taken for what Heyer said)
        ('In a statement, Heyer said, "Dan brings to Coca-Cola enormous experience in managing brands."',
         [("Heyer", "said", "Dan brings to Coca-Cola enormous experience in managing brands")]),
        # negatives: no quotation after the cue, a subject before it: both halves stay the speaker's
        ("In the end, he said, the plan failed.", [("he", "said", "In the end, he said, the plan failed")]),
        # a quotation that goes on in lower case continues the sentence the opening phrase began
        ('Without the deal, he said, "we would be at war."',
         [("he", "said", 'Without the deal, he said, "we would be at war')]),
        ("The museum, Mr. Bush said, celebrated the nation's history.",
         [("Bush", "said", "The museum, Mr. Bush said, celebrated the nation's history")]),
    ],
)
def test_an_opening_frame_is_no_content(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected


# a fronted clause of time or condition before the cue (``candidates.fronted_circumstance``): the writer's setting of
# the saying, not the first half of the quotation after the cue (blind audit p85: "When he first described the wall
# in December" was taken into what Trump said, with only the quotation's first clause)
test_a_fronted_circumstance_is_no_content = rows_table([
    ("When he first described the wall in December, he said, “We’re going to do a wall; we’re going to have a big, "
     "fat beautiful door on the wall.”",
     [("he", "said", "We’re going to do a wall; we’re going to have a big, fat beautiful door on the wall")]),
    ("When he first proposed the ban last year, he said, “We’re going to stop them; we’re going to have a total and "
     "complete shutdown until we figure it out.”",
     [("he", "said", "We’re going to stop them; we’re going to have a total and complete shutdown until we figure "
       "it out")]),
    ("As she left the courthouse on Friday, she said, “I am innocent, and I will prove it.”",
     [("she", "said", "I am innocent, and I will prove it")]),
    ("After the votes were counted, the mayor said, “This is a great day for our city.”",
     [("the mayor", "said", "This is a great day for our city")]),
    # negatives: a lower-case quotation goes on the sentence the clause began; no quotation; a subject before the cue
    ('If the bill passes, he said, “we will sue.”', [("he", "said", "If the bill passes, he said, “we will sue")]),
    # a fronted clause in the first person is the speaker's own first half
    ('When we win, he said, “We will celebrate.”', [("he", "said", "When we win, he said, “We will celebrate")]),
    ("In the end, he said, the plan failed.", [("he", "said", "In the end, he said, the plan failed")]),
    ("The museum, Mr. Bush said, celebrated the nation's history.",
     [("Bush", "said", "The museum, Mr. Bush said, celebrated the nation's history")]),
], marks=(pytest.mark.slow,))
