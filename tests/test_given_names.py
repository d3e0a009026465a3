"""People typed as people by their given names, bodies named after people typed as bodies.

The given names sayso knows are the hand list (``first_names.txt``) and two public ones
(``census_given_names.txt``: the 1990 US Census lists; ``international_given_names.txt``: Faker's
European, Latin American, Irish, Turkish, Indian and African lists). A known given name opening a name
NER tagged an organisation makes it a person ("Penelope Muse Abernathy of the University of North
Carolina", found in the issue-12 reading); a company named after people ("Morgan Stanley", "John Deere",
``person_named_bodies.txt``) or ending in a company or place word no surname is ("Virginia Tech") stays a body.
"""

from __future__ import annotations

import pytest

from _cues import cue_source, cue_speaker
from sayso.nlp.extract.lexicon import load_lexicon


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a given name the hand list lacked opens the name: a person, named without the institution
        ("About a fifth of local papers have closed, according to a 2018 survey by Penelope Muse Abernathy of the "
         "University of North Carolina. Abernathy said the trend would continue.", "according to",
         ("Penelope Muse Abernathy", "person")),
        ("Penelope Muse Abernathy of the University of North Carolina said the trend would continue.", "said",
         ("Penelope Muse Abernathy", "person")),
        ("Margaret Sullivan said the paper erred.", "said", ("Margaret Sullivan", "person")),
        ("Sandro Magister wrote that the letter was never sent.", "wrote", ("Sandro Magister", "person")),
        # negatives: bodies named after people or with a company word a given name opens
        ("Morgan Stanley said profits rose.", "said", ("Morgan Stanley", "organization")),
        ("John Deere said profits rose.", "said", ("John Deere", "organization")),
        ("Wells Fargo said profits rose.", "said", ("Wells Fargo", "organization")),
        ("Goldman Sachs said profits rose.", "said", ("Goldman Sachs", "organization")),
        ("Ford Motor said profits rose.", "said", ("Ford Motor", "organization")),
        ("Dick Clark Productions said it would appeal.", "said", ("Dick Clark Productions", "organization")),
        ("General Motors said profits rose.", "said", ("General Motors", "organization")),
        ("The Ford Foundation said the grant was made.", "said", ("The Ford Foundation", "organization")),
        ("Virginia Tech said the plan failed.", "said", ("Virginia Tech", "organization")),
        ("Tyson Foods said profits rose.", "said", ("Tyson Foods", "organization")),
        # a firm's partners joined by an ampersand (audit 57: "Ernst & Young has denied any wrongdoing" typed person)
        ("Ernst & Young said the audit was sound.", "said", ("Ernst & Young", "organization")),
        ("Simon & Schuster said the book would be published.", "said", ("Simon & Schuster", "organization")),
        # but people joined by "and" are people
        ("John Smith and Mary Jones said the plan failed.", "said", ("John Smith and Mary Jones", "group")),
    ],
)
def test_given_names_type_people_not_bodies(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue, index=0) == expected


def test_public_given_names_join_the_lexicon() -> None:
    lexicon = load_lexicon()
    assert {"margaret", "penelope", "theodore", "sandro", "colm"} <= lexicon.first_names
    # left out: words, places, months and companies ("Hope", "Dallas", "June", "Tyson"), surnames first ("Clark")
    assert not {"hope", "dallas", "june", "tyson", "clark", "geneva", "sterling", "ivy"} & (
        lexicon.first_names - {"grace", "bill", "mark", "will", "grant", "morgan", "april"})  # the hand list's own
    # gender where one sex bears the name; none where both do ("Jean", "Andrea") or the hand list left it out ("Kim")
    assert lexicon.given_genders["margaret"] == "f" and lexicon.given_genders["theodore"] == "m"
    assert "kim" not in lexicon.given_genders and "andrea" not in lexicon.given_genders
    assert "morgan stanley" in lexicon.person_named_bodies


@pytest.mark.parametrize(
    "text, expected",
    [
        # "she" after two people is the woman, the given name tells which (it was the subject, the man)
        ("Theodore Blanchard met Penelope Whitcombe on Monday. She said the plan had failed.", "Penelope Whitcombe"),
        ("Penelope Whitcombe met Theodore Blanchard on Monday. He said the plan had failed.", "Theodore Blanchard"),
        # a given name alone has its gender too: "he" after "his wife Margaret" is not she
        ("“I work with great people,” Saucier said.\nHe and his wife Margaret lost their home.\n"
         "“There is no magic wand,” he said.", "Saucier"),
        ("“I work with great people,” Ann Saucier said.\nShe and her husband Theodore lost their home.\n"
         "“There is no magic wand,” he said.", "Theodore"),
        # given names that are words too ("Hope", "Faith") keep their gender: "his claim" is not hers
        ("Donald Trump spoke on Monday. Hope Hicks, a campaign spokeswoman, did not respond.\n"
         "He said his claim that people would learn nothing was right.", "Donald Trump"),
        # a later bare surname joins the person the full name introduced
        ("Sandro Magister met Colm Kearney on Monday. Kearney said the plan had failed.", "Colm Kearney"),
    ],
)
def test_given_name_gender_and_surname(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, "said") == expected
