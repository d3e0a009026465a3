"""Verbs of saying with nothing said (issue 12, item 1): ``nlp/extract/unsaid.py``.

``text -> cue word that must (not) be an attribution``: a statement not made, a wh-clause that names what was
told without telling it; and the statements beside them, which stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_nothing_said = cue_table(
    [
        # a statement not made
        ("It goes on, the mayor said, without saying when the vote would be.", "saying", False),
        ("The senator left the meeting without explaining why she opposed the plan.", "explaining", False),
        ("It goes on, the mayor said, without saying when the vote would be.", "said", True),
        # a wh-clause names what was told and does not tell it
        ("She told the man what she did.", "told", False),
        ("He told police what happened that night.", "told", False),
        # "say", "reveal", "expose" with a free relative "what": the thing named, not said (blind audits 28, 33)
        ("WikiLeaks has revealed what journalists should have revealed a long time ago.", "has revealed", False),
        ("The Daily Caller exposed what was happening.", "exposed", False),
        ("Finally, Graham said what everyone had been waiting on.", "said", False),
        # a clause whose subject is the free relative is said; "said when ..." and "revealed that ..." stay
        ("Graham said what he had seen was a UFO.", "said", True),
        ("Smith said when the vote would be held.", "said", True),
        # a "what" that announces the words a colon gives is said (tests/test_genre_pages.py)
        ("The senator said what she believed: the bill was unfair.", "said", True),
        # a question in the speaker's words after a comma is said (html gold, train page ptc-709732928)
        ("The agents told my client that they were briefing the President.\nMy client said, what happened?", "said",
         True),
        ("The report revealed that the plant was unsafe.", "revealed", True),
        ("She told reporters where he had hidden the money.", "told", False),
        ("The coach told the players who would start on Sunday.", "told", False),
        # a clause whose subject is the wh-clause, a that-clause, a quotation: told
        ("She told him what she had seen was a UFO.", "told", True),
        ("The man's doctors detail how he came down with a rare allergy.", "detail", True),
        ("He told reporters how he had escaped from the burning car.", "told", True),
        ("Management tells workers why the company's stock is a good buy.", "tells", True),
        ("He told police that he had been at home all night.", "told", True),
        ('He told police: "I was at home all night."', "told", True),
    ],
)
