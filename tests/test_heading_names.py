"""A heading's verb NER ran into the name that opens it (``sayso.nlp.extract.heading_names``).

Tables are ``text, name -> expected``; the name is its first occurrence in the text, read as a PERSON span.
"""

from __future__ import annotations

import pytest

from _cues import person_span, rows, token_of
from sayso.nlp.extract.heading_names import verb_shaped, without_heading_verb, written_elsewhere
from sayso.nlp.extract.lexicon import read_first_names

pytestmark = pytest.mark.slow

BERGOGLIO = ("Pope Francis has refused to answer questions about the letter.\n\nBergoglio Pleads the Fifth\n\n"
             "Asked about the testimony on the plane, Bergoglio said: “I will not say a single word about it.” "
             "Bergoglio later told reporters that the journalists should read the document carefully.")


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (BERGOGLIO, "Bergoglio Pleads", "Bergoglio"),
        ("The summit opened on Monday.\n\nMerkel Pleads for Unity\n\nMerkel said the union had to stand together.",
         "Merkel Pleads", "Merkel"),
        ("The archbishop wrote again.\n\nViganò Doubles Down\n\nViganò said the pope knew of the abuse.",
         "Viganò Doubles", "Viganò"),
        # a family name that is also a given name ("Paul") is no given name after the name's first word
        ("The vote was held on Tuesday.\n\nRand Paul Blocks Bill\n\nPaul said the bill would add to the debt.",
         "Rand Paul Blocks", "Rand Paul"),
        ("The inquiry went on.\n\nLouis Farrakhan Refers to the Report\n\nFarrakhan said the report was false.",
         "Louis Farrakhan Refers", "Louis Farrakhan"),
        # the surname the body calls the person by stays, the verb after it goes
        ("The film opened on Friday.\n\nTom Hanks Returns to the Stage\n\nHanks said he had missed the theatre.",
         "Tom Hanks Returns", "Tom Hanks"),
        # negatives: a surname the body calls the person by, whatever verb it spells ("Burns", "Waters"), stays
        # where NER runs on into the heading's verb, which goes
        ("The film opened on Friday.\n\nKen Burns Returns to Vietnam\n\nBurns said the war still divided the country.",
         "Ken Burns Returns", "Ken Burns"),
        ("The hearing went on.\n\nMaxine Waters Calls for Impeachment\n\nWaters said the president had to go.",
         "Maxine Waters Calls", "Maxine Waters"),
        ("The award went to an actor.\n\nWill Smith Slaps Chris Rock\n\nSmith said he was sorry.", "Will Smith",
         "Will Smith"),
        # a surname in "-s" right after a given name, the body using the given name only
        ("The campaign went on.\n\nBernie Sanders Wins in Iowa\n\nBernie said the win belonged to his supporters.",
         "Bernie Sanders", "Bernie Sanders"),
        # the body never names the person by the word before: nothing says where the name ends
        ("Pope Francis has refused to answer questions.\n\nBergoglio Pleads the Fifth\n\nThe pope said nothing.",
         "Bergoglio Pleads", "Bergoglio Pleads"),
        # a modal opens the heading's question: no name's word
        ("As Its Rivals Pair Up, Will Twitter Be Next?\n\nTwitter said it was still operating at a loss.",
         "Will Twitter Be Next", "Will Twitter Be Next"),
        # prose, no heading's line
        ("Grand Challenges Canada gave out 40 grants on Monday. Grand Challenges Canada said more would follow.",
         "Grand Challenges Canada", "Grand Challenges Canada"),
    ],
)
def test_without_heading_verb(nlp, text: str, name: str, expected: str) -> None:  # noqa: ANN001
    span = without_heading_verb(person_span(nlp(text), name), read_first_names())
    assert span.text == expected
    assert span.label_ == "PERSON"


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (BERGOGLIO, "Bergoglio", True),
        (BERGOGLIO, "Pleads", False),
        # only the heading's line writes it: no body's name
        ("Pope Francis spoke.\n\nBergoglio Pleads the Fifth\n\nThe pope said nothing.", "Bergoglio", False),
        # a lower-case word is no name's
        ("Pope Francis spoke.\n\nBergoglio Pleads the Fifth\n\nHe pleads the Fifth, Bergoglio said.", "Pleads", False),
    ],
)
def test_written_elsewhere(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert written_elsewhere(token_of(nlp(text), word)) is expected


@pytest.mark.parametrize(
    "text, word, after_given, expected",
    [
        ("Viganò Doubles Down\n\nViganò spoke.", "Doubles", False, True),  # a verb's particle
        ("DOJ Surrenders\n\nThe DOJ spoke.", "Surrenders", False, True),
        ("Bernie Sanders Wins\n\nBernie spoke.", "Sanders", True, False),
        ("Tom Hanks Returns\n\nHanks spoke.", "Hanks", True, False),
        ("Grand Challenges Canada\n\nThe group spoke.", "Canada", False, False),
    ],
)
def test_verb_shaped(nlp, text: str, word: str, after_given: bool, expected: bool) -> None:  # noqa: ANN001
    assert verb_shaped(token_of(nlp(text), word), after_given=after_given) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (BERGOGLIO, ["Bergoglio", "Bergoglio"]),
        # negative: the heading's name is the body's ("Hanks"), the verb after it cut, the name whole
        ("The film opened on Friday.\n\nTom Hanks Returns to the Stage\n\nHanks said he had missed the theatre.",
         ["Tom Hanks"]),
        ("As Its Rivals Pair Up, Will Twitter Be Next?\n\nTwitter said it was still operating at a loss.",
         ["Twitter"]),
    ],
)
def test_the_source_carries_no_heading_verb(nlp, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [r[0] for r in rows(nlp, text)] == expected, rows(nlp, text)
