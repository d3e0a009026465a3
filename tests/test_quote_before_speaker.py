"""``candidates.quote_before_speaker``: "“Who do they think they are?” Trump said of Apple in February, when ..."
reports the quotation, not "February, when ...".

The parser ends the sentence inside the quotation ("?”", "!”", ".”"), so the cue's sentence opens with its
speaker; what follows the cue there ("of Apple", "as he launched the process", "to a crowd") tells about the
saying. Rows are ``text -> (source, cue, content)`` (``tests/_cues.rows``), negatives ``text, cue -> None``.
"""

from __future__ import annotations

import pytest

from _cues import TRIM, rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Who do they think they are?” Trump said of Apple in February, when the company balked at hacking a phone.",
         ("Trump", "said", "Who do they think they are?")),
        ("“The great state of Alabama is proud to cast its votes!” US Senator Jeff Sessions said as he launched the process.",
         ("Jeff Sessions", "said", "The great state of Alabama is proud to cast its votes!")),
        ("“We are defeating Donald Trump by very significant numbers.” Sanders said of the Republican front-runner, "
         "before taking aim at the billionaire.",
         ("Sanders", "said", "We are defeating Donald Trump by very significant numbers")),
        # "told" with the one spoken to as its object
        ("“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV "
         "television station in an interview aired on Monday.",
         ("Trump", "told", "It looks like we’re not going to have a very good relationship, who knows?")),
    ],
)
def test_quotation_before_the_speaker(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert expected in found, found
    # and nothing after the cue is read as what was said
    assert not [r for r in found if r[1] == expected[1] and r[2] != expected[2]], found


@pytest.mark.parametrize(
    "text, cue, quotation",
    [
        # the cue has a clause of its own: that is what was said
        ("“What a day.” Smith said the plan would fail because nobody funded it.", "said", "What a day."),
        # not a verb of saying, or an object that is not the one spoken to
        ("“We won!” The crowd cheered as the team returned to the city.", "cheered", "We won!"),
        ("“Is this the end?” He wrote a book about it later that year.", "wrote", "Is this the end?"),
        # a clause the parse hung on the one spoken to, a conjunct: the cue's own words, never the quotation before
        ('The narrative says, "No dispute or argument." Candace Smith told officers they were separating, and that '
         'he left when she told him she was calling police.', "told", "No dispute or argument."),
        # another cue of the sentence keeps its own words
        ("“And I'm not being paid!” LeVell declared, a point he likes to make after a recent appearance on a radio "
         "station during which callers asked how much money he was getting.", "asked", "And I'm not being paid!"),
        # an idiom
        ("“We won!” That said, President Trump made clear earlier in the week that officials must act.", "said",
         "We won!"),
    ],
)
def test_quotation_before_other_sentences(nlp, text: str, cue: str, quotation: str) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert not [r for r in found if r[1] == cue and r[2] == quotation.strip(TRIM)], found
