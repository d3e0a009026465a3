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


# cues whose content is no statement of its own: "accused the US of staging ...", "vowed to hold
# Assad responsible", "urged them to leave", "denied the report": the whole sentence is the claim
_NOT_A_STATEMENT_CUE = re.compile(
    r"^(?:accus|urg|vow|promis|pledg|threaten|call|demand|ask|order|invit|blam|prais|critici[sz]|condemn|"
    r"deni|deny|reject|dismiss|refus|plan|want|hope|seek|sought|tr(?:y|ied|ies)|offer|agree|decid|expect|"
    r"welcom|applaud|thank|apologi|describ|label|brand|dub|term)",
    re.IGNORECASE,
)
# a content that starts like a complement, not a clause: "to hold ...", "of staging ...", "for ...",
# a gerund ("[we have started] distributing 50 lakh masks"); "nothing has changed" is a clause, and so
# is one that opens with an adverbial before a comma ("as of 2016, the country had admitted ...")
_NOT_A_STATEMENT_START = re.compile(
    r"^[\"“‘'(]*(?:(?i:to|of|for|against|about|on|over|with|as)\b(?![^,]{0,60},)|(?!(?:no|some|every|any)thing\b)[a-z]+ing\b)")
_THAT = re.compile(r"^that\s+", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def reads_as_statement(text: str, a: Attribution, start: int, end: int) -> bool:
    """Whether ``a``'s content, inside the sentence ``text[start:end]``, can stand as the claim on
    its own: a clause (not "the US of staging a campaign", "to hold Assad responsible"), reported by
    a cue that states something, with nothing left over in the sentence but the reporting frame
    (the source, the cue and punctuation): not a content cut short of its sentence ("said the
    dispute had left the Security Council" before "“paralysed” at a moment when ...")."""
    c = a.content
    if _NOT_A_STATEMENT_START.match(c.text) or _QUESTION.match(c.text):
        return False
    if a.cue is not None and any(_NOT_A_STATEMENT_CUE.match(w) for w in a.cue.text.split()):  # "also wants"
        return False
    frame = [s for s in (a.cue, a.source_span) if s is not None]

    def framed(lo: int, hi: int) -> bool:  # no words there, or the reporting frame is
        return not _LETTER.search(text[lo:hi]) or any(lo <= s.start and s.end <= hi for s in frame)

    return framed(start, c.start) and framed(c.end, end)


def claim_attribution(attributions: Sequence[Attribution], start: int, end: int,
                      text: str | None = None) -> tuple[Attribution | None, int, int]:
    """The attribution a check-worthy sentence is a claim of, and the claim's range.

    A sentence mostly inside a content is that attribution's claim. A sentence that holds
    a content ("Eight canisters have been delivered, the ministry said.") is the source's
    claim, narrowed to the content (a leading "that" dropped): the reporting words are not part
    of what is claimed. Where the content cannot stand alone (``reads_as_statement``: "Arkhipov
    accused the US of staging a campaign"), the claim is the whole sentence, still the source's.
    ``text`` is the article text the ranges index (needed for the leftover check; without it,
    every content that starts like a clause reads as a statement).
    """
    inside = [a for a in attributions if start <= a.content.start and a.content.end <= end
              and len(a.content) >= 0.3 * (end - start) and not _QUESTION.match(a.content.text)]
    # the innermost (the ministry's words, not RT's report of them); of disjoint ones, the longest
    innermost = [a for a in inside if not any(b is not a and a.content.start <= b.content.start and b.content.end <= a.content.end
                                             for b in inside)]
    if innermost:
        a = max(innermost, key=lambda a: len(a.content))
        if text is not None and not reads_as_statement(text, a, start, end):
            return a, start, end
        s = a.content.start + (m.end() if (m := _THAT.match(a.content.text)) else 0)
        return a, s, a.content.end
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
        a, s, e = claim_attribution(atts, c.start, c.end, text)
        out_claims.append(Claim("", Span.of(text, s, e), float(c.score), a.id if a else None))
    out_claims.sort(key=lambda c: c.span.start)
    out_claims = [dataclasses.replace(c, id=f"C{i + 1}") for i, c in enumerate(out_claims)]
    info = dict(report.pipeline)
    info.update(pipeline or {})
    return dataclasses.replace(report, markers=tuple(markers), claims=tuple(out_claims), pipeline=info)
