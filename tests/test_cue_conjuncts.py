"""A verb coordinated with the cue is the speaker's next act (``nlp/extract/cue_conjuncts.py``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_without_cues_own_conjunct = rows_table([
    # wire page audit h32 (run_on): "embeds" is Apple's next act, the gap of "which Apple views" ran over it
    ('Among those values is privacy, which Apple views as "a fundamental human right" and embeds into its products.',
     [("Apple", "views", 'as "a fundamental human right')]),
    # kept: the content's own conjunct, a gerund the parse joined to a finite cue, a conjunct inside a quotation
    ("He said he would resign and leave the city.", [("He", "said", "he would resign and leave the city")]),
    ("Customers accused the utility of overkill and using blackouts as a crutch because it failed to harden its "
     "equipment.",
     [("Customers", "accused", "the utility of overkill and using blackouts as a crutch because it failed to harden "
       "its equipment")]),
    ("Filed in January, the suit charges that the Bible class “advances and endorses one religion, improperly "
     "entangles public schools in religious affairs, and violates the consciences of parents.”",
     [("the suit", "charges", "that the Bible class “advances and endorses one religion, improperly entangles public "
       "schools in religious affairs, and violates the consciences of parents")]),
])
