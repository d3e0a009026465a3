"""How a plain text lays out its paragraphs: one pure classifier of the whole string.

Plain text comes in three layouts, and where a paragraph ends (so where an open quotation
stops, and whether a line break ends a sentence) depends on which:

- ``PARAGRAPH_LINES``: a paragraph per line, several sentences on most lines (what sayso
  extracts from HTML, PolNeAR). A line break ends the paragraph.
- ``BLANK_LINE_PARAGRAPHS``: paragraphs separated by blank lines, with lines broken inside
  them (wire and archive text set one sentence a line, hard-wrapped mail). Only a blank
  line ends a paragraph; a single line break may fall inside a sentence.
- ``SENTENCE_LINES``: one sentence a line and no blank lines between paragraphs (sentence-
  split corpora such as PTC, text copied from apps). Paragraphs cannot be seen; a quotation
  of several sentences is broken over lines with no mark at their starts.
"""

from __future__ import annotations

import re
from enum import Enum


class Layout(Enum):
    PARAGRAPH_LINES = "paragraph-lines"
    BLANK_LINE_PARAGRAPHS = "blank-line-paragraphs"
    SENTENCE_LINES = "sentence-lines"


BLANK_LINE = re.compile(r"\n[ \t\r\xa0]*\n")
# a sentence's end and the next one's start; group 1 the word before the stop, group 2 a closing mark after it
_SENTENCE_INSIDE = re.compile(r"([A-Za-z]*[a-z0-9)])[.!?]([\"”’]?)\s+[\"“]?[A-Z]")
# Titles whose period is no sentence's end ("Rep. Davis", "Ms. Ardern", "St. Louis"): a text set one
# sentence a line is full of them, and counted as breaks they made a fifth of PTC's articles look like
# a paragraph per line. A syntactic closed class, like boundaries' abbreviations before a number.
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Dr Drs Prof Rep Reps Sen Sens Gov Govs Lt Col Gen Maj Capt Cmdr Adm Sgt Cpl Pvt Det Insp "
    "Supt Rev Fr Msgr Hon Pres Atty Amb Sec St Ste Mt Ft Jr Sr Ave Blvd Rd".split()
)
SENTENCE_LINES_MIN = 8  # lines of text before a layout is judged
SENTENCE_LINES_SHARE = 0.1  # at most this share of lines may hold a sentence break


def text_layout(text: str) -> Layout:
    """The layout of ``text``: blank-line paragraphs first (their lines may be sentences too), then
    one sentence a line, else a paragraph per line."""
    if _blank_line_paragraphs(text):
        return Layout.BLANK_LINE_PARAGRAPHS
    if _sentence_per_line(text):
        return Layout.SENTENCE_LINES
    return Layout.PARAGRAPH_LINES


def _blank_line_paragraphs(text: str) -> bool:
    """Paragraphs separated by blank lines, so that a single line break is not one.

    '"They were dragging their feet.\\nThey were taking too long," said Badger' is then one
    quotation. Two blank lines or more, and more single breaks than blank lines (twice as many
    line breaks as blank lines), make the layout: a headline set apart by one blank line does not.
    """
    blanks = len(BLANK_LINE.findall(text))
    return blanks >= 2 and text.count("\n") > 2 * blanks


def _sentence_per_line(text: str) -> bool:
    """Every sentence on its own line: at least ``SENTENCE_LINES_MIN`` lines of four words or more,
    and a sentence break inside at most ``SENTENCE_LINES_SHARE`` of them (a paragraph per line puts
    several sentences on most lines)."""
    lines = [line for line in text.split("\n") if len(line.split()) >= 4]
    if len(lines) < SENTENCE_LINES_MIN:
        return False
    inside = sum(1 for line in lines if sentence_break_inside(line))
    return inside <= SENTENCE_LINES_SHARE * len(lines)


def sentence_break_inside(line: str) -> bool:
    """Whether ``line`` holds the end of one sentence and the start of another: a full stop, question
    or exclamation mark after a lower-case word or a figure, then a capital.

    A title's period is none, and neither is a stop inside a quotation's close ('...this election.” The
    vote'): sentence splitters (PTC's) leave the next sentence on the quotation's line, while a paragraph
    per line has sentences ending outside quotations on most of its lines anyway.
    """
    return any(m.group(1) not in _TITLES and not m.group(2) for m in _SENTENCE_INSIDE.finditer(line.strip()))
