"""A participle of hoping or fearing hung on a reported clause (``hoping_participles``): the reported clause's
doer hopes where the reporter is a thing, no one named where both could, the reporter where the participle is one
of saying. End to end: ``assembly.choose_source_head``."""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.hoping_participles import reported_doer
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Radio reports said settlers converged on the outpost, hoping to disrupt the evacuation.",
                     "hoping", "settlers", id="hoping"),
        pytest.param("Police said protesters gathered outside the embassy, hoping to free the prisoners.", "hoping",
                     "protesters", id="protesters"),
        # negatives: a participle of saying, one with no reported clause
        pytest.param("Police said two men were arrested, adding that more arrests were expected.", "adding", None,
                     id="adding"),
        pytest.param("Settlers converged on the outpost, hoping to disrupt the evacuation.", "hoping", None,
                     id="no-report"),
    ],
)
def test_reported_doer(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doer = reported_doer(token_of(nlp(text), cue), load_lexicon().media)
    assert (doer.text if doer is not None else None) == expected


test_hoping_speaker = speaker_table([
    pytest.param("Radio reports said settlers converged on the outpost, hoping to disrupt the evacuation.", "hoping",
                 "settlers", id="reports-cannot-hope"),
    pytest.param("Police said protesters gathered outside the embassy, hoping to free the prisoners.", "hoping", None,
                 id="both-could-hope"),
    pytest.param("Radio reports said hundreds of settlers had converged on the outpost, hoping to disrupt their "
                 "evacuation.", "hoping", "hundreds of settlers", id="counted-people"),
    pytest.param("Settlers converged on the outpost, hoping to disrupt the evacuation.", "hoping", "Settlers",
                 id="own-clause"),
    pytest.param("Officials have made clear that they are raising more money, hoping to deprive him of delegates.",
                 "hoping", "Officials", id="pronoun-doer-keeps-reporter"),
    pytest.param("Police said two men were arrested, adding that more arrests were expected.", "adding", "Police",
                 id="adding-reporter"),
    pytest.param("Officials said the minister resigned on Friday, saying he wanted to spend time with his family.",
                 "saying", "Officials", id="saying-unchanged"),
], marks=[pytest.mark.slow])
