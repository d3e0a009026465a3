"""``source_types``: ``outlet_named_in``, an outlet of the list named in a phrase, not a body whose name opens with a
one-word outlet's word ("Atlantic Coast", the airline); ``body_acronym``, an untagged acronym ("According to WHO")."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_types import outlet_named_in


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Atlantic", True),
        ("Atlantic", True),
        ("the Hill", True),
        ("BBC World Service", True),  # an acronym's outlet runs on into its service
        ("Guardian News", True),  # into an outlet's word
        ("The New York Times", True),
        # review 65: an outlet's edition or section, a place's name or an acronym after its word
        ("Politico Europe", True),
        ("Interfax Ukraine", True),
        ("Reuters Breakingviews", True),
        ("Des Moines Register/Bloomberg Politics", True),
        ("HuffPost UK", True),
        ("HuffPost Pollster’s polling average", True),
        # negatives: another body's name opening with a one-word outlet's word
        ("Atlantic Coast", False),
        ("Atlantic Coast Airlines", False),
        ("Time Warner", False),
        ("Hill Country", False),
        ("Florida Atlantic University", False),  # a place's word that is an institution's noun
        ("the airline", False),
    ],
)
def test_outlet_named_in(text: str, expected: bool) -> None:
    assert outlet_named_in(text, load_lexicon()) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.", "WHO", True),
        # negatives: a turn label before its colon, a given name in capitals, a word in title case
        ("RAMOS: We will not stop the program.", "RAMOS", False),
        ("FOX 26 asked Cruz to respond to his Democratic midterm rival.", "FOX", False),
        ("According to JOHN, there were 3,248 cases reported worldwide.", "JOHN", False),
        ("According to Smith, there were 3,248 cases reported worldwide.", "Smith", False),
        # review 65: two letters (an office, initials) and an office's acronym are no body's
        ("PM said the election would be held in May.", "PM", False),
        ("TJ said the team would bounce back.", "TJ", False),
        ("POTUS said the deal was done.", "POTUS", False),
        # a person's title in capitals: "CEO" is Craig Menear's office (a real page: typed organization before)
        ("Chairman, CEO and president Craig Menear said the results were strong.", "CEO", False),
        ("The CFO said margins would improve.", "CFO", False),
    ],
)
def test_body_acronym(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.source_types import body_acronym

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    lexicon = load_lexicon()
    assert body_acronym(token, lexicon.first_names, lexicon.person_roles) is expected
