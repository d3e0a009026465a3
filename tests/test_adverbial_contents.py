"""A content that is only a time or condition clause while the claim is elsewhere (blind audit 26).

- ``circumstances.circumstance_content`` (``_measured_clause``): "Pompeo offered that support hours after Trump had mounted a defense": a clause
  hung on the cue by "after", "before", "until", "unless" ... tells when the act was done, not what was said.
- ``aside_adjuncts.clause_past_fronted_adverbial``: "As Slavo noted, should the disease spread ..., one can assume
  ...": an opening "as" clause reports the main clause, not the condition put before it.

Rows are ``text -> cue -> content`` (``tests/_cues.rows``), ``None`` where the cue gives no attribution.
"""

from __future__ import annotations

import pytest

from _cues import rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a time clause hung on the cue is no content
        ("Pompeo offered that support hours after President Donald Trump had mounted an even stronger defense for the "
         "Saudi rulers.", "offered", None),
        ("The senator spoke for an hour before the vote was taken.", "spoke", None),
        # negatives: the clause the cue takes, a question put, a quotation after a time clause
        ("The senator said the bill would fail after the vote was taken.", "said",
         "the bill would fail after the vote was taken"),
        ("Reporters asked if the senator would run again.", "asked", "if the senator would run again"),
        # the opening "as" clause reports the main clause, the condition with it
        ("As Slavo noted, should the disease spread to the African mainland, one can assume that it will be all but "
         "impossible to control.", "noted",
         "should the disease spread to the African mainland, one can assume that it will be all but impossible to "
         "control"),
        ("As the mayor warned, if the river rises another foot, the levee will fail.", "warned",
         "if the river rises another foot, the levee will fail"),
        # negatives: an "as" clause on a plain main clause, and one that follows its clause
        ("As the mayor warned, the levee will fail.", "warned", "the levee will fail"),
        ("The levee will fail, as the mayor warned.", "warned", "The levee will fail"),
    ],
)
def test_time_and_condition_clauses(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    found = [r[2] for r in rows(nlp, text) if r[1] and cue in r[1]]
    assert (found[0] if found else None) == expected, rows(nlp, text)
