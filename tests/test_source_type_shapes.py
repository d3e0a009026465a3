"""Source types decided by the sentence's shape (issue 12): a one-word company set beside a body's noun (``body_signs.
body_apposition_on_word``), a name read as a plural or a people's that what it says calls "its"
(``plural_read_name_called_its``), and a government's acronym matched only in capitals (``source_types.
government_regex``: "the DEA", never "Dea said"), and two names joined by "and" called "they" left as NER reads
them (two companies are "they" too). Negatives: a person's trade or a court's "party" beside a word, a "he" or a
"his", a "they", an "it" alone, a plural of people or a common noun, an acronym's letters in a person's name."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from _cues import cue_source
from sayso.nlp.extract.source_types import company_ended

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
        ("Kowalski, a party to the lawsuit, said the settlement was unfair.", "said", ("Kowalski", "person")),
        ("Kowalski, the injured party, said the driver was speeding.", "said", ("Kowalski", "person")),
        ("Kowalski, a Polish retailer, said his sales fell.", "said", ("Kowalski", "person")),
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
        # a people or a common noun read as a plural: the "its" is a country's or a company's named elsewhere
        ("Israelis said its army had hit the target.", "said", ("Israelis", "group")),
        ("Europeans said its currency was too strong.", "said", ("Europeans", "group")),
        ("Investors said its shares were undervalued.", "said", ("Investors", "group")),
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
        # an acronym that is a person's name: in title case a name, not the acronym
        ("Dea said the campaign had raised more money.", "said", ("Dea", "person")),
        # any other in any case: British style ("Osha", "Nhtsa"), a title-cased headline, lower-case text
        ("Osha said the plant had broken safety rules.", "said", ("Osha", "government")),
        ("Nhtsa said the cars would be recalled.", "said", ("Nhtsa", "government")),
        ("Fbi Says Suspect Fled Before Raid", "Says", ("Fbi", "government")),
        ("the fbi said the suspect had fled.", "said", ("the fbi", "government")),
    ],
)
def test_a_government_acronym_matches_in_capitals(nlp, text: str, cue: str,  # noqa: ANN001
                                                  expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # two companies are "they" as much as two people: a "they" does not make the pair a group of people
        ("Boeing and Airbus said they would cut production.", "said", ("Boeing and Airbus", "organization")),
        ("Microsoft and Google said they would fight the ruling.", "said", ("Microsoft and Google", "organization")),
        ("Hamas and Fatah said they would form a unity government.", "said", ("Hamas and Fatah", "organization")),
        ("Reuters and Bloomberg said they had seen the memo.", "said", ("Reuters and Bloomberg", "outlet")),
        # one company's "its" or "it", NER's one name across the "and", places
        ("Marks and Spencer said its sales fell in the quarter.", "said", ("Marks and Spencer", "organization")),
        ("Procter and Gamble said it would raise prices.", "said", ("Procter and Gamble", "organization")),
        ("Britain and France said they would send troops.", "said", ("Britain and France", "government")),
    ],
)
def test_two_names_called_they_keep_their_type(nlp, text: str, cue: str,  # noqa: ANN001
                                               expected: tuple[str, str]) -> None:
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a person's name set beside a common head: the person (PolNeAR p84)
        ("One of the university's top executives, Michael Sexton, subsequently testified that the professors were "
         "handpicked.", "subsequently testified", ("Michael Sexton", "person")),
        ("One of his aides, Sarah Jones, said the plan failed.", "said", ("Sarah Jones", "person")),
        ("One of the jurors, Maria Gomez, told reporters the verdict was hard.", "told", ("Maria Gomez", "person")),
        ("A lawyer for the family, Ben Crump, said the officer should be charged.", "said", ("Ben Crump", "person")),
        # negatives: a body's name beside it, two names, no name
        ("One of the groups, Greenpeace, said the plan failed.", "said",
         ("One of the groups, Greenpeace", "unknown")),
        ("Two of the company's lawyers, Peter Wolff and Ann Lee, argued that the case was weak.", "argued",
         ("Two of the company's lawyers, Peter Wolff and Ann Lee", "unknown")),
        ("One of the witnesses said the car was red.", "said", ("One of the witnesses", "unknown")),
    ],
)
def test_a_name_beside_a_common_head_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, start, end, label, expected",
    [
        ("Mondelez International said it would cut jobs.", 0, 2, "GPE", True),
        ("Acme Holdings said it would cut jobs.", 0, 2, "GPE", True),
        ("Siemens AG said it would cut jobs.", 0, 2, "GPE", True),
        # negatives: a place's name, one word, NER's ORG (its own reading)
        ("New York said the law was valid.", 0, 2, "GPE", False),
        ("International said it would cut jobs.", 0, 1, "GPE", False),
        ("Amnesty International said the trial was unfair.", 0, 2, "ORG", False),
    ],
)
def test_company_ended(nlp, text: str, start: int, end: int, label: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert company_ended(Span(doc, start, end, label=label)) is expected
