"""Source types of names from audit 63 (issue 12: a wrong type is a partly wrong attribution): a list of titles split
at its "and" (``title_lists``), a person's role noun compounded on a name NER took for a body (``person_signs``), and
a census surname opening its sentence that the tagger read as a plural (``lone_surnames.opening_surname``).
Negatives: companies named after people keep their type, two people joined stay two, a role a body bears ("regulator",
"pollster") is no person's sign, a plural of people or bodies stays a group or a body."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.lone_surnames import opening_surname
from sayso.nlp.extract.person_signs import role_noun_on_name
from sayso.nlp.extract.title_lists import name_after_titles

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 63 S116, S185, S63
        ('"With Internet usage and broadband adoption continuing to escalate, marketers are throwing their weight and '
         'dollars behind interactive advertising," said IAB President and CEO Greg Stuart.', "said",
         ("Greg Stuart", "person")),
        ('"SCO has not shown us any evidence that we\'ve violated our agreements in any way," IBM spokesperson Trink '
         "Guarino told internetnews.com.", "told", ("Trink Guarino", "person")),
        ("Powers said almost all supercomputer users would rather pay companies like IBM to do all that than try to "
         "build their own.", "said", ("Powers", "person")),
        ("The plan would work, said Microsoft Chairman and chief executive Steve Ballmer.", "said",
         ("Steve Ballmer", "person")),
        ("IBM spokesman Guarino said the plan would work.", "said", ("Guarino", "person")),
        ("Woods said the plan would work.", "said", ("Woods", "person")),
        ("Waters said companies should pay more.", "said", ("Waters", "person")),
        # negatives: companies named after people, two people, a plural of people or bodies, a "they"
        ("Goldman Sachs said the plan would work.", "said", ("Goldman Sachs", "organization")),
        ("Morgan Stanley said the plan would work.", "said", ("Morgan Stanley", "organization")),
        ("Merrill Lynch said the plan would work.", "said", ("Merrill Lynch", "organization")),
        ("Charles Schwab said the plan would work.", "said", ("Charles Schwab", "organization")),
        ("Johnson Controls said the plan would work.", "said", ("Johnson Controls", "organization")),
        ("Dell said the plan would work.", "said", ("Dell", "organization")),
        ("Ford said the plan would work.", "said", ("Ford", "organization")),  # ambiguous: kept as it was
        ("Software maker Oracle said the plan would work.", "said", ("Software maker Oracle", "organization")),
        ("A company spokesperson said the plan would work.", "said", ("A company spokesperson", "anonymous")),
        ("The plan would work, said President Obama and CEO Greg Stuart.", "said", ("Obama", "person")),
        ("Banks said lending would slow.", "said", ("Banks", "organization")),
        ("Farmers said the rain came late.", "said", ("Farmers", "organization")),
        ("Sellers said prices would rise.", "said", ("Sellers", "group")),
        ("Powers said they would act.", "said", ("Powers", "group")),
        # review 63: two offices are two people, a one-word body after a role, plurals of people
        ('"We will not back down," said the Mayor and Deputy Mayor Ken Smith in a joint statement.', "said",
         ("the Mayor and Deputy Mayor Ken Smith", "organization")),
        ('"We are pleased," said Chairman and President John Smith.', "said", ("John Smith", "person")),
        ('"We will appeal the ruling," lawyer Kirkland said.', "said", ("Kirkland", "organization")),
        ('"The economy is slowing," economist Capital Economics said in a note.', "said",
         ("Capital Economics", "organization")),
        ('"The firm did nothing wrong," lawyer Jones Day said in a filing.', "said in a filing", ("Jones Day", "organization")),
        ("Millers said the price of wheat had doubled since spring.", "said", ("Millers", "group")),
        ("Walkers said the trail was closed after the storm.", "said", ("Walkers", "group")),
    ],
)
def test_audit63_source_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The plan would work, said IAB President and CEO Greg Stuart.", "President", "Stuart"),
        ("The plan would work, said Acme Chairman and chief executive John Smith.", "Chairman", "Smith"),
        # negatives: no title before the name, the name joined to more, a subject that is a name
        ("The plan would work, said the President and Greg Stuart.", "President", None),
        ("The plan would work, said IAB President and CEO Greg Stuart and his wife.", "President", None),
        ("The plan would work, said President Obama and CEO Greg Stuart.", "Obama", None),
        ("The plan works, said Chairman and Vice Chairman John Williams.", "Chairman", None),
    ],
)
def test_name_after_titles(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    name = name_after_titles(token_of(nlp(text), word), load_lexicon().person_roles)
    assert (name.text if name is not None else None) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("IBM spokesperson Trink Guarino told reporters the suit had no merit.", "Guarino", True),
        ("Economist Nouriel Roubini said the plan would work, and economist Paul Krugman agreed.", "Krugman", True),
        ("The market will grow, analyst Smith said.", "Smith", True),
        # negatives: a role a body bears, a company's noun, a capitalised title (``titled``'s), no role at all
        ("The deal was approved by the regulator Ofcom on Monday.", "Ofcom", False),
        ("The figures came from pollster Gallup on Monday.", "Gallup", False),
        ("The market will grow, analyst Gartner said.", "Gartner", False),  # a firm's role on a firm's one word
        ("Software maker Oracle said the plan would work.", "Oracle", False),
        ("Goldman Sachs said the plan would work.", "Sachs", False),
        # PolNeAR dev: a body's noun in the name, which runs on past it
        ("More than 100,000 people took part, according to the event organizer Alliance to Reclaim Our Schools.",
         "Alliance", False),
    ],
)
def test_role_noun_on_name(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert role_noun_on_name(token_of(nlp(text), word), load_lexicon().person_roles) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Powers said almost all supercomputer users would rather pay companies like IBM.", "Powers", True),
        ("Fields said the vote would be close.", "Fields", True),
        # negatives: a plural of people or of bodies, a "they" it may stand for, no census surname
        ("Banks said lending would slow.", "Banks", False),
        ("Sellers said prices would rise.", "Sellers", False),
        ("Powers said they would act.", "Powers", False),
        ("Farmers said the rain came late.", "Farmers", False),
        ("Eagles said the coach would be retained.", "Eagles", False),
    ],
)
def test_opening_surname(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert opening_surname(token_of(nlp(text), word)) is expected
