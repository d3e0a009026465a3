"""Errors as RFC 9457 problem details (``application/problem+json``) for the API.

Every error the API returns has ``type`` (a ``urn:sayso:problem:*`` name, or
``about:blank`` for a plain HTTP status), ``title``, ``status`` and a ``detail`` that says
what was wrong and what to do. Pages get the same message as an HTML page instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

MEDIA_TYPE = "application/problem+json"

TITLES = {
    "private-address": "URL refused",
    "unfetchable": "URL cannot be read",
    "bad-input": "Nothing to analyse",
    "text-too-long": "Text too long",
    "too-large": "Request too large",
    "busy": "Server busy",
    "timeout": "Analysis took too long",
    "worker": "Analysis unavailable",
    "rate-limited": "Too many analyses",
    "unauthorized": "Token required",
    "csrf": "Form expired",
    "validation": "Invalid request",
    "not-found": "Not found",
    "no-corpus": "No corpus",
    "bad-cursor": "Invalid cursor",
    "internal": "Internal error",
}


@dataclass
class Problem(Exception):
    """An error response: ``raise Problem(422, "text-too-long", "...")``."""

    status: int
    kind: str | None = None  # a key of TITLES; None -> about:blank with the status phrase
    detail: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        if self.kind:
            return TITLES.get(self.kind, self.kind)
        return HTTPStatus(self.status).phrase

    def body(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": f"urn:sayso:problem:{self.kind}" if self.kind else "about:blank",
            "title": self.title,
            "status": self.status,
            "detail": self.detail or self.title,
        }
        if instance:
            body["instance"] = instance
        body.update(self.extra)
        return body


PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri-reference"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for the problems a route can return."""
    return {s: {"description": HTTPStatus(s).phrase, "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}}}
            for s in statuses}
