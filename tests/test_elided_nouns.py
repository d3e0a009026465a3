"""A lone quantifier speaker stands for the plural noun its sentence just named (``elided_nouns``,
``sources.by_elided_noun``). Audit 62, a62 S6: "Most economists had been expecting ..., with many expecting ..."
named the second speaker "many", typed unknown; the text says many economists. The span stays "many" (the noun
is not written there); the source is named and typed by the noun."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.elided_nouns import elided_noun

pytestmark = pytest.mark.slow

S6 = ("Most economists had been expecting a far more dire report, with many expecting to see the fifth month of job "
      "losses in six months in September.")


@pytest.mark.parametrize(
    "text, cue, index, expected",
    [
        (S6, "expecting", -1, ("many economists", "group")),
        (S6, "had been expecting", 0, ("Most economists", "group")),
        ("Several officials said the plan failed, and many said it should be dropped.", "said", -1,
         ("many officials", "anonymous")),
        ("Some analysts said the deal was good, while most said it was too costly.", "said", -1,
         ("most analysts", "group")),
        # review 63: the quantified subject, not the object beside it nor a thing
        ("Several doctors treated many patients, and some said they had never seen such injuries.", "said", -1,
         ("some doctors", "group")),
        ("Many voters backed him in several states, and most said they would do so again.", "said", -1,
         ("most voters", "group")),
        ("Some residents fled after many houses burned, and many said they would not return.", "said", -1,
         ("many", "unknown")),
        # negatives: no noun named before, a quantifier with its own words
        ("Many said the plan failed.", "said", -1, ("Many", "unknown")),
        ("Several officials said the plan failed, and many of them said it should be dropped.", "said", -1,
         ("many of them", "unknown")),
    ],
)
def test_elided_noun_source(nlp, text: str, cue: str, index: int, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue, index=index) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (S6, "many", "economists"),
        ("Most economists expect rates to rise, and some said a cut was possible.", "some", "economists"),
        # negatives: no quantified plural before, a noun without a quantifier, the quantifier with its noun
        ("Many said the plan failed.", "Many", None),
        ("The economists expect rates to rise, and many said a cut was possible.", "many", None),
        ("Many economists said a cut was possible.", "Many", None),
    ],
)
def test_elided_noun(nlp, text: str, word: str, expected: str | None) -> None:  # noqa: ANN001
    noun = elided_noun(token_of(nlp(text), word))
    assert (noun.text if noun is not None else None) == expected
