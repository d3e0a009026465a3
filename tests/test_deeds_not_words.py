"""Acts, outcomes and the writer's guesses read as someone's words (issue 12): ``nlp/extract/deeds_not_words.py``.

Each row is ``text, cue, expected``. Taking or refusing an offer, the offer itself, a bid for a company, the outcome
of someone's persuading, a modal guess at how a group sees a thing, and a generic "one" sentence with an "as X
proposes" adjunct are nobody's statement; a verdict on the offer, a clause of saying beside it, a refusal to comment,
plain persuading and a reported guess stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_acts_and_guesses_are_no_statement = cue_table(
    [
        # taking or refusing an offer: an act
        ("The ministry twice declined a Pentagon offer to send more troops to the region.", "declined", False),
        ("The club rejected an invitation to play in the tournament.", "rejected", False),
        ("The agency specifically declined a Department of Defense offer twice to extend a special forces team.",
         "offer", False),
        # a bid for a company
        ("Acme last month offered to buy the firm for $5 a share.", "offered", False),
        ("The fund offered to acquire the chain for $2 billion.", "offered", False),
        # the outcome of someone's work
        ("Smith helped convince voters across the state that the governor should be replaced.", "convince", False),
        ("Jones helped persuade lawmakers to back the bill.", "helped persuade", False),
        ("Her memo helped convince the board that the merger was a mistake.", "convince", False),
        # the writer's modal guess at a group's view
        ("Retirees who own bonds might not view it as such a bargain.", "view", False),
        ("Savers may not see the plan as a good deal.", "see", False),
        # the writer's generic "one", the adjunct naming whose the proposal is
        ("One can also question the merits of a wealth tax earmarked for schools, as Warren proposes.", "proposes",
         False),
        # kept: words beside the act, a verdict, a refusal to speak, plain persuading, a reported guess
        ("The board declined the offer, saying it undervalued the company.", "saying", True),
        ("The union rejected the offer as inadequate.", "rejected", True),
        ("Jones convinced Republicans that the bill would fail.", "convinced", True),
        ("Jones persuaded lawmakers that the bill was flawed.", "persuaded", True),
        ("Voters might view it as a betrayal, a poll suggests.", "suggests", True),
        ("The mayor offered to resign.", "offered", True),
        ("Warren proposes that colleges be free.", "proposes", True),
    ]
)
