"""Rows a headline's grammar made the parse misread go; a headline's sayings stay (``headline_rows``, issue 12)."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.headlines import title_block

_BODY = "\n\nThe council met on Tuesday to discuss the budget, and members spoke for an hour."


def _title_rows(nlp, title: str) -> list[tuple]:  # noqa: ANN001
    return [(r[1], r[2]) for r in rows(nlp, title + _BODY) if r[2] and title.find(r[2]) >= 0]


@pytest.mark.parametrize("text, expected", [
    # a first line set apart by a blank line, whatever mark ends it
    ("Mayor Endorses Rival With Party's Blessing.\n\nThe mayor spoke.", "Mayor Endorses Rival With Party's Blessing."),
    ("Governor vows veto\n\nThe governor spoke.", "Governor vows veto"),
    # a title ending in a semicolon runs on into its subtitle line
    ("Lopez wages campaign to defeat Smith;\nSenator lays out a plan in case the party splits.\n\nBody text here.",
     "Lopez wages campaign to defeat Smith;\nSenator lays out a plan in case the party splits."),
    # no title: a dateline, one line, a line run on into the next, a paragraph longer than a title
    ("WASHINGTON (Reuters) - The Senate voted.\n\nBody text here.", None),
    ("Only one line of text here.", None),
    ("The mayor said on Tuesday that the\nbudget would pass.\n\nBody text here.", None),
    (" ".join(["word"] * 30) + ".\n\nBody text here.", None),
    ('"We will win," Smith said.\n\nBody text here.', None),
])
def test_title_block(text: str, expected: str | None) -> None:
    block = title_block(text)
    assert (text[block[0]:block[1]] if block else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize("title", [
    # the headline's verb read into the source, its object read as the cue
    "Lopez wages campaign to defeat Smith and Jones;",
    "Kemp wages campaign to block Abrams.",
    "Ryan rallies campaign to counter Trump;",
    # a speaker after the cue that runs on into the headline's own clause
    "Sanders vows to fight on, says race not over.",
    # a content the parse cut at a preposition
    "Doe says Smith 'clearly wrong' in claiming vote was rigged.",
    # a content cut at a possessive
    "Pence blames media for Trump's.",
    # a place's plan is its policy
    "Boston plans to widen bike lanes as Denver weighs new rules.",
])
def test_a_misread_headline_row_goes(nlp, title: str) -> None:  # noqa: ANN001
    assert _title_rows(nlp, title) == []


@pytest.mark.slow
@pytest.mark.parametrize("title, expected", [
    ("Obama says Congress must act on guns.", [("says", "Congress must act on guns")]),
    ("Senator Hale Says Tariffs Will Hurt Farmers.", [("Says", "Tariffs Will Hurt Farmers")]),
    # a name and a plural of people is a speaker
    ("Trump aides say campaign will appeal ruling.", [("say", "campaign will appeal ruling")]),
    ("Clinton backers warn party could split.", [("warn", "party could split")]),
    ("Union chief says Clinton can win Ohio.", [("says", "Clinton can win Ohio")]),
    # a person's plan is a view held
    ("Warren plans to unveil health bill.", [("plans", "to unveil health bill")]),
    # a speaker after the cue that ends the clause
    ("Budget Will Pass, Says Speaker.", [("Says", "Budget Will Pass")]),
    ("Tax Plan Is Dead, Senate Leader Says.", [("Says", "Tax Plan Is Dead")]),
    # the outer saying stays; the inner one, whose speaker is in the content, goes
    ("Ortiz says Perez 'totally right' in saying schools failed.",
     [("says", "Perez 'totally right' in saying schools failed")]),
])
def test_a_headlines_saying_stays(nlp, title: str, expected: list) -> None:  # noqa: ANN001
    assert _title_rows(nlp, title) == expected


@pytest.mark.slow
@pytest.mark.parametrize("title, expected", [
    # a one-line lede or a sentence-case headline: a body's people or papers before the cue are its speaker
    ("Kremlin sources say Putin will skip the summit.", ("say", "Putin will skip the summit")),
    ("Syria rebels say they have captured Aleppo airport.", ("say", "they have captured Aleppo airport")),
    ("NASA astronauts say the station is safe despite the leak.", ("say", "the station is safe despite the leak")),
    ("Russian athletes say the ban is political.", ("say", "the ban is political")),
    ("Fed minutes show officials worried about sticky inflation.", ("show", "officials worried about sticky inflation")),
    ("Trump tweets say he will not concede.", ("say", "he will not concede")),
    # a content that ends in a preposition or a pronoun of its own, or opens with a phrase of time
    ("Powell says inflation fight is far from over.", ("says", "inflation fight is far from over")),
    ("Trump says he never said that.", ("says", "he never said that")),
    ("Biden says he is all in.", ("says", "he is all in")),
    ("Coach says team can do better than this.", ("says", "team can do better than this")),
    ("UN says since October, 10,000 have been killed in Gaza.",
     ("says", "since October, 10,000 have been killed in Gaza")),
    # a speaker after the cue followed by a clause of time, not a predicate
    ("Talks have failed, says minister as strikes spread.", ("says", "Talks have failed")),
    ("Economy will recover, says Powell while markets fall.", ("says", "Economy will recover")),
    ("Deal is close, says Trump ahead of summit.", ("says", "Deal is close")),
])
def test_a_right_headline_row_stays(nlp, title: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in _title_rows(nlp, title)
