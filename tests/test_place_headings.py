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
        # a country's judgement of another place: the country is the speaker (note59's doubtful row)
        ("Pakistan: India is responsible for the attack.", ":", True),
        # kept headings: a person's race, an event told in the past, another place's past deed
        ("Mississippi: Gov. Ronnie Musgrove faces a tough race against Haley Barbour.", ":", False),
        ("Iraq: Insurgents killed 12 soldiers near Mosul on Tuesday.", ":", False),
        ("France: Germany beat Italy 2-1 in the final.", ":", False),
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
        # another place judged or told what it must do: the label's government speaks
        ("Pakistan: India is responsible for the attack.", False),
        ("Russia: Ukraine must withdraw its troops from the border.", False),
        ("China: The United States should stop interfering in Hong Kong.", False),
        # negatives: the same place, a past event, a progressive report on another place
        ("France: Germany beat Italy 2-1 in the final.", True),
        ("Texas: Texas is the largest state in the lower 48.", True),
        ("Ohio: Kentucky is battling floods along the river.", True),
        # rev61w: a state's roundup, a forecast, a description, a speaker named after the words
        ("Florida: Miami-Dade County must evacuate by noon.", True),
        ("Ohio: Kentucky is underwater after the storm.", True),
        ("Japan: Tokyo will host the Olympics in 2020.", True),
        ("Iraq: Baghdad is calm after weeks of fighting.", True),
        ("Brazil: Argentina is the next opponent.", True),
        ("Ukraine: Russia must pay for the war, Zelensky says.", True),
    ],
)
def test_place_heading(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    colon = token_of(doc, ":")
    assert place_heading(list(doc[:colon.i]), colon) is expected
