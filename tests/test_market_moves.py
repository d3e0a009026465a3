"""A market's movement is no statement (blind audit 62): ``nlp/extract/market_moves.py``.

``text -> cue word that must (not) be an attribution``: an index, futures, shares, a currency with a verb of
movement or pointing; and people, data and a market with a verb of speech, which stay as they were.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.market_moves import market_movement

pytestmark = pytest.mark.slow


test_market_moves_are_no_statements = cue_table(
    [
        # an index's movement, the sentence's other movements read as its content (audit 62, S192)
        ("In Europe, France's CAC-40 rose 1.3 percent, Britain's FTSE 100 declined 0.2 percent and Germany's DAX "
         "index gained 0.6 percent.", "declined", False),
        # futures "pointing to" a start of trading (audit 62, S181)
        ("North American futures pointed to a sub-par start to trading on Tuesday, with investors ready to get "
         "their first taste of quarterly earnings.", "pointed to", False),
        # a person pointing to evidence, a market with a verb of speech: kept
        ("The minister pointed to the report as evidence that the policy works.", "pointed", True),
        ("The markets are telling us that a recession is coming, Smith said.", "are telling", True),
        ("The data pointed to a slowdown in hiring, the bank said.", "said", True),
        # people and bodies named with a market word (review 63): kept
        ("Market analysts pointed to weak demand in China as the main cause.", "pointed to", True),
        ("Bond traders signalled that they expect the Fed to hold rates steady.", "signalled", True),
        ("The Treasury indicated that it would not intervene to support the dollar.", "indicated", True),
        ("The market regulator indicated that it would open an investigation into the trades.", "indicated", True),
        ("Dow Chemical indicated that it would close two plants in Texas.", "indicated", True),
        ("Bond indicated he would vote against the bill, aides said.", "indicated", True),
        ("The index committee indicated that Tesla would be added next month.", "indicated", True),
    ]
)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Britain's FTSE 100 declined 0.2 percent.", "declined", True),
        ("Shares of Ford fell 3 percent on Monday.", "fell", True),
        ("Treasury futures pointed to a lower open.", "pointed", True),
        ("The dollar rose and then declined against the yen.", "declined", True),
        ("Nasdaq indicated a lower open.", "indicated", True),  # the index, no exchange's decision
        ("The Nasdaq composite indicated a lower open.", "indicated", True),
        # people and findings are not markets
        ("Analysts pointed to weak demand in China.", "pointed", False),
        ("The data pointed to a slowdown in hiring.", "pointed", False),
        ("The company declined to comment.", "declined", False),
        ("Stock analysts indicated that they expect earnings to slow.", "indicated", False),
        ("Market sources indicated the deal would be announced Monday.", "indicated", False),
        ("The Treasury Department signaled that sanctions would be extended.", "signaled", False),
        ("The markets are telling us that a recession is coming.", "telling", False),
        # the exchange's operator deciding about a listing (``exchange_decision``, review 64)
        ("Nasdaq indicated it would delist the shares.", "indicated", False),
        ("Nasdaq signaled it would halt trading in the stock.", "signaled", False),
        # review 65: a clause of prices with a noun or another's act of those words stays a market's move
        ("Nasdaq signaled investors expected the Fed to rule out a hike.", "signaled", True),
        ("Nasdaq indicated stocks would rally as listings picked up.", "indicated", True),
        ("Dow indicated it would rise further as the rule change took effect.", "indicated", True),
        ("DAX signaled the market expected rule changes.", "signaled", True),
    ],
)
def test_market_movement(nlp, text: str, word: str, expected: bool) -> None:
    assert market_movement(token_of(nlp(text), word)) is expected
