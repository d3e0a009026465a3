"""noun_genders: the sex a noun of a person states, and the name such a noun is put beside."""

from __future__ import annotations

import pytest

from _cues import token_of
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.noun_genders import apposed_gender, noun_gender


def _ent(doc, name: str):  # noqa: ANN001, ANN202
    return next(e for e in doc.ents if e.text == name)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The widower spoke.", "widower", "m"),
        ("The congresswoman spoke.", "congresswoman", "f"),
        # negatives: a noun of either sex
        ("The senator spoke.", "senator", None),
        ("The lawyer spoke.", "lawyer", None),
    ],
)
def test_noun_gender(nlp, text: str, word: str, expected: str | None) -> None:
    doc = nlp(text)
    assert noun_gender(token_of(doc, word)) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # the apposition says the name is the noun
        ("The payment went to Imran's brother, Abid Awan, bank records show.", "Abid Awan", "m"),
        ("Police spoke to his wife, Kim Lee, on Monday.", "Kim Lee", "f"),
        ("Kim Lee, his brother, spoke on Monday.", "Kim Lee", "m"),
        ("Police spoke to her stepmother, Kim Lee, on Monday.", "Kim Lee", "f"),
        # negatives: a noun of either sex beside the name; a gendered noun elsewhere in the sentence
        ("Police spoke to his lawyer, Kim Lee, on Monday.", "Kim Lee", None),
        ("Kim Lee paid his sister on Monday.", "Kim Lee", None),
    ],
)
def test_apposed_gender(nlp, text: str, name: str, expected: str | None) -> None:
    assert apposed_gender(_ent(nlp(text), name), load_lexicon().kin_genders) == expected
