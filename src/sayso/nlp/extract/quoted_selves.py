"""The quoted speaker's own earlier report inside their quotation: its "I"/"we" is the quoted speaker. Pure.

'“I told them the plan was dead,” Ruiz said': inside Ruiz's quotation, "I told them" is a report of its own (what
Ruiz said before, ``quoted_reports``), and its "I" is Ruiz, not the article's author and not an unknown "I". The
attribution it sits in is the one ``via`` names; its speaker is given to the inner one, as a continuation's is.
Only a first-person subject inside a quotation: "we noted" in the writer's own text is the author's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from sayso.nlp.extract.found import Found
from sayso.nlp.extract.quoted_reports import FIRST_PERSON
from sayso.nlp.extract.quotes import QuoteIndex


def own_speakers(doc: Doc, found: Sequence[Found], via: Sequence[int | None], quotes: QuoteIndex,
                 assignment: Mapping[tuple[str, int], int]) -> dict[tuple[str, int], int]:
    """``assignment`` with each first-person report inside a quotation given the source of the attribution it
    is reported in (``via``), where that one has a source."""
    out = dict(assignment)
    for i, f in enumerate(found):
        outer = via[i] if i < len(via) else None
        if outer is None or ("source", outer) not in out or not own_report(doc, f, found[outer], quotes):
            continue
        out[("source", i)] = out[("source", outer)]
    return out


def own_report(doc: Doc, inner: Found, outer: Found, quotes: QuoteIndex) -> bool:
    """``inner``'s speaker is "I"/"we" inside a quotation that ``outer``'s content runs over."""
    if inner.source is None or inner.source_head is None or doc[inner.source_head].lower_ not in FIRST_PERSON:
        return False
    quote = quotes.containing(inner.source[0])
    return quote is not None and quote.start <= inner.cue[0] < quote.end \
        and outer.content[0] < quote.end and quote.start < outer.content[1]
