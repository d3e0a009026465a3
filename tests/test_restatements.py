"""One statement told once (``analysis.without_restatements``): "responded on Twitter, accusing the mayor of ...".

A cue whose content is a participle of saying with the same speaker ("responded, saying that X") and the
participle's own attribution ("saying" X) are one statement; the report keeps the participle's, which reads
the words. Kept: two statements ("said X, and added that Y"), two speakers, a quotation.
"""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_one_statement = rows_table([
    ("The senator responded on Twitter, accusing the mayor of lying about the budget.",
     [("The senator", "accusing", "the mayor of lying about the budget")]),
    ("The company said in a statement, adding that it would appeal the ruling.",
     [("The company", "adding", "that it would appeal the ruling")]),
    ("The mayor responded, saying that the report was false.",
     [("The mayor", "saying", "that the report was false")]),
    # the participle's cue with its preposition ("hinting at") is still the participle's ("alluding to" + a noun
    # phrase names a topic, no statement: blind audit 68, test_gestures)
    ("The senator responded on Twitter, hinting at the mayor's failed budget.",
     [("The senator", "hinting at", "the mayor's failed budget")]),
    # negatives: two statements, each its own content; a quotation the first cue reports; the means of saying
    ("The mayor responded to the criticism by saying that crime had fallen.",
     [("The mayor", "responded", "saying that crime had fallen"), ("The mayor", "saying", "that crime had fallen")]),
    ("The mayor said the report was false, adding that he would sue the newspaper.",
     [("The mayor", "said", "the report was false"), ("The mayor", "adding", "that he would sue the newspaper")]),
    ("“The report is false,” the mayor said, adding that he would sue the newspaper.",
     [("the mayor", "said", "The report is false"), ("the mayor", "adding", "that he would sue the newspaper")]),
])
