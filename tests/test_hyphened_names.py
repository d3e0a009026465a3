"""A name inside a hyphened modifier of the speaker's noun is not the speaker's (``source_names.hyphened_modifier``).

Blind audit 55: '"They were an inspirational couple," said the Oscar-winning film director.' was credited to
"Oscar". ``text, cue -> the source's name``; the names the phrase does hold stay.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.source_names import hyphened_modifiers_before

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


# a name whose only words before it are an article and hyphened modifiers is the body's whole name
test_the_name_after_hyphened_modifiers = speaker_table(
    [
        pytest.param("The Kremlin-backed RT said the video was fake.", "said", "RT", id="kremlin-backed-rt"),
        pytest.param("The state-owned, Moscow-based Sputnik said the talks failed.", "said", "Sputnik",
                     id="two-modifiers"),
        # negatives: a common noun the modifier describes, a name of many words, the modifier's name
        pytest.param("The Kremlin-backed network said the video was fake.", "said", "The Kremlin-backed network",
                     id="common-noun"),
        pytest.param("The New York Times said the video was fake.", "said", "The New York Times", id="long-name"),
        pytest.param("A Fox News-commissioned poll found that most voters opposed the plan.", "found",
                     "A Fox News-commissioned poll", id="commissioned-poll"),
    ],
    marks=[pytest.mark.slow],
)


@pytest.mark.parametrize(
    "words, expected",
    [
        pytest.param("The Kremlin-backed ", True, id="article-modifier"),
        pytest.param("state-owned, Moscow-based ", True, id="two"),
        pytest.param("The ", False, id="article-only"),
        pytest.param("", False, id="nothing"),
        pytest.param("The powerful ", False, id="plain-adjective"),
        pytest.param("The Kremlin-backed news ", False, id="noun-after"),
    ],
)
def test_hyphened_modifiers_before(words: str, expected: bool) -> None:
    assert hyphened_modifiers_before(words) is expected
