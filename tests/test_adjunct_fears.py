"""A fear in an adjunct that no one named holds (``adjunct_fears.fearing_thing``): "Prices rose because of fears
that ..." gives the fear no source, a thing fears nothing; a subject who can fear, an owned fear and a fear that
is the verb's object keep theirs. End to end: ``assembly.choose_source_head`` drops the thing."""

from __future__ import annotations

import pytest

from _cues import cue_speaker, speaker_table, token_of
from sayso.nlp.extract.adjunct_fears import fearing_thing
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, subject, expected",
    [
        pytest.param("Prices rose because of fears that supplies would run short.", "fears", "Prices", True,
                     id="prices-because-of"),
        pytest.param("Genetic studies raise concerns because of fears that they could be used against workers.",
                     "fears", "studies", True, id="studies-because-of"),
        pytest.param("Oil prices climbed on fears that the conflict would disrupt supplies.", "fears", "prices", True,
                     id="prices-on"),
        pytest.param("Shares fell amid concerns that the bank would need more capital.", "concerns", "Shares", True,
                     id="shares-amid"),
        # negatives: a subject who can fear, a fear that is the object, a noun of saying
        pytest.param("Investors sold shares on fears that the bank would need more capital.", "fears", "Investors",
                     False, id="investors"),
        pytest.param("The government acted amid concerns that the virus would spread.", "concerns", "government",
                     False, id="government"),
        pytest.param("They sold on fears that the bank would fail.", "fears", "They", False, id="they"),
        pytest.param("Hundreds of traders sold on fears that the bank would fail.", "fears", "Hundreds", False,
                     id="counted-traders"),
        pytest.param("Dozens of stocks fell on fears that the bank would fail.", "fears", "Dozens", True,
                     id="counted-things"),
        pytest.param("The senator voiced fears that the bank would fail.", "fears", "senator", False,
                     id="object-fear"),
        pytest.param("Shares fell on reports that the bank would need more capital.", "reports", "Shares", False,
                     id="reports-not-a-state"),
    ],
)
def test_fearing_thing(nlp, text: str, cue: str, subject: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert fearing_thing(token_of(doc, cue), token_of(doc, subject), load_lexicon()) is expected


test_adjunct_fear_speaker = speaker_table([
    pytest.param("Prices rose because of fears that supplies would run short.", "fears", None, id="prices"),
    pytest.param("Genetic studies raise concerns because of fears that they could be used to discriminate against "
                 "workers.", "fears", None, id="studies"),
    pytest.param("Investors sold shares on fears that the bank would need more capital.", "fears", "Investors",
                 id="investors-kept"),
    pytest.param("Shares fell because of Mr. Smith's fears that the bank would need more capital.", "fears",
                 "Smith", id="owned-fear-kept"),
], marks=[pytest.mark.slow])


def test_owned_fear_named(nlp) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, "The senator voiced fears that the bank would fail.", "voiced") == "The senator"
