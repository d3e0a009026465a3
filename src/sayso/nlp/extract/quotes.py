"""Find quotations in raw text: a pure function of the string, no parse needed.

Handles straight and curly double quotes, « » guillemets, and the typewriter pairs
``like this'' and ''like this'' (a two-apostrophe mark, common in wire copy), and ‘‘like this’’ (the same
typed with two curly single marks, as some newspaper systems set AP copy).
Paragraph-continuation quotes (an opening mark left open at a paragraph's end
continues when the next paragraph opens with a mark) are one quote. Unbalanced marks
never raise: a quote left open runs to the end of its paragraph, ``closed=False``.
Single quotes are left alone: they are apostrophes far more often than quotations.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from sayso.nlp.extract.layouts import BLANK_LINE, Layout, text_layout
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE, DOUBLE_MARKS

# opening mark -> the marks that close it
_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“", "’’", "''"),  # a second “ closes too: some outlets type “…“; some type the close as two apostrophes
    "«": ("»",),
    "„": ("“", "”"),
    '"': ('"', "”", "’’", "''"),  # "…'' : a straight opening closed as two apostrophes (typewriter copy)
    "''": ("''", "”", '"'),
    "``": ("''", "”", '"'),
    "‘‘": ("’’", "”", "''"),  # two curly single marks for a double one: wire copy set by some newspaper systems
}
# marks that close an opener only when none of its own closers does in the paragraph:
# “…" (a curly opening typed with a straight close) is common in copy pasted between
# systems, but a straight pair nested in a curly quote (“He said "no",” she said) must
# not end the outer one
_FALLBACK: dict[str, tuple[str, ...]] = {"“": ('"',), "„": ('"',)}
_LEFT_CONTEXT = set(" \t\n\r\xa0([{—–-/‘'") | {""}


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    paragraphs: int = 1

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


def _opening_at(text: str, i: int) -> str | None:
    """The opening mark starting at ``i``, if one does."""
    two = text[i:i + 2]
    if two == "``":
        return "``"
    if two == "‘‘":
        before = text[i - 1] if i > 0 else ""
        after = text[i + 2] if i + 2 < len(text) else ""
        return two if before in _LEFT_CONTEXT and after and not after.isspace() and after not in "‘’'\"" else None
    ch = text[i]
    if two == "''" or ch == '"':
        mark = two if two == "''" else ch
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(mark)] if i + len(mark) < len(text) else ""
        if before in _LEFT_CONTEXT and after and not after.isspace() and after not in "'\"":
            return mark
        if mark == '"' and _spaced_opening(text, i):
            return mark
        return None
    if ch in ("“", "«", "„"):
        return ch
    return None


def _spaced_opening(text: str, i: int) -> bool:
    """A straight mark typed with a space after it that still opens: '... he told Cook. " You guys did it."'.

    Only at a sentence's start (after ". " or at a line's start), before a capital, and with a
    mark that can close it later in the paragraph: elsewhere a mark with a space after it
    closes ('"We won, " he said'), or is a stray.
    """
    rest = text[i + 1:i + 4]
    if rest[:1] not in (" ", "\xa0") or not rest.lstrip(" \xa0")[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, i) + 1
    lead = text[line_start:i]
    if lead and (not lead[-1].isspace() or not lead.rstrip().rstrip(CLOSING_QUOTES_AND_APOSTROPHE).endswith((".", "!", "?"))):
        return False
    return _first_close(text, i + 1, _line_end(text, i), '"') is not None


def _closing_at(text: str, k: int, opener: str, fallback: bool = False) -> int:
    """Width of a mark at ``k`` that closes ``opener`` (0 when none does)."""
    for mark in (_FALLBACK.get(opener, ()) if fallback else _PAIRS[opener]):
        if text.startswith(mark, k):
            if mark in ('"', "''", "’’"):
                before = text[k - 1] if k > 0 else ""
                if (before.isspace() or before == "") and not _after_nested_close(text, k):
                    continue  # a straight mark after a space opens; it does not close
            if fallback:
                after = text[k + 1] if k + 1 < len(text) else ""
                if after and after.isalnum():
                    continue  # "word: an opening straight mark, not a close
            if mark == "“" and opener == "“":
                after = text[k + 1] if k + 1 < len(text) else ""
                if after and not after.isspace() and after not in ".,;:!?)—–-":
                    continue  # “ followed by a word is a new opening, not a typo'd close
            return len(mark)
    return 0


def _after_nested_close(text: str, k: int) -> bool:
    """ "... someone says, 'We have to keep it alive,' " said Fiorina': the close of a single-quoted passage
    nested at the quotation's end, set off from the double close by a space (wire style); the mark after
    that space closes, and the mark after it is a fresh one."""
    return k >= 3 and text[k - 1] in " \xa0" and text[k - 2] in "'’" and text[k - 3] in ",.!?"


class Paragraph(NamedTuple):
    """Where a quotation's paragraph ends, and how many more lines it takes on as one (``SENTENCE_LINES``)."""

    end: int
    lines: int = 0


