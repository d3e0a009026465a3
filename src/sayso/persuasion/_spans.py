"""Segments of an article for the technique tagger, and the token states over them.

The stage gets spaCy's sentence ranges; PTC-like texts (and many extracted pages) hold one
paragraph per line, and spaCy sometimes runs a sentence across a line break, so each range
is cut again at newlines and stripped. A segment longer than the encoder's window is
encoded in several windows (never truncated, never an error). Pure helpers, no torch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

# a window holds at most this many characters; MiniLM's 256 word pieces cover ~1000
# characters of English news, so a window this size is rarely cut again by the tokenizer
MAX_CHARS = 900


class EncoderLike(Protocol):
    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> list: ...


@dataclass(frozen=True, slots=True)
class Segment:
    """Token states of one stretch of the article, offsets in article coordinates."""

    start: int
    end: int
    tokens: np.ndarray  # (n, DIM) float32
    offsets: np.ndarray  # (n, 2) int64, article code-point offsets
    pooled: np.ndarray  # (DIM,) float32
    penultimate: np.ndarray | None = None  # (n, DIM) float32, the encoder's layer 5 states of the same tokens


def segment_ranges(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges cut at newlines, stripped of whitespace, empty ones dropped, in order."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in sorted(sentences):
        s, e = max(0, int(s)), min(n, int(e))
        pos = s
        while pos < e:
            nl = text.find("\n", pos, e)
            stop = e if nl < 0 else nl
            a, b = pos, stop
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.extend(_windows(text, a, b))
            pos = stop + 1
    # spaCy's ranges never overlap; guard anyway so a token is never tagged twice
    dedup: list[tuple[int, int]] = []
    for a, b in out:
        if dedup and a < dedup[-1][1]:
            a = dedup[-1][1]
        if b > a:
            dedup.append((a, b))
    return dedup


def _windows(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """[a, b) in pieces of at most MAX_CHARS, cut at whitespace where there is some."""
    out = []
    while b - a > MAX_CHARS:
        cut = text.rfind(" ", a + MAX_CHARS // 2, a + MAX_CHARS)
        cut = cut if cut > a else a + MAX_CHARS
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out


def first_window(text: str, a: int, b: int) -> int:
    """The end of the first window ``segment_ranges`` cuts from the stripped line [a, b)."""
    return _windows(text, a, b)[0][1] if b > a else b


def encode_segments(encoder: EncoderLike, text: str, sentences: Sequence[tuple[int, int]]) -> list[Segment]:
    """Every segment of ``text`` through the encoder, in one batched call."""
    ranges = segment_ranges(text, sentences)
    if not ranges:
        return []
    encoded = encoder.encode([text[a:b] for a, b in ranges])
    segments = []
    for (a, b), enc in zip(ranges, encoded, strict=True):
        if len(enc.offsets) == 0:
            continue
        offs = np.asarray(enc.offsets, dtype=np.int64) + a
        pen = getattr(enc, "penultimate", None)
        segments.append(Segment(a, b, np.asarray(enc.tokens, dtype=np.float32), offs, np.asarray(enc.pooled, dtype=np.float32),
                                None if pen is None else np.asarray(pen, dtype=np.float32)))
    return segments
