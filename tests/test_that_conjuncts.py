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

test_writers_would_conjunct = rows_table([
    # after a past cue, "but"/"and" + a noun subject + "would"/"should": as often the writer's narration of what came
    # next (future in the past) or the writer's opinion as a backshifted report; the content stops before it
    ("She said she was innocent, but the jury would convict her.",
     [("She", "said", "she was innocent")]),
    ("Murray said he felt fine before the match, but the Scot would lose in straight sets.",
     [("Murray", "said", "he felt fine before the match")]),
    ("He said he did not know the victim, but DNA evidence would link him to the scene.",
     [("He", "said", "he did not know the victim")]),
    ("The minister said the cuts were necessary, but the government should have protected the poorest.",
     [("The minister", "said", "the cuts were necessary")]),
])
