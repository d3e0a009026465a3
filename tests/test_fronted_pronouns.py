"""A "he" or "she" in a phrase that opens its sentence before the subject stands for that subject
(``fronted_pronouns.subject_after``): "In what he called a 'rant,' President Obama took a whack at Trump" is Obama's,
not Trump's, named before. Issue 12, rows p83 (spk78)."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.fronted_pronouns import subject_after

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ('In what he called a "final plea," Governor Mark Ruiz urged voters to back the bond.', "Ruiz"),
        ("As she promised in March, Senator Ann Diaz voted against the bill.", "Diaz"),
        # negatives: the phrase does not open the sentence, no comma, the pronoun is the subject, a common noun
        ("Governor Mark Ruiz, in what he called a final plea, urged voters to back the bond.", None),
        ("Smith said that when he arrived, Jones confirmed the bridge would close.", None),
        ("He urged voters to back the bond, Governor Mark Ruiz said.", None),
        ("As he promised in March, the governor voted against the bill.", None),
        ("As we promised in March, Senator Ann Diaz voted against the bill.", None),
    ],
)
def test_subject_after(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("he", "she", "we"))
    found = subject_after(pronoun)
    assert (found.text if found is not None else None) == expected


test_fronted_pronoun_speaker = speaker_table([
    pytest.param('Donald Trump held a rally in Ohio on Monday. In what he acknowledged as a "rant," President Obama took '
                 "a whack at Trump's populist credentials.", "acknowledged as", "Obama", id="cataphora-over-earlier-name"),
    pytest.param('Mayor John Lee spoke first. In what he called a "final plea," Governor Mark Ruiz said the bridge would '
                 "be rebuilt.", "called", "Mark Ruiz", id="cataphora-over-earlier-man"),
    # negatives: a pronoun the subject after does not fit keeps the earlier name; so does one after a name it fits
    # inside the phrase
    pytest.param("Asked about Donald Trump's speech, in which he said the wall would be built, Paul Ryan declined to "
                 "comment.", "said", "Donald Trump", id="name-in-the-phrase-negative"),
    pytest.param('Mayor Ann Lee spoke first. In what she called a "final plea," Governor Mark Ruiz said the bridge '
                 "would be rebuilt.", "called", "Ann Lee", id="gender-keeps-earlier-name-negative"),
])
