"""Whether a pronoun answers the statement before (``replies.replying``): the subject of a verb of answering that
names no one and nothing it answers outside its quotation, and was not itself asked."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.replies import replying


@pytest.mark.parametrize(
    "text, pronoun, expected",
    [
        pytest.param("And he answered, “I have not troubled Israel.”", "he", True, id="answered-quote"),
        pytest.param("She replied, “Mine too, and nobody called.”", "She", True, id="quote-read-as-object"),
        pytest.param("He retorted that the charge was absurd.", "He", True, id="retorted-that"),
        pytest.param("They responded that the numbers were strong.", "They", True, id="responded-that"),
        # negatives
        pytest.param("He replied to Smith that the charge was absurd.", "He", False, id="replied-to-someone"),
        pytest.param("He answered questions for an hour.", "He", False, id="answered-questions"),
        pytest.param("Asked about the deficit, he replied that it would shrink.", "he", False, id="asked-first"),
        pytest.param("He said that the charge was absurd.", "He", False, id="not-answering"),
    ],
)
def test_replying(nlp, text: str, pronoun: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.text == pronoun)
    assert replying(token) is expected
