"""A section's subheading in the body of a plain text: pure functions of the text (issue 12, audit 18 class 3).

Long pieces set a short line over each section ("Haig says he saw nothing suspicious", "Why the deal matters"); as
plain text it stands on its own line between two paragraphs, with no full stop. A reader takes it for a heading,
like the article's headline: a cue in it is the editor's summary of what follows, not an attribution of its own.

A subheading is told by its line alone and the lines around it: a line of at most ``MAX_WORDS`` words that opens
with a capital and holds no colon, handle, link or bar, not the text's first line (the headline, which the reference
corpora annotate), with no sentence end, colon or closing quotation mark at its end, after a paragraph that ends a
sentence and before a line that opens one with a capital or a digit.

Kept: a one-line paragraph that ends with a period or a quotation, a label ("Smith:", "Bernie Sanders: I Am Not Much
Of A Socialist": a headline's speaker, as PolNeAR marks it), a post's signature ("— Jane Roe (@janeroe) March 3,
2018"), a line broken in mid-sentence (the next line opens in lower case, or the line before ends without a sentence
end), a line over a quotation ("Smith said in a statement" over a paragraph that opens with a quotation mark), and
the first line.
"""

from __future__ import annotations

import re

from sayso.nlp.extract.furniture_lines import line_at

MAX_WORDS = 14
# what ends a line of prose or a label: a sentence end, a colon, a closing quotation mark or bracket, a dash
_PROSE_END = re.compile(r"""(?:[.!?:;,…—–-]|["”’')\]])\s*$""")
# a label ("Bernie Sanders: I Am Not ..." is a headline's speaker, as PolNeAR marks it), a post's handle or link, a
# row of links
_NOT_HEADINGS = (":", "@", "http", "pic.twitter", "|")
_SENTENCE_END = re.compile(r"""[.!?…]["”’')\]]*\s*$""")
# a paragraph's opening: a capital or a digit (not a quotation mark: "Smith said in a statement" over a quoted
# paragraph is a cue with its quotation below)
_OPENS = re.compile(r"^[A-Z0-9]")


def _neighbour(text: str, start: int, end: int, *, before: bool) -> str | None:
    """The nearest non-blank line before ``start`` or after ``end``, or None at the text's edge."""
    if before:
        rest = text[:start].rstrip()
        return rest[rest.rfind("\n") + 1:].strip() if rest else None
    rest = text[end:].lstrip()
    return rest.split("\n", 1)[0].strip() if rest else None


def subheading_at(text: str, at: int) -> bool:
    """The character ``at`` stands on a subheading's line (see the module's docstring)."""
    start, line = line_at(text, at)
    end = start + len(line)
    line = line.strip()
    if not line or not text[:start].strip():
        return False  # the first line: the headline
    if len(line.split()) > MAX_WORDS or _PROSE_END.search(line) or not line[0].isupper():
        return False  # a dash, a bullet or a quotation mark opens a signature, a list item or a quotation
    if any(mark in line for mark in _NOT_HEADINGS):
        return False
    before = _neighbour(text, start, end, before=True)
    after = _neighbour(text, start, end, before=False)
    if before is None or after is None:
        return False
    return bool(_SENTENCE_END.search(before)) and bool(_OPENS.match(after))
