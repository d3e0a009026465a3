"""A quotation before its speaker ends the content at its closing mark, not on the first word of the speaker's
phrase (``sayso.nlp.extract.quote_ends``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_without_speakers_first_words = rows_table([
    ('"We have found the smoking gun," investigating board member Scott Hubbard said.',
     [("Scott Hubbard", "said", "We have found the smoking gun")]),
    # negatives: nothing between the mark and the speaker, a quotation that closes the content
    ('"We won the vote," Smith said.', [("Smith", "said", "We won the vote")]),
    ("“We won the vote and we will keep going,” a tired Smith said.",
     [("a tired Smith", "said", "We won the vote and we will keep going")]),
])
