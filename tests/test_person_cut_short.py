"""A person's name NER cut short (``source_types.person_cut_short``): the proper noun after a PERSON entity whose
last word hangs on it ("Braz de'Aviz" of NER's "Braz"); not a name NER tagged whole, nor a word after one that is
no part of the name."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.source_types import person_cut_short


@pytest.mark.parametrize(
    "text, word",
    [
        pytest.param("“We were ignored for years,” Braz de'Aviz said.", "de'Aviz", id="de-aviz"),
        pytest.param("Pope Benedict met the cardinals. Braz de'Aviz said the process was unfair.", "de'Aviz",
                     id="de-aviz-plain"),
    ],
)
def test_cut_short_heads(nlp, text: str, word: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    head = token_of(doc, word)
    assert person_cut_short(head)


@pytest.mark.parametrize(
    "text, word",
    [
        pytest.param("Anatoly Antonov said the talks were over.", "Antonov", id="whole-name"),
        pytest.param("Smith said the plan would fail.", "Smith", id="lone-word"),
        pytest.param("Trump Tower said it was closed.", "Tower", id="name-of-a-building"),
        pytest.param("Former Clinton Pollster Says Clinton Is In Trouble In California", "Pollster", id="a-role"),
    ],
)
def test_not_cut_short(nlp, text: str, word: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    lexicon = load_lexicon()
    assert not person_cut_short(token_of(doc, word), lexicon.person_roles | lexicon.person_nouns)
