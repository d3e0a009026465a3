"""A lone capitalised speaker: a person's surname or a company's name (``lone_surnames``). Issue 12, audits 53-58:
wire sentences read alone where NER took a surname for a company ("Wood said", "Conte said yesterday") or the
tagger read one ending in "s" as a plural ("'...,' Hollings said"), and NER's PERSON "Virgin" that is the airline.
Negatives: companies named after their founders, with a company's sign or on the founders' list, keep their type."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.lone_surnames import (
    BRANDS,
    CENSUS_SURNAMES,
    FOUNDER_COMPANIES,
    company_sign,
    eastern_surname,
    person_sign,
    placeless_speaker,
    surname_speaker,
)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("The driver, Eugene Rogers, helped to remove children from the bus, Wood said.", "said", ("Wood", "person")),
        ("Another piece would be sent to the lab in Virginia for additional testing, Conte said.", "said",
         ("Conte", "person")),
        ('"There\'s nothing we can do to stop" the water flow, Stegman said.', "said", ("Stegman", "person")),
        ("The plant plans to shut down its first shift Monday to accommodate the president's appearance, Crosby "
         "said.", "said", ("Crosby", "person")),  # "its" is the plant's
        ("Anhalt said children typically treat a 20-ounce soda bottle as one serving, while it actually contains "
         "2.5.", "said", ("Anhalt", "person")),  # "it" of another clause
        ('"I am happy to be here in the United States," Wilson said through a Spanish interpreter.', "said",
         ("Wilson", "person")),
        ('"I am listening to the same things I listened to 17 years ago," Hollings said.', "said",
         ("Hollings", "person")),  # the tagger's plural noun, capitalised mid-sentence
        ("Wilson said he would resign at the end of the month.", "said", ("Wilson", "person")),
        ('"I think 70 percent of the work is already done," Tauzin told reporters in the Capitol.', "told",
         ("Tauzin", "person")),
        # negatives: a company named after its founder, a company's sign, an acronym
        ("Ford said its sales fell 5 percent in March.", "said", ("Ford", "organization")),
        ("Goldman said the deal was worth $3 billion.", "said", ("Goldman", "organization")),
        ("Morgan said the bank's shares would be listed in London.", "said", ("Morgan", "organization")),
        ("Boeing said it would deliver 30 more jets this year.", "said", ("Boeing", "organization")),
        ("Disney said Tuesday that attendance at its parks rose.", "said", ("Disney", "organization")),
        ("Crowe said it is acquiring N2H2 for $20 million.", "said", ("Crowe", "organization")),
        ("In turning down the offer, NIMA said there were missed signals.", "said", ("NIMA", "organization")),
        # review 59: companies, pollsters and raters whose names the census lists keep the base's type; a person's
        # sign still makes one a person
        ("Gallup said the president's approval rating fell to 38 percent.", "said", ("Gallup", "organization")),
        ("Campbell said soup sales were flat.", "said", ("Campbell", "organization")),
        ("Nielsen said the finale drew 30 million viewers.", "said", ("Nielsen", "organization")),
        ("Bayer said the lawsuits were without merit.", "said", ("Bayer", "organization")),
        ("Gartner said the market would recover next year.", "said", ("Gartner", "organization")),
        ("Morgan said he was stunned by the verdict.", "said", ("Morgan", "person")),
        # its trade is a company's sign too: a census name no list holds keeps the base's type
        ("Hartley said orders for the new machines fell.", "said", ("Hartley", "organization")),
    ],
)
def test_a_lone_surname_that_speaks_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("But Virgin wants to operate Concorde on routes to New York, Barbados and Dubai.", "wants",
         ("Virgin", "organization")),
        ("Network security products maker Secure Computing said Tuesday it is acquiring N2H2.", "said",
         ("Secure Computing", "organization")),
        ("The only passenger airline serving Baghdad, Royal Jordanian, said it was suspending service.", "said",
         ("Royal Jordanian", "organization")),
        ("Cisco reported earnings of $987 million, or 14 cents a share, for the quarter.", "reported",
         ("Cisco", "organization")),
        ("Dell said it expects revenue to grow.", "said", ("Dell", "organization")),
        ("Pfizer said the drug was safe.", "said", ("Pfizer", "organization")),
        # a research firm of the founders' list: its forecast in money and years, a firm's role before its one word
        ("The market for such services will reach $5 billion by 2005, Forrester predicted.", "predicted",
         ("Forrester", "organization")),
        ("Forrester predicted that the market would reach $5 billion by 2005.", "predicted",
         ("Forrester", "organization")),
        ("The market will grow, analyst Gartner said.", "said", ("Gartner", "organization")),
        # negatives: a person's sign, a name that is no brand, a person's role a company noun qualifies
        ("The market for such services will reach $5 billion by 2005, Smith predicted.", "predicted",
         ("Smith", "person")),  # anyone forecasts: no founder's company
        ("The market for such services will grow, Forrester predicted.", "predicted", ("Forrester", "person")),
        ("The market will grow, analyst Smith said.", "said", ("Smith", "person")),
        ("The market will grow, analyst Jim Gartner said.", "said", ("Jim Gartner", "person")),
        # review 65: a person's role before a founder's name of the list is a person's, only a research firm's
        # "analyst"/"researcher" makes the firm
        ("activist Morgan said the protest would continue.", "said", ("Morgan", "person")),
        ("author Stanley said the book was a warning.", "said", ("Stanley", "person")),
        ("strategist Morgan said stocks would rally.", "said", ("Morgan", "person")),
        ("Mr. Virgin said he would stay.", "said", ("Virgin", "person")),
        ("Company founder Bill Gates said the software would ship.", "said", ("Bill Gates", "person")),
        ("Donald Trump's campaign manager says he is gratified by the decision.", "says",
         ("Donald Trump's campaign manager", "person")),
        ("But Branson wants to operate Concorde on routes to New York.", "wants", ("Branson", "person")),
    ],
)
def test_a_lone_brand_is_a_company(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Ford said its sales fell.", "Ford", True),
        ("Secure said Tuesday it is acquiring N2H2.", "Secure", True),
        ("Crowe said the company would hire.", "Crowe", True),
        ("Its sales fell, Ford said.", "Ford", True),
        ("Putnam said the U.S. Attorney had subpoenaed its trading documents.", "Putnam", True),
        ("Hartley said sales of the new model were strong.", "Hartley", True),
        ("Harris said the latest poll showed a tie.", "Harris", True),
        ("Fitch said the city's rating was stable.", "Fitch", True),
        # negatives: an "it" that is only there, an "its" of another noun
        ("Strayhorn said it was the first time.", "Strayhorn", False),
        ("Stack said he did no work for Triumph until 1999.", "Stack", False),
        ("The plant plans to shut down its first shift, Crosby said.", "Crosby", False),
    ],
)
def test_company_sign(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert company_sign(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Soltes said she is likely to continue.", "Soltes", True),
        ('"I think so," Tauzin said.', "Tauzin", True),
        ("Mr. Mills declined to comment.", "Mills", True),
        # negatives: no person's pronoun, a body's "we"
        ("Kempenaers said fidelity still exists.", "Kempenaers", False),
        ('Trump told Newsmax that Romney lost, adding, "He lost all of the vote."', "Newsmax", False),
        ("No journalism in my lifetime can equal what WikiLeaks has done in calling power to account.", "WikiLeaks",
         False),
        ('"We will not raise prices," Kellogg said.', "Kellogg", False),
    ],
)
def test_person_sign(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert person_sign(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Gehman said there were missed signals.", "Gehman", True),
        # negatives: a founder's company, an article, a name of two words (NER's and ``looks_like_person``'s)
        ("Hilton said occupancy rose.", "Hilton", False),
        ("The Gehman said there were missed signals.", "Gehman", False),
        ("Wilson Sporting Goods said sales rose, and Wilson said more.", "Wilson", False),
    ],
)
def test_surname_speaker(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    token = [t for t in nlp(text) if t.text == word][-1]
    assert surname_speaker(token, word) is expected


def test_the_lists() -> None:
    assert {"wood", "powers", "conte", "gehman", "wilson"} <= CENSUS_SURNAMES
    assert {"ford", "morgan", "hilton", "disney", "virgin"} <= FOUNDER_COMPANIES
    assert "virgin" in BRANDS and "ford" not in BRANDS
    assert {"gallup", "fitch", "nielsen", "gartner", "forrester", "kroll", "mercer"} <= FOUNDER_COMPANIES
    assert not {"apple", "shell", "silver"} & CENSUS_SURNAMES  # words more than names, below the 1,000 most common


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # NER's GPE of a word no place bears, the subject of the cue (audit m83)
        ("Shadrin said Khodorkovsky's aircraft was approached by officers identifying themselves as members of the FSB.",
         "said", ("Shadrin", "person")),
        ('"The idea of a federal betting parlor on atrocities and terrorism is ridiculous," Wyden said.', "said",
         ("Wyden", "person")),
        ("The other inmate fell but Selenski shimmed down the makeshift rope, Fischi said.", "said",
         ("Fischi", "person")),
        # a surname by its ending, whatever NER made of it
        ("Kovalenko said the shelling had stopped.", "said", ("Kovalenko", "person")),
        ("Tymoshenko said the election was rigged.", "said", ("Tymoshenko", "person")),
        ("Saakashvili said the troops would stay.", "said", ("Saakashvili", "person")),
        ("Medvedchuk said the court had erred.", "said", ("Medvedchuk", "person")),
        # negatives: one-word companies, a place, a company's sign, no subject
        ("Toyota said sales rose in March.", "said", ("Toyota", "organization")),
        ("Nokia said it would cut 2,000 jobs.", "said", ("Nokia", "organization")),
        ("Hamas said the attack was a response.", "said", ("Hamas", "organization")),
        ("Moscow said the sanctions were illegal.", "said", ("Russia", "government")),
        ("Sokolov said its shares rose 5 percent.", "said", ("Sokolov", "organization")),
        ("The product can be instructed to permit business-only use, according to Sendmail.", "according to",
         ("Sendmail", "organization")),
    ],
)
def test_a_surname_no_list_knows_is_a_person(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Shadrin said the aircraft was searched at the airport.", "Shadrin", True),
        ("Wyden said the bill would hurt consumers.", "Wyden", True),
        # negatives: a place the lists know, a company's sign, not the subject, NER's ORG
        ("Moscow said the sanctions were illegal.", "Moscow", False),
        ("Wyden said its shares rose.", "Wyden", False),
        ("The bill was written by Wyden.", "Wyden", False),
        ("Toyota said sales rose in March.", "Toyota", False),
    ],
)
def test_placeless_speaker(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert placeless_speaker(token_of(nlp(text), word), word) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Tikhonov said the plane had been searched.", "Tikhonov", True),
        ("Lavrentyev said the plane had been searched.", "Lavrentyev", True),
        ("Kovalenko said the shelling had stopped.", "Kovalenko", True),
        ("Brzezinski said the plan was sound.", "Brzezinski", True),
        ("Pashinyan said the plan was sound.", "Pashinyan", True),
        # negatives: a country, a short word, capitals, no such ending
        ("Moldova said the talks would resume.", "Moldova", False),
        ("Lvov said the talks would resume.", "Lvov", False),
        ("SOKOLOV said the talks would resume.", "SOKOLOV", False),
        ("Gazprom said the talks would resume.", "Gazprom", False),
        # negatives: a company named after its founder, a town's club NER reads as a body (review 79)
        ("Kaspersky said the malware had infected thousands of computers.", "Kaspersky", False),
        ("Tupolev said the jet would fly next year.", "Tupolev", False),
        ("Craiova said the striker had signed a new deal.", "Craiova", False),
    ],
)
def test_eastern_surname(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert eastern_surname(token_of(nlp(text), word)) is expected
