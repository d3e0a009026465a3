"""Rows a headline's grammar made the parse misread go; a headline's sayings stay (``headline_rows``, issue 12)."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.model import Article
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
    # a lede's paragraph of two sentences is no title, whatever ends them
    ("Fed says rates will rise. Markets fell sharply on the news.\n\nBody text here.", None),
    ("Police say the suspect fled. A manhunt is under way.\n\nBody text here.", None),
    ("Are voters ready? Most say no.\n\nBody text here.", None),
    ("Smith: ‘We will win.’ Jones disagrees.\n\nBody text here.", None),
    # an abbreviation's period ends no sentence: the line is one title
    ("Trump vs. Clinton: Round Two Begins Tonight.\n\nBody text here.", "Trump vs. Clinton: Round Two Begins Tonight."),
    ("Rep. Hale Says Tariffs Will Hurt Farmers.\n\nBody text here.", "Rep. Hale Says Tariffs Will Hurt Farmers."),
    ("Mayor to speak at 8 p.m. Tuesday in Akron.\n\nBody text here.", "Mayor to speak at 8 p.m. Tuesday in Akron."),
    ("U.S. Says Talks Will Resume In May.\n\nBody text here.", "U.S. Says Talks Will Resume In May."),
    ("No. 2 Democrat says vote will slip.\n\nBody text here.", "No. 2 Democrat says vote will slip."),
    # a headline's two sentences in Title Case are its title
    ("Lopez Wages Campaign To Defeat Smith. Party Splits.\n\nBody text here.",
     "Lopez Wages Campaign To Defeat Smith. Party Splits."),
])
def test_title_block(text: str, expected: str | None) -> None:
    block = title_block(text)
    assert (text[block[0]:block[1]] if block else None) == expected


@pytest.mark.parametrize("text, title, expected", [
    # the caller's title repeated on the first line: that line is the title block, whatever its shape
    ("Fed says rates will rise.\n\nBody text here.", "Fed says rates will rise", "Fed says rates will rise."),
    ("Fed Says Rates Will Rise\n\nBody text here.", "fed says rates will rise.", "Fed Says Rates Will Rise"),
    ("Rates rise. Stocks fall.\n\nBody text here.", "Rates rise. Stocks fall.", "Rates rise. Stocks fall."),
    # the given title with the outlet's name after the headline: the first line repeats its headline
    ("Flynn says Trump 'absolutely right' in saying generals reduced to rubble.\n\nBody text here.",
     "Flynn says Trump 'absolutely right' in saying generals reduced to rubble - CNNPolitics",
     "Flynn says Trump 'absolutely right' in saying generals reduced to rubble."),
    ("Ryan wages campaign to counter Trump and Cruz.\n\nBody text here.",
     "Ryan wages campaign to counter Trump and Cruz | The Hill", "Ryan wages campaign to counter Trump and Cruz."),
    # a title given apart from a text that opens with its body: the text has no title block
    ("Fed says rates will rise.\n\nBody text here.", "Rates to rise, Fed says", None),
    ("Ohio sues as Texas plans to appeal.\n\nBody text here.", "Court fight widens", None),
    ("The mayor said on Tuesday that the budget will pass.\n\nBody text here.", "Budget news", None),
])
def test_title_block_with_given_title(text: str, title: str, expected: str | None) -> None:
    block = title_block(text, title)
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
    # a place's plan in a clause set against the headline's news is its policy, an act the story reports
    "Cleveland bans gas cars as Boston plans to widen bike lanes.",
    "Strikes spread while France intends to raise the pension age.",
    "Ohio sues as Texas plans to appeal the ruling.",
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
    # a country's or a city's plan that is the headline's own clause is its government's announced plan
    ("Poland plans to build a nuclear plant by 2035.", [("plans", "to build a nuclear plant by 2035")]),
    ("Japan Plans To Release Treated Water Into Sea.", [("Plans", "To Release Treated Water Into Sea")]),
    ("France intends to raise the pension age.", [("intends", "to raise the pension age")]),
    ("Denver plans to ban gas cars by 2035.", [("plans", "to ban gas cars by 2035")]),
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


@pytest.mark.slow
@pytest.mark.parametrize("text, title, expected", [
    # a lede's paragraph of two sentences is prose: its rows stand as the body's do
    ("Ohio sues as Texas plans to appeal the ruling. The state filed late on Friday." + _BODY, None,
     [("Texas", "plans", "to appeal the ruling")]),
    # a title given apart: the text opens with its body, whose rows stand
    ("Ohio sues as Texas plans to appeal the ruling." + _BODY, "Court fight widens",
     [("Texas", "plans", "to appeal the ruling")]),
    # the given title repeated on the first line: the headline's misread row goes
    ("Ohio sues as Texas plans to appeal the ruling." + _BODY, "Ohio sues as Texas plans to appeal the ruling", []),
    # and the given title that adds the outlet's name: the first line is its headline, whose misread row goes
    ("Ohio sues as Texas plans to appeal the ruling." + _BODY, "Ohio sues as Texas plans to appeal the ruling | Reuters",
     []),
])
def test_only_a_title_block_is_read_as_a_headline(nlp, text: str, title: str | None, expected: list) -> None:  # noqa: ANN001
    assert [r for r in rows(nlp, Article(text=text, title=title)) if r[1] == "plans"] == expected
