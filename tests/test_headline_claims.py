"""A noun cue's "That" clause on a Title-Case headline line (``headline_claims``): the clause runs to the line's
own verb ("... Isn't True" is the writer's verdict), or the attribution goes where the verbs leave it unclear."""

from __future__ import annotations

import pytest

from _cues import rows

_BODY = "\n\nThe council met on Tuesday to discuss the budget."


def _headline_rows(nlp, headline: str) -> list[tuple]:  # noqa: ANN001
    return [r for r in rows(nlp, headline + _BODY) if headline.find(r[2]) >= 0 and r[2]]


@pytest.mark.slow
@pytest.mark.parametrize("headline, expected", [
    # the noun the line's subject: its clause ends before the line's own verb
    ("Mayor Lee’s Claim That Rivals Are Funding Gangs Isn’t Accurate.",
     [("Claim", "That Rivals Are Funding Gangs")]),
    ("Governor Roe’s Claim That Drones Are Spying On Farmers Isn’t True. Not Yet.",
     [("Claim", "That Drones Are Spying On Farmers")]),
    ("Senator Doe's Claim That The Budget Is In Surplus Isn't True. Not Yet.",
     [("Claim", "That The Budget Is In Surplus")]),
    ("Smith’s Boast That He Built The Bridge Is False.", [("Boast", "That He Built The Bridge")]),
    # one verb after "That": the clause runs to the sentence's end
    ("Jones Repeats Claim That Vote Was Rigged.", [("Claim", "That Vote Was Rigged")]),
])
def test_a_claims_clause_ends_at_the_lines_verb(nlp, headline: str, expected: list) -> None:  # noqa: ANN001
    assert [(r[1], r[2]) for r in _headline_rows(nlp, headline)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("headline, expected", [
    # sentence case: left to the parse
    ("Mayor Lee's claim that rivals are funding gangs isn't accurate.", [("claim", "that rivals are funding gangs")]),
    # no "That" clause: left alone
    ("Doe’s Claim About Tax Cuts Doesn’t Add Up.", [("Claim About", "Tax Cuts")]),
    # a verb of saying: no noun cue
    ("Smith Says Merger Will Cut Jobs.", [("Says", "Merger Will Cut Jobs")]),
])
def test_other_headline_rows_are_left_alone(nlp, headline: str, expected: list) -> None:  # noqa: ANN001
    assert [(r[1], r[2]) for r in _headline_rows(nlp, headline)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("headline", [
    # the noun an object and two verbs after its "That": which is the clause's is not safe to tell
    "Jones Rejects Doe’s Claim That Vote Was Rigged, Says Count Was Fair.",
])
def test_an_unclear_claim_is_dropped(nlp, headline: str) -> None:  # noqa: ANN001
    assert [r for r in _headline_rows(nlp, headline) if r[1] == "Claim"] == []
