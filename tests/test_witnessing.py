"""What no one sees: "see" with a thing or a time for its subject is an event's outcome (``extract/witnessing.py``)."""

from __future__ import annotations

import pytest

from _cues import cue_table

test_a_thing_sees_nothing = cue_table(
    [
        ("His harsh criticism of the PLO's chairman, Yasser Arafat, saw the Palestinian Authority ban his books for a "
         "time.", "saw", False),
        # people, a plural that may be people, a finding: they see
        ("The senator saw the ban as a mistake.", "saw", True),
        ("Analysts see the economy slowing next year.", "see", True),
        ("The report sees growth slowing next year.", "sees", True),
        ("Sanders sees these gains as evidence that the losses were a trick.", "sees", True),
    ],
    marks=[pytest.mark.slow],
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("His harsh criticism of the PLO's chairman saw the Authority ban his books.", True),
        ("The past decade saw the town shrink by half.", True),
        ("The move saw shares fall 5 percent.", True),
        # negatives: a person, a body, a plural, a finding, a name
        ("The senator saw the ban as a mistake.", False),
        ("The committee saw no reason to delay the vote.", False),
        ("Analysts see the economy slowing next year.", False),
        ("The report sees growth slowing next year.", False),
        ("Sanders sees these gains as evidence.", False),
        # "see X as Y" is a view whatever the subject: a public, a crowd, an industry
        ("The public saw the speech as a failure.", False),
        ("The crowd saw the candidate as a hero.", False),
        ("The industry sees the rule as too costly.", False),
    ],
)
def test_thing_saw(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.lexicon import load_lexicon
    from sayso.nlp.extract.witnessing import thing_saw

    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == "see")
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    assert thing_saw(token, subject, load_lexicon()) is expected


test_seen_happening_is_no_claim = cue_table(
    [
        # a verb of perceiving, its object and a present participle: what someone sees happening
        ("Team captain Maria Lopez sees her striker struggling.", "sees", False),
        ("Coach Bill Smith sees his quarterback improving.", "sees", False),
        ("The farmer sees his crops failing.", "sees", False),
        # kept: a forecast with a figure or a time, a view with "as", a clause, a reflexive, a quotation
        ("Analysts see the economy slowing next year.", "see", True),
        ("Economists see inflation easing to 2 percent.", "see", True),
        ("The minister sees the reform as a threat to farmers.", "sees", True),
        ("The coach sees that his goalkeeper is tiring.", "sees", True),
        ("The party sees itself losing ground in the suburbs.", "sees", True),
        ("The coach said he sees his goalkeeper tiring.", "said", True),
        # kept: a forecast in the present with no figure or time, the verb of business and political news
        ("Analysts see prices rising as supply tightens.", "see", True),
        ("Economists see growth slowing as the Fed keeps rates high.", "see", True),
        ("Goldman Sachs sees Brent crude hitting new highs.", "sees", True),
        ("Democrats see Trump losing the suburbs.", "see", True),
        # dropped: a sight in the past, and the other verbs of perceiving
        ("Officials observed the crowd growing restless.", "observed", False),
        ("Residents noticed smoke rising from the building.", "noticed", False),
    ],
    marks=[pytest.mark.slow],
)
