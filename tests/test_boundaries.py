"""A period that closes an abbreviation inside a sentence (``nlp/boundaries.py``): "the ID. SPACE VIZZION"."""

from __future__ import annotations

import pytest

from _cues import analysis, with_cue


@pytest.mark.parametrize(
    "word, period, following, expected",
    [
        ("No", ".", ["1", "of"], 0),  # "Version No. 1 of the timeline"
        ("Jan", ".", ["20", ","], 0),
        ("ID", ".", ["SPACE", "VIZZION", "in", "Europe"], 2),
        ("ID", ".", ["BUZZ", ",", "the"], 1),
        # the sentence ends: a capitalised word, a sentence in capitals, a name that ends the text,
        # a long code, a number after a word that is no abbreviation, another mark than a period
        ("FBI", ".", ["Police", "said"], None),
        ("FBI", ".", ["POLICE", "ARE", "HERE", "."], None),
        ("ID", ".", ["BUZZ"], None),
        ("NASA", ".", ["THE", "END", "OF", "IT", "ALL", "came"], None),
        ("Washington", ".", ["BUT", "then"], None),
        ("year", ".", ["2019", "was"], None),
        ("No", "!", ["1", "fan"], None),
        ("No", ".", [], None),
    ],
)
def test_abbreviation_continues(word: str, period: str, following: list[str], expected: int | None) -> None:
    from sayso.nlp.boundaries import abbreviation_continues

    assert abbreviation_continues(word, period, following) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content",
    [
        ("Volkswagen said it will launch the ID. SPACE VIZZION in Europe next year.",
         "it will launch the ID. SPACE VIZZION in Europe next year"),
        ("The police said that was Version No. 1 of the timeline.", "that was Version No. 1 of the timeline"),
        # a real sentence end after a code stays one
        ("Smith said the money went to the FBI. Police would not comment.", "the money went to the FBI"),
    ],
)
def test_a_content_runs_past_an_abbreviation(nlp, text: str, content: str) -> None:
    assert [a.content.text for a in with_cue(analysis(nlp, text), "said")] == [content]
