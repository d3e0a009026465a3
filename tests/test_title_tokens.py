"""A person's title with its period is one token (``pipeline._add_title_cases``, blind audit 67 S234): the period of
"Sgt." split off ended the sentence before the name, and the speaker was lost."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, title, sentences", [
    ("Cruz was hospitalized after a police dog bit him, Sgt. Steve Dixon said.", "Sgt.", 1),
    ("Lt. Col. John Smith said the base was secure.", "Col.", 1),
    ("Capt. Ann Lee said the ship was late.", "Capt.", 1),
    # a title that ends a sentence still ends it
    ("He was promoted to the rank of Sgt. The next day he said he would quit.", "Sgt.", 2),
])
def test_title_is_one_token(nlp, text: str, title: str, sentences: int) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == sentences


test_title_speakers = rows_table([
    ("Cruz tried to fight off officers and was hospitalized after a police dog bit him, Sgt. Steve Dixon said.",
     [("Steve Dixon", "said", "Cruz tried to fight off officers and was hospitalized after a police dog bit him")]),
    ("He was promoted to the rank of Sgt. The next day he said he would quit.", [("he", "said", "he would quit")]),
])
