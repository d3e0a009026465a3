"""A verb of telling or asking joined to a passive shares its passive (``nlp/extract/passive_conjuncts.py``; blind
audit 61, S172: "She was arraigned ... and ordered held without bail" gave "She" an order). The active with its
object and a verb of saying stay."""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_the_one_ordered_gives_no_order = cue_table(
    [
        ("She was arraigned on three counts of murder and ordered held without bail in the county jail.", "ordered", False),
        ("He was arrested and ordered to pay a fine.", "ordered", False),
        ("He was arrested, charged and ordered to appear in court on Monday.", "ordered", False),
        ("He was detained at the airport and later ordered released.", "ordered", False),
        ("The driver was stopped and told that he could not leave.", "told", False),
        # kept: the active with its object, a verb of saying, a conjunct with its own subject
        ("He was questioned and told investigators that he had seen nothing.", "told", True),
        ("The senator was elected in 2010 and urged lawmakers to act on climate.", "urged", True),
        ("He was interviewed by police and said he had seen nothing.", "said", True),
        ("The judge was appointed in 2003, and she ordered the state to release the records.", "ordered", True),
        ("Thompson ordered Moore to remove the monument within 30 days.", "ordered", True),
        # kept: an active with no addressee, a that-clause or "for" (review rev61a)
        ("The senator was sworn in and warned that the economy faces a recession.", "warned", True),
        ("She was elected chairwoman and asked that members support the budget.", "asked", True),
        ("The CEO was ousted last week and warned that the company was headed for bankruptcy.", "warned", True),
    ],
)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("She was arraigned and ordered held without bail.", "ordered", True),
        ("He was arrested, charged and ordered to appear in court.", "ordered", True),
        ("The driver was stopped and told that he could not leave.", "told", True),
        ("He was questioned and told investigators that he had seen nothing.", "told", False),
        ("He was interviewed and said he had seen nothing.", "said", False),
        ("She arrived and ordered the guards to leave.", "ordered", False),
    ],
)
def test_passive_addressee(nlp, text: str, verb: str, expected: bool) -> None:
    from sayso.nlp.extract.passive_conjuncts import passive_addressee

    token = next(t for t in nlp(text) if t.lower_ == verb)
    assert passive_addressee(token) is expected
