"""The shared sets of verb tags (``verb_tags``): what each holds, and every tag is one the pipeline's tagger gives
(a misspelt tag would match nothing, silently)."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS, FINITE_TAGS


def test_the_sets_nest() -> None:
    assert {"VBD", "VBZ", "VBP"} == FINITE_TAGS
    assert {"MD"} == FINITE_OR_MODAL_TAGS - FINITE_TAGS
    assert not FINITE_OR_MODAL_TAGS & {"VB", "VBN", "VBG"}  # a base form, a participle, a gerund: no tense


@pytest.mark.slow
def test_every_tag_is_the_taggers(nlp) -> None:  # noqa: ANN001
    assert set(nlp.get_pipe("tagger").labels) >= FINITE_OR_MODAL_TAGS


@pytest.mark.parametrize(
    "text, word, finite, finite_or_modal",
    [
        ("Smith said the plan would fail.", "said", True, True),
        ("Smith says the plan fails.", "says", True, True),
        ("They say the plan fails.", "say", True, True),
        ("Smith said the plan would fail.", "would", False, True),
        # negatives: no tense of its own
        ("Smith said the plan would fail.", "fail", False, False),
        ("Smith has said nothing.", "said", False, False),
        ("Smith kept saying nothing.", "saying", False, False),
    ],
)
def test_finite(nlp, text: str, word: str, finite: bool, finite_or_modal: bool) -> None:  # noqa: ANN001
    tag = token_of(nlp(text), word).tag_
    assert (tag in FINITE_TAGS, tag in FINITE_OR_MODAL_TAGS) == (finite, finite_or_modal)
