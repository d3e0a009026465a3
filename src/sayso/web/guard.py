"""What stands between the network and the analysis: headers, body limits, token, CSRF, rate limit.

- ``Guard`` (an ASGI middleware, outermost): security headers on every response (a strict
  Content-Security-Policy: scripts and styles only from sayso itself, no inline code); the
  request body read up to its limit before the app sees it (413 otherwise, so no handler
  ever holds an unbounded body); the access token on every request when one is set.
- ``csrf_token`` / ``check_csrf``: double-submit cookie for the HTML forms (the API takes
  JSON only, which a cross-site form cannot send).
- ``RateLimit``: a sliding window of analyses per client per minute.
"""

from __future__ import annotations

import hmac
import json
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from sayso.web.problems import MEDIA_TYPE, Problem

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# Swagger UI sets style attributes from its own code; only its page gets them.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # not no-referrer: that makes form posts send "Origin: null"
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
TOKEN_COOKIE = "sayso_token"
CSRF_COOKIE = "sayso_csrf"
UPLOAD_PATHS = ("/analyse",)  # form posts that may carry a file


class Guard:
    def __init__(self, app: ASGIApp, *, token: str | None, max_body: int, max_upload: int) -> None:
        self.app, self.token = app, token
        self.max_body, self.max_upload = max_body, max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        csp = (CSP_DOCS if path == "/docs" else CSP).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                message["headers"] = [*headers, (b"content-security-policy", csp), *HEADERS]
            await send(message)

        if self.token is not None and not self._authorised(scope):
            await self._refuse_token(scope, send_with_headers)
            return
        limit = self.max_upload + 65_536 if path in UPLOAD_PATHS else self.max_body
        body = await self._read_body(scope, receive, limit)
        if body is None:
            await _problem(send_with_headers, scope, Problem(
                413, "too-large", f"the request body is over the {limit:,}-byte limit"
                + (f" (files up to {self.max_upload:,} bytes)" if path in UPLOAD_PATHS else "")))
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect like a real receive

        await self.app(scope, replay, send_with_headers)

    @staticmethod
    async def _read_body(scope: Scope, receive: Receive, limit: int) -> bytes | None:
        """The whole body, or None as soon as it is known to be over ``limit``."""
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _authorised(self, scope: Scope) -> bool:
        assert self.token is not None
        auth = _header(scope, b"authorization") or ""
        if auth.lower().startswith("bearer ") and _same(auth[7:].strip(), self.token):
            return True
        cookie = _cookies(scope).get(TOKEN_COOKIE)
        return cookie is not None and _same(cookie, self.token)

    async def _refuse_token(self, scope: Scope, send: Send) -> None:
        path: str = scope["path"]
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        given = query.pop("token", None)
        if (not path.startswith("/api/") and scope["method"] == "GET" and given is not None
                and _same(given, self.token or "")):
            # The token in a link becomes a cookie, and the address bar loses it.
            location = path + ("?" + urlencode(query) if query else "")
            cookie = f"{TOKEN_COOKIE}={given}; Path=/; HttpOnly; SameSite=Strict"
            await _respond(send, 303, b"", [(b"location", location.encode()), (b"set-cookie", cookie.encode())],
                           "text/plain")
            return
        if path.startswith("/api/") or path in ("/openapi.json",):
            await _problem(send, scope, Problem(401, "unauthorized",
                                                "this server needs its access token: send 'Authorization: Bearer TOKEN'",
                                                headers={"www-authenticate": "Bearer"}))
            return
        page = (
            "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>sayso: token required</title>"
            "<link rel=stylesheet href=\"/static/app.css\"></head><body class=plain><main class=narrow>"
            "<h1>This sayso server needs its access token</h1>"
            "<form method=get><label for=token>Token</label> <input id=token name=token type=password "
            "autocomplete=current-password required> <button>Open</button></form></main></body></html>")
        await _respond(send, 401, page.encode(), [(b"www-authenticate", b"Bearer")], "text/html; charset=utf-8")


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return v.decode("latin-1")
    return None


def _cookies(scope: Scope) -> dict[str, str]:
    raw = _header(scope, b"cookie") or ""
    out = {}
    for part in raw.split(";"):
        k, _, v = part.strip().partition("=")
        if k:
            out[k] = v
    return out


async def _respond(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]], media: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", media.encode()), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


async def _problem(send: Send, scope: Scope, problem: Problem) -> None:
    body = json.dumps(problem.body(scope["path"])).encode()
    headers = [(k.encode(), v.encode()) for k, v in problem.headers.items()]
    await _respond(send, problem.status, body, headers, MEDIA_TYPE)


# --------------------------------------------------------------------------------- CSRF


def csrf_token(cookies: dict[str, str]) -> tuple[str, bool]:
    """The client's CSRF token, and whether it is new (then the page must set the cookie)."""
    token = cookies.get(CSRF_COOKIE)
    if token and len(token) >= 32:
        return token, False
    return secrets.token_urlsafe(32), True


def check_csrf(cookies: dict[str, str], field: str | None, origin: str | None, host: str | None) -> None:
    """Problem 403 unless the form's field matches the cookie and the Origin (if sent) is this host."""
    cookie = cookies.get(CSRF_COOKIE)
    if origin and origin != "null" and host and origin.split("://", 1)[-1] != host:
        raise Problem(403, "csrf", "this form was sent from another site")
    if not cookie or not field or not _same(cookie, field):
        raise Problem(403, "csrf", "the form has expired or was not sent from this site; reload the page and send it again")


# ---------------------------------------------------------------------------- rate limit


class RateLimit:
    """At most ``per_minute`` events per client in any 60 s window (0: unlimited)."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.clock = per_minute, clock
        self._events: dict[str, deque[float]] = {}

    def hit(self, client: str) -> None:
        """Count one event, or raise Problem 429 with Retry-After."""
        if self.per_minute <= 0:
            return
        now = self.clock()
        events = self._events.setdefault(client, deque())
        while events and events[0] <= now - 60:
            events.popleft()
        if len(events) >= self.per_minute:
            wait = max(1, int(events[0] + 60 - now) + 1)
            raise Problem(429, "rate-limited", f"at most {self.per_minute} analyses a minute per client; "
                          f"try again in {wait} s", headers={"retry-after": str(wait)})
        events.append(now)
        if len(self._events) > 10_000:  # forget idle clients so the table cannot grow without end
            for key in [k for k, v in self._events.items() if not v or v[-1] <= now - 60]:
                del self._events[key]
