"""A wish the writer ascribes to a kind of person (issue 12, item 1): ``nlp/extract/writers_ascriptions.py``.

Each row is ``text, cue, expected``. "Who want to ..." describes the people the writer speaks of; a wish told of
someone as the sentence's news stays.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_described_wish_is_no_statement = cue_table(
    [
        ("Folks who want to keep right on sinning will vote for him.", "want", False),
        ("A dozen Republicans who want to be president squared off on Thursday.", "want", False),
        ("Anyone who wants to understand the deal should read the text.", "wants", False),
        ("The law mandates three visits for women who want to obtain the pill.", "want", False),
        ("Those who hope to win the nomination must carry Ohio.", "hope", False),
        # positives: the wish is the sentence's news, or told of one named person
        ("Republicans want to cut taxes.", "want", True),
        ("Smith, who wants to run for governor, said the plan was bad.", "wants", True),
        ("The senator wants to repeal the law.", "wants", True),
    ],
)
