"""A speaker the parse lost behind the role set beside the name: ``nlp/extract/role_tails.py``."""

from __future__ import annotations

import pytest

from _cues import cue_source, cue_span, rows
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.role_tails import name_after_title, name_before_role

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        ("Speaking from Madagascar, Christine South, head of IFRC’s (International Federation of Red Cross) emergency "
         "operations, said: “There is a possibility.”", "operations", "South"),
        # negatives: the subject heads its own phrase; no person before the comma; a list, not a role
        ("Smith, the mayor, said the road was closed.", "mayor", None),
        ("After the storm, the city's emergency operations, officials said, were halted.", "operations", None),
        ("Residents of the town, the farmers and the teachers said the water was bad.", "teachers", None),
    ],
)
def test_name_before_role(nlp, text: str, subject: str, expected: str | None) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == subject)
    got = name_before_role(token)
    assert (got.text if got is not None else None) == expected


def test_the_named_speaker_speaks(nlp) -> None:  # noqa: ANN001
    found = rows(nlp, "Speaking from Madagascar, Christine South, head of IFRC’s (International Federation of Red Cross) "
                      "emergency operations, said: “With anything like this there is a possibility.”")
    assert [r[0] for r in found] == ["Christine South"], found


@pytest.mark.parametrize(
    "text, cue, span, name",
    [
        # a title set before a name is the name's: the mention runs from the title to the name's end
        ("Chief financial officer Andy Bryant has said that the price hike had a greater effect than expected.",
         "has said", "Chief financial officer Andy Bryant", "Andy Bryant"),
        ('"There were," said board member and Nobel-prize winning Stanford physicist Douglas Osheroff, "some '
         'extremely bad decisions."', "said", "board member and Nobel-prize winning Stanford physicist Douglas Osheroff",
         "Douglas Osheroff"),
        ("Board member and Nobel-prize winning physicist Douglas Osheroff said the decisions were bad.", "said",
         "Board member and Nobel-prize winning physicist Douglas Osheroff", "Douglas Osheroff"),
        ("Chairman and chief executive John Smith said the company would grow.", "said",
         "Chairman and chief executive John Smith", "John Smith"),
        ('"We will appeal," said defense attorney Jane Doe.', "said", "defense attorney Jane Doe", "Jane Doe"),
        # negatives: two people joined by "and"; a speaker with no name after it; more joined after the name
        ('"It is a good day," said supporter and former prime minister Tony Blair, his wife and their son.', "said",
         "supporter and former prime minister Tony Blair, his wife and their son",
         "supporter and former prime minister Tony Blair, his wife and their son"),
        ("The chairman and Smith said the deal was dead.", "said", "The chairman and Smith", "The chairman and Smith"),
        ("The chief financial officer said the price hike had a greater effect.", "said",
         "The chief financial officer", "The chief financial officer"),
    ],
)
def test_title_before_name(nlp, text: str, cue: str, span: str, name: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == span
    assert cue_source(nlp, text, cue).name == name


@pytest.mark.parametrize(
    "text, subject, cue, expected",
    [
        ("Chief financial officer Andy Bryant has said that prices rose.", "officer", "said", "Bryant"),
        # negatives: no title noun right before the name; a preposition between; a plural list
        ("The chairman and Smith said the deal was dead.", "chairman", "said", None),
        ("A spokesman for Mayor John Smith said the road was closed.", "spokesman", "said", None),
        ("The report physicist John Smith wrote said the data were wrong.", "report", "said", None),
        ("The officer Smith arrested said the charges were false.", "officer", "said", None),
    ],
)
def test_name_after_title(nlp, text: str, subject: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.text == subject)
    verb = next(t for t in doc if t.text == cue)
    got = name_after_title(token, verb, read_words("person_roles.txt"))
    assert (got.text if got is not None else None) == expected
