"""A clause of circumstance is not what was said: ``nlp/extract/circumstances.py``."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_clause_of_circumstance_is_not_what_was_said = cue_table(
    [
        ("The official spoke anonymously because they weren't authorized to disclose case information.", "spoke", False),
        ("Trump already pledged when he met South Korean President Moon Jae-in last year.", "pledged", False),
        ("The mayor commented while the crowd was still gathering outside the hall.", "commented", False),
        # what was asked or said stays: if, whether, that, how
        ("The reporter asked if the president would resign.", "asked", True),
        ("She said that the plan would fail because the money had run out.", "said", True),
        ("He explained how the money had been moved.", "explained", True),
        ("Officials warned that the river would flood when the snow melts.", "warned", True),
    ],
)


test_a_time_alone_is_not_what_was_said = cue_table(
    [
        # a time alone is when something was said, not what
        ("Several lawmakers weighed in on Tuesday.", "weighed", False),
        ("The senator spoke late Friday night.", "spoke", False),
        # negatives: a clause that holds a time, a time as the reported clause's subject, a quoted time
        ("Several lawmakers said on Tuesday that the bill would fail.", "said", True),
        ("He said Tuesday was the deadline.", "said", True),
        ("“Tomorrow,” she said.", "said", True),
    ],
)
