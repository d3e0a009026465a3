"""A period that closes an abbreviation inside a sentence (``nlp/boundaries.py``): "the ID. SPACE VIZZION"."""

from __future__ import annotations

import pytest

from _cues import analysis, token_of, with_cue


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


@pytest.mark.parametrize(
    "word, following, expected",
    [
        ("Rev.", "David", True),
        ("Sen.", "Mark", True),
        ("Dr.", "O'Neill", True),
        ("Gov.", "Jean-Luc", True),
        # the line ends a sentence: a name's or a place's end, no period, a word in lower case, a figure
        ("Jr.", "The", False),
        ("St.", "Police", False),
        ("Rev", "David", False),
        ("Dr.", "said", False),
        ("Gen.", "2", False),
        ("Ave.", "Police", False),
    ],
)
def test_title_continues(word: str, following: str, expected: bool) -> None:
    from sayso.nlp.boundaries import title_continues

    assert title_continues(word, following) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ('"The church has lost its way on this," said the Rev.\nDavid W. Dockery, senior pastor at First Baptist Church.',
         "said", "David W. Dockery"),
        ("The church has lost its way, said the Rev.\nDavid W. Dockery, senior pastor at First Baptist Church.",
         "said", "David W. Dockery"),
        ('"We never saw the report," said Dr.\nAnne Whitfield, a physician in Dayton.', "said", "Anne Whitfield"),
        # negative: a name's end still ends the sentence
        ("The award went to Martin Luther King Jr.\nHis widow said he would have been proud.", "said", "His widow"),
    ],
)
def test_a_title_at_a_line_end_opens_the_name(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    from _cues import cue_speaker

    assert cue_speaker(nlp, text, cue) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("said the Rev.\nDavid W. Dockery", "David", True),
        ("said the Rev. \n David W. Dockery", "David", True),
        # negatives: a blank line between, a name's end, a title that is not at the line's end
        ("said the Rev.\n\nDavid W. Dockery", "David", False),
        ("said Martin Luther King Jr.\nHis widow", "His", False),
        ("the Rev. David W. Dockery\nsaid", "said", False),
    ],
)
def test_title_at_line_end(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.components import title_at_line_end

    doc = nlp.make_doc(text)
    token = token_of(doc, word)
    assert title_at_line_end(doc, token) is expected


@pytest.mark.parametrize(
    "word, following, expected",
    [
        ("a.m.", "Sunday", True),
        ("p.m.", "Wednesday", True),
        ("P.M.", "Friday", True),
        # the sentence may end: another word after the time, a possessive, no clock abbreviation
        ("a.m.", "The", False),
        ("p.m.", "Police", False),
        ("p.m.", "Sunday's", False),
        ("Inc.", "Sunday", False),
    ],
)
def test_day_follows_time(word: str, following: str, expected: bool) -> None:
    from sayso.nlp.boundaries import day_follows_time

    assert day_follows_time(word, following) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Their contract will expire at 12:01 a.m. Wednesday instead of 12:01 a.m. Sunday, said Rian Wathen, "
         "organizing director for the union.", "said", "Rian Wathen"),
        # negative: a time that ends a sentence still ends it
        ("The strike began at 5 p.m. The union's director said talks would resume.", "said", "The union's director"),
    ],
)
def test_a_day_after_a_clock_time_goes_on(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    from _cues import cue_speaker

    assert cue_speaker(nlp, text, cue) == speaker
