"""A person's title at the head of the phrase that names the holder (issue 12; verdict gold P rows where "the AG", "The
IG", "a senior Labour MP", "a US Army Colonel", "the former Chairman of the Democratic Caucus" and "The US President"
were typed bodies): ``source_types.held_title``, ``TITLE_ACRONYMS``, ``titled_role`` with a place's or a nation's word.
Negatives: a body's name, a title inside NER's person, a body that opens with an outlet's word, outlets written in
capitals or by their short names."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The AG said in a statement that the probe would continue.", "said in a statement", ("AG", "person")),
        ("The IG also found that the agents had erred.", "also found", ("IG", "person")),
        ("A senior Labour MP has said the party would lose.", "has said", ("A senior Labour MP", "person")),
        ("A US Army Colonel said a war was coming.", "said", ("A US Army Colonel", "person")),
        ("Rep. John Smith, the former Chairman of the Democratic Caucus, announced his retirement. The former "
         "Chairman of the Democratic Caucus announced that he would retire.", "announced",
         ("The former Chairman of the Democratic Caucus", "person")),
        ("The President of the European Commission said the talks would resume.", "said",
         ("The President of the European Commission", "person")),
        ("The US President said he wants a deal with China.", "said", ("The US President", "person")),
        # negatives: a body's name, a body of a title's holder, an organisation's acronym
        ("The Attorney General's Office said the probe would continue.", "said", ("General's Office", "government")),
        ("The European Commission said the talks would resume.", "said", ("The European Commission", "government")),
        ("The NAACP said the ruling was unjust.", "said", ("NAACP", "organization")),
    ],
)
def test_a_title_at_the_head_names_its_holder(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # verdict gold P rows: "Nation of Islam leader ..." typed an outlet by "The Nation"; "USA TODAY", "WaPo"
        ("Nation of Islam leader and prominent antisemite Louis Farrakhan said the Jews were the enemy.", "said",
         ("Louis Farrakhan", "person")),
        ("A new USA TODAY poll found that most voters agree.", "found", ("A new USA TODAY poll", "outlet")),
        # review 67: "of" and a place after an outlet's name is its city, not a body's name run on
        ("The Economist of London said the euro would fall.", "said", ("The Economist of London", "outlet")),
        ("WaPo reports that the plan failed.", "reports", ("WaPo", "outlet")),
        ("The CBP also announced that new rules were coming.", "also announced", ("The CBP", "government")),
        ("The FTC said the merger would hurt consumers.", "said", ("The FTC", "government")),
        ("FEMA said aid was on its way.", "said", ("FEMA", "government")),
        # negatives: the outlet itself, an outlet's edition
        ("The Nation reported that the plan failed.", "reported", ("The Nation", "outlet")),
        ("Politico Europe reported that the plan failed.", "reported", ("Politico Europe", "outlet")),
    ],
)
def test_outlets_and_agencies_by_their_names(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected
