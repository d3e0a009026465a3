"""Beliefs, stances and naming are attributions a reader accepts (issue 12): ``nlp/extract/held_views.py``
(an adjective of a view held with its clause: "is convinced that ..."), ``nlp/extract/naming.py`` (the
name given: "branded the law a power grab"; a figure put on a thing: "put his net worth at $45 billion") and the medium ``thought`` they report (``media.txt``).

Each rule with its negatives: no clause ("is sure to win", "worried about the economy"), no holder
("It is certain that ..."), a view inside what is reported ("said they were hopeful that ..."), a naming
verb without the name ("called the meeting to order", "called him yesterday").
"""

from __future__ import annotations

import pytest

from _cues import analysis, rows_table, with_cue

pytestmark = pytest.mark.slow


test_a_view_held_with_its_clause = rows_table(
    [
        ("Politicians are worried that pressuring them could reopen old wounds.",
         [("Politicians", "are worried", "that pressuring them could reopen old wounds")]),
        ("Smith is frustrated that Congress has not acted.", [("Smith", "is frustrated", "that Congress has not acted")]),
        ("Smith is convinced the election was stolen.", [("Smith", "is convinced", "the election was stolen")]),
        ("They are not convinced that the plan will work.", [("They", "are not convinced", "that the plan will work")]),
        ("Local survivors are hopeful that there could be positive change.",
         [("Local survivors", "are hopeful", "that there could be positive change")]),
        ("The senator remains confident that the bill will pass.",
         [("The senator", "remains confident", "that the bill will pass")]),
        ("Officials were concerned the virus could spread.", [("Officials", "were concerned", "the virus could spread")]),
        # the parse's variants: a coordinated verb, a contracted "'re", the clause hung on the linking verb
        ("Many Democrats yearn for a comeback and are not confident that Clinton understands them.",
         [("Many Democrats", "are not confident", "that Clinton understands them")]),
        ("This year, however, they’re hopeful that will change.", [("they", "’re hopeful", "that will change")]),
        ("He was keenly aware, however, that the vote could be close.",
         [("He", "was keenly aware", "that the vote could be close")]),
        # no clause of its own, no holder, or a view inside what is reported: no attribution of its own
        ("Smith is sure to win the primary.", []),
        ("Voters are worried about the economy.", []),
        ("It is certain that the bill will pass.", []),
        ("The mayor was happy with the result.", []),
        ("Both sides said they were hopeful the swap could lead to talks.",
         [("Both sides", "said", "they were hopeful the swap could lead to talks")]),
    ]
)


test_naming_is_a_stance = rows_table(
    [
        ("Critics have branded the law a power grab.", [("Critics", "have branded", "the law a power grab")]),
        ("Smith branded Jones as a traitor.", [("Smith", "branded", "Jones as a traitor")]),
        ("Smith called Jones a liar.", [("Smith", "called", "Jones a liar")]),
        ("Republicans labeled the proposal a tax hike.", [("Republicans", "labeled", "the proposal a tax hike")]),
        # the verb without the name given names nothing
        ("Smith called him yesterday.", []),
        ("The rancher branded the cattle last week.", []),
    ]
)

test_a_figure_put_on_a_thing_is_an_estimate = rows_table(
    [
        ("Forbes put his net worth at $45 billion.", [("Forbes", "put", "his net worth at $45 billion")]),
        ("Bloomberg pegged him at $2.9 billion.", [("Bloomberg", "pegged", "him at $2.9 billion")]),
        ("Gallup puts Obama’s approval at a solid 50 percent.",
         [("Gallup", "puts", "Obama’s approval at a solid 50 percent")]),
        ("Initial estimates put the total number of emails at about 55,000.",
         [("Initial estimates", "put", "the total number of emails at about 55,000")]),
        # no figure after "at" (a time, a place, a state), a negated verb: no estimate
        ("They put the meeting at 3 p.m.", []),
        ("He placed the bomb at 10 Downing Street.", []),
        ("The storm put the city at risk.", []),
        ("Forbes did not put his net worth at $45 billion.", []),
        # a bound a rule sets is no estimate: audit 63 ("Apple's puts the limit at ten burns")
        ("Songs can be burned up to five times - Apple's puts the limit at ten burns.", []),
        ("The new rules put the cap at $2,000 a year.", []),
        ("The league set the salary ceiling at $90 million.", []),
        # ... but a bound an estimator puts is its estimate (review 63a)
        ("Analysts put the floor at $40 a share.", [("Analysts", "put", "the floor at $40 a share")]),
        # a saying with "put it" stays
        ("As the senator put it, the bill is dead.", [("the senator", "put", "the bill is dead")]),
    ]
)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Smith hopes the vote will pass.", "hopes"),  # the small model's lemma is "hop"
        ("Smith sees the senator as a threat to the party.", "sees"),
        ("Politicians are worried that pressuring them could reopen old wounds.", "are worried"),
        ("Smith is frustrated that Congress has not acted.", "is frustrated"),
    ],
)
def test_a_view_held_is_a_thought(nlp, text: str, cue: str) -> None:
    found = with_cue(analysis(nlp, text), cue)
    assert found and found[0].medium == "thought", [(a.cue.text if a.cue else None, a.medium) for a in found]
