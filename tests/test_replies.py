"""Whether a pronoun answers the statement before (``replies.replying``): the subject of a verb of answering that
names no one and nothing it answers outside its quotation, and was not itself asked."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.replies import one_person, replying


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
    token = token_of(doc, pronoun)
    assert replying(token) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        pytest.param("Ahab said to Elijah that the drought would end.", "Elijah", True, id="a-name"),
        pytest.param("Maria told her neighbour that the water was off.", "neighbour", True, id="a-person-noun"),
        # negatives: many people, a body, an outlet
        pytest.param("Trump told reporters that he would win.", "reporters", False, id="many"),
        pytest.param("The governor told the committee that the budget was balanced.", "committee", False, id="a-body"),
        pytest.param("Trump told Fox News that he would win.", "News", False, id="an-outlet"),
    ],
)
def test_one_person(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert one_person(token_of(doc, word), load_lexicon()) is expected
