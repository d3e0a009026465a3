"""A place's name before a colon with the writer's prose after it is a roundup's heading, no speaker (issue 12):
``nlp/extract/place_headings.py``."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.place_headings import place_heading

pytestmark = pytest.mark.slow

test_place_colons = cue_table(
    [
        # the wire sentence the blind readers judged wrong: "Kentucky" the speaker of the rest
        ("Kentucky: Republican Ernie Fletcher, a three-term House member, is battling Democratic state Attorney "
         "General Ben Chandler.", ":", False),
        # kept: speech after the colon (a quotation, the first person)
        ("Iran: we will respond to any attack on our soil.", ":", True),
        ('Kentucky: "We will win this race."', ":", True),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kentucky: Republican Ernie Fletcher, a three-term House member, is battling Ben Chandler.", True),
        ("Iran: we will respond to any attack on our soil.", False),  # the first person: speech
        ('Kentucky: "We will win this race."', False),  # a quotation
        ("Smith: the plan is dead and buried now.", False),  # a person's name: a speaker label stays
        ("Kentucky: yes.", False),  # too short to tell
    ],
)
def test_place_heading(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    colon = token_of(doc, ":")
    assert place_heading(list(doc[:colon.i]), colon) is expected
