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

from sayso.errors import (
    EmptyInputError,
    FetchError,
    InputError,
    ModelError,
    ResourceError,
    SaysoError,
    SaysoWarning,
)
from sayso.model import SCHEMA, Article, Attribution, Claim, Marker, Profile, Report, Source, Span

__all__ = [
    "SCHEMA",
    "Article",
    "Attribution",
    "Claim",
    "Corpus",
    "EmptyInputError",
    "FetchError",
    "InputError",
    "Marker",
    "ModelError",
    "Outcome",
    "Profile",
    "Report",
    "ResourceError",
    "SaysoError",
    "SaysoWarning",
    "Source",
    "Span",
    "__version__",
    "analyze",
    "analyze_file",
    "analyze_many",
    "analyze_url",
    "iter_outcomes",
    "read",
]

# The analysis entry points import spaCy (and the readers trafilatura, httpx); they load on
# first use so that `import sayso.model`, `sayso --version` and the report renderers stay light.
_LAZY = {
    "sayso.analyzer": {"Outcome", "analyze", "analyze_many", "iter_outcomes"},
    "sayso.reading": {"analyze_file", "analyze_url", "read"},
    "sayso.corpus.api": {"Corpus"},  # the corpus database (sqlite3)
}

if _TYPE_CHECKING:
    from sayso.analyzer import Outcome, analyze, analyze_many, iter_outcomes
    from sayso.corpus.api import Corpus
    from sayso.reading import analyze_file, analyze_url, read


def __getattr__(name: str) -> _Any:
    for module_name, names in _LAZY.items():
        if name in names:
            import importlib

            module = importlib.import_module(module_name)
            # bind the API names here so later lookups skip __getattr__
            for lazy in names:
                globals()[lazy] = getattr(module, lazy)
            return globals()[name]
    raise AttributeError(f"module 'sayso' has no attribute {name!r}")
