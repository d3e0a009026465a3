"""``filters.content_span``: the one reading of a content's characters as tokens, which the statement checks share
(a span widened to whole tokens, or None where the characters cover none)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span

_TEXT = "Smith said the plan would fail."


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (11, 30, "the plan would fail"),
        (12, 27, "the plan would fail"),  # widened to whole tokens
        (0, 5, "Smith"),
        # negatives: no token inside
        (5, 5, None),
        (30, 30, None),
    ],
)
def test_content_span(nlp, start: int, end: int, expected: str | None) -> None:  # noqa: ANN001
    span = content_span(nlp(_TEXT), Content("clause", start, end))
    assert (span.text if span is not None else None) == expected
