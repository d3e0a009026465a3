"""Page structure -> attributions: a blockquote after "X reports:" is all X's.

An HTML article's blocks (``Article.blocks``) say where a quoted passage begins and ends,
which plain text cannot: "RT reports:" followed by a ``<blockquote>`` of three paragraphs
attributes all three to RT, so the attributions inside get RT's as their ``via``. An embedded
post is a blockquote too, its link and signature line inside it ("pic.twitter.com/x — PFF CLE Browns
(@PFF_Browns) November 15, 2019"): the content ends before them, the page's credit line and no words of
the post (blind audit h33: run_on). Pure: ranges in, ranges out.
"""

from __future__ import annotations

from collections.abc import Sequence

from sayso.nlp.extract.embedded_posts import before_post_signature
from sayso.nlp.extract.found import Found

Range = tuple[int, int]


def extend_to_blockquotes(text: str, found: Sequence[Found], blockquotes: Sequence[Range]) -> list[Found]:
    """Each attribution whose content opens a blockquote, and whose cue precedes it, covers the whole blockquote;
    a cue-less paragraph found to continue it there (``continues``: a colon frame's block, a quotation's next
    paragraph) is then part of that content and no attribution of its own."""
    if not blockquotes:
        return list(found)
    out = []
    covered: list[tuple[int, int, tuple[int, int]]] = []  # each extended content and its cue
    for f in found:
        for start, end in blockquotes:
            opens = text[start:f.content[0]].strip() in ("", "“", '"') and f.content[0] >= start
            if opens and f.cue[1] <= start and f.content[1] < end:
                block_end = before_post_signature(text, f.content[0], _trim_end(text, f.content[0], end))
                f = f._replace(content=(f.content[0], block_end), parts=())
                covered.append((*f.content, f.cue))
                break
        out.append(f)
    return [f for f in out if f.continues is None or not any(
        s <= f.content[0] and f.content[1] <= e and f.continues == cue for s, e, cue in covered)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
