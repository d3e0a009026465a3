"""A quotation inside the speaker's phrase or an adjunct of the cue is no first half of a pair, nor is one before a cue
with a that-clause of its own (``nlp/extract/phrase_quotes.py``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_no_pair = rows_table([
    # blind audit 34 (run_on): the theologian's description holds the first quotation
    ("In a lecture at the Gregorian, one Father Maurizio Chiodi, a “moral theologian” of the post-Vatican II variety, "
     "proposed that “an artificial method could be recognized as an act of responsibility.”",
     [("Maurizio Chiodi", "proposed", "that “an artificial method could be recognized as an act of responsibility")]),
    ("As for the question of her “intent,” Horowitz said it arose “months earlier,” maybe in 2015.",
     [("Horowitz", "said", "it arose “months earlier")]),
    # blind audit 33 (content_wrong): "He added that ..." reports its clause, not the quotation before it
    ("Weinandy said the pontificate reveals “just how weak is the faith of many within the Church,” He added that "
     "Francis has revealed that many in the Church “hold harmful views.”",
     [("Weinandy", "said", "the pontificate reveals “just how weak is the faith of many within the Church"),
      ("the pontificate", "reveals", "just how weak is the faith of many within the Church"),
      ("He", "added", "that Francis has revealed that many in the Church “hold harmful views"),
      ("Francis", "has revealed", "that many in the Church “hold harmful views")]),
])

test_pair_kept = rows_table([
    # a quotation split by its cue, and the quoted clause's subject the aside split off
    ("“The plan,” Smith said, “is dead.”", [("Smith", "said", "The plan,” Smith said, “is dead")]),
    ('Our "spiritual enemy," Boykin continued, "will only be defeated if we come against them."',
     [("Boykin", "continued", 'spiritual enemy," Boykin continued, "will only be defeated if we come against them')]),
])
