"""The sayso exception tree.

    SaysoError                     base of everything sayso raises on purpose
    ├── InputError                 the input cannot be analysed (empty, binary, unreadable)
    │   ├── EmptyInputError        nothing but whitespace
    │   └── FetchError             a URL cannot be fetched (network, HTTP status, size cap)
    │       └── PrivateAddressError  it points at a loopback/private/reserved address
    ├── ModelError                 the spaCy pipeline cannot be loaded or lacks a parser/NER
    └── ResourceError              a bundled lexicon or model file is missing or malformed

The CLI maps each to an exit code (see ``EXIT_CODES``); the library never prints.
"""

from __future__ import annotations


class SaysoError(Exception):
    """Base class of every error sayso raises on purpose."""

    exit_code = 1


class InputError(SaysoError):
    """The input cannot be analysed; the message says what was wrong and what to do."""

    exit_code = 2


class EmptyInputError(InputError):
    """The input holds no text (empty or whitespace only)."""


class FetchError(InputError):
    """A URL cannot be fetched: network error, HTTP error status, size cap, too many redirects."""


class PrivateAddressError(FetchError):
    """The URL (or a redirect, or its DNS answer) points at an address sayso refuses by default."""


class ModelError(SaysoError):
    """The spaCy pipeline named in the configuration cannot be used."""

    exit_code = 3


class ResourceError(SaysoError):
    """A bundled lexicon or model file is missing or malformed (a broken install)."""

    exit_code = 4


EXIT_CODES = {
    "ok": 0,
    "error": SaysoError.exit_code,
    "input": InputError.exit_code,
    "model": ModelError.exit_code,
    "resource": ResourceError.exit_code,
}
