"""Finding out a question's answer without the answer is no attribution (``sayso.nlp.extract.learned_topics``, blind
audit 67 S219).

``text -> cue word that must (not) be an attribution``: the dropped topics, then the kept rows (a that-clause, a
degree, a wh-infinitive, "what", the verbs of knowing and saying)."""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.candidates import content_candidates
from sayso.nlp.extract.learned_topics import learned_topic
from sayso.nlp.extract.quotes import find_quotes

pytestmark = pytest.mark.slow

test_learned_topics = cue_table([
    ("Since last April, scientists have learned how acrylamide is formed.", "learned", False),
    ("Investigators discovered why the dam failed.", "discovered", False),
    ("Police figured out where the leak was.", "figured", False),
    # kept: an answer, a degree, a skill, the verbs of saying
    ("Scientists have learned that acrylamide forms in frying.", "learned", True),
    ("She learned how dangerous the drug is.", "learned", True),
    ("He explained why the bill failed.", "explained", True),
])


@pytest.mark.parametrize("text, word, expected", [
    ("Since last April, scientists have learned how acrylamide is formed.", "learned", True),
    ("They found out who had leaked the memo.", "found", True),
    ("They learned who had leaked the memo.", "learned", True),
    ("Researchers have discovered how many voters moved.", "discovered", False),  # a degree
    ("I learned how to see in the dark.", "learned", False),  # a skill, PolNeAR's row
    ("She found how the system works.", "found", False),  # "found" without "out"
    ("Scientists have learned that acrylamide forms in frying.", "learned", False),
    ("He learned what the FBI had found.", "learned", False),  # "what": a free relative may hold the claim
])
def test_learned_topic(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, word)
    cands = content_candidates(token, find_quotes(text))
    assert any(learned_topic(token, c, doc) for c in cands) is expected
