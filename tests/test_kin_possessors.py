"""A "she" after "X's mother said" is the mother, not X (``pronouns.kin_of_possessor``). Issue 12, audit 20 (k):
"Abdul-Ghani's mother reported her son missing ... She added the boy suffers from a medical condition" gave the
mother's words to the boy her phrase names.

Only where the relative's noun has the pronoun's gender and the relative spoke as a subject; a possessor whose
relative never spoke, or whose relative's noun has the other gender, is left to the ranking.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_kin_not_its_possessor = speaker_table([
    pytest.param("Abdul-Ghani's mother reported her son missing after his father took him to the park, the Journal "
                 "reported. She added the boy suffers from a medical condition.", "added", "Abdul-Ghani's mother",
                 id="mother-she-added"),
    pytest.param("Abdul-Ghani's mother told police her son was missing after his father took him to the park. She "
                 "added the boy suffers from a medical condition.", "added", "Abdul-Ghani's mother",
                 id="mother-told-she-added"),
    pytest.param("Jordan Ellis's mother told reporters the teenager had been bullied for months. She said the school "
                 "did nothing.", "said", "Jordan Ellis's mother", id="mother-she-said"),
    pytest.param("Casey Morgan's husband told police the car was gone when he woke up. He said nobody had a key.",
                 "said", "Casey Morgan's husband", id="husband-he-said"),
    # negatives: a pronoun of the other gender is the possessor's; a relative who never spoke
    pytest.param("Jordan Ellis's father told reporters the teenager had been bullied. She said the school did nothing.",
                 "said", "Jordan Ellis", id="she-not-the-father"),
    pytest.param("Senator Amy Clark said the bill would pass. Clark's husband was in the gallery. She said the "
                 "vote was close.", "said", "Amy Clark", id="relative-who-never-spoke"),
    pytest.param("Senator Amy Clark's husband told reporters the race was close. She said she would win.", "said",
                 "Amy Clark", id="she-the-senator-not-her-husband"),
])
