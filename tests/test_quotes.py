"""find_quotes: a pure function of the string, so these tests need no model."""

from __future__ import annotations

import pytest

from sayso.nlp.extract.quotes import Quote, final_mark, find_quotes


def inners(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


def well_formed(text: str, quotes: list[Quote]) -> None:
    """Offsets in range, marks outside the inner span, quotes in order and never overlapping."""
    last_end = 0
    for q in quotes:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text), q
        assert q.start >= last_end, f"quotes overlap or are out of order: {quotes}"
        last_end = q.end


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight marks
        ('He said "hello" today.', ["hello"]),
        ('"We will respond," the minister said.', ["We will respond,"]),
        ('"One" and "two"', ["One", "two"]),
        # curly marks
        ("“We will respond,” the minister said.", ["We will respond,"]),
        ("“hello” and “world”", ["hello", "world"]),
        ("The minister said: “We will respond.”", ["We will respond."]),
        # a quote split by its cue is two quotations (the extractor joins them)
        ("“A,” he said, “B.”", ["A,", "B."]),
        ('"We were invited," he said, "and then we were turned away."',
         ["We were invited,", "and then we were turned away."]),
        # guillemets and low-high German marks
        ("«Bonjour», dit-il.", ["Bonjour"]),
        ("« Bonjour », dit-il.", [" Bonjour "]),
        ("„Guten Tag“, sagte er.", ["Guten Tag"]),
        # typewriter pairs of wire copy
        ("``Hello,'' he said.", ["Hello,"]),
        # the double mark typed as two curly single ones (AP copy as some newspaper systems set it)
        ("A man could be heard yelling, ‘‘We have shots fired.’’ Then silence.", ["We have shots fired."]),
        ("‘‘We have two officers down,’’ an officer told a dispatcher.", ["We have two officers down,"]),
        ("It was ‘‘all quiet right now,’’ he said, and ‘‘nothing moved.’’", ["all quiet right now,", "nothing moved."]),
        # negatives: a nested single quotation opening a double one, and a lone pair of curly apostrophes
        ("“‘Go home,’ they told us,” she said.", ["‘Go home,’ they told us,"]),
        ("The players’ ‘‘ mark stood alone.", []),
        # single quotes inside double ones stay inside
        ("“He said ‘no’ twice,” she said.", ["He said ‘no’ twice,"]),
        # a nested single-quoted passage closing the quotation, set off by a space (wire style): the mark closes
        ('"You shake his hand and say, \'Well done,\' " said Russell. "It is hard."',
         ["You shake his hand and say, 'Well done,' ", "It is hard."]),
        ('"Someone says, \'We have to keep it alive.\' " she said.', ["Someone says, 'We have to keep it alive.' "]),
        ('"They treat it like, ’Oh, this is important,’ " Magel said.', ["They treat it like, ’Oh, this is important,’ "]),
        # negative: with no quotation open, a mark after a single-quoted title opens one
        ('He sang \'Hello.\' "Goodbye" came next.', ["Goodbye"]),
        # non-breaking spaces and ellipses do not end a quote
        ("“We waited\xa0… and waited,” he said.", ["We waited\xa0… and waited,"]),
    ],
)
def test_quotes_found(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)
    assert inners(text) == expected
    assert all(q.closed for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "No quotes here.",
        "The report was long.",
        # apostrophes are not quotes
        "It's Antonov's view, isn't it?",
        "Antonov’s view, isn’t it?",
        "the ’90s and rock ’n’ roll",
        "'Single quotes' are left alone: they are apostrophes far more often.",
        "The protesters’ banners read ‘No war’ in red.",
        # inch marks and stray marks
        'He is 6\'2" tall.',
        'a " b',
        '"""',
        "“”",
    ],
)
def test_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, expected, paragraphs",
    [
        # an opening mark left open at a paragraph's end continues in the next paragraph
        ("“First paragraph.\n\n“Second paragraph,” he said.",
         "First paragraph.\n\n“Second paragraph,", 2),
        ("“For a week now we have heard the same story.\n\n"
         "“Nobody has visited the site.\n\n"
         "“We call on our colleagues to stop,” the statement said.",
         "For a week now we have heard the same story.\n\n“Nobody has visited the site.\n\n"
         "“We call on our colleagues to stop,", 3),
        ('"First paragraph.\n\n"Second paragraph," he said.',
         'First paragraph.\n\n"Second paragraph,', 2),
    ],
)
def test_paragraph_continuation(text: str, expected: str, paragraphs: int) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.inner_start:q.inner_end] == expected
    assert q.paragraphs == paragraphs
    assert q.closed


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closed quote does not continue into the next paragraph
        ("“One,” he said.\n\n“Two,” she said.", ["One,", "Two,"]),
        # an open quote whose next paragraph opens without a mark stops at its paragraph
        ("“Open paragraph\n\nNext paragraph without a mark.", ["Open paragraph"]),
    ],
)
def test_paragraph_continuation_negative(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)
    assert inners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'He said "hello.',
        "He said “hello.",
        "“One” “two",
        '"a" "b" "c',
        "“unclosed\n“also unclosed\nend",
        "”backwards“ marks",
        "»reversed« and «unclosed",
        '" " " " "',
        "“",
        '"',
        "''",
        "``",
        "“\n\n“\n\n“",
        "“" * 101,
        '"' * 101,
    ],
)
def test_odd_marks_never_raise(text: str) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "hello.', "hello."),
        ("He said “hello.\n\nNext paragraph.", "hello."),
    ],
)
def test_unclosed_quote_runs_to_paragraph_end(text: str, expected: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert not q.closed
    assert text[q.inner_start:q.inner_end] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a curly opening closed by a straight mark (copy pasted between systems)
        ('“The market is not ready,” Smith said.', ["The market is not ready,"]),
        ('“The market is not ready," Smith said.', ["The market is not ready,"]),
        ('“The bridge must close," said the engineer, “before winter."', ["The bridge must close,", "before winter."]),
        ('„Wir warten," sagte er.', ["Wir warten,"]),
        # ... across paragraphs, the news convention of no closing mark before the next
        ('“We waited a year.\n\n"Then we sued," she said.', ['We waited a year.\n\n"Then we sued,']),
        # a straight close ends the quote before the next curly opening
        ('“One," he said. “Two,” she said.', ["One,", "Two,"]),
        # ... or before a straight opening left unpaired (the marks mixed within one quote)
        ('“We will win," he said, "and we will not stop.”', ["We will win,", "and we will not stop."]),
        ('“It was late," she said. "Too late.”', ["It was late,", "Too late."]),
        # a close typed as two apostrophes, curly or straight
        ('“We will win,’’ says Early. He left.', ["We will win,"]),
        ("“We will win,'' says Early.", ["We will win,"]),
        ('"We will win,’’ Early said.', ["We will win,"]),
        ("\"We will win,'' Early said.", ["We will win,"]),
        # ... the close of a nested single quotation before it (blind audit 26: the quote ran two paragraphs on)
        ("a pope who \"breaks traditions, because he is 'free from attachments'?''\n\nYou don't say!\n\nAll this "
         "and a \"trivialized liturgy\" too?", ["breaks traditions, because he is 'free from attachments'?",
                                             "trivialized liturgy"]),
    ],
)
def test_mismatched_marks(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)
    assert inners(text) == expected
    assert all(q.closed for q in quotes)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a straight pair nested in a curly quote does not end it
        ('“He said "no" twice,” she said.', ['He said "no" twice,']),
        ('“The sign read "closed" all week,” the owner said.', ['The sign read "closed" all week,']),
        ('“He said "no" and "yes" twice,” she said.', ['He said "no" and "yes" twice,']),
        # a possessive or a nested single quote is not a two-apostrophe close
        ('“It is the players’ choice,” he said.', ["It is the players’ choice,"]),
        ('“I heard ‘go’ twice,” he said.', ["I heard ‘go’ twice,"]),
        # a straight mark before a word opens; it never closes a curly quote
        ('“Open and "unclosed', ['Open and "unclosed']),
    ],
)
def test_mismatched_marks_negative(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    well_formed(text, quotes)
    assert inners(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a straight mark typed with a space after it still opens at a sentence's start
        ('"We are proud of this team," he told Cook. " You guys did everything right."',
         ["We are proud of this team,", " You guys did everything right."]),
        ('" You guys did it," she said.', [" You guys did it,"]),
        ('“We won,” he said. " Then we left."', ["We won,", " Then we left."]),
        # negatives: a mark with a space after it that closes, or one with no close in its paragraph
        ('"We won, " he said.', ['We won, " he said.']),
        ('He said "yes" and left. " Then nothing.', ["yes"]),
        ('He left. " Then nothing.\n\nShe said "no."', ["no."]),
        ('It was big " Really big."', []),
    ],
)
def test_spaced_opening_mark(text: str, expected: list[str]) -> None:
    assert inners(text) == expected
    well_formed(text, list(find_quotes(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“I heard him ask, ‘So he’s going to do it?’” Holmes said.", "?"),
        ("“We will appeal,” he said.", ","),
        ("“They called it ‘theft.’ ” she said.", "."),
        ("“We said ‘no’” and left.", "o"),  # a nested quotation closing a word: no mark
    ],
)
def test_final_mark(text: str, expected: str) -> None:
    assert final_mark(text, find_quotes(text)[0]) == expected


# One sentence per line, paragraphs between blank lines (wire and archive text): a line break is no paragraph's end.
_SENTENCE_LINES = "Headline\n\nThe couple spoke on Monday.\nThey were angry.\n\n{}\n\nThe sheriff declined to comment.\n"


@pytest.mark.parametrize(
    "para, expected",
    [
        ('"They were dragging their feet.\nThey were taking too long," said Tanya Badger.',
         ["They were dragging their feet.\nThey were taking too long,"]),
        ('The sheriff said that "the search\nwill resume on Tuesday."', ["the search\nwill resume on Tuesday."]),
        ('"We will find them," he said.\n"We have every deputy on it.\nNobody rests."',
         ["We will find them,", "We have every deputy on it.\nNobody rests."]),
        ("“A quote that opens.\nAnd goes on.”\n“And a second,” she said.", ["A quote that opens.\nAnd goes on.", "And a second,"]),
    ],
)
def test_quote_goes_on_across_the_line_breaks_of_its_paragraph(para: str, expected: list[str]) -> None:
    assert inners(_SENTENCE_LINES.format(para)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph per line (the HTML layout): the line is the paragraph, an open quote ends with it
        ('He said "the deal is done.\nThe mayor disagreed," she wrote.', ["the deal is done."]),
        # a blank line ends the paragraph whatever the layout; the next one does not open with a mark
        ('A\n\nB\n\nHe said "the deal is done.\nIt is.\n\nThe mayor disagreed," she wrote.\nC',
         ["the deal is done.\nIt is."]),
    ],
)
def test_quote_stops_at_a_paragraph_end(text: str, expected: list[str]) -> None:
    assert inners(text) == expected




