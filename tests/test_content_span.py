"""``filters.content_span``: the one reading of a content's characters as tokens, which the statement checks share
(a span widened to whole tokens, or None where the characters cover none); ``filters.trimmable_span``: the span the
trims of a content's end start from (no quotation, no quoted parts, at least six tokens)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span, trimmable_span

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


_LONG = "Smith said the plan, which passed in May, would fail."


@pytest.mark.parametrize(
    "start, end, quote, parts, expected",
    [
        (11, 52, False, (), "the plan, which passed in May, would fail"),
        # negatives: a quotation, quoted parts, fewer than six tokens, no token at all
        (11, 52, True, (), None),
        (11, 52, False, ((11, 19), (42, 52)), None),
        (11, 30, False, (), None),
        (5, 5, False, (), None),
    ],
)
def test_trimmable_span(nlp, start: int, end: int, quote: bool, parts: tuple, expected: str | None) -> None:  # noqa: ANN001
    content = Content("clause", start, end, quote=quote, parts=parts)
    span = trimmable_span(nlp(_LONG), content)
    assert (span.text if span is not None else None) == expected
