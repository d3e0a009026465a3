"""Datelines (``sayso.nlp.extract.datelines``): the story's place and wire opening a line, on real parses."""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, token_of, with_cue
from sayso.nlp.extract.dashes import with_em_dashes
from sayso.nlp.extract.datelines import dateline_dash, line_dateline, wire_dateline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "line, label",
    [
        ("WASHINGTON -- President Obama said Tuesday that the deal was done.", "WASHINGTON"),
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China.", "HANOI, Vietnam (AP)"),
        ("LONDON (Reuters) — Prime Minister Theresa May said on Friday that talks would go on.", "LONDON (Reuters)"),
        ("New York, NY – Local newsrooms lost a quarter of their staff.", "New York, NY"),
        # no dateline: a clause before the dash, a hyphen inside parentheses or a word
        ("Prices rose – a lot – in May.", None),
        ("Rep. Trey Gowdy (R-S.C.) said the panel would vote.", None),
        ("The GOP-led House voted on Friday.", None),
        ("Georgia, a nurse from Ohio -- said she had not been paid.", None),
        # a dateline with its date ends at a colon (audit 64: "DUBAI, SEPTEMBER 23:  The world economic leaders ...")
        ("DUBAI, SEPTEMBER 23:  The world economic leaders said the revival was fragile.", "DUBAI, SEPTEMBER 23"),
        ("LONDON, Oct. 5: Prime Minister Theresa May said the talks would go on.", "LONDON, Oct. 5"),
        # no date before the colon: a speaker's turn or a label, no dateline
        ("TRUMP: We will win.", None),
        ("Editor's note: The story was updated on Friday.", None),
        ("The results, May 5: turnout was low.", None),
    ],
)
def test_dateline_dash(nlp, line: str, label: str | None) -> None:  # noqa: ANN001
    doc = nlp(line)
    dash = dateline_dash(doc[:])
    assert (doc[:dash.i].text if dash is not None else None) == label


@pytest.mark.parametrize(
    "line, wire",
    [
        ("WASHINGTON -- President Obama said Tuesday that the deal was done.", True),
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China.", True),
        ("LONDON (Reuters) — Prime Minister Theresa May said on Friday that talks would go on.", True),
        # a city and its state in title case, set off by a comma
        ("Dallas, TX — The Dallas Police on Thursday announced the findings of a search warrant.", True),
        ("Austin, Texas -- Governor Greg Abbott said Monday that the state would appeal.", True),
        ("Denver, CO – City officials said Friday that the shelter would close.", True),
        # a person, a title or a name before the dash is no place
        ("FBI Director James Comey — a lifelong Republican — said Tuesday that no charges are appropriate.", False),
        ("Kall -- co-editor of a book on the campaign -- said the debates had been unfair.", False),
        ("Lindqvist, Park -- the two founders -- said the sale was off.", False),
        ("Dallas Police Chief Renee Hall — a veteran officer — said the review was complete.", False),
        # before a broadcaster, a person's full name is the one on air, a place the dateline; before a wire, a place
        ("Dana Osei (CNN) — The debate was the worst of the campaign.", False),
        ("Jake Hart (Bloomberg) — Tech stocks are overvalued.", False),
        # places named after people, which the recogniser tags PERSON, stay datelines: a given name first is the
        # sign of a person, a family name none ("Van Osei": the pronoun stays unresolved, no place speaks)
        ("Fort Myers (CNN) — The mayor said on Monday that the bridge would reopen.", True),
        ("Saint Paul (CNN) — The mayor said on Monday that the bridge would reopen.", True),
        ("Port Arthur (CNN) — The mayor said on Monday that the bridge would reopen.", True),
        ("Ciudad Juarez (CNN) — The mayor said on Monday that the bridge would reopen.", True),
        ("Van Osei (CNN) — The debate was the worst of the campaign.", True),
        ("Buenos Aires (CNN) — The president said on Monday that talks would go on.", True),
        ("Port Elizabeth (CNN) — The mayor said on Monday that the port would reopen.", True),
        ("Washington (CNN) — The senator said on Tuesday that the bill would pass.", True),
        ("Alice Springs (AAP) - Police said on Tuesday that the road would stay closed.", True),
        ("Port Elizabeth (AFP) - The minister said on Tuesday that the budget would pass.", True),
    ],
)
def test_wire_dateline(nlp, line: str, wire: bool) -> None:  # noqa: ANN001
    doc = nlp(line)
    dash = dateline_dash(doc[:])
    assert dash is not None and wire_dateline(doc[:dash.i]) is wire


