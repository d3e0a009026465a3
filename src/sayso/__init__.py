"""sayso: who says so? Attribution, sourcing and hedging analysis for news text.

    >>> import sayso
    >>> report = sayso.analyze("“We will respond,” the minister said.")
    >>> report.to_dict()["schema"]
    'sayso.report/1'
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from sayso.errors import EmptyInputError, InputError, ModelError, ResourceError, SaysoError
from sayso.model import SCHEMA, Article, Attribution, Claim, Marker, Profile, Report, Source, Span

__all__ = [
    "SCHEMA",
    "Article",
    "Attribution",
    "Claim",
    "Corpus",
    "EmptyInputError",
    "InputError",
    "Marker",
    "ModelError",
    "Outcome",
    "Profile",
    "Report",
    "ResourceError",
    "SaysoError",
    "Source",
    "Span",
    "__version__",
    "analyze",
    "analyze_many",
    "iter_outcomes",
]

# The analysis entry points import spaCy; they load on first use so that
# `import sayso.model`, `sayso --version` and the report renderers stay light.
_LAZY = {"Outcome", "analyze", "analyze_many", "iter_outcomes"}

if _TYPE_CHECKING:
    from sayso.analyzer import Outcome, analyze, analyze_many, iter_outcomes
    from sayso.corpus.api import Corpus


def __getattr__(name: str) -> _Any:
    if name == "Corpus":  # the corpus database: loads sqlite3 only when asked for
        from sayso.corpus.api import Corpus

        globals()["Corpus"] = Corpus
        return Corpus
    if name in _LAZY:
        import importlib

        module = importlib.import_module("sayso.analyzer")
        # bind the API names here so later lookups skip __getattr__
        for lazy in _LAZY:
            globals()[lazy] = getattr(module, lazy)
        return globals()[name]
    raise AttributeError(f"module 'sayso' has no attribute {name!r}")
