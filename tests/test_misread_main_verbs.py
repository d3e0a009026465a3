"""A sentence's main verb the parse hung on its subject as a modifier (``extract/misread_main_verbs.py``).

After an aside on the subject ("The company, which faces losses, confirmed on Monday that ..."), the parse may make
the subject noun the sentence's root and the verb of saying a modifier of it: the verb is still the one who says
it, reported with its subject as the speaker. Look-alikes stay what they are: a participle on a noun in a sentence
with a verb of its own ("The statement, released on Monday, said ..."), a parse that is right.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.misread_main_verbs import main_verb_read_as_modifier

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The company, which faces losses, confirmed on Monday that it had been contacted by regulators.", "confirmed",
         True),
        ("The bank, which reported losses of $2 billion, revealed on Monday that it would cut 4,000 jobs.", "revealed",
         True),
        # negatives: a participle in a sentence with a verb of its own; a parse that is right; no clause taken
        ("The statement, released on Monday, said that the talks would resume.", "released", False),
        ("The company confirmed on Monday that it had been contacted by regulators.", "confirmed", False),
        ("The ministry, which oversees the police, said that two officers were suspended.", "said", False),
        ("The new rules, announced on Monday by the ministry, with no date set.", "announced", False),
    ],
)
def test_main_verb_read_as_modifier(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert main_verb_read_as_modifier(token_of(nlp(text), word)) is expected


test_misread_main_verb_speakers = speaker_table(
    [
        pytest.param("The company, which is expected to lay off thousands of employees beginning this week as it faces "
                     "ballooning losses, confirmed on Monday that it had been contacted by the office of the NYAG, "
                     "Letitia James.", "confirmed", "The company", id="long-relative-aside"),
        pytest.param("The bank, which reported losses of $2 billion, revealed on Monday that it would cut 4,000 jobs.",
                     "revealed", "The bank", id="relative-aside-revealed"),
        # negatives: the sentence's own verb keeps its subject
        pytest.param("The statement, released on Monday, said that the talks would resume.", "said",
                     "The statement", id="neg-participle-aside"),
    ],
)
