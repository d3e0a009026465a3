"""lead_quotes: quotation lines before the quotation that carries their cue (pure, no model)."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.found import Found
from sayso.nlp.extract.layouts import Layout
from sayso.nlp.extract.lead_quotes import quotes_before_cue
from sayso.nlp.extract.quotes import find_quotes

# one sentence a line, no blank lines (PTC)
_NARRATION = ("The verdict came on Thursday after a long trial.\nThe jury deliberated for three full days.\n"
              "The defendant showed no emotion in court.\nHis lawyers said they would appeal the ruling.\n")
_AFTER = ("\nProsecutors declined to comment on the outcome.\nThe judge set sentencing for next month.\n"
          "Relatives of the victim wept outside the courthouse.\nThe city has braced for protests.\n")
_CUED = "“I have never seen anything like it,” said the witness."


def _at(text: str, phrase: str) -> tuple[int, int]:
    i = text.rindex(phrase)
    return i, i + len(phrase)


def _cued(text: str, content: str = "“I have never seen anything like it,”", cue: str = "said",
          source: str | None = "the witness", kind: str = "direct") -> Found:
    return Found(kind=kind, content=_at(text, content), cue=_at(text, cue), source=_at(text, source) if source else None,
                 source_head=None, addressee=None, addressee_head=None, score=0.9, cue_head=0, medium="speech")


def _contents(text: str, found: list[Found]) -> list[list[str]]:
    return [[text[s:e] for s, e in (f.parts or (f.content,))] for f in found]


@pytest.mark.parametrize(
    "lines, expected",
    [
        pytest.param("“There was blood everywhere.”\n" + _CUED,
                     [["“There was blood everywhere.”", "“I have never seen anything like it,”"]], id="one-line"),
        pytest.param("“There was blood.”\n“People ran.\nThey screamed.”\n" + _CUED,
                     [["“There was blood.”", "“People ran.\nThey screamed.”", "“I have never seen anything like it,”"]],
                     id="two-quotes-one-over-lines"),
        pytest.param('"There was blood everywhere."\n"I have never seen anything like it," said the witness.',
                     [['"There was blood everywhere."', '"I have never seen anything like it,"']], id="straight-marks"),
        # negatives: narration on the line before; words after the earlier quotation; a quoted heading
        pytest.param("The scene was chaotic.\n" + _CUED, [["“I have never seen anything like it,”"]], id="neg-narration"),
        pytest.param("“There was blood,” a nurse recalled.\n" + _CUED,
                     [["“I have never seen anything like it,”"]], id="neg-another-cue-on-the-line"),
        pytest.param("“A night of terror”\n" + _CUED, [["“I have never seen anything like it,”"]], id="neg-heading"),
    ],
)
def test_quotes_before_cue(lines: str, expected: list[list[str]]) -> None:
    text = _NARRATION + lines + _AFTER
    content = "“I have never seen anything like it,”" if "“I have" in lines else '"I have never seen anything like it,"'
    out = quotes_before_cue([_cued(text, content)], find_quotes(text))
    assert _contents(text, out) == expected
    assert out[0].cue == _at(text, "said") and out[0].kind == "direct"


def test_a_line_someone_already_said_stops_the_run() -> None:
    """'“A,” X said.' '“B.”' (X's, a continuation) '“C,” Y said.': B stays X's, and so does A."""
    text = _NARRATION + "“There was blood.”\n“People ran.”\n" + _CUED + _AFTER
    other = Found(kind="direct", content=_at(text, "“There was blood.”"), cue=(0, 0), source=None, source_head=None,
                  addressee=None, addressee_head=None, score=0.9, cue_head=0, continues=(3, 4))
    out = quotes_before_cue([other, _cued(text)], find_quotes(text))
    assert _contents(text, out) == [["“There was blood.”"], ["“People ran.”", "“I have never seen anything like it,”"]]


_ALONE = [["“I have never seen anything like it,”"]]
_JOINED = [["“There was blood everywhere.”", "“I have never seen anything like it,”"]]


@pytest.mark.parametrize(
    "text, layout, expected",
    [
        # a paragraph per line (HTML): a quotation paragraph of its own is the previous speaker's, if anyone's
        pytest.param("The council met.\n“There was blood everywhere.”\n" + _CUED, Layout.PARAGRAPH_LINES, _ALONE,
                     id="neg-paragraph-lines"),
        # a blank line between them: a new paragraph
        pytest.param("Headline\n\nThe council met.\nIt voted.\nIt adjourned.\n\n“There was blood everywhere.”\n\n"
                     + _CUED + "\nHe left.\nShe stayed.\nThey wept.\n\nEnd.", Layout.BLANK_LINE_PARAGRAPHS, _ALONE,
                     id="neg-blank-line"),
        # within a blank-line paragraph lines are not paragraphs: the run goes on
        pytest.param("Headline\n\nThe council met.\nIt voted.\nIt adjourned.\n\n“There was blood everywhere.”\n"
                     + _CUED + "\nHe left.\nShe stayed.\nThey wept.\n\nEnd.", Layout.BLANK_LINE_PARAGRAPHS, _JOINED,
                     id="blank-line-paragraph"),
    ],
)
def test_lines_that_are_paragraphs_stay_apart(text: str, layout: Layout, expected: list[list[str]]) -> None:
    quotes = find_quotes(text)
    assert quotes.layout is layout
    assert _contents(text, quotes_before_cue([_cued(text)], quotes)) == expected


@pytest.mark.parametrize(
    "content, cue, source, kind",
    [
        ("“I have never seen anything like it,”", "said", None, "direct"),  # nobody named
        ("witness", "said", "the witness", "indirect"),  # not a quotation
    ],
)
def test_only_a_cued_quotation_takes_lines(content: str, cue: str, source: str | None, kind: str) -> None:
    text = _NARRATION + "“There was blood everywhere.”\n" + _CUED + _AFTER
    f = _cued(text, content, cue, source, kind)
    assert quotes_before_cue([f], find_quotes(text)) == [f]


def test_cue_before_the_quotation_takes_nothing() -> None:
    """'“A.”' then 'The witness said: “B.”': the quotation does not open its line, the cue comes first."""
    text = _NARRATION + "“There was blood everywhere.”\nThe witness said: “I have never seen anything like it.”" + _AFTER
    f = _cued(text, "“I have never seen anything like it.”", "said", "The witness")
    assert quotes_before_cue([f], find_quotes(text)) == [f]
