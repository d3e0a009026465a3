"""One statement, one attribution: a content part two attributions report goes to one of them."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.one_statement import one_statement


def found(content: Range, cue: Range, parts: tuple[Range, ...] = (), continues: Range | None = None) -> Found:
    return Found(kind="direct", content=content, cue=cue, source=None, source_head=None, addressee=None,
                 addressee_head=None, score=0.9, cue_head=0, parts=parts, continues=continues)


# '“The market is strong,” he says, boasting that sales rose.' : 0-23 quote, 24-31 "he says",
# 33-41 "boasting", 42-60 the clause
A_WITH_CLAUSE = found((0, 60), (27, 31), parts=((0, 23), (42, 60)))
BOASTING = found((42, 60), (33, 41))
# '“A,” X said. “B.”' : 0-4 quote, 5-11 "X said", 13-17 quote B
A_WITH_QUOTE = found((0, 17), (7, 11), parts=((0, 4), (13, 17)))


@pytest.mark.parametrize(
    "given, expected",
    [
        # the cue between the parts owns the clause after it; the first attribution keeps its quotation
        ([A_WITH_CLAUSE, BOASTING], [found((0, 23), (27, 31)), BOASTING]),
        # a continued quotation reported again on its own: once
        ([A_WITH_QUOTE, found((13, 17), (13, 13), continues=(7, 11))], [A_WITH_QUOTE]),
        # ... or again with the same cue
        ([A_WITH_QUOTE, found((13, 17), (7, 11))], [A_WITH_QUOTE]),
        # negatives: speech quoted inside a part, a content of its own, a cue after the part (undecided)
        ([A_WITH_QUOTE, found((14, 16), (14, 15))], [A_WITH_QUOTE, found((14, 16), (14, 15))]),
        ([A_WITH_QUOTE, found((20, 30), (18, 19))], [A_WITH_QUOTE, found((20, 30), (18, 19))]),
        ([A_WITH_QUOTE, found((13, 17), (18, 24))], [A_WITH_QUOTE, found((13, 17), (18, 24))]),
        ([BOASTING], [BOASTING]),
    ],
)
def test_one_statement(given: list[Found], expected: list[Found]) -> None:
    assert one_statement(given) == expected
