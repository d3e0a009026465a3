"""What kind of input is this? By URL scheme, by extension, else by its first bytes."""

from __future__ import annotations

from typing import Literal

Kind = Literal["text", "html", "jsonl", "feed", "warc"]
KINDS: tuple[str, ...] = ("text", "html", "jsonl", "feed", "warc")

_BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}
SUFFIXES = tuple(_BY_SUFFIX) + tuple(f"{s}.gz" for s in _BY_SUFFIX)

_FEED_MEDIA = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_HTML_MEDIA = ("text/html", "application/xhtml+xml")


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def by_name(name: str) -> Kind | None:
    """The kind an extension names (``.gz`` looked through), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    return _BY_SUFFIX.get(lower[dot:]) if dot >= 0 else None


def sniff(data: bytes) -> Kind:
    """The kind the first bytes look like; plain text when nothing else fits."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    return "text"


def by_media_type(media_type: str) -> Kind | None:
    """The kind a Content-Type names, or None for what sayso cannot read (PDF, images, ...)."""
    if media_type in _HTML_MEDIA:
        return "html"
    if media_type in _FEED_MEDIA:
        return "feed"
    if media_type in ("text/plain", ""):
        return "text"
    if media_type in ("application/jsonl", "application/x-ndjson", "application/json-lines"):
        return "jsonl"
    if media_type in ("application/warc",):
        return "warc"
    return None
