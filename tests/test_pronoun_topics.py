"""A "he" or "she" that goes on from the subject pronoun of the sentence before: ``pronoun_topics.continued_subject``
and its use in ``pronouns.antecedent``.

"..., he knew nothing of the measures taken by Pope Benedict, how can his answer be explained? His recent
statements ...": whoever the "he" is, not the Pope Benedict that sentence names only as a "by" agent (PTC articles
782086447 and 783702663, judged wrong speakers). The predicate is tested on the parse (which "he" it hands on, or
None), the resolution on whole texts.
"""

from __future__ import annotations

import pytest

from _cues import speakers_by_cue
from sayso.nlp.extract.pronoun_topics import continued_subject

pytestmark = pytest.mark.slow

BENEDICT = ("If, as he now continues to state, he knew nothing of the abuses committed by McCarrick and the measures "
            "taken by Pope Benedict, how can his answer be explained?\n")


def _not_quoted(idx: int) -> bool:
    return False


@pytest.mark.parametrize(
    "text, name, expected",
    [
        pytest.param(BENEDICT + "His recent statements that he knew nothing are laughable.", "Benedict", "he",
                     id="by-agent"),
        pytest.param("He met Pope Benedict at the Vatican.\nHe said the meeting was warm.", "Benedict", "He",
                     id="object"),
        pytest.param("She spoke with Smith's lawyers on Monday.\nShe said that they had agreed.", "Smith", "She",
                     id="object-possessor"),
        # negatives: the name a topic of that sentence, in the pronoun's own sentence, further back, another gender
        pytest.param("He said Smith met the pope.\nHe added that the meeting was warm.", "Smith", None,
                     id="name-a-subject"),
        pytest.param("He said Smith's aides met the pope.\nHe added that the meeting was warm.", "Smith", None,
                     id="name-a-subjects-possessor"),
        pytest.param("He met Pope Benedict at the Vatican.\nThe talks lasted an hour.\nHe said the meeting was warm.",
                     "Benedict", None, id="two-sentences-back"),
        pytest.param("He met Pope Benedict at the Vatican, and Benedict said he was glad.", "Benedict", None,
                     id="own-sentence"),
        pytest.param("She met Pope Benedict at the Vatican.\nHe said the meeting was warm.", "Benedict", None,
                     id="other-gender"),
        pytest.param("The cardinal met Pope Benedict at the Vatican.\nHe said the meeting was warm.", "Benedict", None,
                     id="no-pronoun-subject"),
        pytest.param("Melvin then followed up by asking Clinton if he owed Lewinsky an apology.\nHe said he had not "
                     "talked to her.", "Clinton", None, id="he-in-a-clause-on-the-names-verb"),
        pytest.param("He asked Mr. Barr whether the memo was real.\nHe said he had not read it.", "Barr", None,
                     id="the-one-asked-answers"),
        pytest.param("He pushed Mr. Spicer on the crowd size.\nHe retorted that the photos were misleading.", "Spicer",
                     None, id="the-one-pushed-retorts"),
    ],
)
def test_continued_subject(nlp, text: str, name: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ in ("he", "his", "she", "her")][-1]
    chosen = [t for t in doc if t.text == name][-1]
    found = continued_subject(pronoun, chosen, _not_quoted)
    assert (None if found is None else found.text) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the "he" of the sentence before names no one: the pronoun is left as written, not given to the name
        pytest.param("He met Pope Benedict at the Vatican.\n“It was a warm meeting,” he said.", "said", "he",
                     id="left-as-written"),
        pytest.param("Cardinal Wuerl spoke to reporters on Monday. I immediately phoned him, and I told him about "
                     "the announcement.\n" + BENEDICT + "His recent statements that he knew nothing about it are "
                     "absolutely laughable.", "statements", "Cardinal Wuerl", id="wuerl"),
        # negatives: a name that is a subject there keeps the pronoun; so does one named in the same sentence
        pytest.param("He said Smith met the pope.\n“It was a warm meeting,” he said.", "said", "Smith",
                     id="name-subject-kept"),
        pytest.param("John Smith arrived in Rome on Monday.\nPope Benedict met him at the Vatican.\n“It was a warm "
                     "meeting,” he said.", "said", "Benedict", id="no-he-before"),
        pytest.param("Senator Kennedy was blunt at the hearing on Tuesday. He asked Mr. Barr whether he had read the "
                     "memo. He said he had not.", "said", "Barr", id="asked-answers-kept"),
        pytest.param("Sanders was defiant. He was challenged by Mr. Cooper on his record on guns. He replied that he "
                     "had voted to ban assault weapons.", "replied", "Sanders", id="by-agent-asks-he-replies"),
    ],
)
def test_continued_speaker(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found
