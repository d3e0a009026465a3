"""Titles and bodies: "General" opening a body's name ("the United Nations General Assembly") titles no person
(``source_types.BODY_HEADS``), and a title the parse made the head, with the person's name as its apposition
("Police Chief Eddie Garcia"), is a person, not the body the title names (``source_types.title_before_name``)."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.source_types import title_before_name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The United Nations General Assembly said on Monday that the resolution had passed.", "said",
         ("The United Nations General Assembly", "organization")),
        ("Police Chief Eddie Garcia said the suspect had been arrested.", "said", ("Eddie Garcia", "person")),
        # negatives: a titled person stays one; a body with no title word stays a body
        ("General Mark Milley said the troops would stay.", "said", ("Mark Milley", "person")),
        ("The Dallas Police Department said the suspect had been arrested.", "said",
         ("The Dallas Police Department", "government")),
    ],
)
def test_title_and_body_types(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue, index=0) == expected


@pytest.mark.parametrize(
    "text, head, expected",
    [
        ("Police Chief Eddie Garcia said the suspect had been arrested.", "Chief", True),
        # negatives: an apposition set off by a comma after a description; a lower-case head
        ("The chief, Eddie Garcia, said the suspect had been arrested.", "chief", False),
        ("Police said the suspect had been arrested.", "Police", False),
        ("Both President Barack Obama and his wife Michelle are expected to visit the state.", "President", False),
    ],
)
def test_title_before_name(nlp, text: str, head: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, head)
    assert title_before_name(token) is expected
