"""Hedges and scare quotes: pure functions of the text, the quotes and the attributions.

A hedge ("reportedly", "it appears", "allegedly") is linked to the attribution it
qualifies: the one whose content holds it, else the nearest cue in its sentence.
A quotation that is neither an attribution's content nor inside one, and reads as a
word or phrase rather than speech ("another “atrocity”", "the “Assad is gassing his own
people” card"), is a scare quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc

from sayso.nlp.extract.attributions import Found
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.quotes import Quote, is_nominal_quote
from sayso.nlp.extract.sources import _phrase_regex

SCARE_MAX_WORDS = 8


class FoundMarker(NamedTuple):
    type: str
    label: str
    start: int
    end: int
    attribution: int | None  # index into the found attributions


def find_hedges(doc: Doc, found: Sequence[Found], lexicon: Lexicon) -> list[FoundMarker]:
    out = []
    if not lexicon.hedges:
        return out
    for m in _phrase_regex(lexicon.hedges).finditer(doc.text):
        s, e = m.start(), m.end()
        out.append(FoundMarker("hedge", m.group(0).lower(), s, e, _hedged_attribution(doc, s, found)))
    return out


def _hedged_attribution(doc: Doc, at: int, found: Sequence[Found]) -> int | None:
    inside = [i for i, f in enumerate(found) if f.content[0] <= at < f.content[1]]
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return inside[-1] if inside else None
    sent = span.sent
    # a hedge on the attribution itself ("reportedly said", "it appears X confirmed")
    same = [
        i for i, f in enumerate(found)
        if sent.start_char <= f.cue[0] < sent.end_char and not (f.content[0] <= at < f.content[1])
        and not any(found[j].content[0] <= f.cue[0] < found[j].content[1] and not (found[j].content[0] <= at < found[j].content[1]) for j in range(len(found)))
    ]
    if same:
        return min(same, key=lambda i: abs(found[i].cue[0] - at))
    if inside:
        # the innermost content holding the hedge
        return min(inside, key=lambda i: found[i].content[1] - found[i].content[0])
    return None


_CLAUSE_HINT = re.compile(r"[.!?]$")


def find_scare_quotes(doc: Doc, quotes: Sequence[Quote], found: Sequence[Found]) -> list[FoundMarker]:
    out = []
    for q in quotes:
        nominal = is_nominal_quote(doc.text, q)
        if not nominal and any(f.content[0] <= q.start and q.end <= f.content[1] + 1 for f in found):
            continue
        if any(q.start <= f.content[0] and f.content[1] <= q.end for f in found):
            continue
        inner = doc.text[q.inner_start:q.inner_end].strip()
        words = len(inner.split())
        if words == 0 or words > SCARE_MAX_WORDS or _CLAUSE_HINT.search(inner.rstrip("”\"'’")):
            continue
        if inner.endswith(","):
            continue
        out.append(FoundMarker("scare_quote", inner, q.start, q.end, None))
    return out


def nested_via(found: Sequence[Found]) -> list[int | None]:
    """For each attribution, the innermost other attribution whose content holds its cue."""
    via: list[int | None] = []
    for i, f in enumerate(found):
        holders = [
            j for j, g in enumerate(found)
            if j != i and g.content[0] <= f.cue[0] < g.content[1] and (g.content[1] - g.content[0]) > (f.content[1] - f.content[0])
        ]
        via.append(min(holders, key=lambda j: found[j].content[1] - found[j].content[0]) if holders else None)
    return via
