"""A thing in mind is not a belief (issue 12, item 1): remembering, forgetting, realising or picturing a thing
holds no proposition (``non_statement_verbs.txt``, ``np_contents.np_content_not_reported``), and a clause the parser
made of a noun phrase ("the whole seek part") is a noun phrase (``np_contents.misread_noun_phrase``).
"""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.np_contents import misread_noun_phrase

pytestmark = pytest.mark.slow


test_a_thing_in_mind_is_no_belief = cue_table(
    [
        ("My son played hide-and-seek with the mouse, except he forgot the whole seek part.", "forgot", False),
        ("She still remembers the old river club from her childhood.", "remembers", False),
        ("Ailes envisioned a new cable channel for conservative viewers.", "envisioned", False),
        ("The senator contemplated a run for the presidency last year.", "contemplated", False),
        # positives: a clause or a small clause is a proposition held
        ("Biden forgot that she had said it in the debate.", "forgot", True),
        ("He realized the race would grind on for three more months.", "realized", True),
        ("She remembers that the officers came to her door at night.", "remembers", True),
        ("Clinton imagined that the contest would be as bruising as it has been.", "imagined", True),
        # a verb of perceiving takes a bare infinitive clause after its object: a small clause, kept as it was
        ("Black Americans have seen their jobless rate fall a little further than whites have.", "seen", True),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("he forgot the whole seek part", True, id="det-adj-verb-noun"),
        # negatives: a finite clause, a subjunctive after "that", a named subject, a pronoun subject
        pytest.param("he forgot the kids play outside", False, id="neg-finite-plural"),
        pytest.param("they demanded that the mayor resign", False, id="neg-subjunctive-that"),
        pytest.param("we watched Obama leave the stage", False, id="neg-name-subject"),
        pytest.param("she will let them go", False, id="neg-pronoun"),
    ],
)
def test_misread_noun_phrase(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    assert clause is not None, [(t.text, t.dep_, t.head.text) for t in doc]
    span = doc[clause.left_edge.i:clause.right_edge.i + 1]
    assert misread_noun_phrase(span) is expected
