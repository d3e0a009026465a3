"""Plain text in: bytes or str -> ``Article``, with clear errors for what is not text."""

from __future__ import annotations

import logging
from pathlib import Path

from sayso.errors import EmptyInputError, InputError
from sayso.model import Article

log = logging.getLogger(__name__)

_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 10% control bytes in the first 8 KiB."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b in _CONTROL)
    return control / len(head) > 0.10


def decode(data: bytes, *, name: str = "input") -> tuple[str, list[str]]:
    """UTF-8 (a BOM is dropped); invalid bytes become U+FFFD with a warning."""
    if looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text (give a .txt file or text on stdin)")
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        msg = f"{name}: invalid UTF-8 at byte {e.start}; {bad} character(s) replaced with U+FFFD"
        log.warning(msg)
        warnings.append(msg)
    return text, warnings


def article_from_text(text: str, *, title: str | None = None, url: str | None = None, name: str = "input") -> Article:
    if not text.strip():
        raise EmptyInputError(f"{name}: no text to analyse (empty or whitespace only)")
    return Article(text=text, title=title, url=url)


def read_text_file(path: Path) -> tuple[Article, list[str]]:
    """A text file as an Article, with any decoding warnings."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    text, warnings = decode(data, name=str(path))
    return article_from_text(text, name=str(path)), warnings
