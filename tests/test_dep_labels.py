"""The shared sets of dependency labels (``dep_labels``): what each holds (the subject sets nest), and every
label is one the pipeline's parser gives (a misspelt label would match nothing, silently)."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.dep_labels import (
    ALL_SUBJECTS,
    CLAUSE_SUBJECTS,
    COMPLEMENT_CLAUSES,
    NOUN_CLAUSES,
    NOUN_MODIFIER_CLAUSES,
    SUBJECTS,
    object_after,
    subject_of,
    to_infinitive,
)


def test_the_sets_nest() -> None:
    assert {"nsubj", "nsubjpass"} == SUBJECTS
    assert SUBJECTS < CLAUSE_SUBJECTS < ALL_SUBJECTS
    assert {"csubj", "expl"} == CLAUSE_SUBJECTS - SUBJECTS
    assert {"csubjpass"} == ALL_SUBJECTS - CLAUSE_SUBJECTS
    assert {"relcl", "acl"} == NOUN_MODIFIER_CLAUSES
    assert {"ccomp"} == NOUN_CLAUSES - NOUN_MODIFIER_CLAUSES
    assert {"ccomp", "xcomp"} == COMPLEMENT_CLAUSES


@pytest.mark.slow
def test_every_label_is_the_parsers(nlp) -> None:  # noqa: ANN001
    assert set(nlp.get_pipe("parser").labels) >= ALL_SUBJECTS | NOUN_CLAUSES | COMPLEMENT_CLAUSES


@pytest.mark.parametrize(
    "text, verb, subject",
    [
        ("Smith said the plan would fail.", "said", "Smith"),
        ("Smith was asked about the plan.", "asked", "Smith"),
        ("Say what you like about the plan.", "Say", None),  # an imperative has none
        ("He declined to comment on the plan.", "comment", None),  # nor has an infinitive
    ],
)
def test_subject_of(nlp, text: str, verb: str, subject: str | None) -> None:  # noqa: ANN001
    found = subject_of(next(t for t in nlp(text) if t.text == verb))
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("The WHO urged them to prepare for an attack.", "prepare", True),
        ("He declined to say who paid.", "say", True),
        ("He said the plan would fail.", "said", False),
        ("She went to Paris and said nothing.", "went", False),  # "to" as a preposition is no infinitive's
    ],
)
def test_to_infinitive(nlp, text: str, verb: str, expected: bool) -> None:  # noqa: ANN001
    assert to_infinitive(next(t for t in nlp(text) if t.text == verb)) == expected


@pytest.mark.parametrize(
    "text, verb, obj",
    [
        ("She branded the law a power grab.", "branded", "law"),
        ("German police reported 906 attacks last year.", "reported", "attacks"),
        ("What he called it was a scandal.", "called", None),  # the object the parse puts first is no object after
        ("He said the plan would fail.", "said", None),  # a clause is no direct object
    ],
)
def test_object_after(nlp, text: str, verb: str, obj: str | None) -> None:  # noqa: ANN001
    found = object_after(token_of(nlp(text), verb))
    assert (found.text if found is not None else None) == obj
