"""The corpus database: the only package that imports the database drivers.

``db.connect`` opens (creating and migrating) a corpus file; ``write`` stores a report per
transaction, the errors and the identities; ``read`` answers the queries; ``export`` writes
the tables. Errors leave as :class:`sayso.store.errors.StoreError` (exit code 5).
"""

from __future__ import annotations

from sayso.store.errors import (
    CorpusBusyError,
    CorpusFullError,
    NotACorpusError,
    ReadOnlyCorpusError,
    SchemaTooNewError,
    StoreError,
)

__all__ = [
    "CorpusBusyError",
    "CorpusFullError",
    "NotACorpusError",
    "ReadOnlyCorpusError",
    "SchemaTooNewError",
    "StoreError",
]
