"""Found techniques and claims -> the report: linked to the attribution they sit in.

Pure: a Report and character ranges in, a new Report out. A technique or claim inside an
attribution's content belongs to that attribution's source (the innermost one, so a
claim in the ministry's words, quoted by RT, links to the ministry and its chain shows
RT), never to the outlet's own voice. Marker ids are renumbered in text order.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Protocol

from sayso.model import Attribution, Claim, Marker, Report, Span

# "asked whether Russia would allow inspectors": a question put to someone is not their claim
_QUESTION = re.compile(r"[\"“‘']?(whether|if|why|how|what|who|whom|when|where|which)\b", re.IGNORECASE)


class TechniqueLike(Protocol):
    start: int
    end: int
    label: str
    confidence: float


class ClaimLike(Protocol):
    start: int
    end: int
    score: float


def innermost_holding(attributions: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution with the smallest content that holds ``[start, end)`` (mostly)."""
    best: Attribution | None = None
    for a in attributions:
        overlap = min(end, a.content.end) - max(start, a.content.start)
        if overlap <= 0 or overlap < 0.5 * (end - start):
            continue
        if best is None or len(a.content) < len(best.content):
            best = a
    return best


def claim_attribution(attributions: Sequence[Attribution], start: int, end: int) -> tuple[Attribution | None, int, int]:
    """The attribution a check-worthy sentence is a claim of, and the claim's range.

    A sentence mostly inside a content is that attribution's claim. A sentence that holds
    a content ("Eight canisters have been delivered, the ministry said.") is the source's
    claim, narrowed to the content: the reporting words are not part of what is claimed.
    """
    inside = [a for a in attributions if start <= a.content.start and a.content.end <= end
              and len(a.content) >= 0.3 * (end - start) and not _QUESTION.match(a.content.text)]
    # the innermost (the ministry's words, not RT's report of them); of disjoint ones, the longest
    innermost = [a for a in inside if not any(b is not a and a.content.start <= b.content.start and b.content.end <= a.content.end
                                             for b in inside)]
    if innermost:
        a = max(innermost, key=lambda a: len(a.content))
        return a, a.content.start, a.content.end
    held = innermost_holding([a for a in attributions if not _QUESTION.match(a.content.text)], start, end)
    if held is not None:
        return held, start, end
    return None, start, end


def with_persuasion(report: Report, techniques: Sequence[TechniqueLike] | None = None,
                    claims: Sequence[ClaimLike] | None = None, *, pipeline: dict[str, str] | None = None) -> Report:
    """``report`` with technique markers and claims added (``None`` leaves a stage out)."""
    text = report.article.text
    atts = report.attributions
    markers = list(report.markers)
    for t in techniques or ():
        a = innermost_holding(atts, t.start, t.end)
        markers.append(Marker("", "technique", t.label, Span.of(text, t.start, t.end), a.id if a else None,
                              float(t.confidence)))
    markers.sort(key=lambda m: (m.span.start, m.span.end, m.type))
    markers = [dataclasses.replace(m, id=f"M{i + 1}") for i, m in enumerate(markers)]
    out_claims = list(report.claims)
    for c in claims or ():
        a, s, e = claim_attribution(atts, c.start, c.end)
        out_claims.append(Claim("", Span.of(text, s, e), float(c.score), a.id if a else None))
    out_claims.sort(key=lambda c: c.span.start)
    out_claims = [dataclasses.replace(c, id=f"C{i + 1}") for i, c in enumerate(out_claims)]
    info = dict(report.pipeline)
    info.update(pipeline or {})
    return dataclasses.replace(report, markers=tuple(markers), claims=tuple(out_claims), pipeline=info)
