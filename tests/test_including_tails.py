""", including" one of the many speakers at a content's end (``nlp/extract/including_tails.py``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_without_speaker_including = rows_table([
    # blind audits 32 and 35 (run_on): the friend is one of the people who denied, not a part of the attack
    ("Why that investigation is needed is unclear since all the people Dr. Christine Ford named to be at the house all "
     "categorically denied the attack took place, including Ford's girl friend.",
     [("all the people", "categorically denied", "the attack took place")]),
    ("All of the people named by Ford have already submitted statements that they have no memory of the event ever "
     "occurring, including a female friend of hers at the time.",
     [("All of the people", "statements", "that they have no memory of the event ever occurring")]),
    # kept: many people of the content's own, a thing included, one speaker
    ("Officials said 20 people were hurt, including a child.",
     [("Officials", "said", "20 people were hurt, including a child")]),
    ("Officials said the damage was severe, including the roof.",
     [("Officials", "said", "the damage was severe, including the roof")]),
    ("Smith said no one saw it, including the guard.", [("Smith", "said", "no one saw it, including the guard")]),
    # kept: a body of people in the content the person is one of (rev68b)
    ("Witnesses said the crowd cheered, including the mayor.",
     [("Witnesses", "said", "the crowd cheered, including the mayor")]),
    ("Officials said the team was arrested, including its coach.",
     [("Officials", "said", "the team was arrested, including its coach")]),
    ("Parents said the staff were rude, including the principal.",
     [("Parents", "said", "the staff were rude, including the principal")]),
])
