"""The writer's naming of a saying set after its content (``sayso.nlp.extract.remark_appositives``)."""

from __future__ import annotations

import pytest

from _cues import rows_table, token_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.remark_appositives import appositive_object

test_without_remark_appositive = rows_table([
    # a noun phrase naming the remark, set off by a comma or a dash at the content's end: the writer's
    ("Israel said all of Jerusalem is its indivisible capital, a claim not recognized internationally.",
     [("Israel", "said", "all of Jerusalem is its indivisible capital")]),
    ("Iran announced that it was formally moving ahead with preparations to increase its enrichment capacities — "
     "the sharpest response to date by the Islamic Republic.",
     [("Iran", "announced", "that it was formally moving ahead with preparations to increase its enrichment "
       "capacities")]),
    ("He said he had found the stolen weapon wrapped in a cloth and that it discharged by itself, both utterly "
     "unbelievable claims.",
     [("He", "said", "he had found the stolen weapon wrapped in a cloth and that it discharged by itself")]),
    ("Sanders said the deal was backed by the Obama administration last week — a move that may help trigger fresh "
     "opposition to the agreement.",
     [("Sanders", "said", "the deal was backed by the Obama administration last week")]),
    ("The company said the deal was signed on May 5, 2016, a move that surprised its rivals.",
     [("The company", "said", "the deal was signed on May 5, 2016")]),
    ("She said she had their backs, remarks that were prominently featured on state news channels.",
     [("She", "said", "she had their backs")]),
    # past a quotation's own comma; "another" and a clause of the writer's, whatever names it holds (blind audit 45)
    ("She also admits the election result was a “loss,” another indication that Google’s efforts were clearly "
     "attempting to elect Clinton.",
     [("She", "also admits", "the election result was a “loss")]),
    # the speaker's own words: a quotation, a phrase that is a clause of its own, one noun phrase broken by a comma
    # (coordinated adjectives), a list: kept
    ('Israel said "all of Jerusalem is its capital, a claim no one can deny."',
     [("Israel", "said", "all of Jerusalem is its capital, a claim no one can deny")]),
    ("The minister said the budget was balanced, the figure is wrong.",
     [("The minister", "said", "the budget was balanced, the figure is wrong")]),
    ("The group said that many of the terms used by the state constitute Nazi terms, ideas, and notions.",
     [("The group", "said", "that many of the terms used by the state constitute Nazi terms, ideas, and notions")]),
    ("The report said the firm had broken rules on pay, hiring, and promotions.",
     [("The report", "said", "the firm had broken rules on pay, hiring, and promotions")]),
    ("The official said there had been no specific, credible threats against the city.",
     [("The official", "said", "there had been no specific, credible threats against the city")]),
    # a phrase that names a person stays (cut out, the name would stand in the writer's text for the next "he")
    ("The senator took a heckler in stride, saying the man would \"not get beat up\" at his rally, a swipe at the "
     "recent fights at some of Trump's rallies.",
     [("The senator", "saying", "the man would \"not get beat up\" at his rally, a swipe at the recent fights at some "
       "of Trump's rallies")]),
    # "another" with no clause of its own keeps the name guard
    ("The senator said the bill was a mistake, another swipe at Trump.",
     [("The senator", "said", "the bill was a mistake, another swipe at Trump")]),
    # a share of what the content names, no naming of the saying (the review's rows)
    ("She said the plan would cost jobs, a number of them in rural areas.",
     [("She", "said", "the plan would cost jobs, a number of them in rural areas")]),
    ("She said the rebels had fired rockets, a number of them at civilian areas.",
     [("She", "said", "the rebels had fired rockets, a number of them at civilian areas")]),
])


# blind audit P79: a noun phrase set off by a comma after the cue's complement, which the parse made a second object,
# names what came before; it is no content of the cue
test_appositive_object = rows_table([
    ("Voters strongly support raising the minimum wage, a survey shows, a question that will be on the ballot in "
     "November.", []),
    ("Residents firmly reject closing the old library, a plan the council will vote on next week.",
     []),
    # kept: a clause with its own noun phrase set off inside it
    ("The senator said he rejected the plan, a measure that would cut taxes.",
     [("The senator", "said", "he rejected the plan")]),
])


@pytest.mark.parametrize(
    "text, cue, obj, expected",
    [
        ("Americans overwhelmingly oppose cutting off federal funds for the clinics, a new poll finds, a debate that "
         "is likely to come to a head this week.", "oppose", "a debate that is likely to come to a head this week",
         True),
        ("Residents firmly reject closing the old library, a plan the council will vote on next week.", "reject",
         "a plan the council will vote on next week", True),
        # review rev76t: a phrase of time or manner between two objects leaves the second the cue's object
        ("He promised voters, once again, a referendum on the EU.", "promised", "a referendum on the EU", False),
        ("She told the committee, under oath, the truth about the payments.", "told", "the truth about the payments",
         False),
        ("The president promised Americans, in his address, a tax cut that would pay for itself.", "promised",
         "a tax cut that would pay for itself", False),
    ],
)
def test_appositive_object_itself(nlp, text: str, cue: str, obj: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(obj)
    assert appositive_object(token_of(doc, cue), Content("child_dobj", start, start + len(obj)), doc) is expected
