"""Source types that blind audits up to 81 judged partly right (issue 12, lead 4 of the last closing note): a name
ending in a company's legal form is a company's, whatever given name opens it (``source_types.legal_form_ended``:
"Grant Thornton SpA"); lone surnames NER read as two bodies joined by "and" are people (``source_refs.joined_surname``:
"Wagner and Wolford both said"); a lone proper noun whose verb agrees with a plural is people, not one person
(``lone_surnames.plural_agreement``: "Politicos call"); a person's full name after a body's possessive NER ran
into one name is the person (``source_types.person_of_possessor``: "Commentary’s Noah Rothman"); a body's name
compounded right on a document issues it (``issuers.body_on_document``: "The EU statement said"), and an outlet's
on a story (``source_documents.PRESS_PIECES``: "the Journal story said"). Negatives:
companies named after people ("Ford said", "Morgan Stanley", "Wells Fargo", "the Lehman Brothers", "Smith and
Wesson"), a title's acronym after a place ("Missouri AG"), a past verb, a place or a person compounded on a
document (what it is about as often as who issued it)."""

from __future__ import annotations

import pytest

from _cues import cue_source

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a legal form ends a company's name
        ("Earlier on Tuesday, Marco Bellini SpA repeated that it had been the victim of a fraud.", "repeated",
         "organization"),
        ("Siemens AG said the plant in Erlangen would close.", "said", "organization"),
        ("Baker McKenzie LLP said the claims were false.", "said", "organization"),
        ("Carlo Rossi GmbH said the claims were false.", "said", "organization"),
        ("Henry Blake plc said the claims were false.", "said", "organization"),
        # negatives: a person, a title's acronym, companies named after people
        ("Carlo Rossi said the claims were false.", "said", "person"),
        ("The AG said the claims were false.", "said", "person"),
        ("Morgan Stanley said the loans were sound.", "said", "organization"),
        ("Wells Fargo said the loans were sound.", "said", "organization"),
        ("The Lehman Brothers said the loans were sound.", "said", "organization"),
        ("Ford said the talks would resume.", "said", "organization"),
    ],
)
def test_legal_form_makes_a_company(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # lone surnames joined by "and": two people
        ("Wagner and Wolford both said that rescue crews were short of boats.", "said", "group"),
        ("Keller and Whitlock said the levee had held through the night.", "said", "group"),
        # negatives: firms named after partners, founders' companies, people named in full
        ("Procter and Gamble said sales rose in March.", "said", "organization"),
        ("Smith and Wesson said the rifles were safe.", "said", "organization"),
        ("Marks and Spencer said sales rose in March.", "said", "organization"),
        ("Ford and Chrysler said sales rose in March.", "said", "organization"),
        ("John Smith and Mary Jones both said that the river had risen overnight.", "said", "group"),
    ],
)
def test_joined_surnames_are_people(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a verb that agrees with a plural: people
        ("Lawmakers know this. Politicos call this the expectations game.", "call", "group"),
        ("Politicos have said the race is close.", "have said", "group"),
        ("The Smiths say the race is close.", "say", "group"),
        # negatives: a verb that agrees with one, a past verb
        ("Roberts says the race is close.", "says", "person"),
        ("Politicos said the race is close.", "said", "person"),
        ("Roberts said the race is close.", "said", "person"),
    ],
)
def test_plural_agreement(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("“It will annoy his critics,” Commentary’s Noah Rothman tweeted Friday.", "tweeted", "person"),
        # negative: a thing of a person's
        ("John Allen’s Crux reported on Monday that the meeting was cancelled.", "reported", "person"),
    ],
)
def test_person_after_a_possessor(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue).type == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a body compounded on a document issues it
        ("The EU statement stopped short of backing the plan but said the programme raised concern.", "said",
         ("European Union", "government")),
        ("The NATO statement said the alliance would respond.", "said", ("NATO", "organization")),
        ("The files were later leaked to reporters, the Journal story said.", "said", ("Journal", "outlet")),
        ("The Apple statement said the phones were safe.", "said", ("Apple", "organization")),
        ("The Goldman memo said the bank would cut jobs.", "said", ("Goldman", "organization")),
        ("The AP report said three people had died.", "said", ("AP", "outlet")),
        # negatives: what the document is about, or no issuer
        ("The story said the mayor had resigned.", "said", ("The story", "unknown")),
        ("According to Senate filings, he is one of the poorest members.", "According to",
         ("Senate filings", "government")),
        ("A Gallup poll said most voters backed the plan.", "said", ("A Gallup poll", "unknown")),
        ("The IG report said the agents had erred.", "said", ("The IG report", "unknown")),
        ("The Iran report said the sanctions had failed.", "said", ("The Iran report", "unknown")),
        ("The statement said the alliance would respond.", "said", ("The statement", "unknown")),
        # a company's name on a report, a suit or a ruling: what it is about, or the case (review rev77t)
        ("The Enron report said executives had hidden billions in losses.", "said", ("The Enron report", "unknown")),
        ("The Volkswagen report said engineers had installed the software.", "said",
         ("The Volkswagen report", "unknown")),
        ("The Google lawsuit said the company had monopolized search.", "said", ("The Google lawsuit", "unknown")),
        # a person's surname NER took for a body (review rev77t)
        ("The Trump letter said the investigation was a hoax.", "said", ("The Trump letter", "unknown")),
        ("The Wells report said the footballs were underinflated.", "said", ("The Wells report", "unknown")),
        ("The Smith letter said the school would close.", "said", ("The Smith letter", "unknown")),
        # so too the earlier document a later "the report" names (review rev77t)
        ("The Enron report was released on Friday. The report said executives had hidden billions.", "said",
         ("The report", "unknown")),
        ("The IG report was released on Friday. The report said the agents had erred.", "said",
         ("The report", "unknown")),
        ("The Apple statement came late on Friday. The statement said the phones were safe.", "said",
         ("Apple", "organization")),
    ],
)
def test_body_on_document(nlp, text, cue, expected) -> None:  # noqa: ANN001
    assert tuple(cue_source(nlp, text, cue)) == expected
