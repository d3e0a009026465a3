"""A fronted "To X," NER ran into the subject's name is no part of it (issue 12): ``nlp/extract/fronted_phrases.py``."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_source, token_of
from sayso.nlp.extract.fronted_phrases import without_fronted_phrase
from sayso.nlp.extract.source_types import _entity_span

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, name",
    [
        # the wire sentence the blind readers judged wrong: "Burns, Richardson", an organisation
        ("To the frightened Burns, Richardson said, confessing a crime he did not commit looked like the only out.",
         "said", "Richardson"),
        # kept: a name with no fronted phrase before it
        ("Richardson said the confession looked like the only way out.", "said", "Richardson"),
        ("John Smith, the mayor, said the budget was balanced.", "said", "John Smith"),
    ],
)
def test_speaker_name_without_fronted_phrase(nlp, text: str, cue: str, name: str) -> None:
    assert cue_source(nlp, text, cue)[0] == name


def test_no_source_named_with_the_fronted_phrase(nlp) -> None:
    report = analysis(nlp, "To the frightened Burns, Richardson said, confessing a crime he did not commit looked like "
                           "the only out.")
    assert all("," not in s.name for s in report.sources)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("To the frightened Burns, Richardson said, confessing a crime looked like the only out.", "Richardson",
         "Richardson"),
        # kept: the entity's words before the comma are the token's own phrase, or the token is before the comma
        ("To the frightened Burns, Richardson said, confessing a crime looked like the only out.", "Burns",
         "Burns, Richardson"),
    ],
)
def test_without_fronted_phrase(nlp, text: str, word: str, expected: str) -> None:
    doc = nlp(text)
    token = token_of(doc, word)
    if not token.ent_type_:
        pytest.skip("NER left the name untagged")
    ent = _entity_span(doc, token.i)
    assert without_fronted_phrase(ent, token).text == expected


def test_a_comma_in_the_name_stays(nlp) -> None:
    doc = nlp("Officials in Washington, D.C., said the roads were closed.")
    token = token_of(doc, "Washington")
    if not token.ent_type_:
        pytest.skip("NER left the place untagged")
    ent = _entity_span(doc, token.i)
    assert without_fronted_phrase(ent, token) == ent


@pytest.mark.parametrize(
    "text, cue, name",
    [
        # the wire sentence the blind readers judged partly right (audit 63): the parse made "Responding" the subject
        ('Responding, Edward Skyler, a spokesman for the mayor, said later: "The statements bear no relation to '
         'the facts."', "said later", "Edward Skyler"),
        # kept: a participle with its own phrase, a participle the subject is no noun of, a plain subject
        ("Responding to the report, Edward Skyler said the statements bear no relation to the facts.", "said",
         "Edward Skyler"),
        ("Laughing, Smith said the statements bear no relation to the facts.", "said", "Smith"),
        ("Edward Skyler, a spokesman for the mayor, said the statements bear no relation to the facts.", "said",
         "Edward Skyler"),
    ],
)
def test_speaker_not_the_fronted_participle(nlp, text: str, cue: str, name: str) -> None:
    assert cue_source(nlp, text, cue)[0] == name
