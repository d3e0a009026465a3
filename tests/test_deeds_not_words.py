"""Acts and the writer's guesses read as someone's words (issue 12): ``nlp/extract/deeds_not_words.py``.

Each row is ``text, cue, expected``. A bid for a company at a price, a modal guess at how a group sees a thing, and
a generic "one" weighing a thing with an "as X proposes" adjunct are nobody's statement; a verdict on an offer, a
clause of saying beside it, plain persuading, a reported guess, an offer of one's own act, an adjunct over the act
itself, a refusal or acceptance of an offer and "helped convince" stay (PolNeAR marks the last two).
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_acts_and_guesses_are_no_statement = cue_table(
    [
        # a bid for a company at a price
        ("Acme last month offered to buy the firm for $5 a share.", "offered", False),
        ("The fund offered to acquire the chain for $2 billion.", "offered", False),
        ("Toll offered to buy the company for NZ75c a share.", "offered", False),
        # the writer's modal guess at a group's view
        ("Retirees who own bonds might not view it as such a bargain.", "view", False),
        ("Savers may not see the plan as a good deal.", "see", False),
        # the writer's generic "one" weighing a thing, the adjunct naming whose the proposal is
        ("One can also question the merits of a wealth tax earmarked for schools, as Warren proposes.", "proposes",
         False),
        ("One can also debate the tradeoffs of a tax on trades dedicated to tuition, as Sanders proposes.", "proposes",
         False),
        # kept: words beside the act, a verdict, plain persuading, a reported guess
        ("The board declined the offer, saying it undervalued the company.", "saying", True),
        ("The union rejected the offer as inadequate.", "rejected", True),
        ("Jones convinced Republicans that the bill would fail.", "convinced", True),
        ("Jones persuaded lawmakers that the bill was flawed.", "persuaded", True),
        ("Voters might view it as a betrayal, a poll suggests.", "suggests", True),
        ("Warren proposes that colleges be free.", "proposes", True),
        # kept: an offer of one's own act, without a price
        ("The mayor offered to resign.", "offered", True),
        ("Mr Obama offered to buy lunch for the team.", "offered", True),
        ("Musk offered to buy Twitter, calling it the de facto town square.", "offered", True),
        # kept: an "as" adjunct over the act itself is the proposer's
        ("One might abolish the tax entirely, as the Adam Smith Institute recommends.", "recommends", True),
        ("You could abolish the tax entirely, as the think tank recommends.", "recommends", True),
        # kept: a refusal or acceptance of an offer, and "helped convince" (PolNeAR marks both: "rejected Trump's
        # offer", "specifically declined a Department of Defense offer", "helped convince Republicans ... that")
        ("Hamas rejected the ceasefire offer.", "rejected", True),
        ("Hamas rejected the ceasefire offer, saying it did not meet its demands.", "rejected", True),
        ("The agency specifically declined a Department of Defense offer twice to extend a special forces team.",
         "declined", True),
        ("Corey Lewandowski helped convince Republicans across America that Donald Trump should be their next "
         "president.", "convince", True),
        ("The chairman helped convince investors that the plan would work.", "convince", True),
    ]
)
