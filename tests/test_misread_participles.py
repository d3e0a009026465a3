"""A participle of saying whose speaker the parse hid in a misreading (``participles.verb_read_as_auxiliary``,
``participles.object_read_as_subject``, called from ``source_heads.source_head``).

A relative clause's verb read as the participle's auxiliary ("the laws she cited claiming ..."): the one who
claims is that clause's own subject, not the outer clause's. A determiner "that" read as a complementizer
("Batten echoed that sentiment saying ..."): the object became the participle's subject, but the participle
goes on with the verb it hangs on, whose subject speaks. Near cases keep their speaker: a real auxiliary, a
participle after an object set off by a comma, one whose noun the parse reads with its determiner.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_misread_participle = speaker_table([
    # fixed: the relative clause's subject, not the outer clause's
    ("WFAA asked the Dallas Police Department for the laws she cited claiming that she can’t fire Guyger.",
     "cited claiming", "she"),
    ("The laws she cited claiming that she cannot fire Guyger were old.", "cited claiming", "she"),
    # fixed: the verb's subject, not its object
    ("Batten echoed that sentiment saying, “Tommy Robinson is a political prisoner.”", "saying", "Batten"),
    ("Clinton echoed that criticism saying, “He is unfit.”", "saying", "Clinton"),
    ("The governor echoed that message saying, “We will rebuild.”", "saying", "The governor"),
    # near: a real auxiliary keeps the subject
    ("He was claiming the vote was rigged.", "was claiming", "He"),
    ("The official had been saying for weeks that the plan would fail.", "had been saying", "The official"),
    ("They kept saying the vote was rigged.", "saying", "They"),
    # near: the participle after an object, or an addressee, stays the subject's
    ("Smith echoed that sentiment, saying the plan would fail.", "saying", "Smith"),
    ("Batten echoed the sentiment saying the man is a political prisoner.", "saying", "Batten"),
    ("Smith shared the view, saying the plan would fail.", "saying", "Smith"),
    ("The senator repeated the claim, adding that the vote was rigged.", "adding", "The senator"),
    ("The mayor backed the plan, noting that it would save money.", "noting", "The mayor"),
    ("Smith told reporters, saying the plan would fail.", "saying", "Smith"),
    ("The company released a statement, saying the plan would fail.", "saying", "The company"),
    ("He sent a letter to the governor, saying the plan would fail.", "saying", "He"),
    # near: "that" read as the noun's determiner, the noun speaks
    ("He remembers that officer saying he had no choice.", "saying", "that officer"),
    ("She heard that official saying he would resign.", "saying", "that official"),
    ("Witnesses heard that guard saying, “Nobody leaves.”", "saying", "that guard"),
])
