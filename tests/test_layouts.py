"""text_layout: one pure classifier of a text's paragraph layout, no model needed."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.layouts import Layout, sentence_break_inside, text_layout

# one sentence a line, no blank lines (PTC): eight lines of words, none with a sentence break inside
_SENTENCES = ("The verdict came on Thursday after a long trial.\nThe jury deliberated for three full days.\n"
              "The defendant showed no emotion in court.\nHis lawyers said they would appeal the ruling.\n"
              "Prosecutors declined to comment on the outcome.\nThe judge set sentencing for next month.\n"
              "Relatives of the victim wept outside the courthouse.\nThe city has braced for protests.\n")
# one sentence a line, paragraphs between blank lines (wire and archive text)
_WIRE = "Headline\n\nThe couple spoke on Monday.\nThey were angry.\n\nx\n\nThe sheriff declined to comment.\n"
_PARAGRAPH = "The council met on Monday night. It voted to close the pool.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(_WIRE, Layout.BLANK_LINE_PARAGRAPHS, id="wire-blank-lines"),
        pytest.param("First line of a paragraph that\nwraps on.\n\nSecond one\nwraps too.\n\nThird\nas well.",
                     Layout.BLANK_LINE_PARAGRAPHS, id="hard-wrapped-mail"),
        # blank-line paragraphs win over sentence lines: their lines are sentences too
        pytest.param(_SENTENCES.replace("days.\n", "days.\n\n").replace("court.\n", "court.\n\n"),
                     Layout.BLANK_LINE_PARAGRAPHS, id="sentences-in-blank-line-paragraphs"),
        pytest.param(_SENTENCES, Layout.SENTENCE_LINES, id="sentence-per-line"),
        pytest.param("Headline\n" + _SENTENCES, Layout.SENTENCE_LINES, id="sentence-per-line-headline"),
        # a title's period ends no sentence: "Rep. Davis" lines are still one sentence each
        pytest.param(_SENTENCES.replace("The jury", "Rep. Danny Davis said the jury").replace("The judge", "Ms. Ardern")
                     .replace("The city", "Sen. Graham said St. Louis"), Layout.SENTENCE_LINES, id="titles"),
        # negatives: a paragraph per line (the HTML layout)
        pytest.param(_PARAGRAPH * 10, Layout.PARAGRAPH_LINES, id="neg-paragraphs"),
        pytest.param("Headline\nFirst paragraph.\nSecond paragraph.\nThird.", Layout.PARAGRAPH_LINES,
                     id="neg-html-short"),
        pytest.param("One line.\nTwo lines here.", Layout.PARAGRAPH_LINES, id="neg-too-short"),
        pytest.param("First paragraph.\n\nSecond paragraph.\n\nThird.", Layout.PARAGRAPH_LINES,
                     id="neg-no-break-inside-a-paragraph"),
        pytest.param("Headline\n\nFirst paragraph.\nSecond.\nThird.\nFourth.", Layout.PARAGRAPH_LINES,
                     id="neg-one-blank-line-after-a-headline"),
        # more than a tenth of the lines hold two sentences: paragraphs, not sentences
        pytest.param(_SENTENCES.replace("The defendant", "“We will appeal.” The defendant")
                     .replace("Prosecutors", "“No comment.” Prosecutors"), Layout.SENTENCE_LINES, id="quote-close-lines"),
        pytest.param(_SENTENCES + _PARAGRAPH * 2, Layout.PARAGRAPH_LINES, id="neg-two-sentence-lines"),
        pytest.param("", Layout.PARAGRAPH_LINES, id="neg-empty"),
    ],
)
def test_text_layout(text: str, expected: Layout) -> None:
    assert text_layout(text) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("The vote failed. Then the council adjourned.", True),
        ("He asked why? Nobody answered.", True),
        ('We won. "He then left the stage," she said.', True),
        # a stop inside a quotation's close: sentence splitters leave the next sentence on its line
        ('"We won." He then left the stage.', False),
        ("It called the vote “a farce.” The count went on.", False),
        ("It rose 4.5 percent in 2017. Analysts expected more.", True),
        ("Rep. Danny Davis met Mr. Farrakhan in St. Louis.", False),
        ("Ms. Ardern and Dr. Bloomfield spoke on Monday.", False),
        ("The U.S. Army said so.", False),  # a capital before the period: an initialism
        ("Prices rose 4.5 percent.", False),
        ("A single sentence with no break", False),
    ],
)
def test_sentence_break_inside(line: str, expected: bool) -> None:
    assert sentence_break_inside(line) is expected
