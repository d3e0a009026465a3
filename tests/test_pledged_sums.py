"""A sum of money pledged is a donation, not a statement (``extract/pledged_sums.py``)."""

from __future__ import annotations

import pytest

from _cues import cue_table

test_pledged_sums = cue_table(
    [
        ("The American Express Corp. has pledged at least $3 million of more than $5 million needed.", "has pledged", False),
        ("Germany pledged 500,000 euros for the victims.", "pledged", False),
        # a promise of an act or a claim, a pledge of no money
        ("Germany has pledged to bolster its military.", "has pledged", True),
        ("He pledged that taxes would not rise.", "pledged", True),
        ("The delegates pledged their support to Clinton.", "pledged", True),
    ],
    marks=[pytest.mark.slow],
)
