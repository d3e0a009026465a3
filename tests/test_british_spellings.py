"""A cue verb spelt "-ise" is the same cue as its "-ize" form (the lemma exceptions in ``nlp/pipeline.py``, blind
audit 67 S233: "Soros criticised Snow's policy shift as a 'mistake'" read "criticise", a lemma no cue list holds)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word, lemma", [
    ("Soros criticised the policy.", "criticised", "criticize"),
    ("He apologised for the error.", "apologised", "apologize"),
    ("She emphasises that it was wrong.", "emphasises", "emphasize"),
    ("They are recognising that it failed.", "recognising", "recognize"),
    # not a cue verb in "-ize": left to the lemmatizer
    ("Prices rise every year.", "rise", "rise"),
    ("He praised the plan.", "praised", "praise"),
])
def test_british_lemma(nlp, text: str, word: str, lemma: str) -> None:  # noqa: ANN001
    assert next(t for t in nlp(text) if t.text == word).lemma_ == lemma


test_british_cues = rows_table([
    ('Soros criticised Snow\'s policy shift as a "mistake".',
     [("Soros", "criticised", 'Snow\'s policy shift as a "mistake')]),
    ("The minister emphasised that the talks would go on.",
     [("The minister", "emphasised", "that the talks would go on")]),
])
