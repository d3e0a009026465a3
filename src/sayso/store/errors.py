"""Errors of the corpus database, all ``SaysoError``s with the store's exit code.

    StoreError                  the corpus database cannot be used (exit code 5)
    ├── NotACorpusError         the file is not a sayso corpus (foreign or corrupt)
    ├── SchemaTooNewError       a newer sayso made it; this one refuses to touch it
    ├── ReadOnlyCorpusError     the file (or its folder) cannot be written
    ├── CorpusFullError         the disk is full (the article being stored was rolled back)
    └── CorpusBusyError         another process holds the write lock for too long
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sayso.errors import SaysoError


class StoreError(SaysoError):
    """The corpus database cannot be used; the message says which file and what to do."""

    exit_code = 5
    code = "E007"  # sayso.errors: the one table of error codes and exit codes


class NotACorpusError(StoreError):
    """The file is not a sayso corpus: another program's file, another SQLite database, or corrupt."""


class SchemaTooNewError(StoreError):
    """The database was made by a newer sayso (a schema version this one does not know)."""


class ReadOnlyCorpusError(StoreError):
    """The database file or its folder is read-only."""


class CorpusFullError(StoreError):
    """The disk (or the file system quota) is full."""


class CorpusBusyError(StoreError):
    """Another process kept the database locked past the timeout."""


def translate(error: sqlite3.Error, path: Path | str) -> StoreError:
    """The store error that says what a driver error means for the user."""
    message = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if "readonly" in message or "read-only" in message or code == sqlite3.SQLITE_READONLY:
        return ReadOnlyCorpusError(f"{path}: the corpus database is read-only (check the file's and its folder's permissions)")
    if "disk is full" in message or "database or disk is full" in message or code == sqlite3.SQLITE_FULL:
        return CorpusFullError(f"{path}: the disk is full; the article being stored was rolled back, free some space and re-run")
    if "locked" in message or "busy" in message:
        return CorpusBusyError(f"{path}: the corpus database is locked by another process; try again when it is done")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return NotACorpusError(f"{path}: not a sayso corpus database (the file is corrupt or another program's)")
    if "unable to open" in message:
        return StoreError(f"{path}: cannot open the corpus database (does its folder exist, and may sayso write there?)")
    if "disk i/o" in message:
        return StoreError(f"{path}: disk I/O error while using the corpus database")
    return StoreError(f"{path}: database error: {error}")
