"""A "he" or "she" in a phrase that opens its sentence before the subject stands for that subject
(``fronted_pronouns.subject_after``): "In what he called a 'rant,' President Obama took a whack at Trump" is Obama's,
not Trump's, named before. Issue 12, rows p83 (spk78; narrowed to "In what" by rev78s)."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.fronted_pronouns import subject_after

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ('In what he called a "final plea," Governor Mark Ruiz urged voters to back the bond.', "Ruiz"),
        ("In what she described as a final warning, Chancellor Ann Diaz told Greece to repay its loans.", "Diaz"),
        # negatives: the phrase does not open the sentence, no comma, the pronoun is the subject, a common noun,
        # a clause of time or concession (its "he" is as often the one the subject after answers), nor a "what"
        # under another preposition
        ("As she promised in March, Senator Ann Diaz voted against the bill.", None),
        ("When he said the crisis was over, Ron DeSantis called him a liar.", None),
        ("While he insisted he was not filibustering, Harry Reid called it a stunt.", None),
        ("Although he has denied lying to Congress, Lanny Davis said the plea was a mistake.", None),
        ("Despite what he told reporters, Michael Cohen said the talks went on until June.", None),
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
    pytest.param("Joe Biden visited the border. When he said the crisis was over, Ron DeSantis called him a liar.",
                 "said", "Joe Biden", id="answered-in-time-clause-negative"),
    pytest.param("The senator, Ted Cruz, spoke for 21 hours. While he insisted he was not filibustering, Harry Reid "
                 "called it a stunt.", "insisted", "Ted Cruz", id="answered-in-concession-negative"),
    pytest.param('Mayor Ann Lee spoke first. In what she called a "final plea," Governor Mark Ruiz said the bridge '
                 "would be rebuilt.", "called", "Ann Lee", id="gender-keeps-earlier-name-negative"),
])
