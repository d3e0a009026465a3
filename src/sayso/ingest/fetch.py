"""URLs in: fetch a page with httpx, refusing what a server-side fetcher must not reach.

Every hop is checked before it is requested: the scheme (http, https), the host's
addresses after DNS resolution (no loopback, private, link-local, multicast, reserved or
unspecified address unless ``allow_private``), the redirect count, and the body size
(streamed, so a 50 MB page is cut off at the cap rather than read). Redirects are followed
by hand so that a public URL redirecting to ``http://127.0.0.1/`` is refused like the
address itself.

Known limit: the address is checked by resolving the name just before the request, and
httpx resolves it again to connect; a DNS server that answers differently the second time
(DNS rebinding) is not defended against here. Deployments that fetch untrusted URLs
should also block private ranges at the network level.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from sayso import __version__
from sayso.errors import FetchError, PrivateAddressError

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

USER_AGENT = f"sayso/{__version__} (attribution analysis; +https://github.com/sayso/sayso)"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body: the URL it finally came from, its media type and declared charset."""

    url: str
    content: bytes
    media_type: str
    charset: str | None


def _blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
            or address.is_reserved or address.is_unspecified or not address.is_global)


def check_url(url: str, *, allow_private: bool = False) -> None:
    """``FetchError`` for a URL sayso must not fetch; ``PrivateAddressError`` for a private host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched", url=url, source=url)
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: no host in the URL", url=url, source=url)
    if allow_private:
        return
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                       proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as e:
            raise FetchError(f"{url}: cannot resolve host {host!r} ({e})", url=url, source=url) from e
        addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    bad = sorted(str(a) for a in addresses if _blocked(a))
    if bad:
        raise PrivateAddressError(
            f"{url}: refusing to fetch a private, loopback, link-local or reserved address ({', '.join(bad)}); "
            "pass --allow-private to allow it", url=url, source=url)


def fetch(url: str, options: FetchOptions | None = None, *, transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET ``url`` following at most ``max_redirects`` redirects, each hop checked.

    ``transport`` replaces the network (tests pass an ``httpx.MockTransport``)."""
    import httpx

    options = options or FetchOptions()
    headers = {"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"}
    # ``timeout`` is one deadline for the whole fetch (every redirect, DNS, connect and read):
    # httpx's own timeouts apply per operation, so a server trickling a byte a second never trips them.
    deadline = time.monotonic() + options.timeout
    with httpx.Client(timeout=options.timeout, follow_redirects=False, headers=headers, transport=transport) as client:
        current = url
        for _hop in range(options.max_redirects + 1):
            check_url(current, allow_private=options.allow_private)
            try:
                with client.stream("GET", current, timeout=_left(deadline, url, options.timeout)) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        log.debug("%s redirects to %s", current, location)
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}", url=url, source=url)
                    content = _read_capped(response, url, options.max_bytes, deadline, options.timeout)
                    media_type, _, params = response.headers.get("content-type", "").partition(";")
                    charset = response.charset_encoding
                    return Fetched(str(response.url), content, media_type.strip().lower(), charset)
            except httpx.TimeoutException as e:
                raise FetchError(f"{url}: timed out after {options.timeout:g}s", url=url, source=url) from e
            except httpx.HTTPError as e:
                raise FetchError(f"{url}: cannot fetch ({type(e).__name__}: {e})", url=url, source=url) from e
    raise FetchError(f"{url}: more than {options.max_redirects} redirects", url=url, source=url)


def _left(deadline: float, url: str, timeout: float) -> float:
    """Seconds left before the deadline; ``FetchError`` when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: timed out after {timeout:g}s (the whole fetch)", url=url, source=url)
    return left


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float = float("inf"),
                 timeout: float = 0.0) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the page is {int(declared):,} bytes, over the {max_bytes:,}-byte cap", url=url, source=url)
    chunks, size = [], 0
    timeouts = response.request.extensions.get("timeout")
    for chunk in response.iter_bytes():
        left = _left(deadline, url, timeout)
        if isinstance(timeouts, dict) and deadline != float("inf"):
            timeouts["read"] = left  # httpcore reads it before each read: the next wait ends at the deadline
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the page is over the {max_bytes:,}-byte cap; not read further", url=url, source=url)
        chunks.append(chunk)
    return b"".join(chunks)
