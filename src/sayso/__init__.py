"""sayso: who says so? Attribution, sourcing and hedging analysis for news text.

    >>> import sayso
    >>> report = sayso.analyze("“We will respond,” the minister said.")
    >>> report.to_dict()["schema"]
    'sayso.report/1'
"""

from __future__ import annotations

__version__ = "0.1.0"

from sayso.analyze import Outcome, analyze, analyze_many, iter_outcomes
from sayso.errors import EmptyInputError, InputError, ModelError, ResourceError, SaysoError
from sayso.model import SCHEMA, Article, Attribution, Claim, Marker, Profile, Report, Source, Span

__all__ = [
    "SCHEMA",
    "Article",
    "Attribution",
    "Claim",
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
