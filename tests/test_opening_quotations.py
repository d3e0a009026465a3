"""A paragraph that opens inside a quotation: ``quotes.opening_inside_quotation`` and the kind it gives.

A sentence cut from an article ('the deal is dead," Smith told reporters.'), or a paragraph that carries on the
quotation of the one above without a fresh mark, has a closing mark with no opening one: the words before it are
quoted, and the attribution is direct. Balanced quotations, apostrophes, inch marks and single marks stay as they are.
"""

from __future__ import annotations

import pytest

from _cues import analysis
from sayso.nlp.extract.quotes import find_quotes, opening_inside_quotation


def _inside(text: str, at: str) -> str | None:
    span = opening_inside_quotation(find_quotes(text), text.index(at))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(
    "text, at, expected",
    [
        pytest.param('the merger is off," Jones told the board.', "merger", "the merger is off,", id="comma-close"),
        pytest.param("Nobody will be fired.” the spokeswoman said.", "Nobody", "Nobody will be fired.", id="curly-period"),
        pytest.param('The shop is open.\nWe are not leaving," the owner said.', "We are", "We are not leaving,",
                     id="second-paragraph"),
        pytest.param('Sales rose. Will they last?" she asked.', "Will", "Sales rose. Will they last?", id="question"),
        # negatives: a balanced quotation, a mark after a word, an apostrophe, an inch mark, single marks
        pytest.param('"The merger is off," Jones told the board.', "merger", None, id="neg-balanced"),
        pytest.param('Jones called the merger "dead," and left.', "merger", None, id="neg-opened-later"),
        pytest.param("The teachers' union said the merger is off.", "merger", None, id="neg-apostrophe"),
        pytest.param('The center is 7\'1" tall, the coach said.', "center", None, id="neg-inch-mark"),
        pytest.param("the merger is off,' Jones told the board.", "merger", None, id="neg-single-mark"),
        pytest.param('The board met. Jones left the room", she said.', "board", None, id="neg-no-stop-before-mark"),
        # a quotation over two paragraphs by the news convention: the second reopens with a mark
        pytest.param('"We will fight on.\n"We will never give up," Ross said.', "never", None, id="neg-reopened"),
    ],
)
def test_opening_inside_quotation(text: str, at: str, expected: str | None) -> None:
    assert _inside(text, at) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param('the merger is off for good," Jones told the board on Monday.', "direct", id="cut-sentence"),
        pytest.param('Prices will keep rising through the winter," the central bank governor said.', "direct",
                     id="cut-sentence-said"),
        pytest.param('"Prices will keep rising," the governor said.', "direct", id="neg-balanced-stays"),
        pytest.param("The teachers' union said prices will keep rising.", "indirect", id="neg-apostrophe-indirect"),
        pytest.param('The governor said prices will keep "rising," and left.', "mixed", id="neg-mixed-stays"),
    ],
)
def test_cut_quotation_is_direct(nlp, text: str, kind: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    assert [a.kind for a in report.attributions] == [kind]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cue, kind",
    [
        # a report inside the quoted words is the speaker's, not a quotation of its own source: its kind stays
        pytest.param('Officials told us the road was closed. We turned back," the driver said.', "told", "indirect",
                     id="nested-report-stays"),
        pytest.param('Officials told us the road was closed. We turned back," the driver said.', "said", "direct",
                     id="frame-after-mark-direct"),
    ],
)
def test_report_inside_cut_quotation(nlp, text: str, cue: str, kind: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=0.0)
    assert [a.kind for a in report.attributions if a.cue.text == cue] == [kind]


@pytest.mark.slow
def test_no_new_row_inside_cut_quotation(nlp) -> None:  # noqa: ANN001
    """A nested report the base drops as indirect ("denied wrongdoing": a bare noun) is not let through as direct."""
    text = 'The company has denied wrongdoing. It will appeal the ruling," a spokesman said.'
    report = analysis(nlp, text, min_confidence=0.0)
    assert [(a.cue.text, a.kind) for a in report.attributions] == [("said", "direct")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param('the deal is dead," Smith told reporters.', "direct", id="cut-told"),
    ],
)
def test_cut_told_is_direct(nlp, text: str, kind: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    assert [a.kind for a in report.attributions] == [kind]
