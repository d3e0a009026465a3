"""A vote to say something is the saying (``sayso.nlp.extract.voted_statements``, blind audit 67 S91)."""

from __future__ import annotations

import pytest

from _cues import rows_table, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.voted_statements import voted_saying

pytestmark = pytest.mark.slow

test_voted_rows = rows_table([
    ("PeopleSoft Inc.'s board of directors voted unanimously on Friday to recommend that stockholders reject "
     "Oracle's upgraded bid for a hostile takeover.",
     [("PeopleSoft Inc.'s board of directors", "recommend",
       "that stockholders reject Oracle's upgraded bid for a hostile takeover")]),
    # kept as it was: no clause of the saying's own
    ("The board voted to recommend the bid.", [("The board", "voted", "to recommend the bid")]),
])


@pytest.mark.parametrize("text, word, expected", [
    ("The board voted unanimously to recommend that stockholders reject the bid.", "voted", "recommend"),
    ("The board voted to urge that the plant stay open.", "voted", "urge"),
    ("The board voted to approve the merger.", "voted", None),  # an act
    ("The board voted to recommend the bid.", "voted", None),  # no clause
    ("The board did not vote to recommend that stockholders reject the bid.", "vote", None),  # negated
    ("The board decided to recommend that stockholders reject the bid.", "decided", None),  # no vote
])
def test_voted_saying(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    found = voted_saying(token_of(nlp(text), word), load_lexicon().senses)
    assert (found[0].text if found is not None else None) == expected
