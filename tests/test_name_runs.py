"""Person names NER cuts out of runs of capitalised words (``sayso.nlp.extract.name_runs``).

Tables are ``text, name -> expected``; the name is its first occurrence in the text.
"""

from __future__ import annotations

import pytest

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.name_runs import garbled_person, in_title_run

pytestmark = pytest.mark.slow


def _span(doc, name: str):  # noqa: ANN001, ANN202
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand", label="PERSON")
    assert span is not None, name
    return span


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("(see: FBI Uncovered Russian Bribery Plot Before Obama Approved Uranium One Deal, Netting Clintons Millions)",
         "Clintons Millions", True),
        ("Who should replace Nikki Haley?\n* John Bolton Richard Grenell Dina Powell Heather Nauert Ivanka Trump\nEmail",
         "Nauert Ivanka Trump", True),
        # negatives: a name in prose, with a title; a short headline label; a run cut by a line break
        ("On Monday President Donald Trump said the deal was close.", "Donald Trump", False),
        ("Juanita Broaddrick said on Monday that the senator had no interest.", "Juanita Broaddrick", False),
        ("Notes from the Field\nDina Powell said she was not interested in the job.", "Dina Powell", False),
        ("“Markets are higher,” said Rusmik Oza, Head of Fundamental Research at Kotak Securities.", "Rusmik Oza",
         False),
    ],
)
def test_in_title_run(nlp, text: str, name: str, expected: bool) -> None:
    assert in_title_run(_span(nlp(text), name)) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("(see: FBI Uncovered Russian Bribery Plot Before Obama Approved Uranium One Deal, Netting Clintons Millions)",
         "Clintons Millions", True),
        ("* John Bolton Richard Grenell Dina Powell Heather Nauert Ivanka Trump\nEmail", "Heather Nauert Ivanka Trump", True),
        ("The poll asked about Heather\nNauert on Monday.", "Heather\nNauert", True),
        ("UK: Labour MP Cites Ban of Robert Spencer & Pamela Geller in Calling", "Robert Spencer & Pamela Geller", True),
        # a page's furniture: a share line's "Email", a video's "Watch"
        ("Email\nRich Penkoski said the class was unfair.", "Email", True),
        ("Watch\nThe mayor said the bridge was safe.", "Watch", True),
        # negatives: a one-word name, a body whose name holds a furniture word
        ("Penkoski said the class was unfair.", "Penkoski", False),
        ("Human Rights Watch said the camps were overcrowded.", "Human Rights Watch", False),
        # negatives: a list set off by commas, a title, a double given name, a hyphenated surname
        ("The cast includes Zachary Quinto, Zoe Saldana, Simon Pegg, and Karl Urban.", "Simon Pegg", False),
        ("Conservative Ben Shapiro told Fox News the verdict was wrong.", "Ben Shapiro", False),
        ("Sally Perdue and Bobbie Ann Williams spoke on Monday.", "Bobbie Ann Williams", False),
        ("Senator Dino Melaye and Senator Ben Murray-Bruce spoke on Monday.", "Ben Murray-Bruce", False),
        # negatives: a family name that is also a given name ends one person's name, no second person's start
        ("When Ford visited his editor Teresa Nielsen Hayden at her office, he left a poem.", "Teresa Nielsen Hayden",
         False),
        ("Patrick Nielsen Hayden, the editor in chief, said the book sold well.", "Patrick Nielsen Hayden", False),
        # negatives: a person's name in a headline still is one; a name in prose; a run of bodies and titles
        ("He spoke at the United Nations Climate Action Summit, Indian Prime Minister Narendra Modi said.",
         "Narendra Modi", False),
        ("Juanita Broaddrick: Senator Feinstein Had No Interest In My Rape Allegation", "Juanita Broaddrick", False),
        ("On Monday President Donald Trump said the deal was close.", "Donald Trump", False),
    ],
)
def test_garbled_person(nlp, text: str, name: str, expected: bool) -> None:
    assert garbled_person(_span(nlp(text), name), load_lexicon()) is expected
