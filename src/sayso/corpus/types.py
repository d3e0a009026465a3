"""The records that cross-article logic speaks: what the store hands in, what comes back.

Plain frozen dataclasses, no I/O: the store builds them from its rows, the corpus modules
(identity, compare, trace, network) compute on them, and the CLI, the web app and the
Spark engine render them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Relation = Literal["verbatim", "paraphrase", "mutation", "different"]
RELATIONS: tuple[str, ...] = ("verbatim", "paraphrase", "mutation", "different")


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One article's source (``Report.sources`` item) as the corpus sees it.

    ``article_names`` holds the names of every source of the same article, so that a bare
    surname ("Morrison") can be resolved against a full name given in that article.
    """

    article_key: str
    source_id: str
    name: str
    type: str
    mentions: tuple[str, ...] = ()
    outlet: str | None = None
    description: str | None = None
    article_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Identity:
    """One speaker across the corpus: a canonical name, its aliases, the article sources it joins."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    members: tuple[tuple[str, str], ...] = ()  # (article_key, source_id)


@dataclass(frozen=True, slots=True)
class IdentityResult:
    identities: tuple[Identity, ...] = ()
    by_source: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (article_key, source_id) -> Identity.id


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """How two statements relate: ``relation`` and a ``score`` in [0, 1] (same-claim likelihood).

    ``changes`` names what differs when the relation is ``mutation`` ("number changed",
    "hedge added", "negated", ...).
    """

    relation: Relation
    score: float
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Telling:
    """One statement in the corpus: an attribution's content or a check-worthy claim."""

    article_key: str
    item_id: str  # "A7" (attribution) or "C3" (claim) within the article
    text: str
    outlet: str | None = None
    published: str | None = None  # ISO 8601
    url: str | None = None
    title: str | None = None
    source: str | None = None  # the source's (identity's) name; None when unattributed
    source_type: str | None = None
    chain: tuple[str, ...] = ()  # source names, outermost first: ("RT", "Russian Defense Ministry")
    hedged: bool = False
    kind: str | None = None  # direct | indirect | mixed | claim
    cue: str | None = None
    article_id: str | None = None  # the corpus id shown to users (JSONL id, else the key)


@dataclass(frozen=True, slots=True)
class TraceStep:
    """A telling in a trace, related to the first appearance."""

    telling: Telling
    relation: str  # "first", or a Relation relative to the first telling
    score: float
    changes: tuple[str, ...] = ()
    diff: tuple[tuple[str, str], ...] = ()  # word diff against the first: ("=", w) | ("-", w) | ("+", w)


@dataclass(frozen=True, slots=True)
class Trace:
    query: str
    steps: tuple[TraceStep, ...] = ()  # time order; steps[0] is the first appearance


@dataclass(frozen=True, slots=True)
class CitationEdge:
    """``citing`` outlet's attributions name ``cited`` (as source or via-chain link) ``count`` times in ``month``."""

    citing: str
    cited: str
    month: str = ""  # YYYY-MM, "" when the article has no date
    count: int = 1
