"""Plain text in: bytes or str -> ``Article``, with clear errors for what is not text."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from pathlib import Path

from sayso.errors import EmptyInputError, InputError, warning
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


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, *, name: str = "input") -> tuple[str, list[str]]:
    """UTF-8, or UTF-16 when a byte-order mark says so (the BOM is dropped); invalid bytes
    become U+FFFD with a warning (W002)."""
    encoding = "utf-8"
    for bom, codec in _BOMS:
        if data.startswith(bom) and (codec == "utf-8" or _decodes(data[len(bom):], codec)):
            data, encoding = data[len(bom):], codec
            break
    if encoding == "utf-8" and looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text (give a .txt file or text on stdin)", source=name)
    warnings: list[str] = []
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        text = data.decode(encoding, errors="replace")
        msg = warning("W002", name=name, byte=e.start, count=text.count("\ufffd"))
        log.warning(msg)
        warnings.append(msg)
    if encoding != "utf-8" and looks_binary(text.encode("utf-8", "replace")):
        raise InputError(f"{name}: looks like binary data, not text (give a .txt file or text on stdin)", source=name)
    return text, warnings


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (U+D800-U+DFFF, which JSON ``\\ud800`` escapes and
    ``&#xD800;`` references can smuggle in) replaced by U+FFFD: one code point for one, so
    offsets do not move. Returns the text and the count replaced."""
    count = len(_SURROGATE.findall(text)) if _SURROGATE.search(text) else 0
    return (_SURROGATE.sub("\ufffd", text), count) if count else (text, 0)


def sanitized(article: Article, *, name: str = "input") -> Article:
    """The article with no lone surrogate in its text or metadata (warning W006), or itself."""
    text, count = replace_surrogates(article.text)
    meta = {f: getattr(article, f) for f in ("title", "url", "outlet", "published", "language")}
    bad_meta = {f: replace_surrogates(v)[0] for f, v in meta.items() if isinstance(v, str) and _SURROGATE.search(v)}
    authors = tuple(replace_surrogates(a)[0] for a in article.authors)
    if not count and not bad_meta and authors == article.authors:
        return article
    msg = warning("W006", name=name, count=count + len(bad_meta))
    log.warning(msg)
    return dataclasses.replace(article, text=text, authors=authors, warnings=(*article.warnings, msg), **bad_meta)


def names_a_file(text: str) -> bool:
    """True for a short, single-line string that is the path of an existing file: most likely
    meant as a file to read, not as the text to analyse."""
    candidate = text.strip()
    if not candidate or len(candidate) > 1024 or "\n" in candidate:
        return False
    try:
        return Path(candidate).expanduser().is_file()
    except (OSError, ValueError, RuntimeError):  # a name too long, a NUL byte, "~0" of no known user: not a path
        return False


def article_from_text(text: str, *, title: str | None = None, url: str | None = None, name: str = "input",
                      warnings: Sequence[str] = ()) -> Article:
    if not text.strip():
        raise EmptyInputError(f"{name}: no text to analyse (empty or whitespace only)", source=name)
    return sanitized(Article(text=text, title=title, url=url, warnings=tuple(warnings)), name=name)


def read_text_file(path: Path) -> tuple[Article, list[str]]:
    """A text file as an Article, with any decoding warnings."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})", source=str(path)) from e
    text, warnings = decode(data, name=str(path))
    return article_from_text(text, name=str(path), warnings=warnings), warnings
