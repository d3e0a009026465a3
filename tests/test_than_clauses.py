"""A cue in a comparative than-clause names no claim (``nlp/extract/than_clauses.py``, blind audit m84).

``text -> cue, kept``: "than officials expected" measures the main clause against an expectation never stated, so
it is no attribution; "as officials expected", a that-clause of the verb's own, and the outer statement stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_than_clauses = cue_table(
    [
        # the standard of a comparison: what they expected is the lesser quantity, never given
        ("Bryant has said that hike had a greater effect on demand than officials expected.", "expected", False),
        ("Sales rose faster than analysts had predicted.", "had predicted", False),
        ("The storm was stronger than forecasters anticipated.", "anticipated", False),
        ("Turnout was higher than many had thought.", "had thought", False),
        ("The hike had a smaller effect than officials said.", "said", False),
        ("Fewer people voted than pollsters predicted.", "predicted", False),
        # kept: the outer statement, conformity with "as", a clause of the verb's own
        ("Bryant has said that hike had a greater effect on demand than officials expected.", "has said", True),
        ("As officials expected, the hike curbed demand.", "expected", True),
        ("Analysts expected that sales would fall.", "expected", True),
        ("Officials said the hike had a greater effect than they had planned for.", "said", True),
    ]
)
