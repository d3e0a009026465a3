"""Person names NER cuts out of runs of capitalised words (``sayso.nlp.extract.name_runs``).

Tables are ``text, name -> expected``; the name is its first occurrence in the text.
"""

from __future__ import annotations

import pytest

from _cues import analysis, person_span, with_cue
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.name_runs import (
    article_inside,
    garbled_person,
    in_title_run,
    opening_modifier,
    plural_role_end,
    without_lower_lead,
)

pytestmark = pytest.mark.slow


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
    assert in_title_run(person_span(nlp(text), name)) is expected


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
    assert garbled_person(person_span(nlp(text), name), load_lexicon()) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Recent Samsung smart TVs also include the Apple TV app.", "Recent Samsung", True),
        ("Several Apple engineers said the phone was ready.", "Several Apple", True),
        # negatives: a title's opener; a given name; the word inside the sentence; a proper noun first
        ("Former President Barack Obama said the plan was good.", "Former President Barack Obama", False),
        ("Rich Lowry said the plan was good.", "Rich Lowry", False),
        ("The fans of Recent Samsung said it was good.", "Recent Samsung", False),
        ("Juanita Broaddrick said on Monday that the senator had no interest.", "Juanita Broaddrick", False),
    ],
)
def test_opening_modifier(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    assert opening_modifier(person_span(nlp(text), name), lexicon.first_names | lexicon.person_roles) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Preorder The History of Jihad From Muhammad to ISIS.", "Preorder The History of Jihad", True),
        ("Buy A Tale of Two Cities now.", "Buy A Tale of Two Cities", True),
        # negatives: an epithet's article is lower case; a name with no article; the sentence's own "The"
        ("Alexander the Great said the army was ready.", "Alexander the Great", False),
        ("Juanita Broaddrick said on Monday that the senator had no interest.", "Juanita Broaddrick", False),
        ("The Rev. Al Sharpton said the march would go on.", "The Rev. Al Sharpton", False),
    ],
)
def test_article_inside(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    assert article_inside(person_span(nlp(text), name)) is expected


@pytest.mark.parametrize(
    "text, source, kind",
    [
        # a book's title the page advertises is no person a later "he" can be (NER names no one else: the "he" is the
        # subject NER missed, ``pronoun_number.unnamed_name``)
        ("Don’t be deceived by the likes of Jihad Al-‘Ayesh.\nPreorder The History of Jihad From Muhammad to ISIS.\n"
         "Kuwaiti cleric Sheikh Jihad Al-‘Ayesh delivered a speech in which he said that the figure was a lie.",
         "Sheikh Jihad Al-‘Ayesh", "person"),
        # an adjective that opens a sentence is no part of the company's name, and the company is no person
        ("Samsung was the first to release AirPlay 2 support.\nRecent Samsung smart TVs also include the Apple TV "
         "app.\nOn the day that Samsung announced their Apple features were shipping, buyers were pleased.",
         "Samsung", "organization"),
        # negative: a person's name with its title's opener stays the person
        ("Former President Barack Obama spoke on Monday. Obama said that the plan was good.", "Barack Obama", "person"),
    ],
)
def test_source_after_opening_modifier(nlp, text: str, source: str, kind: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = with_cue(report, "announced") or with_cue(report, "said")
    assert found, report.attributions
    src = next(s for s in report.sources if s.id == found[0].source)
    assert (src.name, src.type) == (source, kind)


_HEADLINE = "Ohio Cop Killing Suspect’s Wife Hid in Bushes While Husband Shot Officers, 911 Call Shows"


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (_HEADLINE, "Shot Officers", True),
        ("Hospital Overrun As Striking Local Nurses Walk Out", "Local Nurses", True),
        # negatives: a given name opens it; a name ending in "s" that is no role's plural; one word; a role's singular
        ("Gloria Bishops said the parish would stay open.", "Gloria Bishops", False),
        ("Venus Williams said she would play on.", "Venus Williams", False),
        ("Officers said the road was closed.", "Officers", False),
        ("Deputy Officer Smith said the road was closed.", "Officer Smith", False),
    ],
)
def test_plural_role_end(nlp, text: str, name: str, expected: bool) -> None:
    assert plural_role_end(person_span(nlp(text), name), load_lexicon()) is expected
    if expected:
        assert garbled_person(person_span(nlp(text), name), load_lexicon())


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Obrigado muito ao Carlos pela visita de hoje.", "muito ao Carlos", "Carlos"),
        ("He said it was a Donald Trump rally.", "a Donald Trump", "Donald Trump"),
        # negatives: a name's particle opens it; a capital opens it; nothing capitalised is left; a word joined to the
        # name by a hyphen
        ("Priorities USA, a pro-Clinton super PAC, said the ads would run.", "pro-Clinton", "pro-Clinton"),
        ("The photo was taken by ex-Carlos Mendes fans.", "ex-Carlos Mendes", "ex-Carlos Mendes"),
        ("Mayor Bill de Blasio said the city was ready.", "de Blasio", "de Blasio"),
        ("Crown Prince bin Salman said the plan would go ahead.", "bin Salman", "bin Salman"),
        ("Ursula von der Leyen said the plan would go ahead.", "von der Leyen", "von der Leyen"),
        ("Carlos Mendes said the plan would go ahead.", "Carlos Mendes", "Carlos Mendes"),
        ("They said muito obrigado to the crowd.", "muito obrigado", "muito obrigado"),
    ],
)
def test_without_lower_lead(nlp, text: str, name: str, expected: str) -> None:
    assert without_lower_lead(person_span(nlp(text), name)).text == expected
