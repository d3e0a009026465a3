"""Trace a claim: every telling that states it, in time order, each related to the first appearance.

``build_trace(query, tellings)`` keeps the tellings that :func:`compare_claims` finds to state
the same thing as the query (verbatim, paraphrase or mutation; a denial is "different" and
dropped), orders them by publication time (undated last, ties in the order given), and
relates every later telling to the first: the words (``compare_claims`` against the first
telling's text), the source ("a ministry said" -> unattributed is "source changed") and the
hedging (``Telling.hedged`` or hedge words). Any such change makes the step a ``mutation``.
Each step carries a word diff against the first (difflib over whitespace-split words).

A short claim inside a long statement is judged against the parts of the statement that
hold its words (:mod:`sayso.corpus.windows`) as well as the whole: the strongest judgement
stands, so a quote with its context around it is still the quote. Later tellings are then
related to the first, and diffed, through those parts (the whole text where it won).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sayso.corpus.compare import ClaimComparer, default_comparer
from sayso.corpus.types import ClaimMatch, Telling, Trace, TraceStep
from sayso.corpus.windows import windows

SAME_CLAIM = frozenset({"verbatim", "paraphrase", "mutation"})


def _timestamp(published: str | None) -> datetime | None:
    """An aware UTC datetime from ISO 8601 ("2016-03-11", "2016-03-11T10:00:00Z"); None when unreadable."""
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def word_diff(first: str, other: str) -> tuple[tuple[str, str], ...]:
    """("=", w) kept, ("-", w) gone from the first, ("+", w) new in the other."""
    a, b = first.split(), other.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += [("=", w) for w in a[i1:i2]]
        else:
            out += [("-", w) for w in a[i1:i2]]
            out += [("+", w) for w in b[j1:j2]]
    return tuple(out)


def _source_key(name: str | None) -> str:
    words = (name or "").lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def source_changes(first: Telling, other: Telling) -> tuple[str, ...]:
    """"source changed" when the source or the chain it came through differs; hedging from the flags."""
    out = []
    if _source_key(first.source) != _source_key(other.source) or \
            [_source_key(s) for s in first.chain] != [_source_key(s) for s in other.chain]:
        out.append("source changed")
    if first.hedged != other.hedged:
        out.append("hedge added" if other.hedged else "hedge dropped")
    return tuple(out)


_STRENGTH = {"verbatim": 3, "paraphrase": 2, "mutation": 1, "different": 0}


def _best(matches: Sequence[tuple[ClaimMatch, str]]) -> tuple[ClaimMatch, str]:
    """The strongest judgement (verbatim over paraphrase over mutation over different, then the score), the first on ties."""
    return max(matches, key=lambda mp: (_STRENGTH[mp[0].relation], mp[0].score))


def _judge(comparer: ClaimComparer, query: str, texts: Sequence[str]) -> list[tuple[ClaimMatch, str]]:
    """How each text relates to ``query``, and the part of the text that says it (the whole text, or a window).

    ``compare_many`` on the whole texts and on parts of the longer side: a short claim inside a
    long statement (or a long query holding a short telling) is judged against the parts of
    the longer text that hold its words as well (:func:`windows`), and the strongest
    judgement stands: the context around a quote is not a change of the claim. Each
    distinct text is judged once: syndicated copies repeat a statement word for word (the
    100k-article load test holds every statement 108 times).
    """
    distinct = list(dict.fromkeys(texts))
    pieces = {t: windows(t, query) for t in distinct}
    judged = iter(comparer.compare_many(query, [p for t in distinct for p in (t, *pieces[t])]))
    best = {t: _best([(next(judged), t), *_stating((next(judged), p) for p in pieces[t])]) for t in distinct}
    for t in distinct:  # a long query (``--attribution`` of a long statement): a short telling may be one part
        parts = windows(query, t)
        if parts:
            best[t] = _best([best[t], *_stating((m, t) for m in comparer.compare_many(t, parts))])
    return [best[t] for t in texts]


def _stating(matches: Iterable[tuple[ClaimMatch, str]]) -> list[tuple[ClaimMatch, str]]:
    """The judgements of parts that state the claim outright: a part that only shares words with it
    ("mutation") is no evidence that the long statement carries it (PolNeAR: such parts were
    other claims with the same names)."""
    return [(m, p) for m, p in matches if m.relation in ("verbatim", "paraphrase")]


def build_trace(query: str, tellings: Sequence[Telling], *, comparer: ClaimComparer | None = None) -> Trace:
    """The tellings that state what ``query`` states, first appearance first (see the module docstring)."""
    if not isinstance(query, str):
        raise TypeError(f"a trace query is a string, not {type(query).__name__}")
    tellings = [t for t in tellings if isinstance(t, Telling) and t.text and t.text.strip()]
    if not query.strip() or not tellings:
        return Trace(query)
    comparer = comparer or default_comparer()
    matches = _judge(comparer, query, [t.text for t in tellings])
    kept = [(t, m, part, i) for i, (t, (m, part)) in enumerate(zip(tellings, matches, strict=True))
            if m.relation in SAME_CLAIM]
    if not kept:
        return Trace(query)
    far_future = datetime.max.replace(tzinfo=UTC)
    kept.sort(key=lambda item: ((ts := _timestamp(item[0].published)) is None, ts or far_future, item[3]))
    first, first_match, first_part, _ = kept[0]
    steps = [TraceStep(first, "first", first_match.score, first_match.changes if first_match.relation == "mutation" else ())]
    # later tellings are related to the first through the parts that state the query's claim:
    # two long statements carrying one quote differ in their context, not in the claim
    rest = [(t, part) for t, _, part, _ in kept[1:]]
    relations = _judge(comparer, first_part, [part for _, part in rest])
    for (telling, part), (match, _) in zip(rest, relations, strict=True):
        changes = list(match.changes)
        relation = match.relation
        if relation == "different":  # both state the query; between themselves only reworded
            relation = "mutation"
            changes = changes or ["words changed"]
        for change in source_changes(first, telling):
            if change not in changes:
                changes.append(change)
        if changes and relation != "mutation":
            relation = "mutation"
        steps.append(TraceStep(telling, relation, match.score, tuple(changes), word_diff(first_part, part)))
    return Trace(query, tuple(steps))
