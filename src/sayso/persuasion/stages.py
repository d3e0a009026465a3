"""The persuasion stages as the analyzer runs them: loaded once, switched on and off.

``Persuasion(techniques=..., claims=...)`` loads the technique tagger and the claim
scorer (and with them the shared MiniLM encoder) on first use. Where the
``persuasion`` extra is not installed, or a model file is broken, the stages are skipped
with one warning in every report rather than failing the batch.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from sayso._blas import one_blas_thread
from sayso.errors import ResourceError, warning
from sayso.model import Report
from sayso.persuasion.merge import with_persuasion

log = logging.getLogger(__name__)

Range = tuple[int, int]
WINDOW = 256  # sentences per pass of the persuasion stages
MAX_CLAIMS = 10  # a ranked list a fact-checker can stop reading after ten lines
_WORDY = re.compile(r"[^\W\d_]{2}")


class Persuasion:
    """Technique markers and check-worthy claims for reports."""

    def __init__(self, *, techniques: bool = True, claims: bool = True, all_techniques: bool = False,
                 techniques_threshold: float | None = None, max_claims: int | None = MAX_CLAIMS) -> None:
        """``all_techniques`` emits every technique span the tagger finds; else those at or above
        ``techniques_threshold`` (the model's precision-first default when None). ``max_claims``
        keeps the most check-worthy claims (None: all); a warning counts the rest."""
        if max_claims is not None and max_claims < 0:
            raise ValueError(f"max_claims must be 0 or more, not {max_claims}")
        self.techniques = techniques
        self.claims = claims
        self.emit_threshold = 0.0 if all_techniques else techniques_threshold
        self.max_claims = max_claims
        self._tagger = None
        self._scorer = None
        self._loaded = False
        self.warning: str | None = None
        self.info: dict[str, str] = {}

    @property
    def enabled(self) -> bool:
        return self.techniques or self.claims

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            if self.techniques:
                from sayso.persuasion.techniques import load_technique_tagger

                self._tagger = load_technique_tagger()
                self.info["techniques"] = getattr(self._tagger, "version", "1")
            if self.claims:
                from sayso.persuasion.claims import load_claim_scorer

                self._scorer = load_claim_scorer()
                self.info["claims"] = getattr(self._scorer, "version", "1")
        except (ResourceError, ImportError) as e:
            self._skip(e)

    def _skip(self, e: Exception) -> None:
        self._tagger = self._scorer = None
        self.info = {}
        self.warning = warning("W003", reason=e)
        log.warning(self.warning)

    def apply(self, report: Report, sentences: Sequence[Range]) -> Report:
        """``report`` with the enabled stages' markers and claims (or their warning)."""
        if not self.enabled:
            return report
        self._load()
        if self.warning:
            return dataclasses.replace(report, warnings=(*report.warnings, self.warning))
        text = report.article.text
        # a technique or a claim needs words: a sentence without one of two letters ("a", "“”") has none
        sentences = [r for r in sentences if _WORDY.search(text[r[0]:r[1]])]
        try:
            # a window of sentences at a time: memory stays bounded (the tuned layer stacks every token
            # it is given; a 1 MB article at once peaked at 5.2 GB); every figure is per sentence or
            # per article text, so the results are the same as in one pass
            techniques = [] if self._tagger is not None else None
            claims = [] if self._scorer is not None else None
            with _one_blas_thread():
                for k in range(0, len(sentences), WINDOW):
                    part = sentences[k:k + WINDOW]
                    if techniques is not None:
                        techniques += self._tagger.find(text, part, emit_threshold=self.emit_threshold)
                    if claims is not None:
                        claims += self._scorer.find(text, part)
        except ResourceError as e:  # the encoder loads on first use: a plain install has no embedder
            self._skip(e)
            return dataclasses.replace(report, warnings=(*report.warnings, self.warning))
        shown, more = top_claims(claims, self.max_claims)
        if more:
            report = dataclasses.replace(report, warnings=(*report.warnings, warning("W009", count=more, shown=len(shown))))
        return with_persuasion(report, techniques, shown, pipeline=self.info)


def top_claims(claims: Sequence[Any] | None, limit: int | None) -> tuple[list[Any] | None, int]:
    """The ``limit`` highest-scored claims (all when None) and how many were left out."""
    if claims is None or limit is None or len(claims) <= limit:
        return claims, 0
    ranked = sorted(claims, key=lambda c: (-c.score, c.start))
    return ranked[:limit], len(claims) - limit


def _one_blas_thread() -> AbstractContextManager[Any]:
    """BLAS on one thread for the heads' small matrix products: a second OpenBLAS thread costs
    more than it brings on them (the claims head: 5 ms a call on one thread, 72 ms on two on a
    loaded 2-core machine). The encoder runs in ONNX Runtime, whose threads this leaves alone."""
    return one_blas_thread()
