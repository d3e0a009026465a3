"""Candidate contents that cut a quotation off its marks: never content.

'Cruz wrote: “Barros said: ‘Stay quiet.’ I did not.”': the parse hangs the inner "said" on "wrote" and leaves it
the marks ". ’" on its right, so the parenthetical reading of the cue ("The museum, Mr. Bush said, celebrated
...": both sides of it) proposes the outer report's words "Cruz wrote: “" for what Barros said: a side that
ends on the opening mark of the very quotation the cue stands in. (A side with no word in it is no sign by
itself: 'The values are "not negotiable," she said, and "never will be."' has "." there, and the content's
shaping finds the words after the cue.) Set aside before the content is picked (``statement_checks.not_content``),
not when the candidates are made: the cue model reads which kinds of candidate a cue has, and was trained on them
as they are. Pure, the Doc is not touched.
"""

from __future__ import annotations

import re

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.quotes import QuoteIndex

__all__ = ["cut_at_a_bracket", "cut_at_a_mark", "cut_content"]


def cut_at_a_mark(quotes: QuoteIndex, start: int, end: int) -> bool:
    """The span ends on a quotation's opening mark ('Cruz wrote: “') or opens on its closing one ('” Then he
    left'). An opening single mark ends nothing either: single quotes are not in the index (they are apostrophes
    more often), but "‘" never is one."""
    if quotes.text[end - 1:end] == "‘":
        return True
    return any(q.start < end <= q.inner_start or q.inner_end <= start < q.end for q in quotes.overlapping(start, end))


def cut_content(content: Content, quotes: QuoteIndex) -> bool:
    """``content`` or one of its parts is cut at a quotation's mark (``cut_at_a_mark``)."""
    return any(cut_at_a_mark(quotes, s, e) for s, e in [(content.start, content.end), *content.parts]) \
        or cut_at_a_bracket(content, quotes)


def cut_at_a_bracket(content: Content, quotes: QuoteIndex) -> bool:
    """The candidate opens inside a parenthesis and runs on past its close: 'cried "Allahu Akbar" (God is Greatest)
    as Bashir walked to his seat' proposes "God is Greatest) as Bashir walked ..." (the gloss read as a clause of
    "cried", the narration after it as the gloss's), a span no reader takes for what was said (audit 68 P); the cue
    keeps its other candidates (the quotation "Allahu Akbar"). Not a quotation's words, nor a span a quotation
    overlaps ("“Clinton 1) registers the meaning ...”"), nor a list's "1)" or "a)"."""
    if content.quote or quotes.overlapping(content.start, content.end):
        return False
    text = quotes.text[content.start:content.end]
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            # a list's mark: "1)", "a)", "(b)", "ii)" (the "(b)" after an "a)" the content opens with, audit rev68a)
            enumeration = re.search(r"(?:^|[\s(])(?:\d{1,2}|[a-z]|[ivx]{1,4})$", text[:i]) is not None
            if depth < 0 and not enumeration and any(c.isalnum() for c in text[i + 1:]):
                return True
    return False
