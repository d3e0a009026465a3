"""Features of a span for the technique classifier; shared by training and inference.

A span is described by its token states (mean, max, first, last: the technique stage's own
tuned last layer, or any per-segment states passed as ``states``), its sentence's
pooled vector, a few surface figures (length, quotes, "!", "?") and repetition figures
(how often the span and its words recur elsewhere in the article: the signal for
*Repetition*, which no sentence-local state can see). A bag of the span's words is a
second view, weighted as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from sayso.persuasion._spans import Segment

DIM = 384
N_SURFACE = 13
N_FEATURES = 5 * DIM + N_SURFACE

_WORD = re.compile(r"\w+")
_TFIDF_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern


class ArticleContext:
    """Per-article figures computed once for every span of the article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.title = self.lower.split("\n", 1)[0]
        self.words = [(m.start(), m.group()) for m in _WORD.finditer(self.lower)]
        self.counts = Counter(w for _, w in self.words)


def span_tokens(segments: Sequence[Segment], start: int, end: int,
                states: Sequence[np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray] | None:
    """Token states overlapping [start, end) (across segments) and the first segment's pooled vector;
    ``states`` (one (n, DIM) array per segment) replaces the segments' own last-layer states."""
    rows = []
    pooled = None
    for i, seg in enumerate(segments):
        if seg.end <= start or seg.start >= end:
            continue
        mask = (seg.offsets[:, 0] < end) & (seg.offsets[:, 1] > start)
        if mask.any():
            rows.append((seg.tokens if states is None else states[i])[mask])
            if pooled is None:
                pooled = seg.pooled
    if not rows or pooled is None:
        return None
    return np.concatenate(rows), pooled


def span_features(ctx: ArticleContext, segments: Sequence[Segment], start: int, end: int,
                  states: Sequence[np.ndarray] | None = None) -> np.ndarray:
    """The dense feature vector (N_FEATURES,) of one span, surface figures last; zeros where no
    token covers it."""
    got = span_tokens(segments, start, end, states)
    if got is None:
        return np.zeros(N_FEATURES, np.float32)
    states, pooled = got
    seg_len = next((s.end - s.start for s in segments if s.end > start and s.start < end), 1)
    span = ctx.text[start:end]
    low = span.lower().strip()
    occurrences = ctx.lower.count(low) if low else 0
    before = ctx.lower.count(low, 0, start) if low else 0
    words = [w for w in _WORD.findall(low) if len(w) > 3]
    # counts of each word outside the span
    inside = Counter(w for pos, w in ctx.words if start <= pos < end)
    elsewhere = [ctx.counts[w] - inside[w] for w in words]
    surface = [
        np.log1p(end - start), np.log1p(len(states)), np.log1p(occurrences), float(before > 0),
        (end - start) / max(1, seg_len), float('"' in span or "\u201c" in span), float(span[:1].isupper()),
        float("!" in span), float("?" in span), float(len(span.split()) == 1),
        float(np.mean([c > 0 for c in elsewhere])) if words else 0.0,
        float(np.log1p(max(elsewhere, default=0))),
        float(bool(low) and low in ctx.title and start > len(ctx.title)),
    ]
    return np.concatenate([states.mean(0), states.max(0), states[0], states[-1], pooled,
                           np.asarray(surface, np.float32)]).astype(np.float32)


def tfidf(span: str, vocab: Mapping[str, int], idf: np.ndarray) -> np.ndarray:
    """Sublinear tf-idf of the span's words, L2-normalised (as scikit-learn computes it)."""
    counts = Counter(w for w in _TFIDF_TOKEN.findall(span.lower()) if w in vocab)
    vec = np.zeros(len(idf), np.float32)
    for w, c in counts.items():
        i = vocab[w]
        vec[i] = (1.0 + np.log(c)) * idf[i]
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else vec