# One sentence a line and no blank lines (PTC): eight lines of narration around the quotation.
_ONE_SENTENCE_A_LINE = ("The verdict came on Thursday after a long trial.\nThe jury deliberated for three full days.\n"
                        "The defendant showed no emotion in court.\nHis lawyers said they would appeal the ruling.\n{}\n"
                        "Prosecutors declined to comment on the outcome.\nThe judge set sentencing for next month.\n"
                        "Relatives of the victim wept outside the courthouse.\nThe city has braced for protests.\n")


@pytest.mark.parametrize(
    "para, expected",
    [
        pytest.param('"We will appeal.\nThis is not over," he said.', ["We will appeal.\nThis is not over,"],
                     id="straight"),
        pytest.param("“We will appeal.\nThis is not over,” he said.", ["We will appeal.\nThis is not over,"],
                     id="curly"),
        # a curly opening closed by a straight mark lines later, as within a line
        pytest.param('“We will appeal.\nThis is not over," he said.', ["We will appeal.\nThis is not over,"],
                     id="curly-straight"),
        pytest.param("“Our party has taken a stand.\nFor us, the country is first.\"\n“We will fight,” Orban said.",
                     ["Our party has taken a stand.\nFor us, the country is first.", "We will fight,"],
                     id="curly-straight-then-quote"),
        # negatives: a straight mark after a space opens, it does not close; a curly opening first
        pytest.param('“We will appeal.\nHe read "the ruling" aloud.', ["We will appeal.", "the ruling"], id="neg-opens"),
        pytest.param("“We will appeal.\nThe “new” ruling came.", ["We will appeal.", "new"], id="neg-curly-opening"),
        # a close typed as an opening mark, alone on the next line (a sentence splitter set it there): it opens
        # nothing, so it closes; with words after it on its line it opens a quotation of its own
        pytest.param("“If it is wrong for them, why is it right for us?\n“", ["If it is wrong for them, why is it right for us?\n"],
                     id="opening-mark-alone-closes"),
        pytest.param("“If it is wrong for them, why is it right for us?\nHe left. “We will see,” he said.",
                     ["If it is wrong for them, why is it right for us?", "We will see,"], id="neg-opening-mark-with-words"),
    ],
)
def test_quote_over_sentence_lines_closes_with_its_fallback_mark(para: str, expected: list[str]) -> None:
    assert inners(_ONE_SENTENCE_A_LINE.format(para)) == expected


