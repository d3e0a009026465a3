"""A council of a church, a faith, a trade, a profession or a think tank is an organization, not a government
(issue 12, audit m83: "The American Anglican Council, which represents Episcopalian conservatives, said ..." typed
government): ``civil_councils.civil_council``. Negatives: councils of a state, a city or of ministers keep their
government."""

from __future__ import annotations

import pytest

from _cues import cue_source
from sayso.nlp.extract.civil_councils import CIVIL_COUNCIL_WORDS, civil_council
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_types import government_regex


@pytest.mark.parametrize(
    "name, expected",
    [
        ("The American Anglican Council", True),
        ("the National Council of Churches", True),
        ("The American Chemistry Council", True),
        ("the Council on Foreign Relations", True),
        ("The Bar Council", True),
        # negatives: a state's, a city's, ministers' councils; another government's word; no council
        ("The city council", False),
        ("The UN Security Council", False),
        ("the National Security Council", False),
        ("The Council of Ministers", False),
        ("the Church Council of the Interior Ministry", False),
        ("The Anglican Church", False),
        # the word must name the council, not what follows a possessive (review 79)
        ("The city council's business committee", False),
        ("The Business Council of Australia", True),
        ("The church council", True),
    ],
)
def test_civil_council(name: str, expected: bool) -> None:
    assert civil_council(name, government_regex(load_lexicon())) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The American Anglican Council, which represents Episcopalian conservatives, said it will seek authorization "
         "to create a separate province.", "said", ("The American Anglican Council", "organization")),
        ("The World Council of Churches said the war must end.", "said", ("The World Council of Churches", "organization")),
        ("The American Chemistry Council said the rule would cost jobs.", "said",
         ("The American Chemistry Council", "organization")),
        ("The Council on American-Islamic Relations said the ban was unconstitutional.", "said",
         ("The Council on American-Islamic Relations", "organization")),
        ("The church council said the pastor had resigned.", "said", ("The church council", "organization")),
        # negatives: councils of a state or a city, a city council's committee (review 79)
        ("The city council's business committee said the plan was approved.", "said",
         ("The city council's business committee", "government")),
        ("The city council said the budget would be cut.", "said", ("The city council", "government")),
        ("The UN Security Council said the attack must stop.", "said", ("The UN Security Council", "government")),
        ("The National Security Council said the review was complete.", "said",
         ("The National Security Council", "government")),
        ("The Council of Ministers said the law would take effect in May.", "said",
         ("The Council of Ministers", "government")),
    ],
)
def test_a_civil_council_is_an_organization(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


def test_the_list() -> None:
    assert {"anglican", "churches", "chemistry", "bar", "relations"} <= CIVIL_COUNCIL_WORDS
    assert not {"city", "security", "ministers", "state", "national"} & CIVIL_COUNCIL_WORDS
