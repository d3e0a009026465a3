"""quote_contents.quotation_after_colon: 'tweeted her question: “…”' reports the quotation, not the noun phrase (pure)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.quote_contents import quotation_after_colon
from sayso.nlp.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text, cue, chosen, expected",
    [
        ("Collins tweeted her question for Pope Francis on the Chilean situation: “Why does the Pope not believe "
         "these three men? They have been consistent over years.”\nWhy indeed.", "tweeted",
         "her question for Pope Francis", "“Why does the Pope not believe these three men? They have been consistent over years.”"),
        ("The agency issued this warning:\n“Stay indoors until the storm has passed.”", "issued",
         "this warning", "“Stay indoors until the storm has passed.”"),
        # negatives: no colon; a stop before the colon; the quotation not right after the colon; a blank line
        # between; the content already the quotation
        ("The agency issued this warning “Stay indoors.”", "issued", "this warning", "this warning"),
        ("The agency issued a warning. Later it said: “Stay indoors.”", "issued", "a warning", "a warning"),
        ("The agency issued this warning: stay indoors, “for now.”", "issued", "this warning", "this warning"),
        ("The agency issued this warning:\n\n“Stay indoors.”", "issued", "this warning", "this warning"),
        ("Vaz, who had called for the bloggers to be banned, said: “I welcome the ban.”", "called for", "the bloggers",
         "the bloggers"),
    ],
)
def test_quotation_after_colon(text: str, cue: str, chosen: str, expected: str) -> None:
    quotes = find_quotes(text)
    start = text.index(chosen)
    content = Content("child_dobj", start, start + len(chosen))
    cue_end = text.index(cue) + len(cue)
    got = quotation_after_colon(content, text, cue_end, quotes)
    assert text[got.start:got.end] == expected