@pytest.mark.parametrize(
    "para, expected",
    [
        # a long quotation set one sentence a line: each paragraph opens a mark, only the last closes, and a
        # paragraph's later sentences carry no mark
        pytest.param("“We will appeal.\nThis is not over.\n“We will win,” he said.",
                     ["We will appeal.\nThis is not over.\n“We will win,"], id="reopened-after-a-line"),
        pytest.param("“We will appeal.\nThis is not over.\nThe ruling was wrong.\n“We will win.\nWe always do.”",
                     ["We will appeal.\nThis is not over.\nThe ruling was wrong.\n“We will win.\nWe always do."],
                     id="reopened-after-two-lines"),
        # negatives: a mark on a line between (a quotation of its own), and a close first (already handled)
        pytest.param("“We will appeal.\nHe read “the ruling” aloud.\n“We will win,” he said.",
                     ["We will appeal.", "the ruling", "We will win,"], id="neg-mark-between"),
        pytest.param("“We will appeal.\nThis is not over,” he said.\n“We will win,” she said.",
                     ["We will appeal.\nThis is not over,", "We will win,"], id="neg-closed-first"),
    ],
)
def test_quote_reopened_as_a_new_paragraph_over_sentence_lines(para: str, expected: list[str]) -> None:
    assert inners(_ONE_SENTENCE_A_LINE.format(para)) == expected
