"""A cue whose content asserts nothing (``sayso.nlp.extract.unasserted_contents``): an inquiry, a right invoked (blind audit 65). Each table has its positive rows (dropped) and its negative rows (kept)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow

test_inquiry = cue_table([
    ("The FBI is trying to determine when White House officials and members of the vice president's staff focused on "
     "Wilson and learned about his wife's employment.", "to determine", False),
    ("Investigators are trying to determine whether the pilot had been drinking before the crash.", "to determine",
     False),
    # kept: a clause, a finding done, a question asked
    ("The FBI determined that the officials learned about it in June.", "determined", True),
    ("Investigators have established that the pilot had been drinking.", "established", True),
    ("The senator asked whether the pilot had been drinking.", "asked", True),
])

test_invoked_right = cue_table([
    ("Lay had refused to turn over the papers, asserting his Fifth Amendment right against self-incrimination.",
     "asserting", False),
    ("He invoked his Fifth Amendment right against self-incrimination.", "invoked", False),
    # kept: a claim of innocence, a clause, a quotation
    ("Lay has asserted his innocence throughout the trial.", "asserted", True),
    ("Lay asserted that he had the right to keep the papers.", "asserted", True),
    # kept: an entitlement spelled out is a claim that one has it (review 65a)
    ("Trump asserted the right to pardon himself.", "asserted", True),
    ("China claimed the right to build islands in the South China Sea.", "claimed", True),
    ("Russia asserted the rights of Russian speakers in Ukraine.", "asserted", True),
    # dropped: a privilege or immunity claimed is a legal act
    ("The company asserted attorney-client privilege over the emails.", "asserted", False),
    ("He asserted his right to remain silent.", "asserted", False),
])
