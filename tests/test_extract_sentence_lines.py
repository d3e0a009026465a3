"""Text with one sentence per line and blank lines between paragraphs (wire and archive copy).

A line break inside a paragraph is no paragraph's end: a quotation goes on across it, and a
quotation line after a cued quotation continues its speaker.
"""

from __future__ import annotations

import pytest

import sayso
from _cues import speaker

pytestmark = pytest.mark.slow

TEXT = (
    "Couple say police were slow\n\n"
    "The couple spoke to reporters on Monday.\n\n"
    '"They were dragging their feet.\nThey were taking too long," said Tanya Badger.\n\n'
    "The sheriff said the search would resume on Tuesday.\n"
    '"We will find them," he said.\n'
    '"We have every deputy on it.\nNobody rests until then."\n'
)


def _contents(text: str) -> list[tuple[str, str | None, str]]:
    report = sayso.analyze(text, techniques=False, claims=False)
    return [(a.kind, speaker(report, a), text[a.content.start:a.content.end])
            for a in report.attributions]


def test_a_quotation_spans_the_lines_of_its_paragraph(nlp) -> None:
    found = _contents(TEXT)
    assert ("direct", "Tanya Badger", '"They were dragging their feet.\nThey were taking too long,"') in found


def test_a_quotation_line_after_a_cued_one_continues_its_speaker(nlp) -> None:
    found = _contents(TEXT)
    assert ("direct", "The sheriff", '"We have every deputy on it.\nNobody rests until then."') in found


def test_html_layout_keeps_a_line_a_paragraph(nlp) -> None:
    # a paragraph per line: the open quotation ends with its line, the next line is the writer's
    text = 'Couple say police were slow\nThe sheriff said "the search is over.\nThe town mourns," the paper wrote.\n'
    assert all("The town mourns" not in content for _, _, content in _contents(text) if "the search" in content)