def test_line_dateline_looks_back_no_further_than_a_dateline(nlp) -> None:  # noqa: ANN001
    doc = nlp("Esper accuses China\nHANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China. "
              + "He spoke for an hour and the crowd listened. " * 30)
    hanoi = token_of(doc, "HANOI")
    assert line_dateline(hanoi) is not None and line_dateline(hanoi)[1].text == "—"
    assert line_dateline(doc[-3]) is None  # far from its line's start: no dateline, and no walk back to it
    assert line_dateline(doc[0]) is None  # the headline has no dash


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WASHINGTON ― Sen. Bernie Sanders said", "WASHINGTON — Sen. Bernie Sanders said"),
        ("Dallas, TX ― Police said", "Dallas, TX — Police said"),
        # no horizontal bar: the text as it is
        ("WASHINGTON — Sen. Bernie Sanders said", "WASHINGTON — Sen. Bernie Sanders said"),
        ("The GOP-led House voted – again.", "The GOP-led House voted – again."),
    ],
)
def test_with_em_dashes(text: str, expected: str) -> None:
    out = with_em_dashes(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize(
    "text, source, content",
    [
        # HuffPost's horizontal bar after the dateline: a dateline as an em dash is, out of the content and the source
        ("WASHINGTON ― The plan would fail, Sen. Bernie Sanders said on Tuesday.", "Sen. Bernie Sanders",
         "The plan would fail"),
        ("Dallas, TX ― The suspect had fled, police said on Tuesday.", "police", "The suspect had fled"),
        # negative: no dateline, the clause before the bar is what was said
        ("The plan would fail ― and fail badly, Sen. Bernie Sanders said on Tuesday.", "Sen. Bernie Sanders",
         "The plan would fail ― and fail badly"),
    ],
)
def test_horizontal_bar_dateline(nlp, text: str, source: str, content: str) -> None:  # noqa: ANN001
    found = with_cue(analysis(nlp, text), "said")
    assert found and found[0].source_span is not None, found
    assert (found[0].source_span.text, found[0].content.text.strip(TRIM)) == (source, content)


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # audit 64: the parse read the dateline as the subject of "agreed" and the speakers as its apposition, with
        # the first conjunct as their clause; the speakers are the subject noun phrase
        ("DUBAI, SEPTEMBER 23:  The world economic leaders hailed on Tuesday signs of a global revival but agreed it "
         "had to be handled with care.", "agreed", "The world economic leaders"),
        ("LONDON, Oct. 5: Prime Minister Theresa May said the talks would go on.", "said", "Prime Minister Theresa May"),
        # negative: no dateline, the subject as it is
        ("The world economic leaders hailed signs of a global revival but agreed it had to be handled with care.",
         "agreed", "The world economic leaders"),
    ],
)
def test_colon_dateline_is_no_source(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    found = with_cue(analysis(nlp, text), cue)
    assert found and found[0].source_span is not None, found
    assert found[0].source_span.text == source


@pytest.mark.parametrize(
    "text, name",
    [
        # the speakers the parse set beside a colon dateline are no apposition of the place (audit 64)
        ("DUBAI, SEPTEMBER 23:  The world economic leaders hailed on Tuesday signs of a global revival but agreed it "
         "had to be handled with care.", "The world economic leaders"),
        # negative: a dash dateline's named speaker keeps the name
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of bullying.",
         "Mark Esper"),
    ],
)
def test_dateline_names_no_source(text: str, name: str) -> None:
    import sayso

    report = sayso.analyze(text, techniques=False, claims=False)
    assert [s.name for s in report.sources] == [name]