def _line_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _layout_paragraph_end(text: str, i: int, layout: Layout) -> int:
    """Where the paragraph read on from ``i`` ends by layout alone: the next blank line, or the line's end."""
    if layout is Layout.BLANK_LINE_PARAGRAPHS:
        m = BLANK_LINE.search(text, i)
        return len(text) if m is None else m.start()
    return _line_end(text, i)


def _paragraph_end(text: str, i: int, layout: Layout, opener: str) -> Paragraph:
    """Where the paragraph of a quotation opened with ``opener`` and read on from ``i`` ends, by layout.

    A paragraph per line: the line's end. Blank-line paragraphs: the next blank line. One sentence
    a line: the line's end, or where the quotation is left open there and closes a few lines on
    (``_close_across_lines``), the end of its close.
    """
    end = _layout_paragraph_end(text, i, layout)
    if layout is Layout.BLANK_LINE_PARAGRAPHS:
        return Paragraph(end)
    if layout is Layout.SENTENCE_LINES and _close_in_paragraph(text, i, end, opener) is None:
        across = _close_across_lines(text, end, opener)
        if across is not None:
            k, width, lines = across
            return Paragraph(k + width, lines)
        reopen = _reopened_below(text, end)
        if reopen is not None:
            return Paragraph(*reopen)
    return Paragraph(end)


def _next_paragraph_start(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] in "\n\r \t\xa0":
        j += 1
    return j


def _first_close(text: str, j: int, para_end: int, opener: str, fallback: bool = False) -> tuple[int, int] | None:
    """Offset and width of the first mark in ``[j, para_end)`` that closes ``opener``."""
    for k in range(j, para_end):
        width = _closing_at(text, k, opener, fallback)
        if width:
            return k, width
    return None


def _close_in_paragraph(text: str, j: int, para_end: int, opener: str) -> tuple[int, int] | None:
    """The close of ``opener`` in its paragraph: its own mark, or a fallback one when its own
    is missing or lies past a fresh opening of the same mark (“A," he said. “B,” she said)."""
    own = _first_close(text, j, para_end, opener)
    if opener not in _FALLBACK:
        return own
    alt = _first_close(text, j, para_end, opener, fallback=True)
    if alt is None:
        return own
    if own is None or (alt[0] < own[0] and _reopened(text[alt[0] + alt[1]:own[0]], opener)):
        return alt
    return own


MAX_QUOTE_LINES = 8  # a quotation set one sentence a line ("...\nBUILD THE WALL!\"\nTrump tweeted."): at most this many more lines
# (was 4: the first mark on the next lines must close it, which keeps longer runs safe; PTC quotes speeches longer)


def _close_across_lines(text: str, line_end: int, opener: str) -> tuple[int, int, int] | None:
    """The close of a quotation left open at a line's end, on one of the next lines of the same paragraph.

    Asked only of a text set one sentence a line (``Layout.SENTENCE_LINES``): there a quotation of several
    sentences is broken over lines with no mark at their starts. It runs on when the first mark on
    the following lines closes it; a blank line (a new paragraph), an opening mark first, or no mark
    within ``MAX_QUOTE_LINES`` lines leave it open at its line's end.
    """
    j, lines = line_end, 0
    while lines < MAX_QUOTE_LINES and j < len(text) and text[j] == "\n":
        start = j + 1
        if start >= len(text) or text[start] in "\n\r":
            return None  # a blank line: a new paragraph
        end = _line_end(text, start)
        lines += 1
        for k in range(start, end):
            if _opening_at(text, k) is not None and not ends_its_line(text, k, end):
                return None  # another quotation opens first: the open mark was a stray
            # its own mark, or a fallback one (“…" typed across systems), as within a line
            width = _closing_at(text, k, opener) or _closing_at(text, k, opener, fallback=True)
            if width:
                return k, width, lines
            if text[k] in "\"“”«»":
                return None  # a mark that neither opens nor closes this one
        j = end
    return None


def ends_its_line(text: str, k: int, line_end: int) -> bool:
    """Whether the mark at ``k`` has nothing after it on its line: '“If it is wrong ..., why doesn't that same
    mentality apply to Iran?\n“' (a close typed as an opening mark, set on a line of its own by a sentence
    splitter) opens no quotation, since nothing follows it; it closes the one left open above."""
    return not text[k + 1:line_end].strip()


def _reopened_below(text: str, line_end: int) -> tuple[int, int] | None:
    """Where a quotation left open at a line's end goes on as a new paragraph: the end of the last line before a
    line that opens with a quotation mark, and how many lines lie between, in a text set one sentence a line.

    The convention of long quotations: each paragraph opens a mark and only the last closes. Set one
    sentence a line, a paragraph of the quotation is several lines with no mark ('“My father told me
    ...\nHe was right about that.\n“The governor said ...”'); the next paragraph starts with its opening
    mark. Lines with any mark in them, a blank line, or more than ``MAX_QUOTE_LINES`` lines stop it.
    """
    j, lines = line_end, 0
    while lines < MAX_QUOTE_LINES and j < len(text) and text[j] == "\n":
        start = j + 1
        if start >= len(text) or text[start] in "\n\r":
            return None
        end = _line_end(text, start)
        if _opening_at(text, start) is not None:
            return (j, lines) if lines else None  # the very next line reopening is read by ``find_quotes`` itself
        if any(c in "\"“”«»" for c in text[start:end]):
            return None
        lines += 1
        j = end
    return None


def _reopened(between: str, opener: str) -> bool:
    """A fresh opening between a fallback close and the opener's own: its own mark, or a
    straight mark left unpaired (“A," he said, "B.” mixes marks; “He said "no" and "yes",” nests)."""
    return opener in between or between.count('"') % 2 == 1


def find_quotes(text: str) -> QuoteIndex:
    """Every double-quoted passage of ``text``, in order, never overlapping.

    A quotation is looked for within its paragraph, which the text's layout (``text_layout``) sets:
    a line, the lines up to the next blank one, or in a text set one sentence a line, a few lines on.
    """
    layout = text_layout(text)
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        opener = _opening_at(text, i)
        if opener is None:
            i += 1
            continue
        start, paras = i, 1
        j = i + len(opener)
        inner_start = j
        while True:
            para_end, more = _paragraph_end(text, j, layout, opener)
            found = _close_in_paragraph(text, j, para_end, opener)
            if found is not None:
                k, width = found
                quotes.append(Quote(start, k + width, inner_start, k, True, paras + more))
                i = k + width
                break
            nxt = _next_paragraph_start(text, para_end)
            if nxt < n and para_end < n and _opening_at(text, nxt) is not None:
                paras += 1
                j = nxt + len(_opening_at(text, nxt) or "")
                continue
            end = para_end
            while end > inner_start and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(start, end, inner_start, end, False, paras))
            i = max(end, start + len(opener))
            break
    return QuoteIndex([q for q in quotes if q.inner_end > q.inner_start], text, layout)


# the marks a quotation's last words end on, right before its closing mark: "... is dead," Smith said
_QUOTED_ENDS = ",.!?"
# the double marks, opening or closing, that a paragraph opening inside a quotation holds none of before its close
_DOUBLE_MARKS = DOUBLE_MARKS


def _paragraph_start(text: str, i: int, layout: Layout) -> int:
    """Where the paragraph holding offset ``i`` starts, by layout: past the last blank line, or the line's start."""
    if layout is Layout.BLANK_LINE_PARAGRAPHS:
        last = None
        for m in BLANK_LINE.finditer(text, 0, i):
            last = m
        return 0 if last is None else last.end()
    return text.rfind("\n", 0, i) + 1


def opening_inside_quotation(quotes: QuoteIndex, i: int) -> tuple[int, int] | None:
    """The words of a paragraph that opens inside a quotation, where offset ``i`` lies among them: from the
    paragraph's start to a closing mark with no opening one before it (its start, its mark's offset).

    A sentence cut from an article ('the deal is dead," Smith told reporters.') or a paragraph carrying on
    a quotation of the one above without a fresh mark ('We will win," he added.') opens inside the quotation:
    its words up to the mark are quoted. Only a double mark right after a sentence's or a clause's end (",
    . ! ?") and before a space closes so: an inch mark ("6'2\"") or a stray one does not; single marks are
    apostrophes far more often ("the players' union said"). Any double mark before it (a quotation of the
    paragraph's own, balanced or not) leaves the paragraph alone.
    """
    text = quotes.text
    start = _paragraph_start(text, i, quotes.layout)
    end = _layout_paragraph_end(text, start, quotes.layout)
    k = next((j for j in range(start, end) if text[j] in _DOUBLE_MARKS), None)
    if k is None:
        return None
    if text[k] not in "”\"" or k <= i or text[k - 1] not in _QUOTED_ENDS:
        return None
    after = text[k + 1:k + 2]
    if after and not after.isspace():
        return None
    if quotes.overlapping(k, k + 1) or not any(c.isalpha() for c in text[start:k]):
        return None
    return start, k


def final_mark(text: str, quote: Quote) -> str:
    """The quotation's last punctuation mark, past spaces and the close of a quotation nested at its end.

    '“I heard him ask, ‘So he’s going to do it?’” Holmes testified.': the question mark ends
    the outer quotation as much as the inner one.
    """
    return text[quote.inner_start:quote.inner_end].rstrip().rstrip("’'").rstrip()[-1:]


# Words that put a quotation inside a noun phrase: "another “atrocity”", "mere “rebel” claims".
_NOMINAL_LEAD = frozenset(
    "a an the another this that these those such mere so-called supposed alleged their his her its our your "
    "some any no every each what".split()
)


def is_nominal_quote(text: str, quote: Quote, max_words: int = 3) -> bool:
    """A short quotation used as a word of the writer's sentence rather than as speech.

    "another “atrocity”", "the “rebel” claims": at most ``max_words`` words, no sentence
    punctuation inside, led by a determiner or qualifier. Such quotes are scare quotes even
    inside an attribution's content, and make no attribution "mixed".
    """
    inner = text[quote.inner_start:quote.inner_end].strip()
    if not inner or len(inner.split()) > max_words or any(c in inner for c in ".!?;:"):
        return False
    before = text[max(0, quote.start - 30):quote.start].split()
    return bool(before) and before[-1].lower().strip("(") in _NOMINAL_LEAD


class QuoteIndex(Sequence[Quote]):
    """The quotes of a text with position look-ups in O(log n).

    Quotes never overlap and come in text order, so they are sorted by start and by end
    alike, and a bisection finds those near any offset.
    """

    def __init__(self, quotes: Sequence[Quote], text: str = "", layout: Layout | None = None) -> None:
        self.text = text  # the text they were found in (spaCy's Doc.text rebuilds it on every read)
        self.layout = text_layout(text) if layout is None else layout  # its paragraphs' layout (``text_layout``)
        self._quotes = list(quotes)
        self._starts = [q.start for q in self._quotes]
        self._ends = [q.end for q in self._quotes]

    def __getitem__(self, i):  # noqa: ANN001, ANN204
        return self._quotes[i]

    def __len__(self) -> int:
        return len(self._quotes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, QuoteIndex):
            return self._quotes == other._quotes
        if isinstance(other, Sequence):
            return self._quotes == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"QuoteIndex({self._quotes!r})"

    def overlapping(self, start: int, end: int) -> list[Quote]:
        """Quotes with any character in ``[start, end)``."""
        i = bisect_right(self._ends, start)
        out = []
        while i < len(self._quotes) and self._quotes[i].start < end:
            out.append(self._quotes[i])
            i += 1
        return out

    def containing(self, idx: int) -> Quote | None:
        """The quote whose marks enclose ``idx`` (strictly inside)."""
        i = bisect_right(self._starts, idx) - 1
        if i >= 0 and self._quotes[i].start < idx < self._quotes[i].end:
            return self._quotes[i]
        return None

    def first_after(self, idx: int) -> Quote | None:
        """The first quote starting after ``idx``."""
        i = bisect_right(self._starts, idx)
        return self._quotes[i] if i < len(self._quotes) else None
