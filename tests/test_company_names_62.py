"""Source types of audit 62's leads: a lone demonym that names a company ("American has laid off 6,149 flight
attendants": the airline, though the census has "American" as a surname; ``lone_surnames.lone_demonym``) and two
names joined that are one company's ("Johnson and Johnson", "Ben and Jerry's"; ``shared_surnames.company_of_two``),
both organisations. Negatives keep today's type: a plural demonym, a demonym that is a given name, two people, a
couple sharing a surname, a possessive that owns a noun."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.shared_surnames import company_of_two

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # audit 62's "American has laid off ..." is no attribution (act_readings.laid_off): the name as a speaker
        ("American confirmed that 6,149 flight attendants had been laid off since October 2001.", "confirmed",
         ("American", "organization")),
        ("American said the cuts were needed.", "said", ("American", "organization")),
        ("Johnson and Johnson said the recall was voluntary.", "said", ("Johnson and Johnson", "organization")),
        ("Ben and Jerry's said it would stop selling ice cream there.", "said", ("Ben and Jerry's", "organization")),
        # negatives: a plural, a given name, two people, a couple, companies already typed so
        ("Americans said the cuts were needed.", "said", ("Americans", "group")),
        ("Christian said the cuts were needed.", "said", ("Christian", "person")),
        ("Bush and Clinton said the deal was done.", "said", ("Bush and Clinton", "group")),
        ("John and Mary Smith said they would appeal the ruling.", "said", ("John and Mary Smith", "group")),
        ("Procter and Gamble said sales rose.", "said", ("Procter and Gamble", "organization")),
        # review 63: a person's sign in the sentence keeps the census surname a person
        ("Kenyan said he would run the marathon again next year.", "said", ("Kenyan", "person")),
    ],
)
def test_company_names_62(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Johnson and Johnson said it would appeal.", "Johnson", True),
        ("Ben and Jerry's said it would appeal.", "Ben", True),
        # negatives: two surnames, a couple, a possessive that owns a noun, one name
        ("Smith and Jones said it would appeal.", "Smith", False),
        ("John and Mary Smith said they would appeal.", "John", False),
        ("Ben and Jerry's lawyers said they would appeal.", "Ben", False),
        ("Johnson said it would appeal.", "Johnson", False),
    ],
)
def test_company_of_two(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert company_of_two(token_of(nlp(text), word)) is expected
