"""Source types the blind readers judged wrong in audit 61 (P rows) and the signs that correct them: a lone name NER
took for a place or a company whose quoted statement says "I" ('Medina issued the following statement: "The
accusation that I misappropriated money ..."': a person), and given names sharing a surname ("Daren and Barbara
Jensen": people, typed a group as "John Smith and Mary Jones" is). Negatives keep today's type: a place that speaks
as "we", a statement not quoted, an "I" of a quotation nested in a company's, a product named "My ...", companies
named for two people."""

from __future__ import annotations

import pytest

from _cues import cue_source, token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.lone_surnames import quotes_self
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.shared_surnames import shared_surname

pytestmark = pytest.mark.slow

MEDINA = ('In response, Medina issued the following statement: "The accusation that I misappropriated money from '
          'Jennifer Lopez is both untrue and offensive."')
JENSEN = ("Doctors have advised that the boy get chemotherapy, but Daren and Barbara Jensen have refused, fearing "
          "the treatment would stunt Parker's growth and leave him sterile.")


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a place's name (NER's GPE) that quotes itself as "I"
        (MEDINA, "statement", ("Medina", "person")),
        ('Medina said: "My family has lived here for years."', "said", ("Medina", "person")),
        # given names sharing a surname: people
        (JENSEN, "fearing", ("Daren and Barbara Jensen", "group")),
        ("Mr. and Mrs. Smith said they were shocked.", "said", ("Mr. and Mrs. Smith", "group")),
        ("John and Mary Smith said they would appeal the ruling.", "said", ("John and Mary Smith", "group")),
        ("John Smith and Mary Jones said they would appeal the ruling.", "said",
         ("John Smith and Mary Jones", "group")),
        # negatives: a place that speaks as "we", one not quoted, a company quoting another's "I", a product's "My"
        ('Russia said: "We will respond."', "said", ("Russia", "government")),
        ("Texas said in a statement that it would appeal.", "said in a statement", ("Texas", "government")),
        # (a town's census surname alone is a person now whatever it says: ``lone_surnames.town_surname``, typ67; a
        # city whose bare name speaks for it stays the place)
        ('Houston said: "The new My Houston app is free."', "said", ("Houston", "government")),
        # companies named for two people
        ("Procter and Gamble said it would appeal the ruling.", "said", ("Procter and Gamble", "organization")),
        ("Marks and Spencer said it would close stores.", "said", ("Marks and Spencer", "organization")),
    ],
)
def test_source_type_by_a_persons_sign_61(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert cue_source(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (MEDINA, "Medina", True),
        ('Medina said: "I will not allow this."', "Medina", True),
        ('Microsoft said: "Nobody asked me before."', "Microsoft", True),
        # negatives: "we", no quotation, a nested quotation's "I", a product's "My", a quotation not the content
        ('Russia said: "We will respond."', "Russia", False),
        ("Texas said that I was wrong.", "Texas", False),
        ("Microsoft said: \"As Jobs told us, 'I love it,' and we agree.\"", "Microsoft", False),
        ('Microsoft said: "The new My Office app is free."', "Microsoft", False),
    ],
)
def test_quotes_self(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    quotes = find_quotes(text)
    start = text.index(":") + 2 if ":" in text else text.index(" that ") + 6
    assert quotes_self(token_of(doc, word), (start, len(text)), quotes) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (JENSEN, "Daren", True),
        ("John and Mary Smith said they would appeal.", "John", True),
        ("Mr. and Mrs. Smith said they were shocked.", "Mr.", True),
        # negatives: companies named for two people, a possessive, a company's word, a given name + a title
        ("Johnson and Johnson said it would appeal.", "Johnson", False),
        ("Procter and Gamble said it would appeal.", "Procter", False),
        ("Marks and Spencer said it would close stores.", "Marks", False),
        ("Ben and Jerry's said it would stop sales.", "Ben", False),
        ("John and Mary Smith Foundation said it would help.", "John", False),
        ("John and Mrs. Smith said they were shocked.", "John", False),
    ],
)
def test_shared_surname(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    assert shared_surname(token_of(nlp(text), word), load_lexicon().first_names) is expected
