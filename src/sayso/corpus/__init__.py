"""Cross-article analysis: source identity, claim matching, traces, the citation network.

Works on model objects and the small records of :mod:`sayso.corpus.types`; it never opens
the database (that is :mod:`sayso.store`) and never imports spaCy. ``compare_claims`` is
public API, imported lazily (with the persuasion extra it loads the MiniLM embedder).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sayso.corpus.types import ClaimMatch

if TYPE_CHECKING:
    from sayso.corpus.compare import compare_claims, compare_many

__all__ = ["ClaimMatch", "compare_claims", "compare_many"]


def __getattr__(name: str) -> Any:
    if name in ("compare_claims", "compare_many"):
        from sayso.corpus import compare

        return getattr(compare, name)
    raise AttributeError(f"module 'sayso.corpus' has no attribute {name!r}")
