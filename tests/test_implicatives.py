"""implicatives: "was quick to say" says it was said; "would be quick to say", "eager to say" do not."""

from __future__ import annotations

import pytest

from _cues import cue_table, rows_table
from sayso.nlp.extract.implicatives import implicative_adjective


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
    ("The company was quick to point out that no employees were involved.", "to point out", True),
    ("Officials were careful to note that the virus had not spread.", "to note", True),
    ("The mayor would be quick to say that no employees were involved.", "to say", False),
    ("The mayor was eager to say that no employees were involved.", "to say", False),
]))

test_quick_to_say_speaker = pytest.mark.slow(rows_table([
    ("The mayor was quick to say that no employees were involved.",
     [("The mayor", "to say", "that no employees were involved")]),
    ("It is easy to say that no employees were involved.", []),
]))
