"""A cue whose content asserts nothing (``sayso.nlp.extract.unasserted_contents``): a refusal told as a clause, an
inquiry, a right invoked (blind audit 65). Each table has its positive rows (dropped) and its negative rows (kept)."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow

test_no_comment_clause = cue_table([
    ("Jordan Green, O'Brien's private attorney, said he had no comment.", "said", False),
    ("A spokeswoman said the company had no immediate comment.", "said", False),
    ("His lawyer said he would not comment.", "said", False),
    # kept: a clause with more than the refusal, a quotation, a comment that is content
    ("His lawyer said he had no comment because the case was still open.", "said", True),
    ('His lawyer said, "No comment."', "said", True),
    ("The mayor said the plan had no support in the council.", "said", True),
    ("The mayor said he would comment on the plan next week.", "said", True),
])

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
])
