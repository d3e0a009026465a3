"""The article's headline at the top of a plain text: pure functions of the text (issue 12, headlines).

A headline is the outlet's summary of the story, not a report of anyone's saying: "Trump Says Mueller Probe Is A
Witch Hunt" over a body that gives the same saying properly ("President Donald Trump said on Tuesday that ...").
HTML keeps the title out of the body, but plain text (a .txt file, a JSONL record's text, a WARC record turned to
text, text pasted on the command line) opens with it, and the parse reads it as a sentence like any other.

``headline_ranges`` finds, as character ranges of the text:

- the first line, when it reads as a headline (``reads_as_headline``): a short line of at most ``MAX_WORDS`` (in Title Case ``MAX_TITLE_CASE_WORDS``)
  words that opens with a capital, a digit or a quotation mark, with no sentence end, colon, comma or dash at its
  end (a "!" or "?" only in Title Case), neither a dateline's opening ("WASHINGTON (Reuters) - ...") nor a
  quotation with its cue ('"We will fight," Smith said'), nor a transcript's first turn ("SMITH: We will not
  back down" over "JONES: ..."), followed by a blank line, or by a single line break
  when it is in Title Case and ends in a capitalised word (a line of hard-wrapped prose breaks anywhere);
- the first line when it is the Article's own title, whatever its shape;
- a dek (standfirst) right under such a headline: one line, set apart by blank lines, with no sentence end;
- a labelled headline line among the first lines ("Headline: ...", "Title: ...", "Dek: ...");
- any later line that repeats the headline or the title.

Kept: a first line that ends a sentence ("Trump said on Tuesday that he would veto the bill."), which is also how
the PolNeAR corpus writes its titles ("Pence Endorses Paul Ryan With Trump's Blessing.": a period added, and the
title annotated as a statement, so its convention is left alone); a text of one line; a dateline; a line broken in
mid-sentence.
"""

from __future__ import annotations

import re

from sayso.nlp.extract.found import Range
from sayso.nlp.extract.quote_marks import QUOTE_MARKS

MAX_WORDS = 30  # a headline's length: "'Silent Donation': Corporate Emails Reveal Google Executives Tried to ..."
# a Title Case headline may run longer: "New Audio From The Night Of The Las Vegas Massacre Reveals That There Was ...
# In The Bar At The Top Of The Mandalay Bay Hotel During The Attack" (31 words); prose is never in Title Case
MAX_TITLE_CASE_WORDS = 45
DEK_WORDS = (6, 45)  # a dek is a sentence without its period; a shorter line is a byline or a page's furniture
_LABEL_LINES = 12  # a labelled headline stands in the text's header: among its first non-blank lines
_TITLE_CASE_SHARE = 0.8  # of the words of four letters or more, as inverted_cues.title_line counts them

# the line's end, past closing quotation marks and brackets: the mark that ends a sentence, a label or a clause
_LAST_MARK = re.compile(r"""([^\s"'“”‘’«»)\]])["'“”‘’»)\]\s]*$""")
_PROSE_ENDS = frozenset(".;:,…—–-")
_QUESTION_ENDS = frozenset("!?")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
# a dateline opening the line: "WASHINGTON (Reuters) -", "HANOI, Vietnam (AP) —", "LONDON --"
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t\xa0]+[A-Z][\w. ]*)?(?:[ \t\xa0]*\([^)]{1,40}\))?[ \t\xa0]*(?:—|–|--?)")
# a quotation closed by a comma before its cue, as prose sets it: '"We will fight this," Smith said'
_QUOTATION_WITH_CUE = re.compile(r"""[,!?]\s*["”’']\s+\S""")
# a transcript's turn: a speaker's name in capitals and a colon ("SMITH: We will not back down")
_TURN = re.compile(r"[ \t\xa0]*[A-Z][A-Z.'’ -]{1,30}:[ \t\xa0]")
# "Headline: ...", "TITLE: ...", "Dek - ...": an export's or a copy desk's label for the title and its standfirst
_HEADLINE_LABEL = re.compile(
    r"[ \t\xa0]*(?:head(?:line)?|hed|title|sub-?(?:head(?:line)?|title)|dek|deck|standfirst|strapline|kicker)"
    r"(?::|[ \t\xa0]+[—–-])[ \t\xa0]*\S", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of every line of ``text``, without its newline."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def title_case(line: str) -> bool:
    """Most of the line's words of four letters or more open with a capital ("Trump Says Mueller Probe Is A Witch
    Hunt"), as ``inverted_cues.title_line`` reads a headline's line."""
    words = [w.strip(QUOTE_MARKS + "()[],:;.!?") for w in line.split()]
    words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _last_word_capitalised(line: str) -> bool:
    words = [w.strip(QUOTE_MARKS + "()[]!?") for w in line.split()]
    words = [w for w in words if w]
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1].isdigit())


