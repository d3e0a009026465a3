"""A participle between a possessive and its noun qualifies the noun ("Stadia's recommended Chromecast"):
no cue, whatever the parse made of it (``not_speech.possessed_participle``)."""

from __future__ import annotations

import pytest

from _cues import cue_table

test_possessed_participle = pytest.mark.slow(cue_table([
    ("Those playing through Stadia’s recommended Chromecast Ultra will be treated to a 30fps experience.",
     "recommended", False),
    ("The party's stated aim is to win back the suburbs.", "stated", False),
    ("Trump's promised wall has not been built.", "promised", False),
    # the verb of a sentence whose subject is possessed stays a cue
    ("Stadia's owner recommended that players use a cable.", "recommended", True),
    ("The party's leader stated that the aim is to win back the suburbs.", "stated", True),
    ("Google recommended Chromecast Ultra for the best results, the company's support page said.", "said", True),
]))
