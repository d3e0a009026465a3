"""The sayso exception tree, the coded warnings, and the one table of exit codes.

    SaysoError                     base of everything sayso raises on purpose      E000  exit 1
    ├── InputError                 the input cannot be analysed (binary, unreadable) E001  exit 2
    │   ├── EmptyInputError        nothing but whitespace                          E002  exit 2
    │   └── FetchError             a URL cannot be fetched (network, status, cap)  E003  exit 2
    │       └── PrivateAddressError  it points at a loopback/private/reserved address E004 exit 2
    ├── ModelError                 the spaCy pipeline cannot be loaded or lacks a parser/NER E005 exit 3
    ├── ResourceError              a bundled or custom lexicon/model file is missing or malformed E006 exit 4
    └── store.errors.StoreError    the corpus database cannot be used                E007  exit 5

Every error carries its context as attributes, so a program acts on them without
matching messages: ``source`` (the input's name: a file, ``file.jsonl:3``, ``crawl.warc#2``)
and, for fetches, ``url``.

Warnings are ``Coded`` strings: each *is* its message (so reports and logs that expect
strings keep working) and carries a ``code`` from ``Warnings`` (spaCy's ``W001`` style).
They travel on the ``Article`` from ingest to the report, so the library and the CLI report
the same; ``Report.to_dict()`` lists them as ``warnings`` (messages, as always) and
``coded_warnings`` (``[{"code", "message"}]``, same order). The CLI maps errors to the exit
codes of ``EXIT_CODES``; the library never prints.
"""

from __future__ import annotations

from typing import Any


class SaysoError(Exception):
    """Base class of every error sayso raises on purpose."""

    exit_code = 1
    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.url = url

    def __reduce__(self) -> tuple[Any, ...]:  # keep the context across processes (pickle)
        return (_rebuild, (type(self), str(self), self.source, self.url))


def _rebuild(cls: type[SaysoError], message: str, source: str | None, url: str | None) -> SaysoError:
    return cls(message, source=source, url=url)


class InputError(SaysoError):
    """The input cannot be analysed; the message says what was wrong and what to do."""

    exit_code = 2
    code = "E001"


class EmptyInputError(InputError):
    """The input holds no text (empty or whitespace only)."""

    code = "E002"


class FetchError(InputError):
    """A URL cannot be fetched: network error, HTTP error status, size cap, too many redirects, deadline."""

    code = "E003"


class PrivateAddressError(FetchError):
    """The URL (or a redirect, or its DNS answer) points at an address sayso refuses by default."""

    code = "E004"


class ModelError(SaysoError):
    """The spaCy pipeline named in the configuration cannot be used."""

    exit_code = 3
    code = "E005"


class ResourceError(SaysoError):
    """A bundled (or ``SAYSO_RESOURCES``) lexicon or model file is missing or malformed."""

    exit_code = 4
    code = "E006"


# ------------------------------------------------------------------------------ warnings


class Coded(str):
    """A warning message that carries its code: ``Coded("W002", "x.txt: invalid UTF-8 ...")``.

    It is the message (a ``str``), so code that joins, prints or matches warnings is unchanged."""

    code: str

    def __new__(cls, code: str, message: str) -> Coded:
        obj = super().__new__(cls, message)
        obj.code = code
        return obj

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (self.code, str(self))

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}


class Warnings:
    """Every warning sayso gives, by code. A code never changes meaning; new ones are appended."""

    W000 = "uncoded warning"
    W001 = "the text does not look like English ({share:.0%} common English words); attributions may be missed"
    W002 = "{name}: invalid UTF-8 at byte {byte}; {count} character(s) replaced with U+FFFD"
    W003 = "persuasion techniques and claims skipped: {reason}"
    W004 = "{name}: the page declares {declared} but its bytes are {actual}; read as {actual}"
    W005 = "{name}: the page looks cut short ({reason}); the report covers what is there"
    W006 = "{name}: {count} lone surrogate(s) (\\ud800-\\udfff, not text) replaced with U+FFFD"
    W007 = "{count} run(s) of repeated punctuation ({longest:,} characters at most) read as single tokens"
    W008 = ("sayso.analyze() got {text!r}, which names an existing file: it was analysed as text; "
            "use sayso.analyze_file(path) to read the file")
    W009 = ("{count} more check-worthy claim(s) scored above the threshold are not listed "
            "(the {shown} most check-worthy are; raise --max-claims to see more)")


def warning(code: str, **fields: Any) -> Coded:
    """The warning ``code`` with its message filled in: ``warning("W002", name=..., byte=..., count=...)``."""
    return Coded(code, getattr(Warnings, code).format(**fields))


def code_of(message: str) -> str:
    """A warning's code; ``W000`` for a plain string from code that does not code its warnings."""
    return getattr(message, "code", "W000")


class SaysoWarning(UserWarning):
    """The category of the Python warnings sayso issues (``warnings.warn``) to API callers."""


# ---------------------------------------------------------------------------- exit codes

EXIT_TABLE: tuple[tuple[int, str, str], ...] = (
    (0, "ok", "every input gave a report, or at least one did and the rest were skipped "
              '(stderr says "N of M inputs skipped")'),
    (1, "error", "an output file could not be written (checked before the analysis), "
                 "or an unexpected internal error (`-vv` shows the traceback)"),
    (2, "input", "bad usage, or no input gave a report (all empty, binary, unreadable, invalid)"),
    (3, "model", "the spaCy model cannot be loaded"),
    (4, "resource", "a bundled or `SAYSO_RESOURCES` lexicon or model file is missing or broken"),
    (5, "store", "the corpus database cannot be used (`sayso.store.errors.StoreError`: foreign, corrupt, newer, "
                 "read-only, full or locked)"),
    (130, "interrupted", "interrupted (Ctrl-C)"),
)
"""(exit code, name, meaning): the CLI exits with these and the README's table is this one."""

EXIT_CODES = {name: code for code, name, _ in EXIT_TABLE}


def exit_code_table() -> str:
    """``EXIT_TABLE`` as the Markdown table the README shows."""
    rows = ["| exit | meaning |", "| ---- | ------- |"]
    rows += [f"| {code} | {meaning} |" for code, _, meaning in EXIT_TABLE]
    return "\n".join(rows)
