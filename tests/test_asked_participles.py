"""A passive participle before the speaker ("Asked whether ..., Smith said"): the one asked is the main clause's
subject, not the asker (``source_heads.source_head``, ``participles.passive_adjunct``), whether the tagger reads
the participle as one (VBN) or as a past tense (VBD: "When asked how Gillum would fund ..., Smith says"). The asker is named only by an agent ("Asked by
reporters"); else the question has no source, rather than the answerer's name on the reporter's question.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow

test_asked_participle = speaker_table([
    ("Asked whether he would run again, Smith said he had not decided.", "Asked", None),
    ("When asked if the plan would work, Jones said it was too early to tell.", "asked", None),
    ("Asked by reporters whether he would resign, the mayor said no.", "Asked", "reporters"),
    # the answer stays the answerer's; an active asker stays the asker
    ("Asked whether he would run again, Smith said he had not decided.", "said", "Smith"),
    ("Smith asked whether the plan would work.", "asked", "Smith"),
    ("Smith, asking whether the plan would work, said it was too early.", "asking", "Smith"),
    # the tagger reads the bare past form as a past tense (VBD) in running text: a passive all the same
    ("Asked how Gillum would fund the programs, Smith said that he can not.", "Asked", None),
    ("Smith reveals Gillum cannot keep his promises. When asked how Gillum would fund all the programs he says he "
     "wants to fund, Smith says Gillum can't.", "asked", None),
    ("Smith reveals Gillum cannot keep his promises. When asked how Gillum would fund all the programs he says he "
     "wants to fund, Smith says Gillum can't.", "says", "Smith"),
    # a past tense with a subject of its own is the asker's act
    ("When Smith asked how the plan would be funded, Jones said nothing.", "asked", "Smith"),
])
