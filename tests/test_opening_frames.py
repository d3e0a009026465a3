"""An opening phrase before a parenthetical cue with a quotation after it is the saying's frame, not the first half of
what was said (``candidates.opening_frame``)."""

from __future__ import annotations

import pytest

from _cues import rows


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
