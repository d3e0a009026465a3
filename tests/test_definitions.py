"""A term defined is no statement (issue 12, item 1; blind audit 19): ``nlp/extract/definitions.py``. The parse's
table, then what the analysis keeps: a speaker who refers to something, and a naming, stay."""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.definitions import term_defined

pytestmark = pytest.mark.slow

_PEOPLE = frozenset({"senator", "official", "spokesman", "ministry"})


@pytest.mark.parametrize("text, expected", [
    ("Monastery sui juris refers to the religious house of a female monastic community that was erected by the Holy See.",
     True),
    ("Gerrymandering refers to the drawing of districts to favor one party.", True),
    ("The term refers to a network of officials who act outside elected control.", True),
    ("Article 39 refers to the criteria that must be considered in their entirety.", True),
    ("It refers to the drawing of districts so that one party wins.", True),
    # a speaker, a naming, a past act of referring
    ("Smith refers to the agency as a den of thieves.", False),
    ("The senator refers to the plan in every speech.", False),
    ("She refers to the decision that the court made last year.", False),
    ("Sean Hannity hosts a show on Fox. Hannity refers to the report every night.", False),
    ("The ministry refers to the law that was passed in 2015.", False),
    ("Trump referred to the report that found the agency had failed.", False),
])
def test_term_defined(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == "refer")
    assert term_defined(token, _PEOPLE) is expected


test_a_definition_is_not_said = cue_table(
    [
        ("Monastery sui juris refers to the religious house of a female monastic community that, having the requisites "
         "for real autonomy of life, was legitimately erected by the Holy See.", "refers", False),
        ("Gerrymandering refers to the drawing of districts to favor one party.", "refers", False),
        ('The term refers to "a network of unelected officials."', "refers", False),
        # a speaker who refers to a quoted phrase, and a naming, stay
        ('Djilas refers to the "New Class."', "refers", True),
        ('Smith refers to the agency as "a den of thieves."', "refers", True),
    ],
)


# a term glossed in brackets or between dashes: the writer's thing given others' word for it, no one's statement; a
# name in quotation marks (the speaker's words) and a free relative that is the sentence's argument stay
test_a_term_glossed_is_not_said = cue_table(
    [
        ("Lawmakers would shift toward taxing purchases (what economists call consumption) and away from wages.",
         "call", False),
        ("The firm is moving toward renting homes (what analysts call the build-to-rent model) and away from sales.",
         "call", False),
        ("The firm is moving toward renting homes - what analysts call build-to-rent - and away from sales.",
         "call", False),
        ('The bus stopped after a tire burst in what officials called a "minor incident."', "called", True),
        ("The mayor defended what critics call a tax on the poor.", "call", True),
        ("The bank is buying bonds (what economists call quantitative easing) to lower rates.", "call", False),
        # a person's, some people's or a side's name for a thing, or a thing called one of a kind: a charge, kept
        ("The president's pardon of his aides (what he calls an act of mercy) angered prosecutors.", "calls", True),
        ("The move (what some call a power grab) was approved by the senate.", "call", True),
        ("The ministry's handling of the data — what critics call a cover-up — has drawn scrutiny from MPs.", "call",
         True),
        ("Officials moved the detainees to a remote site (what human rights groups call a black site) last year.",
         "call", True),
    ],
)
