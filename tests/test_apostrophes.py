"""Apostrophes set as an acute accent, backtick or prime (``sayso.nlp.extract.apostrophes``): read as "'", the
same length, while the report's spans keep the original marks."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, with_cue
from sayso.nlp.extract.apostrophes import with_apostrophes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I´m very proud", "I'm very proud"),
        ("Tuesday´s referendum", "Tuesday's referendum"),
        ("we don`t know", "we don't know"),
        ("it′s over", "it's over"),
        # negative: not between two letters, or no such mark: the text as it is
        ("``Quoted,'' he said", "``Quoted,'' he said"),
        ("the students´ union", "the students´ union"),
        ("a 5′ 10″ guard", "a 5′ 10″ guard"),
        ("café owner José", "café owner José"),
        ("He said ´no´ twice", "He said ´no´ twice"),
        ("It's fine, isn’t it", "It's fine, isn’t it"),
    ],
)
def test_with_apostrophes(text: str, expected: str) -> None:
    out = with_apostrophes(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, content",
    [
        # the quotation is found as it is with "'", and its span keeps the "´" of the text
        ('"I´m very proud of the citizens of this state," Gov. John Baldacci said after votes from Tuesday´s '
         "referendum were counted.", "Gov. John Baldacci", "I´m very proud of the citizens of this state"),
        ('"We don`t need it," the mayor said after the vote.', "the mayor", "We don`t need it"),
        ("Officials said the city′s budget was balanced.", "Officials", "the city′s budget was balanced"),
        # negative: a straight apostrophe reads as it did
        ('"I\'m very proud of the citizens of this state," Gov. John Baldacci said after votes from Tuesday\'s '
         "referendum were counted.", "Gov. John Baldacci", "I'm very proud of the citizens of this state"),
    ],
)
def test_accent_apostrophe_report(nlp, text: str, source: str, content: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    found = with_cue(report, "said")
    assert found and found[0].source_span is not None, found
    a = found[0]
    assert (a.source_span.text, a.content.text.strip(TRIM)) == (source, content)
    assert text[a.content.start:a.content.end] == a.content.text
