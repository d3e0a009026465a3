"""The pronoun sets ``source_types`` holds for every module that reads a pronoun: what each holds and how they nest."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.source_types import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    THIRD_PERSON_SUBJECTS,
)


def test_third_person_subjects() -> None:
    assert {"he", "she", "they"} == THIRD_PERSON_SUBJECTS
    # the subject forms of the person and plural sets; never a thing's "it"
    assert THIRD_PERSON_SUBJECTS < PERSON_PRONOUNS | PLURAL_PRONOUNS
    assert not THIRD_PERSON_SUBJECTS & THING_PRONOUNS


@pytest.mark.parametrize("word", ["him", "her", "his", "them", "it", "i", "we", "who"])
def test_third_person_subjects_negatives(word: str) -> None:
    assert word not in THIRD_PERSON_SUBJECTS
