"""Identifying oneself as a name is no statement (issue 12): ``nlp/extract/self_names.py``."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.self_names import names_oneself

pytestmark = pytest.mark.slow

test_self_naming_cues = cue_table(
    [
        # the wire sentence the blind readers judged wrong: "who | identified | himself only as “Eleonora67”"
        ('Three such vigilante-style attacks forced the hacker organizer, who identified himself only as '
         '"Eleonora67," to extend the contest until 6 p.m. EDT Sunday.', "identified", False),
        ("The woman identified herself as Jane Smith.", "identified", False),
        # kept: identifying someone else is a finding
        ("Police identified the suspect as John Smith.", "identified", True),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The organizer, who identified himself only as "Eleonora67," extended the contest.', True),
        ("The woman identified herself as Jane Smith.", True),
        # kept: a kind of person (PolNeAR marks it), someone else, no "as"
        ("Voters who identify themselves as independents backed him.", False),
        ("Police identified the suspect as John Smith.", False),
        ("The woman identified herself to the officers.", False),
        ("He identified himself as Palestinian.", False),  # a nationality: a kind of person (review rev59w)
    ],
)
def test_names_oneself(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    assert names_oneself(token_of(doc, next(t.text for t in doc if t.lemma_ == "identify"))) is expected
