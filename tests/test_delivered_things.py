"""To deliver a thing is no saying (``nlp/extract/delivered_things.py``; blind audit 61, S110: "delivering a
leaflet with the missing girl's picture"). A speech noun, a name, a pronoun and a clause stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_thing_carried_is_no_saying = cue_table(
    [
        ("Even the pizza delivery man took part, unwittingly delivering a leaflet with the missing girl's picture.",
         "delivering", False),
        ("The courier delivered a package of documents about the merger to the bank.", "delivered", False),
        ("Volunteers delivered food and water to the flooded town on Sunday.", "delivered", False),
        # kept: what is said
        ('McConnell delivered a blunt message to Trump: "It\'s time to quit attacking people."', "delivered", True),
        ('Sanders delivered a snappy retort: "No one is tearing this up."', "delivered", True),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The driver was delivering a leaflet with the girl's picture.", True),
        ("The courier delivered pizzas to the office.", True),
        ("She delivered a speech on the economy.", False),
        ("The jury delivered its verdict on Friday.", False),
        ("Clinton delivered a blistering critique of Trump's casinos.", False),
        ("Obama delivered the State of the Union on Tuesday.", False),
        ("He delivered it to the committee.", False),
    ],
)
def test_delivered_thing(nlp, text: str, expected: bool) -> None:
    from sayso.nlp.extract.delivered_things import delivered_thing

    token = next(t for t in nlp(text) if t.lemma_ == "deliver")
    assert delivered_thing(token) is expected
