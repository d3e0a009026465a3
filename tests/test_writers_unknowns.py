"""What the writer says nobody knows (issue 12, item 1): ``nlp/extract/writers_unknowns.py``.

Each row is ``text, cue, expected``: is ``cue`` reported as an attribution. A cue inside an indirect question that the
sentence calls open is nobody's; the positives beside them are a speaker's question, a speaker's answer and a cue
outside the question.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_cue_in_an_open_question_is_no_statement = cue_table(
    [
        ("It is unclear why Manafort wanted to see Assange.", "wanted", False),
        ("It remains unclear whether Trump told Comey to drop the case.", "told", False),
        ("It's unclear if Cruz is aware that the funding comes from federal grants.", "aware", False),
        ("It is not clear what the senator believes about the deal.", "believes", False),
        ("It was never clear whether the minister knew about the payments.", "knew", False),
        ("It is uncertain whether the board agreed to the plan.", "agreed", False),
        ("It is not known why the company claimed the losses were small.", "claimed", False),
        ("Nobody knows whether Clinton said that to the donors.", "said", False),
        ("No one knows why the governor promised to veto the bill.", "promised", False),
        ("We don't know whether Smith told the FBI about the meeting.", "told", False),
        ("The question is what Putin wants from the talks.", "wants", False),
        ("It's a mystery why the mayor insisted that the bridge was safe.", "insisted", False),
        ("It's anyone's guess what the president thinks about it.", "thinks", False),
        ("It is hard to say whether Smith believed the story.", "believed", False),
        ("I wonder whether the senator believes his own words.", "believes", False),
        ("One has to wonder why the chairman claimed the vote was fair.", "claimed", False),
        ("Whether the senator believed the claims is unknown.", "believed", False),
        ("Whether Smith said it matters little now.", "said", False),
        ("The affair raises the question of whether Trump knew about the payments.", "knew", False),
        # positives: a speaker's question or answer, a known answer, a statement, a cue outside the question
        ("Reporters asked whether the report was true.", "asked", True),
        ("She wondered why he had lied about the money.", "wondered", True),
        ("She explained why the bill failed.", "explained", True),
        ("It is clear that Smith said the deal was dead.", "said", True),
        ("Nobody knows the answer, Smith said.", "said", True),
        ("It is unclear whether the talks will resume, officials said.", "said", True),
        ("The senator knows why the deal fell apart, an aide said.", "said", True),
        ("Whether the deal survives is unclear, but Smith said he was hopeful.", "said", True),
    ],
)
