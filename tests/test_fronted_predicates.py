"""The parts of an inverted clause a parenthetical cue splits (``nlp/extract/fronted_predicates.py``)."""

from __future__ import annotations

import pytest

from _cues import rows_table

pytestmark = pytest.mark.slow

test_fronted_predicate = rows_table([
    # the parse hangs the fronted participle on the cue: both sides are what was said, the aside left out
    ("Complicating the situation, he continued, are companies that ignore the rules.",
     [("he", "continued", "Complicating the situation, he continued, are companies that ignore the rules",
       ("Complicating the situation", "are companies that ignore the rules"))]),
    # the other parse (the aside a parataxis): ``candidates`` took both sides already
    ("Adding to the confusion, officials said, was a memo from the mayor's office.",
     [("officials", "said", "Adding to the confusion, officials said, was a memo from the mayor's office",
       ("Adding to the confusion", "was a memo from the mayor's office"))]),
    ("Among the victims, police said, were two children.",
     [("police", "said", "Among the victims, police said, were two children",
       ("Among the victims", "were two children"))]),
    # kept: a clause of time before the aside, a cue that is the root
    ("When he first put up WikiLeaks, he wrote that the whole idea of transparency, honoring people’s right to know, "
     "was the central aim of the website.",
     [("he", "first put up", "he wrote that the whole idea of transparency, honoring people’s right to know", ()),
      ("he", "wrote", "that the whole idea of transparency, honoring people’s right to know", ())]),
    ("In a statement, the company said it would appeal.", [("the company", "said", "it would appeal", ())]),
], parts=True)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Complicating the situation, he continued, are companies that ignore the rules.", "continued",
         ("Complicating the situation", "are companies that ignore the rules")),
        # not this form: a clause of time (its own subject), the verb after the aside with a subject before it
        ("When he first put up WikiLeaks, he wrote that the idea, honoring the right to know, was the aim.", "wrote",
         None),
        ("He said, in a statement, that the plan was dead.", "said", None),
    ],
)
def test_fronted_predicate_parts(nlp, text: str, cue: str, expected: tuple[str, str] | None) -> None:
    from sayso.nlp.extract.fronted_predicates import fronted_predicate_parts

    doc = nlp(text)
    parts = fronted_predicate_parts(next(t for t in doc if t.text == cue))
    assert (None if parts is None else tuple(text[s:e] for s, e in parts)) == expected
