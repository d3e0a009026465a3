"""A closing quotation mark glued to the next word (``nlp/tokenizer.py``, ``GLUED_CLOSE``): '...paranoia,”Clinton
said' is split at the mark, so the name is a token of its own and the statement has its speaker; apostrophes,
inches and a straight mark after a letter stay as spaCy has them."""

from __future__ import annotations

import pytest

from _cues import speaker_table

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, tokens", [
    ("paranoia,”Clinton said", ["paranoia", ",", "”", "Clinton", "said"]),
    ("denied,”the judge said", ["denied", ",", "”", "the", "judge", "said"]),
    ("a win?”Smith asked", ["a", "win", "?", "”", "Smith", "asked"]),
    ("a disgrace!”Trump said", ["a", "disgrace", "!", "”", "Trump", "said"]),
    ("could…”Warren said", ["could", "…", "”", "Warren", "said"]),
    ("a wide margin”Warren said", ["a", "wide", "margin", "”", "Warren", "said"]),
    ("in the U.S.,”Smith said", ["in", "the", "U.S.", ",", "”", "Smith", "said"]),
    ("in the U.S.”The", ["in", "the", "U.S.", "”", "The"]),
    ('the vote,"Warren said', ["the", "vote", ",", '"', "Warren", "said"]),
    ('he said,"The plan', ["he", "said", ",", '"', "The", "plan"]),
    ("‘Go home,’Smith said", ["‘", "Go", "home", ",", "’", "Smith", "said"]),
    # left as spaCy has them: apostrophes, inches, a mark before no word
    ("in the ’90s O’Brien said", ["in", "the", "’", "90s", "O’Brien", "said"]),
    ("rock ’n’ roll", ["rock", "’", "n", "’", "roll"]),
    ("the 3.5”Screen model", ["the", "3.5”Screen", "model"]),
    ("“Go,” O’Brien said", ["“", "Go", ",", "”", "O’Brien", "said"]),
])
def test_glued_mark_split(nlp, text, tokens) -> None:  # noqa: ANN001
    doc = nlp.tokenizer(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


_OPENING = "In a radio interview on Tuesday, Hillary Clinton defended the plan. She said it was fair.\n\n"

test_glued_speaker_read = speaker_table([
    # the statement before the glued name has its speaker (spaCy read "paranoia,”Clinton" as one ORG token)
    pytest.param(_OPENING + "“This is a campaign of prejudice and paranoia,”Clinton said.", "said", "Hillary Clinton",
                 id="comma-glued-name"),
    pytest.param(_OPENING + '"This is a campaign of prejudice and paranoia,"Clinton said.', "said", "Hillary Clinton",
                 id="straight-mark"),
    pytest.param("“The motion is denied for the reasons I gave,”the judge said.", "said", "the judge",
                 id="lowercase-subject"),
    pytest.param("“We were kids in the ’90s and nobody cared,”O’Brien said.", "said", "O’Brien", id="apostrophes"),
    # and "she continued" goes on with it, not with the host read before
    pytest.param(_OPENING + "“I was surprised by the vote,” the host said.\n\n“This is a campaign of prejudice and "
                 "paranoia,”Clinton said.\n\n“We have to go back to those towns,” she continued.", "continued",
                 "Hillary Clinton", id="continued-after-glued"),
])
