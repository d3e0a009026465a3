"""Quotations with no cue of their own that continue the speaker before them: pure functions of the found attributions.

``“A,” X said.`` then a paragraph ``“B.”``: B is X's too, as a reader assumes, unless another
speaker intervenes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sayso.nlp.extract import filters
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.quotes import QuoteIndex


def continuation_quotes(found: Sequence[Found], quotes: QuoteIndex, labels: frozenset[str] = frozenset()) -> list[Found]:
    """Quote paragraphs with no cue of their own continue the previous paragraph's speaker.

    ``“A,” X said.`` then a paragraph ``“B.”``: B is X's too, as a reader assumes, unless
    another speaker intervenes (the previous paragraph must end with X's attribution, a
    quotation or a statement with a named source, and nothing else may stand on B's line). A line of page furniture between
    them ("SEE MORE: ...", a ``labels`` word in capitals and a colon) interrupts nobody. The new attribution has no cue
    and no source mention of its own (``continues`` names the cue it follows).
    """
    text = quotes.text
    out: list[Found] = []
    for q in quotes:
        para_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[para_start:q.start].strip() or text[q.end:line_end].strip() or not q.closed:
            continue
        if any(min(f.content[1], q.end) > max(f.content[0], q.start) for f in (*found, *out)):
            continue  # already someone's content
        last = _said_in_previous_paragraph(text, para_start, (*found, *out), labels)
        if last is None:
            continue
        out.append(Found(kind="direct", content=(q.start, q.end), cue=(q.start, q.start), source=None, source_head=None,
                         addressee=None, addressee_head=None, score=last.score, cue_head=last.cue_head,
                         medium=last.medium, continues=last.continues or last.cue))
    return out


def _said_in_previous_paragraph(text: str, para_start: int, found: Sequence[Found],
                                labels: frozenset[str]) -> Found | None:
    """The attribution closing the previous paragraph, whose speaker a cue-less quote paragraph continues:
    a quotation (“A,” X said.) or a statement with a named source ("X said it was only the latest
    move." then “They wanted us on our knees.”), ending the paragraph (else someone else may speak)."""
    prev_start, prev_end = previous_paragraph(text, para_start, labels)
    before = [f for f in found if prev_start <= f.content[0] < prev_end]
    if not before:
        return None
    last = max(before, key=lambda f: (f.content[1], f.cue[1]))
    if last.kind == "direct":
        return last if max(last.content[1], last.cue[1]) >= prev_end - 40 else None  # else someone else may speak
    ends = max(last.content[1], last.cue[1], last.addressee[1] if last.addressee else 0)
    if ends < prev_end - 3 or last.source is None or last.continues is not None:
        return None  # the paragraph goes on after the statement, or nobody is named
    words = text[last.content[0]:last.content[1]].split()
    return last if len(words) >= 4 and last.medium != "thought" else None  # a statement, not "disagreed with him"


def previous_paragraph(text: str, para_start: int, labels: frozenset[str] = frozenset()) -> Range:
    """The paragraph before the one starting at ``para_start``, passing over lines of page furniture."""
    prev_end = para_start - 1
    while True:
        while prev_end > 0 and text[prev_end - 1] in "\n\r \t\xa0":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if prev_start == 0 or not filters.furniture_line(text[prev_start:prev_end], labels):
            return prev_start, prev_end
        prev_end = prev_start - 1
