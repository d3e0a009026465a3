"""A name inside a hyphened modifier of the speaker's noun is not the speaker's (``source_names.hyphened_modifier``).

Blind audit 55: '"They were an inspirational couple," said the Oscar-winning film director.' was credited to
"Oscar". ``text, cue -> the source's name``; the names the phrase does hold stay.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_the_modifiers_name_is_not_the_speaker = speaker_table(
    [
        ('"They were an inspirational couple," said the Oscar-winning film director.', "said",
         "the Oscar-winning film director"),
        ("The Pulitzer-winning author said the book was finished.", "said", "The Pulitzer-winning author"),
        ("The Clinton-era official said the program had been cut.", "said", "The Clinton-era official"),
        # the name the phrase holds, a hyphened name, a name before an apposition
        ("Oscar-winning director Steven Spielberg said the film was done.", "said", "Steven Spielberg"),
        ("Jean-Claude Juncker said the talks would go on.", "said", "Jean-Claude Juncker"),
        ("Alexandria Ocasio-Cortez said the bill was a start.", "said", "Alexandria Ocasio-Cortez"),
        ("Morrison's lawyer said the case was weak.", "said", "Morrison's lawyer"),
    ]
)
