"""colon_blocks: a frame closing its line with a colon ("In the letter, the bishop wrote:") gives its speaker the
paragraphs after it while they speak in the speaker's first person, up to the first that is the writer's again
(issue 12, blind audit 18's largest class of misses). Precision first: a block whose first paragraph is in the
third person, or a paragraph that names the speaker, another attribution, a frame of its own, a question or a
heading, ends it."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.colon_blocks import colon_paragraph_end, first_person, paragraphs_from, title_line
from sayso.nlp.extract.layouts import Layout


@pytest.mark.parametrize(
    "passage, plural_only, expected",
    [("I have read the working document with great concern.", False, True),
     ("We must not be silent when the faith is obscured.", False, True),
     ("The money goes to our parishes first.", False, True),
     ("I'm not going anywhere, he told me.", False, True),
     ("We’re reviewing our procedures.", True, True),
     # negatives: the third person; the country in capitals; "I" alone where the block speaks as "we"
     ("The letter was read at every Mass in the diocese.", False, False),
     ("Trade with the US fell by a third last year.", False, False),
     ("Ortiz said the libraries will reopen.", False, False),
     ("I doubt that very much.", True, False)],
)
def test_first_person(passage: str, plural_only: bool, expected: bool) -> None:
    assert first_person(passage, plural_only=plural_only) is expected


@pytest.mark.parametrize(
    "line, expected",
    [('Rescript "from an Audience with His Holiness"', True),
     ("Statement of the Board of Directors", True),
     # negatives: a sentence's end, lower-case words, a single word
     ("Sad!", False),
     ("We will win.", False),
     ("no comment", False),
     ("The plan was a failure of nerve", False),
     ("Thanks", False)],
)
def test_title_line(line: str, expected: bool) -> None:
    assert title_line(line) is expected


_WRAPPED = "He wrote:\n\nI have read the document. It departs from\nwhat the Church taught.\n\nWe must speak.\n"


@pytest.mark.parametrize(
    "text, start, layout, expected",
    [(_WRAPPED, 11, Layout.BLANK_LINE_PARAGRAPHS, "I have read the document. It departs from\nwhat the Church taught."),
     (_WRAPPED, 11, Layout.PARAGRAPH_LINES, "I have read the document. It departs from"),
     ("She said:\nWe will appeal.\nThe court meets in May.", 10, Layout.SENTENCE_LINES, "We will appeal."),
     ("She said:\nWe will appeal.", 10, Layout.PARAGRAPH_LINES, "We will appeal."),
     # blank lines that stop: one sentence a line to the end is no paragraph of twelve lines
     ("Its website tells us:\n\n“We saved the art.”\n" + "The writer goes on here.\n" * 11, 23,
      Layout.BLANK_LINE_PARAGRAPHS, "“We saved the art.”"),
     # an embedded post under the colon: its link and signature are the page's credit line
     ("PFF said:\n\nSchobert posted an elite grade. pic.twitter.com/PQqbN5\n— PFF CLE Browns (@PFF_Browns) "
      "November 15, 2019\n\nNext.", 11, Layout.BLANK_LINE_PARAGRAPHS, "Schobert posted an elite grade."),
     ("PFF said:\n\nSchobert posted an elite grade.\n— PFF CLE Browns, our correspondent\n\nNext.", 11,
      Layout.BLANK_LINE_PARAGRAPHS, "Schobert posted an elite grade.\n— PFF CLE Browns, our correspondent"),
     ("He wrote:\n\nWe saved the art.\nWe hid it.\n" + "More of his words.\n" * 7, 11,
      Layout.BLANK_LINE_PARAGRAPHS, "We saved the art.\nWe hid it.\n" + "More of his words.\n" * 6 + "More of his words.")],
)
def test_colon_paragraph_end(text: str, start: int, layout: Layout, expected: str) -> None:
    assert text[start:colon_paragraph_end(text, start, layout)] == expected


def test_paragraphs_from() -> None:
    assert [_WRAPPED[s:e] for s, e in paragraphs_from(_WRAPPED, 0, Layout.BLANK_LINE_PARAGRAPHS)] == [
        "He wrote:", "I have read the document. It departs from\nwhat the Church taught.", "We must speak."]
    assert [_WRAPPED[s:e] for s, e in paragraphs_from(_WRAPPED, 11, Layout.PARAGRAPH_LINES)] == [
        "I have read the document. It departs from", "what the Church taught.", "We must speak."]


_LINES = ("Bishop Warns Against Synod Document\n"
          "The bishop of Tyler has issued a pastoral letter on the synod.\n"
          "He sent the letter to every parish in the diocese on Sunday.\n"
          "In the letter, the bishop wrote:\n"
          "I have read the working document with great concern.\n"
          "It departs from what the Church has always taught about marriage.\n"
          "We must not be silent when the faith is obscured.\n"
          "The letter was read at every Mass in the diocese.\n"
          "Other bishops have not yet responded to the letter.\n"
          "The synod opens in Rome next month.")


def _block(nlp, text: str, cue: str) -> list[str]:  # noqa: ANN001
    """The contents of the attribution with ``cue`` and of every cue-less one after it, in order."""
    found = rows(nlp, text)
    at = next(i for i, r in enumerate(found) if r[1] == cue)
    out = [found[at][2]]
    for r in found[at + 1:]:
        if r[1] is not None:
            break
        out.append(r[2])
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param(
            "In a statement, the company said:\n\n"
            "We regret the error and have contacted every customer affected.\n\n"
            "We are reviewing our procedures so that this does not happen again.\n\n"
            "Shares fell 3 percent on the news.",
            "said",
            ["We regret the error and have contacted every customer affected",
             "We are reviewing our procedures so that this does not happen again"], id="statement"),
        pytest.param(
            "The senator spoke for an hour on Tuesday. In his opening statement he will say:\n\n"
            "I have served this state for thirty years, and I have never seen a budget this reckless.\n\n"
            "My colleagues know it, and our voters know it too.\n\n"
            "Nobody in this chamber should vote for it.\n\n"
            "The hearing begins at 10 a.m.",
            "will say",
            ["I have served this state for thirty years, and I have never seen a budget this reckless",
             "My colleagues know it, and our voters know it too"], id="speech-then-third-person"),
        pytest.param(
            "Bishop Warns Against Synod Document\n\n"
            "The bishop of Tyler has issued a pastoral letter on the synod. He sent the\n"
            "letter to every parish in the diocese on Sunday.\n\n"
            "In the letter, the bishop wrote:\n\n"
            "I have read the working document with great concern. It departs from what\n"
            "the Church has always taught about marriage.\n\n"
            "We must not be silent when the faith is obscured.\n\n"
            "The letter was read at every Mass in the diocese. Other bishops have not yet\n"
            "responded to the letter.",
            "wrote",
            ["I have read the working document with great concern. It departs from what\n"
             "the Church has always taught about marriage",
             "We must not be silent when the faith is obscured"], id="blank-line-paragraphs"),
        pytest.param(
            _LINES, "wrote",
            ["I have read the working document with great concern",
             "It departs from what the Church has always taught about marriage",
             "We must not be silent when the faith is obscured"], id="sentence-lines"),
        pytest.param(
            "Scientists were stunned by the find. John Sexton explains the importance of this discovery:\n\n"
            "We have never seen soft tissue preserved in a fossil of this age.\n\n"
            "We will publish the full study in the spring.\n\n"
            "The fossil goes on display next year.",
            "explains",
            ["We have never seen soft tissue preserved in a fossil of this age",
             "We will publish the full study in the spring"], id="object-before-colon"),
        # negatives: the writer's "I" after a block in "we"; the speaker named; another speaker's cue; a first
        # paragraph in the third person (maybe the writer's summary): the first paragraph alone
        pytest.param(
            "Trump tweeted on Sunday:\n\n"
            "We will build the wall and Mexico will pay for it!\n\n"
            "I doubt that very much, and so do my readers.",
            "tweeted", ["We will build the wall and Mexico will pay for it!"], id="writer-i-after-we"),
        pytest.param(
            "The president tweeted on Friday:\n\n"
            "I will meet the chairman next month in Singapore.\n\n"
            "I will believe it when I see it, and so will my readers.",
            "tweeted", ["I will meet the chairman next month in Singapore"], id="one-tweet"),
        pytest.param(
            "Jones wrote on Facebook:\n\n"
            "I am stepping down as chair. It has been an honour.\n\n"
            "Jones has told us he will stay on the board, and we believe him.",
            "wrote", ["I am stepping down as chair. It has been an honour"], id="speaker-named"),
        pytest.param(
            "The minister said:\n\n"
            "We will not raise taxes this year.\n\n"
            "Our opponents, the leader of the opposition said, want to raise them.",
            "said", ["We will not raise taxes this year"], id="another-cue"),
        pytest.param(
            "Professor Hale explained the discovery:\n\n"
            "The bones are older than any found in the region before.\n\n"
            "We think they belong to a new species.",
            "explained", ["The bones are older than any found in the region before"], id="third-person-first"),
        pytest.param(
            "The union said:\n\n"
            "We will strike on Monday unless the company improves its offer.\n\n"
            "Will we be paid for the days we lose?\n\n"
            "We will ask our members to vote on it.",
            "said", ["We will strike on Monday unless the company improves its offer"], id="question-ends"),
        pytest.param(
            "The party said in a statement:\n\n"
            "We will contest every seat in the next election.\n\n"
            "Related stories\n\n"
            "We will win back our majority in the north.",
            "said in a statement", ["We will contest every seat in the next election"], id="heading-ends"),
    ],
)
def test_colon_block(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert _block(nlp, text, cue) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # the object names what the paragraph after the colon says: the paragraph is the content
        ("John Sexton explains the importance of this discovery:\n\nWe have never seen bones this old before.",
         [("John Sexton", "explains", "We have never seen bones this old before")]),
        # ... or in the second person, a writer addressing the reader (audit 24, 764609985: Sexton's passage)
        ("At HotAir.com John Sexton explains the importance of this discovery:\n\nIn the FBI memo, you can already "
         "see the genesis of the distinction the FBI would rely on.",
         [("John Sexton", "explains", "In the FBI memo, you can already see the genesis of the distinction the FBI would rely on")]),
        # negatives: the words after the colon on its own line are no paragraph after a frame; an object that
        # stops short of the colon; a paragraph after it in the third person (the writer's, a video left out)
        ("CNN also noted the relatively sparse attendance:\n\nEven right-leaning journalist Byron York took a moment "
         "to point out the lack of a crowd at the event.",
         []),  # (the bare object is left out as before: no block, no wrong speaker for York's sentence)
        ("The report explains the importance of this discovery: it is the oldest fossil in the state.",
         [("The report", "explains", "the importance of this discovery")]),
        # a document's title over its text after "reads as follows:": the text is what it reads (audit 25, 712382330)
        ("Cardinal Parolin's rescript on the papal documents reads as follows:\nRescript \"from an Audience with His "
         "Holiness\"\nThe Supreme Pontiff decreed that the two documents be promulgated as authentic Magisterium.\n"
         "From the Vatican Palace, on the day of June 5 in the year 2017\n",
         [("Cardinal Parolin's rescript on the papal documents", "reads", "The Supreme Pontiff decreed that the two "
           "documents be promulgated as authentic Magisterium")]),
    ],
)
def test_object_before_colon(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert rows(nlp, text) == expected