def no_sentence_end(line: str) -> bool:
    """The line ends with no mark of prose: no full stop, colon, semicolon, comma or dash, before any closing
    quotation mark or bracket ("Trump calls the probe a ‘witch hunt’" ends with a word; "... ‘Honesty Is In
    Question.’" with a full stop). A "!" or "?" ends a headline only in Title Case ("Teach Submit to Tyranny!")."""
    m = _LAST_MARK.search(line.rstrip())
    if m is None:
        return False
    mark = m.group(1)
    if mark in _PROSE_ENDS:
        return False
    return mark not in _QUESTION_ENDS or title_case(line)


def headline_length(line: str) -> bool:
    """The line is of a headline's length: two words to ``MAX_WORDS``, or up to ``MAX_TITLE_CASE_WORDS`` in Title
    Case (a long line in sentence case is a paragraph's sentence without its period)."""
    words = len(line.split())
    return 2 <= words <= MAX_WORDS or (MAX_WORDS < words <= MAX_TITLE_CASE_WORDS and title_case(line))


def reads_as_headline(line: str, *, blank_after: bool, next_line: str = "") -> bool:
    """``line``, the text's first, reads as its headline (see the module's docstring); ``blank_after``: a blank
    line follows it; else a single line break, and it must be in Title Case and end in a capitalised word, or stand
    over a paragraph of its own (``_over_paragraph``: ``next_line``, the line after it)."""
    line = line.strip()
    if not headline_length(line):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in QUOTE_MARKS):
        return False
    if not no_sentence_end(line) or _DATELINE.match(line) or _QUOTATION_WITH_CUE.search(line) \
            or _opens_open_quotation(line):
        return False
    return blank_after or (title_case(line) and _last_word_capitalised(line)) or _over_paragraph(line, next_line)


# words a line of wrapped prose may break after, and a headline never ends with
_RUN_ON_WORDS = frozenset("a an the of to in on at by for from with and or but that as than said says".split())


def _over_paragraph(line: str, next_line: str) -> bool:
    """A line in sentence case over a paragraph set one to a line ("Trump says probe is a witch hunt" over
    "President Donald Trump said on Tuesday ..."): the next line opens a sentence, runs at least twice as long
    and ends one; the line does not end in a word prose breaks after. Hard-wrapped prose has lines of one width
    ("President Donald Trump said on Tuesday that the" over "investigation was ...")."""
    line, next_line = line.strip(), next_line.strip()
    if not next_line or not (next_line[0].isupper() or next_line[0] in QUOTE_MARKS) or len(next_line) < 2 * len(line):
        return False
    return line.split()[-1].lower().strip(QUOTE_MARKS) not in _RUN_ON_WORDS and _SENTENCE_END.search(next_line) is not None


def _opens_open_quotation(line: str) -> bool:
    """The line opens a quotation it does not close ('“We will fight this ruling' over the next paragraph, 'He
    said "the plan'): a speaker's words that run on, no headline's quoted phrase ("‘Silent Donation’: ...")."""
    if line.count('"') % 2 or line.count("“") > line.count("”"):
        return True
    return line[0] in QUOTE_MARKS and not any(c in QUOTE_MARKS for c in line[1:])


