"""The persuasion stages as the analyzer runs them: loaded once, switched on and off.

``Persuasion(techniques=..., claims=...)`` loads the technique tagger and the claim
scorer (and with them the shared MiniLM encoder) on first use. Where the
``persuasion`` extra is not installed, or a model file is broken, the stages are skipped
with one warning in every report rather than failing the batch.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from sayso.errors import ResourceError, warning
from sayso.model import Report
from sayso.persuasion.merge import with_persuasion

log = logging.getLogger(__name__)

Range = tuple[int, int]


class Persuasion:
    """Technique markers and check-worthy claims for reports."""

    def __init__(self, *, techniques: bool = True, claims: bool = True) -> None:
        self.techniques = techniques
        self.claims = claims
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
        sentences = [r for r in sentences if text[r[0]:r[1]].strip()]
        try:
            techniques = self._tagger.find(text, sentences) if self._tagger is not None else None
            claims = self._scorer.find(text, sentences) if self._scorer is not None else None
        except ResourceError as e:  # the encoder loads on first use: a plain install has no embedder
            self._skip(e)
            return dataclasses.replace(report, warnings=(*report.warnings, self.warning))
        return with_persuasion(report, techniques, claims, pipeline=self.info)

