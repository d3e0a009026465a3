"""A second "that" clause joined to the cue ("said X, but that Y") is the speaker's too
(``sayso.nlp.extract.that_conjuncts``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_with_that_conjunct = rows_table([
    ("Tyco has said the loan was not forgiven, but that Swartz fully repaid it with interest.",
     [("Tyco", "has said", "the loan was not forgiven, but that Swartz fully repaid it with interest")]),
    ("The company said the deal was off, and that it would sue.",
     [("The company", "said", "the deal was off, and that it would sue")]),
    # negatives: a conjunct with no "that" (a clause of its own), a quotation
    ("Emergency crews said no passenger was ejected, but some were thrown partly out of the bus.",
     [("Emergency crews", "said", "no passenger was ejected")]),
    ('He said "the loan was not forgiven," but that was not the end of it.',
     [("He", "said", "the loan was not forgiven")]),
])
