"""A section's subheading in the body of a plain text (issue 12, audit 18 class 3): ``nlp/extract/subheadings.py``."""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.subheadings import subheading_at

_BEFORE = "The former general spoke to reporters on Tuesday. He was calm.\n\n"
_AFTER = "\n\nThe committee heard from three witnesses on Monday."


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (f"Headline\n\n{_BEFORE}Haig says he saw nothing suspicious{_AFTER}", "says", True),
        (f"Headline\n\n{_BEFORE}Why the deal matters to voters{_AFTER}", "deal", True),
        (f"Headline\n{_BEFORE}Critics Say The Plan Will Fail\n2016 was a hard year.", "Say", True),
        # kept: the first line (the headline), a one-line paragraph with its full stop or its quotation, a label, a
        # line broken in mid-sentence, a line over a quotation, a long line, the last line
        ("Haig says he saw nothing suspicious\n\nThe former general spoke to reporters on Tuesday.", "says", False),
        (f"Headline\n\n{_BEFORE}Haig says he saw nothing suspicious.{_AFTER}", "says", False),
        (f"Headline\n\n{_BEFORE}Haig said, “I saw nothing suspicious”{_AFTER}", "said", False),
        (f"Headline\n\n{_BEFORE}Haig said:{_AFTER}", "said", False),
        (f"Headline\n\n{_BEFORE}Bernie Sanders: I Am Not Much Of A Socialist{_AFTER}", "Sanders", False),
        (f"Headline\n\n{_BEFORE}— Jane Roe (@janeroe) March 3, 2018{_AFTER}", "Jane", False),
        (f"Headline\n\n{_BEFORE}Read more at https://example.com/haig{_AFTER}", "Read", False),
        (f"Headline\n{_BEFORE}Smith said the plan would fail\nand the board agreed.", "said", False),
        ("Headline\nThe senator spoke on Monday, and\nSmith said the plan would fail\nThe board agreed.", "said",
         False),
        (f"Headline\n{_BEFORE}The mayor said in a statement\n“We will fight this ruling.”", "said", False),
        (f"Headline\n\n{_BEFORE}Haig says that he saw nothing suspicious at the hotel on the night of the attack "
         f"when the guards changed{_AFTER}", "says", False),
        (f"Headline\n\n{_BEFORE}Haig says he saw nothing suspicious", "says", False),
    ],
)
def test_subheading_at(text: str, word: str, expected: bool) -> None:
    assert subheading_at(text, text.index(word)) is expected


test_a_subheading_is_no_attribution = pytest.mark.slow(cue_table(
    [
        ("Haig denies wrongdoing\n\nThe former general spoke to reporters on Tuesday. He was calm.\n\n"
         "Haig says he saw nothing suspicious\n\nThe committee heard from three witnesses on Monday.", "says", False),
        ("Mayor defiant\n\nThe city filed an appeal on Wednesday.\n\nMayor vows to fight the ruling\n\n"
         "The appeal will be heard in March.", "vows", False),
        # kept: the same words as a paragraph of their own, with a full stop
        ("Haig denies wrongdoing\n\nThe former general spoke to reporters on Tuesday. He was calm.\n\n"
         "Haig says he saw nothing suspicious.\n\nThe committee heard from three witnesses on Monday.", "says", True),
    ],
))
