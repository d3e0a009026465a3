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
    # the line's verb right after the clause's participle or verb: a group of its own, not the clause's
    ("Doe's Claim That The Vote Was Rigged Is False.", [("Claim", "That The Vote Was Rigged")]),
    ("Smith's Warning That Rates Will Rise Comes True.", [("Warning", "That Rates Will Rise")]),
    ("Smith's Assertion That Taxes Won't Rise Doesn't Hold Up.", [("Assertion", "That Taxes Won't Rise")]),
    ("Doe's Claim That He Will Not Run Again Is Believable.", [("Claim", "That He Will Not Run Again")]),
    ("Prime Minister Johnson's Claim That Brexit Has Been Delivered Is Disputed.",
     [("Claim", "That Brexit Has Been Delivered")]),
    # a name's first word is no verb: the noun is still the line's subject
    ("Will Smith's Claim That He Was Slapped Is False.", [("Claim", "That He Was Slapped")]),
    # a subtitle, a semicolon, a comma bound the clause; a kicker before the noun is not the line's verb
    ("Doe's Claim That The Vote Was Rigged Is False: What We Know.", [("Claim", "That The Vote Was Rigged")]),
    ("Doe's Claim That The Vote Was Rigged Is False; Officials Respond.", [("Claim", "That The Vote Was Rigged")]),
    ("Doe's Claim That Taxes Will Rise Is Not True, But Budget Is Tight.", [("Claim", "That Taxes Will Rise")]),
    ("Fact Check: Doe's Claim That The Vote Was Rigged Is False.", [("Claim", "That The Vote Was Rigged")]),
    ("Jones Rejects Doe’s Claim That Vote Was Rigged, Says Count Was Fair.",
     [("Claim", "That Vote Was Rigged"), ("Says", "Count Was Fair")]),
    # the second verb has its own subject in the clause: both are the clause's
    ("Doe's Claim That Voters Were Told They Could Not Vote.",
     [("Claim", "That Voters Were Told They Could Not Vote"), ("Were Told", "They Could Not Vote")]),
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
    # three verb groups after "That": which ends the clause is not safe to tell
    "Doe's Claim That Voters Were Told Taxes Would Rise Is False.",
])
def test_an_unclear_claim_is_dropped(nlp, headline: str) -> None:  # noqa: ANN001
    assert [r for r in _headline_rows(nlp, headline) if r[1] == "Claim"] == []
