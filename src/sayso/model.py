"""The data model: frozen dataclasses that every layer speaks.

Nothing here imports spaCy or does I/O. Offsets are code-point offsets into
``Article.text`` (end exclusive), so ``article.text[span.start:span.end] == span.text``.
``Report.to_dict()`` produces the ``sayso.report/1`` contract (``../shared/SPEC.md``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "sayso.report/1"

SourceType = Literal[
    "person", "organization", "outlet", "government", "group", "anonymous", "author", "unknown"
]
SOURCE_TYPES: tuple[str, ...] = (
    "person", "organization", "outlet", "government", "group", "anonymous", "author", "unknown",
)
AttributionKind = Literal["direct", "indirect", "mixed"]
Medium = Literal["speech", "writing", "thought", "unknown"]
MEDIA: tuple[str, ...] = ("speech", "writing", "thought", "unknown")
MarkerType = Literal["hedge", "scare_quote", "technique"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of the article text, with the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start


BlockKind = Literal["paragraph", "heading", "blockquote", "list", "table", "other"]


@dataclass(frozen=True, slots=True)
class Block:
    """A structural block of an HTML article (paragraph, heading, blockquote, ...): a range of ``Article.text``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """Text plus metadata: what every input becomes before analysis.

    ``blocks`` is the page structure when the input was HTML (empty for plain text);
    ``warnings`` are what reading the input found (coded: ``sayso.errors.Coded``). Neither is
    part of ``to_dict()``: the report lists the warnings.
    """

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str = "en"
    id: str = ""
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()  # what reading it found (invalid UTF-8, a lying charset): each report repeats them

    def __post_init__(self) -> None:
        if not self.id:
            key = self.url or self.text
            object.__setattr__(self, "id", hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:16])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "authors": list(self.authors),
            "published": self.published,
            "language": self.language,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """One speaker, with every mention of it in the article."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "description": self.description,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what: a source, a cue and a content, with its kind and chain."""

    id: str
    kind: str
    content: Span
    cue: Span | None
    source: str | None = None
    source_span: Span | None = None
    addressee: str | None = None
    via: str | None = None
    hedged: bool = False
    confidence: float = 0.0
    content_parts: tuple[Span, ...] = ()
    medium: str = "unknown"  # speech | writing | thought | unknown (what the attribution reports)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "medium": self.medium,
            "source": self.source,
            "source_span": self.source_span.to_dict() if self.source_span else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "addressee": self.addressee,
            "via": self.via,
            "hedged": self.hedged,
            "confidence": round(self.confidence, 4),
        }
        if len(self.content_parts) > 1:
            out["content_parts"] = [p.to_dict() for p in self.content_parts]
        return out


@dataclass(frozen=True, slots=True)
class Marker:
    """A hedge, scare quote or persuasion technique over a span."""

    id: str
    type: str
    label: str
    span: Span
    attribution: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "label": self.label,
            "span": self.span.to_dict(),
            "attribution": self.attribution,
        }
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 4)
        return out


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy statement, linked to the attribution it sits in."""

    id: str
    span: Span
    checkworthiness: float
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": self.span.to_dict(),
            "checkworthiness": round(self.checkworthiness, 4),
            "attribution": self.attribution,
        }


@dataclass(frozen=True, slots=True)
class TopSource:
    source: str
    name: str
    attributions: int


@dataclass(frozen=True, slots=True)
class Profile:
    """The article's sourcing profile."""

    attributions: int = 0
    sources: int = 0
    named_sources: int = 0
    anonymous_sources: int = 0
    attributed_share: float = 0.0
    direct: int = 0
    indirect: int = 0
    mixed: int = 0
    hedged: int = 0
    sources_by_type: dict[str, int] = field(default_factory=dict)
    top_sources: tuple[TopSource, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "attributions": self.attributions,
            "sources": self.sources,
            "named_sources": self.named_sources,
            "anonymous_sources": self.anonymous_sources,
            "attributed_share": round(self.attributed_share, 4),
            "direct": self.direct,
            "indirect": self.indirect,
            "mixed": self.mixed,
            "hedged": self.hedged,
            "sources_by_type": dict(self.sources_by_type),
            "top_sources": [
                {"source": t.source, "name": t.name, "attributions": t.attributions}
                for t in self.top_sources
            ],
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything sayso found in one article: the ``sayso.report/1`` document."""

    article: Article
    sources: tuple[Source, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    markers: tuple[Marker, ...] = ()
    claims: tuple[Claim, ...] = ()
    profile: Profile = field(default_factory=Profile)
    warnings: tuple[str, ...] = ()
    pipeline: dict[str, str] = field(default_factory=dict)
    # a source's stated position toward a thing that is no proposition ("denied the allegations"): the shape of an
    # attribution, ids "T1" ..., content the thing; no claim is reported, so none counts in ``profile``
    stances: tuple[Attribution, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "sources": [s.to_dict() for s in self.sources],
            "attributions": [a.to_dict() for a in self.attributions],
            "markers": [m.to_dict() for m in self.markers],
            "claims": [c.to_dict() for c in self.claims],
            "profile": self.profile.to_dict(),
            "stances": [t.to_dict() for t in self.stances],
        }
        if self.warnings:
            out["warnings"] = [str(w) for w in self.warnings]
            # the same warnings with their codes (sayso.errors.Warnings); W000: one given without a code
            out["coded_warnings"] = [{"code": getattr(w, "code", "W000"), "message": str(w)} for w in self.warnings]
        if self.pipeline:
            out["pipeline"] = dict(self.pipeline)
        return out

    def _repr_html_(self) -> str:
        """Jupyter shows a Report as its HTML report (imported here: the model stays renderer-free)."""
        from sayso.report.html import notebook_html

        return notebook_html(self)

    def source(self, source_id: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def attribution(self, attribution_id: str | None) -> Attribution | None:
        return next((a for a in self.attributions if a.id == attribution_id), None)

    def chain(self, attribution: Attribution) -> list[Attribution]:
        """The attribution and every one it is reported through, outermost first."""
        out = [attribution]
        seen = {attribution.id}
        while out[0].via and out[0].via not in seen:
            outer = self.attribution(out[0].via)
            if outer is None:
                break
            seen.add(outer.id)
            out.insert(0, outer)
        return out


def spans_valid(text: str, spans: Sequence[Span]) -> bool:
    """True when every span covers exactly its text (a contract check used by tests)."""
    return all(0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text for s in spans)
