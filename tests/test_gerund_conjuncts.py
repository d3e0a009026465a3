"""A participle of saying the parse joined to a finite verb goes with the participle of saying before it
(``nlp/extract/gerund_conjuncts.py``): "issued a statement saying ... after Mueller handed in his report and noting
that ...": the statement notes, never Mueller (PTC audit 46 judged Mueller the wrong speaker)."""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.gerund_conjuncts import first_participle
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow

_MUELLER = ("The White House had earlier issued a statement saying it was looking forward to the next steps after "
            "Mueller handed in his report and noting that the administration has not been briefed on the report.")

test_gerund_conjunct_speaker = speaker_table(
    [
        (_MUELLER, "noting", "The White House"),
        # kept: the participle of the parse's own reading, and a finite conjunct
        (_MUELLER, "saying", "The White House"),
        ("Mueller handed in his report and said that the inquiry was over.", "said", "Mueller"),
    ]
)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (_MUELLER, "noting", "saying"),
        # negatives: a participle joined to a participle, a participle with no participle of saying above it, a
        # finite conjunct, a cue that is no conjunct
        ("The company issued a statement saying it was pleased and adding that it would appeal.", "adding", None),
        ("Smith left the room after the vote ended and, shrugging, walked out.", "shrugging", None),
        ("Mueller handed in his report and said that the inquiry was over.", "said", None),
        (_MUELLER, "saying", None),
        # a "saying" the parse hung on people ("emailed supporters saying"): not the supporters' (PolNeAR)
        ("The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete next week.",
         "vowing", None),
        # kept: a "saying" hung on a noun of speech the lexicon lists as no document
        ("The embassy issued a warning saying the situation deteriorated after rebels seized the airport and urging "
         "citizens to leave.", "urging", "saying"),
    ],
)
def test_first_participle(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    found = first_participle(token_of(nlp(text), word), load_lexicon())
    assert (found.text if found is not None else None) == expected
