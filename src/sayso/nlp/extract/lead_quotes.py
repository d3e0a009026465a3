"""Quotation lines set before the quotation that carries their cue: a pure function of the found attributions.

In text set one sentence a line (PTC) a speaker's quotation of several sentences often comes as
lines that each close their marks, the cue only on the last: '“There was blood everywhere.”' then
'“I have never seen anything like it,” said the witness.' A reader gives every line to the witness,
as to one quotation interrupted by line breaks; so the cue's attribution takes the lines before it
as parts of its content (SPEC: one attribution, ``content_parts``), unless another speaker
intervenes: a line that is already someone's content, that holds anything besides its quotation,
or a paragraph break stops the run.
"""

from __future__ import annotations

from collections.abc import Sequence

from sayso.nlp.extract.continuations import quoted_heading
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.layouts import Layout
from sayso.nlp.extract.quotes import Quote, QuoteIndex

MAX_LEAD_LINES = 4  # quotations taken before the cue's own (each may run over lines itself)


def quotes_before_cue(found: Sequence[Found], quotes: QuoteIndex) -> list[Found]:
    """``found`` with each cued quotation that opens its line extended back over the quotation lines just before it.

    Only where lines are not paragraphs (``Layout.SENTENCE_LINES``, or the lines of one blank-line
    paragraph): a paragraph per line sets a new paragraph for a reason, and a cue-less quotation
    paragraph there continues the speaker before it (``continuations``).
    """
    if quotes.layout is Layout.PARAGRAPH_LINES:
        return list(found)
    text = quotes.text
    claimed = [f.content for f in found]
    out = []
    for f in found:
        lead = _lead_lines(text, f, quotes, claimed) if _cued_quotation(text, f) else []
        if lead:
            parts = (*[(q.start, q.end) for q in lead], *(f.parts or (f.content,)))
            f = f._replace(content=(parts[0][0], f.content[1]), parts=parts)
        out.append(f)
    return out


def _cued_quotation(text: str, f: Found) -> bool:
    """A direct attribution with a source and a cue of its own after the quotation's start, which opens its line."""
    if f.kind != "direct" or f.source is None or f.continues is not None or f.cue[0] <= f.content[0]:
        return False
    line_start = text.rfind("\n", 0, f.content[0]) + 1
    return not text[line_start:f.content[0]].strip() and text[f.content[0]:f.content[0] + 1] in "\"“«„"


def _lead_lines(text: str, f: Found, quotes: QuoteIndex, claimed: Sequence[Range]) -> list[Quote]:
    """The quotations alone on the lines right before ``f``'s, nearest last, up to a line that stops the run."""
    lead: list[Quote] = []
    start = f.content[0]
    while len(lead) < MAX_LEAD_LINES:
        q = _quote_line_before(text, start, quotes)
        if q is None or any(overlaps((q.start, q.end), c) for c in claimed) or quoted_heading(text[q.start:q.end]):
            break
        lead.insert(0, q)
        start = q.start
    return lead


def _quote_line_before(text: str, start: int, quotes: QuoteIndex) -> Quote | None:
    """The closed quotation that makes up the whole line (or lines) ending right before the line at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return None
    end = line_start - 1  # the line break
    while end > 0 and text[end - 1] in " \t\r\xa0":
        end -= 1
    if end == 0 or text[end - 1] == "\n":
        return None  # a blank line: a new paragraph
    found = quotes.overlapping(end - 1, end)
    q = found[-1] if found else None
    if q is None or not q.closed or q.end != end:
        return None
    q_line = text.rfind("\n", 0, q.start) + 1
    return q if not text[q_line:q.start].strip() else None
