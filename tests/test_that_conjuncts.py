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

test_with_backshifted_conjunct = rows_table([
    # after a past cue, "but"/"and" + a noun subject + "would"/"could": the cue's tense carried into what was said
    ("The minister said the plant was losing money, but the state would keep it open until 2030.",
     [("The minister", "said", "the plant was losing money, but the state would keep it open until 2030")]),
    ("The spokesman said the factory had closed, and the workers could apply for other posts.",
     [("The spokesman", "said", "the factory had closed, and the workers could apply for other posts")]),
    # negatives: a refusal or a rebuttal, a pronoun subject, a narrating "later", "will", a present cue
    ("The spokesman said the factory had closed, but the company would not comment further.",
     [("The spokesman", "said", "the factory had closed")]),
    ("The mayor said the bridge was safe, but engineers would disagree.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The spokesman said the factory had closed, but he would not give a date.",
     [("The spokesman", "said", "the factory had closed")]),
    ("The mayor said the bridge was safe, but it would be months before it reopened.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The mayor said the bridge was safe, but the council would later close it.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The mayor said the bridge was safe, but the council will close it next week.",
     [("The mayor", "said", "the bridge was safe")]),
    ("The mayor says the bridge is safe, but the council would close it.",
     [("The mayor", "says", "the bridge is safe")]),
])
