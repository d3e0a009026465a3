"""A given name the tagger read as a preposition (``sayso.nlp.extract.preposition_names``, blind audit 67 S236)."""

from __future__ import annotations

import pytest

from _cues import cue_span_contents, token_of
from sayso.nlp.extract.preposition_names import given_name_read_as_preposition

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ('"It is bad for Symbian," said Per Lindberg, analyst at Dresdner Kleinwort Wasserstein.',
     [("Per Lindberg, analyst at Dresdner Kleinwort Wasserstein", '"It is bad for Symbian,"')]),
    ('"It is bad for Symbian," said John Lindberg, an analyst.', [("John Lindberg, an analyst", '"It is bad for Symbian,"')]),
])
def test_speaker_after_given_name(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert cue_span_contents(nlp, text, "said", min_confidence=None) == expected


@pytest.mark.parametrize("text, word, expected", [
    ('"It is bad for Symbian," said Per Lindberg, an analyst.', "Per", "Lindberg"),
    ("Prices rose 5 cents per share, he said.", "per", "per"),  # lower case: the preposition
    ("Per capita income rose, he said.", "Per", "Per"),  # opens the sentence, no person after it
])
def test_given_name_read_as_preposition(nlp, text: str, word: str, expected: str) -> None:  # noqa: ANN001
    assert given_name_read_as_preposition(token_of(nlp(text), word)).text == expected
