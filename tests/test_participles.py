"""Whose act a participle of saying reports where the parse hangs it wrong: ``nlp/extract/participles.py``.

A participle's speaker is the main clause's subject: never the subject of an "as X reported"
aside it follows, nor the object it was hung on ("echoed that sentiment saying ..."); a
document or a person it describes still says what follows.
"""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.participles import object_participle, report_aside

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        pytest.param("Locals in Tijuana protested against the arrival of the caravan, as Breitbart News reported, "
                     "demanding they leave the city.", "demanding", "Locals in Tijuana", id="after-aside"),
        pytest.param("The senator, as Politico first reported, wrote to the agency on Monday, saying the rule was "
                     "unlawful.", "saying", "The senator", id="aside-inside"),
        pytest.param("UKIP leader Gerard Batten echoed that sentiment saying the party had been betrayed by the "
                     "government.", "saying", "Gerard Batten", id="object-participle"),
        pytest.param("The senator rejected the idea saying it would cost too much.", "saying", "The senator",
                     id="object-idea"),
        # a document or a clause's own subject keeps what it says
        pytest.param("Police issued a statement saying the suspect had fled.", "saying", "a statement",
                     id="document-participle"),
        pytest.param("Smith left the meeting early, as he had said he would, saying he had a flight.", "saying",
                     "Smith", id="aside-with-clause"),
    ],
)
def test_participle_speaker(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    found = rows(nlp, text)
    assert any(c == cue and s == speaker for s, c, _ in found), found


def test_object_keeps_only_the_object(nlp) -> None:  # noqa: ANN001
    found = rows(nlp, "UKIP leader Gerard Batten echoed that sentiment saying the party had been betrayed.")
    assert ("Gerard Batten", "saying", "the party had been betrayed") in found
    assert all(not (c == "echoed" and "saying" in content) for _, c, content in found), found


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Locals protested, as Breitbart News reported, demanding they leave.", "reported", True),
        ("The caravan, as the Times first noted, arrived on Monday.", "noted", True),
        # negatives: an aside with a clause of its own; a time clause; no subject
        ("Smith left early, as he had said he would.", "said", False),
        ("As the crowd cheered the players, the mayor spoke.", "cheered", False),
        ("Smith left, as expected.", "expected", False),
    ],
)
def test_report_aside(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert report_aside(next(t for t in doc if t.text == verb)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Batten echoed that sentiment saying the party had been betrayed.", "Batten"),
        ("The senator rejected the idea saying it would cost too much.", "senator"),
        # negatives: a document, a person, a comma-set participle (the parse's advcl)
        ("Police issued a statement saying the suspect had fled.", None),
        ("Reporters quoted a witness saying the car sped away.", None),
        ("The mayor thanked the firefighters, saying they had saved lives.", None),
    ],
)
def test_object_participle(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    lexicon = load_lexicon()
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "saying")
    people = lexicon.person_roles | lexicon.anonymous | lexicon.groups
    who = object_participle(token, lexicon.senses, lexicon.documents, people)
    assert (who.text if who is not None else None) == expected
