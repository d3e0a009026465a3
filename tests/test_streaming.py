"""iter_outcomes streams: it reads its items lazily and yields each report before reading far ahead."""

from __future__ import annotations

import pytest

from sayso.analyzer import TRANSITION_BATCHES, iter_outcomes
from sayso.errors import InputError

pytestmark = pytest.mark.slow


def test_items_are_read_lazily_and_outcomes_come_in_order(nlp):
    total = 200
    pulled = 0

    def items():
        nonlocal pulled
        for i in range(total):
            pulled += 1
            if i % 7 == 3:
                yield InputError(f"item {i} failed to load")
            elif i % 11 == 5:
                yield "   "  # empty: an error outcome, not a stop
            else:
                yield f"“Item {i} is ready,” the clerk said."

    outcomes = iter_outcomes(items(), nlp=nlp, batch_size=4, techniques=False, claims=False)
    first = next(outcomes)
    assert first.index == 0 and first.report is not None
    # only spaCy's batches ahead were read (the parser's and NER's hold TRANSITION_BATCHES of them), not all 200
    assert pulled <= 4 * TRANSITION_BATCHES + 8
    rest = list(outcomes)
    assert [o.index for o in [first, *rest]] == list(range(total))
    for o in rest:
        if o.index % 7 == 3 or o.index % 11 == 5:
            assert o.report is None and isinstance(o.error, InputError)
        else:
            assert o.report is not None and f"Item {o.index} " in o.report.article.text
            assert o.report.attributions


def test_only_errors_give_only_error_outcomes(nlp):
    outcomes = list(iter_outcomes([InputError("a"), "", InputError("b")], nlp=nlp, techniques=False, claims=False))
    assert [(o.index, o.report) for o in outcomes] == [(0, None), (1, None), (2, None)]
