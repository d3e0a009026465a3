"""Source types of issue 12's audit 70 lead: a one-word company set beside a body's noun (``body_signs.
body_apposition_on_word``), a name read as a plural or a people's that what it says calls "its"
(``plural_read_name_called_its``), and a government's acronym matched only in capitals (``source_types.
government_regex``: "the DEA", never "Dea said"). Negatives: a person's trade beside a word, a "he", a "they", an
"it" alone, a plural of people, an acronym's letters in a person's name."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # one word beside a body's noun: a body, whatever NER made of the word
        ("Zorvix, a Romanian security company, said the attack had spread to 40 countries.", "said",
         ("Zorvix", "organization")),
        ("Quintera, the Dutch lender, said the loan would be repaid.", "said", ("Quintera", "organization")),
        # negatives: a person's trade, a person's sign, a person's role
        ("Quintera, a cheese maker, said the milk prices were too low.", "said", ("Quintera", "person")),
        ("Mr. Quintera, a company director, said the loan would be repaid.", "said", ("Quintera", "person")),
        ("Zorvix, the firm's founder, said the attack had spread.", "said", ("Zorvix", "person")),
    ],
)
def test_one_word_beside_a_body_noun_is_a_body(nlp, text: str, cue: str,  # noqa: ANN001
                                               expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Messagelabs said its filters caught more than a million copies of the worm.", "said",
         ("Messagelabs", "organization")),
        ("Messagelabs said its analysts had seen the worm spread.", "said", ("Messagelabs", "organization")),
        # negatives: a "they" is a group's, an "it" alone may be anything's
        ("Messagelabs said they had seen the worm spread.", "said", ("Messagelabs", "group")),
        ("Messagelabs said it was too early to tell.", "said", ("Messagelabs", "group")),
    ],
)
def test_a_plural_read_name_called_its_is_a_body(nlp, text: str, cue: str,  # noqa: ANN001
                                                 expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The DEA said the seizure was the largest this year.", "said", ("The DEA", "government")),
        ("The ATF said the rifle was bought in Ohio.", "said", ("The ATF", "government")),
        # negatives: a title-case word is a name, not the acronym
        ("Dea said the campaign had raised more money.", "said", ("Dea", "person")),
    ],
)
def test_a_government_acronym_matches_in_capitals(nlp, text: str, cue: str,  # noqa: ANN001
                                                  expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Ferrick and Oduya said they would push the bill through the Senate.", "said",
         ("Ferrick and Oduya", "group")),
        ("Ferrick and Oduya said their bill would pass.", "said", ("Ferrick and Oduya", "group")),
        # negatives: a company's "its" or "it", NER's one name across the "and", no pronoun, places
        ("Marks and Spencer said its sales fell in the quarter.", "said", ("Marks and Spencer", "organization")),
        ("Procter and Gamble said it would raise prices.", "said", ("Procter and Gamble", "organization")),
        ("Britain and France said they would send troops.", "said", ("Britain and France", "government")),
    ],
)
def test_two_names_called_they_are_people(nlp, text: str, cue: str,  # noqa: ANN001
                                          expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected
