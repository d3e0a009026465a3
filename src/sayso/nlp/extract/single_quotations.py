"""Words quoted in single marks in copy that quotes in double ones: a pure function of the string.

American copy sets a quotation in a headline in single marks ("Clinton Says Trump Doesn’t ‘Fit With What I Knew’
About Him", "Rubio Tells You He ‘Won’ in Iowa"), and some writers set a short quotation so in the body. The quote
finder (``quotes``) leaves single marks alone, since they are apostrophes far more often (Clinton's, the Smiths'
house, ’90s, rock ’n’ roll), and a whole text set in single marks is made double before anything reads it
(``british_quotes``). The pairs found here are read only where a content's kind is decided
(``assembly.reported_kind``): a content that holds one holds someone's own words.

A pair opens with a left curly mark (‘) or a straight one (') at a word's start, before a letter and not an elision
('n', 'em, 'til: ``british_quotes.elision``), and closes with its own kind of mark right after a word or its
punctuation, before a space, punctuation or the line's end; both on one line. A right curly mark (’) never opens
one: before "90s" or a letter it stands for letters left out.
"""

from __future__ import annotations

from sayso.nlp.extract.british_quotes import CLOSING_NEIGHBOURS, OPENING_NEIGHBOURS, elision
from sayso.nlp.extract.quotes import Quote

# the opening single mark -> the mark that closes it
_CLOSER = {"‘": "’", "'": "'"}
# what may stand right before an opening mark: british_quotes' neighbours within a line (a line's start is read
# apart), or a double mark; right after a closing mark: the same, the line's end read apart
_BEFORE_OPENING = (OPENING_NEIGHBOURS - {"\n", "\r"}) | frozenset('"“')
_AFTER_CLOSING = (CLOSING_NEIGHBOURS - {"\n", "\r"}) | frozenset('"”')
# what may stand right before a closing mark, besides a letter or a digit: the quoted words' own punctuation
_QUOTED_ENDS = frozenset(".,!?…")


def _opens(text: str, i: int) -> bool:
    """A single mark at ``i`` opens a quotation: at a word's start, before a letter."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before == "" or before == "\n" or before in _BEFORE_OPENING) and after.isalpha()


def _closes(text: str, i: int) -> bool:
    """A single mark at ``i`` closes a quotation: right after a word or its punctuation, before a space or a mark."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before.isalnum() or before in _QUOTED_ENDS) and (after in ("", "\n", "\r") or after in _AFTER_CLOSING)


def single_quotations(text: str, start: int, end: int) -> list[Quote]:
    """The pairs of single marks quoting words (``Quote``, marks included) that overlap ``text[start:end]``, read
    over the whole lines it lies on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    found: list[Quote] = []
    open_at: int | None = None
    i = line_start
    while i < line_end:
        ch = text[i]
        if ch == "\n":
            open_at = None  # a pair never runs over a line
        elif ch in "‘'’" and not text[i - 1:i].isalnum() and _elided(text, i):
            i = _elision_end(text, i)  # "rock 'n' roll": the mark after the "n" closes nothing
            continue
        elif open_at is not None and ch == _CLOSER[text[open_at]] and _closes(text, i):
            if any(c.isalpha() for c in text[open_at + 1:i]):
                found.append(Quote(open_at, i + 1, open_at + 1, i, True))
            open_at = None
        elif open_at is None and ch in _CLOSER and _opens(text, i):
            open_at = i
        i += 1
    return [q for q in found if q.start < end and q.end > start]


def _elided(text: str, i: int) -> bool:
    """``elision`` in any case: a title-cased headline, the only copy these pairs are read in, capitalises the elided
    word too ("Rock 'N' Roll", "Give 'Em Hell", "'Tis"), which would otherwise open a pair."""
    return elision(text[i:i + 8].lower(), 0)


def _elision_end(text: str, i: int) -> int:
    """Past the elided word that the mark at ``i`` opens ("'n'", "’em"), and the mark closing it where one does."""
    k = i + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    return k + 1 if text[k:k + 1] in ("'", "’") else k
