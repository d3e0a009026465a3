"""A cue written twice over a relative "that" (``nlp/extract/doubled_cues.py``) and a day before a relative clause
(``contents.relative_clause_with_its_noun``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_doubled_cue = rows_table([
    # the content never opens on "Sunday that said": the clause after the second "said"
    ("Roberts said on Fox News Sunday that said the deal was dead.", [("Roberts", "said", "the deal was dead")]),
    ("Senator Roberts said on Fox News Sunday that said he expected a vote by Friday.",
     [("Roberts", "said", "he expected a vote by Friday")]),
    # kept: a complementizer "that" after the day, a relative clause on the cue's object
    ("Roberts said on Fox News Sunday that he expected a vote.", [("Roberts", "said", "that he expected a vote")]),
    ("Some consumers reported telephone wait times that exceeded two hours.",
     [("Some consumers", "reported", "telephone wait times that exceeded two hours")]),
])
