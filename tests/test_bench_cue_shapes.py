"""bench/cue_shapes.py: the shape of a content span, by which PolNeAR's predictions are grouped."""

from __future__ import annotations

import pytest

from _gate import load_bench


@pytest.fixture(scope="module")
def shapes():
    return load_bench("cue_shapes")


@pytest.mark.parametrize("text, content, expected", [
    ('He said, "We will win."', '"We will win."', "quote"),
    ("She said that the plan failed.", "that the plan failed", "comp"),
    ("She asked whether the plan failed.", "whether the plan failed", "comp"),
    ("She said the plan failed.", "the plan failed", "finite"),
    ("They plan to build a wall.", "to build a wall", "to-inf"),
    ("They considered passing new laws.", "passing new laws", "gerund"),
    ("He described the move as illegal.", "as illegal", "as"),
    ("He claimed responsibility for the attacks.", "responsibility for the attacks", "np"),
    ("She tweeted out photos of the border.", "photos of the border", "np"),
])
def test_content_shape(shapes, nlp, text, content, expected):
    doc = nlp(text)
    start = text.index(content)
    span = doc.char_span(start, start + len(content), alignment_mode="expand")
    assert shapes.content_shape(span) == expected
