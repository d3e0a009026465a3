"""The shared sets of dependency labels (``dep_labels``): what each holds (the subject sets nest), and every
label is one the pipeline's parser gives (a misspelt label would match nothing, silently)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.dep_labels import (
    ALL_SUBJECTS,
    CLAUSE_SUBJECTS,
    COMPLEMENT_CLAUSES,
    NOUN_CLAUSES,
    NOUN_MODIFIER_CLAUSES,
    SUBJECTS,
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
