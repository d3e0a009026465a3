"""``source_types.outlet_named_in``: an outlet of the list named in a phrase, not a body whose name opens with a
one-word outlet's word ("Atlantic Coast", the airline)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_types import outlet_named_in


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Atlantic", True),
        ("Atlantic", True),
        ("the Hill", True),
        ("BBC World Service", True),  # an acronym's outlet runs on into its service
        ("Guardian News", True),  # into an outlet's word
        ("The New York Times", True),
        # negatives: another body's name opening with a one-word outlet's word
        ("Atlantic Coast", False),
        ("Atlantic Coast Airlines", False),
        ("Time Warner", False),
        ("Hill Country", False),
        ("the airline", False),
    ],
)
def test_outlet_named_in(text: str, expected: bool) -> None:
    assert outlet_named_in(text, load_lexicon()) is expected
