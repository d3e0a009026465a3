"""A pronoun whose antecedent is a guess stays as written: ``rival_names.rival_in_between`` in ``by_pronoun``.

"Mark Hill said ... The deal was signed in the office of Tom Reed. The office was closed. He said": Hill is a
writer's sentence or more back and Reed, named since and as often, is as likely: "He" stays "He". The main
character named more often, a rival only quoted, the name of the sentence right before, and a rival of the other
sex keep the resolution; so does a "they".
"""

from __future__ import annotations

import pytest

from _cues import cue_speaker
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.rival_names import sentences_between

pytestmark = pytest.mark.slow

HILL = "Mark Hill, a lawyer, said the deal was fair. "


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a rival named as often as the chosen one, a writer's sentence or more after him: a guess, left as written
        pytest.param(HILL + "The deal was signed in the office of Tom Reed. The office was closed on Friday. He said "
                     "the deal would hold.", "said", "He", id="rival-as-often-two-sentences-back"),
        pytest.param(HILL + "The deal was signed in the office of Tom Reed. He said the deal would hold.", "said", "He",
                     id="rival-as-often-one-sentence-between"),
        # negatives: the chosen one named more often, a rival of the other sex, a rival only inside a quotation,
        # the rival's own sentence right before the pronoun's, a rival's sentence in the pronoun's quotation
        pytest.param(HILL + "Hill has worked for Tom Reed for years. The office was closed on Friday. He said the deal "
                     "would hold.", "said", "Mark Hill", id="chosen-named-more-often"),
        pytest.param(HILL + "The deal was signed in the office of Jane Reed. The office was closed on Friday. He said "
                     "the deal would hold.", "said", "Mark Hill", id="rival-of-the-other-sex"),
        pytest.param(HILL + "This chart, provided by Statista, shows the deal. He said the deal would hold.", "said",
                     "Mark Hill", id="rival-of-no-known-sex"),
        pytest.param(HILL + "“It was signed in the office of Tom Reed,” the statement read. He said the deal would "
                     "hold.", "said", "Mark Hill", id="rival-only-quoted"),
        pytest.param(HILL + "He said the deal would hold after Tom Reed signed it.", "said", "Mark Hill",
                     id="next-sentence"),
        pytest.param("Mark Hill, a lawyer, said that Tom Reed had signed the deal. The office was closed on Friday. He "
                     "said the deal would hold.", "said", "Mark Hill", id="rival-named-in-his-words"),
        pytest.param("The senators said the bill was fair. It was praised by the Democrats. The office was closed on "
                     "Friday. They said the bill would pass.", "said", "The senators", id="they-is-left-alone"),
        pytest.param("In court, James Bacon badgered Tom Hadeed. “Are you going to share it? I hope not. I hope you "
                     "learned that lesson,” he said.", "said", "James Bacon", id="quoted-sentences-do-not-count"),
    ],
)
def test_rival_in_between(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Hill said it. The office closed. He left.", 1, id="one-between"),
        pytest.param("Hill said it. The office closed. It reopened. He left.", 2, id="two-between"),
        pytest.param("Hill said it. He left.", 0, id="next-sentence"),
        pytest.param("Hill said it, and he left.", 0, id="same-sentence"),
        pytest.param("Hill said it. “We closed. We reopened,” he said.", 0, id="quoted-sentences"),
    ],
)
def test_sentences_between(nlp, text: str, expected: int) -> None:  # noqa: ANN001
    doc = nlp(text)
    pronoun = [t for t in doc if t.lower_ == "he"][-1]
    assert sentences_between(find_quotes(text), doc[0], pronoun) == expected