def _same_line(a: str, b: str) -> bool:
    """Two lines of the same words, whatever their spacing, case or final period."""
    def norm(s: str) -> str:
        return " ".join(s.split()).rstrip(".").casefold()
    return bool(norm(a)) and norm(a) == norm(b)


def _transcript(lines: list[tuple[int, str]], filled: list[int]) -> bool:
    """The text opens with a transcript's turn and another line is one too ("SMITH: ...", then "JONES: ...")."""
    turns = [k for k in filled[:_LABEL_LINES] if _TURN.match(lines[k][1])]
    return len(turns) >= 2 and turns[0] == filled[0]


def headline_label(line: str) -> bool:
    """A line that labels itself the headline or its standfirst: "Headline: Trump Says ...", "TITLE - ...",
    "Dek: The president lashed out ..."."""
    return _HEADLINE_LABEL.match(line) is not None


def _dek(lines: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` (the paragraph after a headline) is its dek: one line of six words or more between blank lines,
    more text after it, no sentence end, neither a dateline nor a quotation with its cue (a lead of one sentence ends with a period)."""
    line = lines[k][1].strip()
    if not line or k + 1 >= len(lines) or lines[k + 1][1].strip():
        return False  # a paragraph of one line, with a blank line after it
    if not any(rest.strip() for _, rest in lines[k + 2:]):
        return False  # the body follows
    return (DEK_WORDS[0] <= len(line.split()) <= DEK_WORDS[1] and (line[0].isupper() or line[0] in QUOTE_MARKS) and no_sentence_end(line)
            and not _DATELINE.match(line) and not _QUOTATION_WITH_CUE.search(line) and not _opens_open_quotation(line))


def headline_ranges(text: str, title: str | None = None, *, plain: bool = True) -> tuple[Range, ...]:
    """Character ranges of ``text`` that hold its headline, its dek, a labelled headline line and any line that
    repeats the headline or ``title`` (the Article's title): no cue in them makes an attribution. ``plain``: the
    text is plain text, whose first line is read for a headline's shape; an HTML page's body (False) holds its
    headline only where a line is the page's title."""
    lines = _lines(text)
    filled = [k for k, (_, line) in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return ()  # one line, or nothing: the text is a statement, not a headline over a story
    first = filled[0]
    start, line = lines[first]
    blank_after = filled[1] > first + 1
    heads: list[str] = []
    ranges: list[Range] = []
    shaped = plain and reads_as_headline(line, blank_after=blank_after, next_line=lines[filled[1]][1]) \
        and not _transcript(lines, filled)
    if (title and _same_line(line, title)) or shaped:
        ranges.append((start, start + len(line)))
        heads.append(line)
        if blank_after and _dek(lines, filled[1]):
            ranges.append((lines[filled[1]][0], lines[filled[1]][0] + len(lines[filled[1]][1])))
    if title:
        heads.append(title)
    for k in filled[:_LABEL_LINES]:
        s, line = lines[k]
        if headline_label(line) and (s, s + len(line)) not in ranges:
            ranges.append((s, s + len(line)))
    for k in filled[1:]:
        s, line = lines[k]
        if any(_same_line(line, h) for h in heads) and (s, s + len(line)) not in ranges:
            ranges.append((s, s + len(line)))
    return tuple(sorted(ranges))


TITLE_BLOCK_WORDS = 25  # a title over its story: "Ryan wages campaign to counter Trump and Cruz;" (PolNeAR's 25 at most)


def title_block(text: str, title: str | None = None) -> Range | None:
    """The character range of the title a plain text opens with, as a corpus writes it: its first line, of two to
    ``TITLE_BLOCK_WORDS`` words, with text after it, whatever mark ends it (PolNeAR adds a period: "Pence Endorses
    Paul Ryan With Trump's Blessing."), one sentence unless in Title Case (``_two_sentences``: "Fed says rates will
    rise. Markets fell sharply on the news." is a lede's paragraph), neither a dateline nor a quotation with its cue, set apart by a
    blank line; or, when it ends in a semicolon, the subtitle line it runs on into with the blank line after both
    ("Convention cities brace for protests;" over "Cleveland sets strict rules as ..."). None where the text opens
    otherwise. ``title``: the title the caller gave apart from the text (a web form's, a JSONL record's); the first
    line is a title block only where it repeats that title ("Ukraine Plans A Counteroffensive." over the same
    line), and a text that opens with its body ("Ukraine plans ... before winter." under another title) has none.

    Unlike ``headline_ranges`` (no cue there counts), the block's rows stand: a headline reports sayings ("Flynn says
    Trump ..."), and only the ones the parse misread in a headline's grammar are dropped
    (``headline_rows.misread_headline``)."""
    lines = _lines(text)
    filled = [k for k, (_, line) in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None
    first = filled[0]
    start, line = lines[first]
    if title:
        # the caller's title: the first line is the title block where it repeats it, and the text has none otherwise
        return (start, start + len(line)) if _repeats_title(line, title) and filled[1] > first + 1 else None
    if not _title_line(line):
        return None
    if filled[1] > first + 1:
        return start, start + len(line)
    s, sub = lines[filled[1]]
    if line.rstrip().endswith(";") and len(filled) > 2 and filled[2] > filled[1] + 1 and _title_line(sub):
        return start, s + len(sub)
    return None


# a page's title after its headline: the outlet's name after a bar or a spaced dash ("... | The Hill", "... - POLITICO")
_OUTLET_SUFFIX = re.compile(r"\s+(?:\||-|–|—)\s+[^|–—]{1,40}$")


def _repeats_title(line: str, title: str) -> bool:
    """The line is the caller's title, or the headline of a title that adds the outlet's name after it ("Flynn says
    ... rubble." under "Flynn says ... rubble - CNNPolitics")."""
    return _same_line(line, title) or _same_line(line, _OUTLET_SUFFIX.sub("", title.strip()))


def _title_line(line: str) -> bool:
    """A line of a title's length that opens with a capital or a digit, one sentence unless in Title Case ("Ryan Wages
    Campaign. Speaker Responds." is a headline's two), neither a dateline nor a quotation with its cue."""
    line = line.strip()
    return 2 <= len(line.split()) <= TITLE_BLOCK_WORDS and (line[0].isupper() or line[0].isdigit()) \
        and not (_two_sentences(line) and not title_case(line)) and not _DATELINE.match(line) \
        and not _QUOTATION_WITH_CUE.search(line)


# a sentence's end inside a line and the next one's start: a full stop, question or exclamation mark after a
# lower-case word or a figure, any closing quotation mark, then a capital ("... will rise. Markets fell ...")
_SENTENCE_BREAK = re.compile(r"\b([A-Za-z]*[a-z0-9])[.!?][\"”’')]*\s+[\"“‘'(]?[A-Z]")
# abbreviations whose period ends no sentence: "Rep. Hale", "Trump vs. Clinton", "St. Louis", "No. 2"
_ABBREVIATIONS = frozenset("vs v Mr Mrs Ms Dr Prof Rep Sen Gov Lt Col Gen Maj Capt Sgt Rev Hon Atty St Mt Ft Jr Sr "
                           "No Inc Co Corp Ltd".split())


def _two_sentences(line: str) -> bool:
    """The line holds one sentence's end and another's start: a lede's paragraph ("Fed says rates will rise. Markets
    fell sharply on the news."), not a title ("Trump vs. Clinton: Round Two", "Rep. Hale Says ...")."""
    return any(m.group(1) not in _ABBREVIATIONS and not (len(m.group(1)) == 1 and m.group(1).isalpha())
               for m in _SENTENCE_BREAK.finditer(line))  # "p.m. Tuesday": one letter is an abbreviation's
