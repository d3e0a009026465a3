"""The object of a preposition the cue takes is no speaker (``source_heads.cue_adjunct``). Issue 12, audit 20 (j):
"Hall refused to fire Guyger, saying in part, “There is one ...”" gave the quotation to "part"; "writing in an
email" to "an email". The noun phrase after the cue names the speaker only when it is no such adjunct.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_an_adjunct_is_no_speaker = speaker_table([
    pytest.param('The chief refused to fire the officer, saying in part, "There is one reason I have not acted."',
                 "saying", None, id="in-part"),
    pytest.param('Hall declined to comment further, writing in an email, "The case is closed."', "writing in an email",
                 None, id="in-an-email"),
    # negatives: the noun after the cue is its speaker; a subject before the participle
    pytest.param("The case is closed, said Renee Hall, the police chief.", "said", "Renee Hall", id="said-name"),
    pytest.param('The chief refused to fire the officer, saying, "There is one reason I have not acted."', "saying",
                 "The chief", id="saying-no-adjunct"),
])
