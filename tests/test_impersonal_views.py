"""An impersonal passive of mind with the empty "it" is the writer's supposition (``nlp/extract/impersonal_views.py``;
blind audit p84: "it's assumed the ruling should benefit Sanders" read as an attribution). Verbs of saying in the
same shape, an agent, a person for subject, "it is understood" and an active verb stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_an_impersonal_supposition_cites_no_one = cue_table(
    [
        ("While it’s assumed the ruling should benefit Sanders because of his popularity among young voters, the fact "
         "remains the Vermont senator trails Hillary Clinton in polling in Ohio.", "assumed", False),
        ("It is presumed that the defendant is innocent.", "presumed", False),
        ("It was widely supposed that the deal would collapse.", "supposed", False),
        # saying verbs with an unnamed source, an agent, a person, an active verb, British sourcing
        ("It was reported that the minister had resigned.", "reported", True),
        ("It was announced that the plant would close.", "announced", True),
        ("It has been alleged that the mayor took bribes.", "alleged", True),
        ("It is said that the house is haunted.", "said", True),
        ("It is understood that the club has made a bid.", "understood", True),
        # British sourcing with a verb of belief: an unnamed source, not the writer (review rev79n)
        ("It is believed the player has agreed personal terms with the club.", "believed", True),
        ("It is thought that the striker will undergo a medical on Monday.", "thought", True),
        ("It is assumed by analysts that the Fed will cut rates.", "assumed", True),
        ("The gunman is believed to have acted alone.", "believed", True),
        ("Police believe that the gunman acted alone.", "believe", True),
    ]
)
