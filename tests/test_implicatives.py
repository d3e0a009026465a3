"""implicatives: "was quick to say" says it was said; "would be quick to say", "eager to say" do not."""

from __future__ import annotations

import pytest

from _cues import cue_table, rows_table
from sayso.nlp.extract.implicatives import daring_holder, implicative_adjective, implicative_words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The company was quick to point out that no employees were involved.", True),
        ("Officials were swift to say that the virus had not spread.", True),
        ("The mayor was careful to note that the road stays open.", True),
        # negatives: a modal, a negation, an infinitive copula, an adjective that leaves it hypothetical
        ("The mayor would be quick to say that the road stays open.", False),
        ("The mayor was not quick to say that the road stays open.", False),
        ("The mayor wants to be quick to say that the road stays open.", False),
        ("The mayor was eager to say that the road stays open.", False),
        ("It is easy to say that the road stays open.", False),
    ],
)
def test_implicative_adjective(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    adjectives = [t for t in doc if t.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in t.children)]
    assert any(implicative_adjective(t) for t in adjectives) is expected


test_quick_to_say_is_a_cue = pytest.mark.slow(cue_table([
    ("The company was quick to point out that no employees were involved.", "was quick to point out", True),
    ("Officials were careful to note that the virus had not spread.", "were careful to note", True),
    ("The mayor would be quick to say that no employees were involved.", "to say", False),
    ("The mayor was eager to say that no employees were involved.", "to say", False),
]))

test_quick_to_say_speaker = pytest.mark.slow(rows_table([
    ("The mayor was quick to say that no employees were involved.",
     [("The mayor", "was quick to say", "that no employees were involved")]),
    ("It is easy to say that no employees were involved.", []),
]))


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Kerry has the gall to say that the decision was reckless.", "say", "Kerry"),
        ("Kerry had the nerve to claim that the decision was reckless.", "claim", "Kerry"),
        ("She had the audacity to accuse him of lying.", "accuse", "She"),
        # negatives: a negated or modal "have", a noun of no daring, a plain infinitive
        ("Kerry would never have the nerve to claim that the decision was reckless.", "claim", None),
        ("Kerry did not have the gall to say that the decision was reckless.", "say", None),
        ("Kerry has every reason to claim that the decision was reckless.", "claim", None),
        ("Kerry has to explain why the decision was reckless.", "explain", None),
    ],
)
def test_daring_holder(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == cue)
    holder = daring_holder(token)
    assert (holder.text if holder is not None else None) == expected


test_had_the_gall_to_say = pytest.mark.slow(rows_table([
    ("Kerry has the gall to say that the decision was reckless.", [("Kerry", "to say", "that the decision was reckless")]),
    ("Kerry has every reason to claim that the decision was reckless.", []),
    ("Kerry has to explain why the decision was reckless.", []),
]))


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The actors are all quick to point out that they are not political.", "point", "are all quick to"),
        ("Republican candidates were quick to cast the attacks as a failure.", "cast", "were quick to"),
        # negatives: words between that are no part of the frame; no implicative adjective
        ("The mayor was, as always, quick to say that it was fine.", "say", ""),
        ("The mayor was eager to say that it was fine.", "say", ""),
    ],
)
def test_implicative_words(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == cue)
    assert " ".join(t.text for t in implicative_words(token)) == expected
