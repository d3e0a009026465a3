"""The headline a plain text opens with is no attribution (issue 12, headlines): ``nlp/extract/headlines.py``."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, rows
from sayso.model import Article
from sayso.nlp.extract.headlines import (
    headline_label,
    headline_length,
    headline_ranges,
    no_sentence_end,
    reads_as_headline,
)

_BODY = "President Donald Trump said on Tuesday that the investigation was a \"witch hunt\".\n\nHis lawyers agreed."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trump Says Mueller Probe Is A Witch Hunt", True),
        ("New Audio From The Night Of The Las Vegas Massacre Reveals That There Was Another Active Shooter In The Bar"
         " At The Top Of The Mandalay Bay Hotel During The Attack", True),
        ("Politics", False),
        ("the mayor said that " + "the council would meet again and " * 5 + "vote", False),  # 33 words, not Title Case
        ("Mayor Says " + "The Council Will Meet Again And " * 8 + "Vote", False),  # 51 words
    ],
)
def test_headline_length(line: str, expected: bool) -> None:
    assert headline_length(line) is expected


@pytest.mark.parametrize(
    ("line", "blank_after", "expected"),
    [
        ("Trump Says Mueller Probe Is A Witch Hunt", True, True),
        ("Trump says Mueller probe is a witch hunt", True, True),
        ("Trump calls the Mueller probe a ‘witch hunt’", True, True),
        ("‘Silent Donation’: Corporate Emails Reveal Google Executives Tried to Turn Out Latino Voters", True, True),
        ("Bishop Morlino Targets ‘Homosexual Subculture’ in the Church, Calls for Reparation", True, True),
        ("Biblical Illiterates Reverse Romans 13: Teach Submit to Tyranny!", True, True),
        ("Trump: Mueller Probe Is A 'Witch Hunt'", True, True),
        ("2 Senators Say They Will Oppose the Nominee", True, True),
        ("Trump Says Mueller Probe Is A Witch Hunt", False, True),  # Title Case over a single line break
        ("New Audio From The Night Of The Las Vegas Massacre Reveals That There Was “Another Active Shooter” In The Bar"
         " At The Top Of The Mandalay Bay Hotel During The Attack", True, True),  # 31 words, in Title Case
        # kept: a sentence (as PolNeAR writes its titles, with a period), a question in sentence case, a dateline,
        # a quotation with its cue, a line broken in mid-sentence, a label's colon, a long line, one word
        ("Trump said on Tuesday that he would veto the bill.", True, False),
        ("Pence Endorses Paul Ryan With Trump’s Blessing.", True, False),
        ("Issa: Hillary Clinton’s ‘Honesty Is In Question.’", True, False),
        ("The mayor said: “We will fight this ruling.”", True, False),
        ("Is the mayor right that the ruling was unfair?", True, False),
        ("WASHINGTON (Reuters) - President Donald Trump said on Tuesday he would veto the bill", True, False),
        ("LONDON — The prime minister said on Friday she would resign", True, False),
        ("“We will fight this ruling,” Mayor Jane Roe said", True, False),
        ("“We will fight this ruling and we will win in the end", True, False),
        ('The mayor said "we will fight this ruling and win', True, False),
        ("The mayor said in a statement:", True, False),
        ("President Donald Trump said on Tuesday that the", False, False),
        ("Senate Majority Leader Mitch McConnell said", False, False),
        ("Trump says Mueller probe is a witch hunt", False, False),  # sentence case over one line break
        ("Trump says " + "the probe is a witch hunt and " * 6 + "more", True, False),
        ("Politics", True, False),
        ("Trump Says " + "The Probe Is A Witch Hunt And " * 8 + "More", True, False),  # 51 words: too long for any
    ],
)
def test_reads_as_headline(line: str, blank_after: bool, expected: bool) -> None:
    assert reads_as_headline(line, blank_after=blank_after) is expected


_LEAD = "President Donald Trump said on Tuesday that the investigation was a witch hunt and would end soon."


@pytest.mark.parametrize(
    ("line", "next_line", "expected"),
    [
        ("Trump says Mueller probe is a witch hunt", _LEAD, True),
        ("Senator vows to block the nominee", "Sen. Jane Roe said on Monday that she would vote against the "
         "nominee and urged colleagues to do the same.", True),
        # kept: hard-wrapped prose (lines of one width, a line ending in a word prose breaks after, a next line in
        # lower case), a next line that is no longer, or ends no sentence
        ("President Donald Trump said on Tuesday that the", "investigation was a witch hunt and that he would", False),
        ("Senate Majority Leader Mitch McConnell said", "The House would vote on the bill on Friday, a week before "
         "the deadline for the deal.", False),
        ("Trump says Mueller probe is a witch hunt", "President Donald Trump said so on Tuesday.", False),
        ("Trump says Mueller probe is a witch hunt", "President Donald Trump said on Tuesday that the investigation "
         "was a witch hunt and that", False),
    ],
)
def test_a_headline_over_a_paragraph_line(line: str, next_line: str, expected: bool) -> None:
    assert reads_as_headline(line, blank_after=False, next_line=next_line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trump calls the probe a ‘witch hunt’", True),
        ("Markets rally as the Fed holds rates (VIDEO)", True),
        ("Will Twitter Be Next?", True),
        ("Will twitter be next?", False),
        ("Smith said the plan would fail.", False),
        ("The senator’s office said: ‘No comment.’", False),
        ("Smith said, in part,", False),
        ("Prices rose —", False),
    ],
)
def test_no_sentence_end(line: str, expected: bool) -> None:
    assert no_sentence_end(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Headline: Trump Says Mueller Probe Is A Witch Hunt", True),
        ("HEADLINE: Trump says probe is a 'witch hunt'", True),
        ("Title - Trump says probe is a witch hunt", True),
        ("Dek: The president lashed out again on Tuesday", True),
        ("Standfirst: Ministers say the plan is dead", True),
        # kept: a word that only starts like a label, a label the writer's prose opens with
        ("Head-to-head: Trump and Clinton differ on trade", False),
        ("Headlines were all the mayor read, she said.", False),
        ("Note: Smith said the senator would vote no.", False),
    ],
)
def test_headline_label(line: str, expected: bool) -> None:
    assert headline_label(line) is expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (f"Trump Says Mueller Probe Is A Witch Hunt\n\n{_BODY}", None, ["Trump Says Mueller Probe Is A Witch Hunt"]),
        (f"  Trump says probe is a witch hunt  \n\n{_BODY}", None, ["  Trump says probe is a witch hunt  "]),
        (f"Trump Says Mueller Probe Is A Witch Hunt\n{_BODY}", None, ["Trump Says Mueller Probe Is A Witch Hunt"]),
        (f"Trump says probe is a witch hunt\n{_BODY}", None, ["Trump says probe is a witch hunt"]),
        # the dek under a headline, a labelled headline line, a line that repeats the headline or the title
        (f"Trump says probe is a witch hunt\n\nThe president lashed out at the inquiry again\n\n{_BODY}", None,
         ["Trump says probe is a witch hunt", "The president lashed out at the inquiry again"]),
        (f"Headline: Trump says probe is a 'witch hunt.'\nBy Jane Roe\n\n{_BODY}", None,
         ["Headline: Trump says probe is a 'witch hunt.'"]),
        (f"Trump says probe is a witch hunt\n\nShare this story\n\nTrump says probe is a witch hunt\n\n{_BODY}", None,
         ["Trump says probe is a witch hunt", "Trump says probe is a witch hunt"]),
        # the Article's title on the first line, whatever its shape, and repeated below
        (f"Trump says probe is a witch hunt.\n\n{_BODY}", "Trump says probe is a witch hunt",
         ["Trump says probe is a witch hunt."]),
        (f"{_BODY}\n\nTrump says probe is a witch hunt\n\nMore stories", "Trump says probe is a witch hunt",
         ["Trump says probe is a witch hunt"]),
        # none: one line, a first line that is a sentence, a dateline, no dek after a headline when the line
        # after it is a sentence of the lead
        ("Trump said on Tuesday that he would veto the bill.", None, []),
        ("Trump says he will veto the bill", None, []),
        (f"Trump said on Tuesday that he would veto the bill.\n\n{_BODY}", None, []),
        ("WASHINGTON (Reuters) - President Donald Trump said on Tuesday he would veto the bill\n\n"
         "The House passed it last week.", None, []),
        (f"Trump says probe is a witch hunt\n\nThe president lashed out at the inquiry on Tuesday.\n\n{_BODY}", None,
         ["Trump says probe is a witch hunt"]),
        ("Acme Corp. said today it will cut 500 jobs.\n\nThe company makes ball bearings.", None, []),
        ("SMITH: We will not back down\n\nJONES: Then we will see you in court\n\nSMITH: So be it", None, []),
        ("FOR THE RECORD: Why the Mayor Vetoed the Budget\n\nThe mayor said on Monday the budget was too big.", None,
         ["FOR THE RECORD: Why the Mayor Vetoed the Budget"]),
        ("President Donald Trump said on Tuesday that the\ninvestigation was a witch hunt and that he would\n"
         "not sit for an interview.", None, []),
    ],
)
def test_headline_ranges(text: str, title: str | None, expected: list[str]) -> None:
    assert [text[s:e] for s, e in headline_ranges(text, title)] == expected


def test_an_html_body_holds_its_headline_only_as_its_title() -> None:
    text = f"Trump says probe is a witch hunt\n\n{_BODY}"
    assert headline_ranges(text, plain=False) == ()
    assert headline_ranges(text, "Trump says probe is a witch hunt", plain=False) == ((0, 32),)


test_a_headline_is_no_attribution = pytest.mark.slow(cue_table(
    [
        (f"Trump Says Mueller Probe Is A Witch Hunt\n\n{_BODY}", "says", False),
        ("Senator vows to block the nominee\n\nSen. Jane Roe said on Monday that she would vote against the "
         "nominee and urged colleagues to do the same.", "vows", False),
        ("Officials Say Bridge Will Reopen Next Month\nThe state transportation department said repairs were ahead of "
         "schedule.", "say", False),
        ("Governor Says State Will Sue Over Water Rules\nGov. Ann Lee told reporters on Monday that the rules were "
         "unlawful.", "says", False),
        ("HEADLINE: Minister says talks with rebels have failed\nBy Jane Roe\n\nThe minister told parliament on "
         "Friday that the talks were over.", "says", False),
        ("Union warns of strike over pay\nThe union said on Friday that its members would walk out in March if the "
         "talks failed.", "warns", False),
        ("Mayor defends budget\n\nCity Hall says taxes will not rise\n\nMayor John Smith said on Thursday that "
         "the budget would hold property taxes flat.", "says", False),
        # kept: the body's own attribution, a first line that is a sentence, one line, a dateline's lead
        (f"Trump Says Mueller Probe Is A Witch Hunt\n\n{_BODY}", "said", True),
        ("Trump said on Tuesday that he would veto the bill.", "said", True),
        ("Trump said on Tuesday that he would veto the bill.\n\nThe House passed it last week.", "said", True),
        ("WASHINGTON (Reuters) - President Donald Trump said on Tuesday he would veto the bill\n\n"
         "The House passed it last week.", "said", True),
        ("Acme Corp. said today it would cut 500 jobs.\n\nThe company makes ball bearings in Ohio.", "said", True),
        ("Smith said the plan would fail and the board\nagreed with him on every point.", "said", True),
        ("Mayor Smith said taxes would not rise next year, and\nthe council agreed with her.", "said", True),
        ("SMITH: We will not back down\n\nJONES: Then we will see you in court\n\nSMITH: So be it", ":", True),
    ],
))


@pytest.mark.slow
def test_a_colon_headline_names_no_speaker(nlp) -> None:  # noqa: ANN001
    text = ("Trump: Mueller Probe Is A 'Witch Hunt'\n\n"
            "President Donald Trump said on Tuesday that the investigation was a witch hunt.")
    assert rows(nlp, text) == [("Donald Trump", "said", "that the investigation was a witch hunt")]


@pytest.mark.slow
def test_the_articles_title_is_no_attribution(nlp) -> None:  # noqa: ANN001
    text = ("Trump says Mueller probe is a witch hunt.\n\n"
            "President Donald Trump said on Tuesday that the investigation was a witch hunt.")
    titled = analysis(nlp, Article(text, title="Trump says Mueller probe is a witch hunt"))
    untitled = analysis(nlp, Article(text))
    assert [a.cue.text for a in titled.attributions if a.cue] == ["said"]
    assert "says" in [a.cue.text for a in untitled.attributions if a.cue]  # a sentence with its period: kept
