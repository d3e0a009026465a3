"""URL fetching: a local HTTP server started here (never the internet), and the refusal of
private, loopback, link-local and reserved addresses by default, after DNS and redirects too."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from sayso.errors import FetchError, PrivateAddressError
from sayso.ingest import Options, read_inputs
from sayso.ingest.fetch import FetchOptions, check_url, fetch

BODY = "".join(
    f"<p>{s}</p>" for s in [
        "The finance ministry said on Tuesday that the budget deficit would narrow next year, citing tax receipts.",
        "“We expect growth to pick up in the second half,” Finance Minister Anna Berg told reporters in the capital.",
        "Opposition leaders disputed the figures, and the central bank said inflation remains above its target.",
    ])
PAGE = (f"<html lang='en'><head><title>Deficit to narrow</title><meta charset='utf-8'></head><body><article>"
        f"<h1>Deficit to narrow</h1>{BODY}</article></body></html>").encode()
LYING = ("<html><head><meta charset='utf-8'><title>Café</title></head><body><article>" + BODY
         + "<p>Reporters met him at a café in Zürich, where he said “nothing more”.</p></article></body></html>").encode("cp1252")
MB = 1024 * 1024
hits: list[str] = []
agents: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        hits.append(self.path)
        agents.append(self.headers.get("User-Agent", ""))
        port = self.server.server_address[1]
        if self.path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/lying":
            self._send(200, "text/html", LYING)
        elif self.path == "/redirect":
            self._send(302, "text/plain", b"", {"Location": "/page"})
        elif self.path.startswith("/chain/"):
            n = int(self.path.rsplit("/", 1)[1])
            self._send(302, "text/plain", b"", {"Location": f"/chain/{n + 1}" if n < 20 else "/page"})
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        elif self.path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif self.path == "/missing":
            self._send(404, "text/html", b"<html><body>not found</body></html>")
        elif self.path == "/huge":  # 50 MB declared
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * MB))
            self.end_headers()
            self._stream(50 * MB)
        elif self.path == "/endless":  # no length declared: the cap must stop the read
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self._stream(50 * MB)
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, "text/html", PAGE)
        elif self.path == "/feed":
            items = "".join(f"<item><title>{p}</title><link>http://127.0.0.1:{port}{p}</link>"
                            f"<description>short</description></item>" for p in ("/page", "/pdf"))
            rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title>{items}</channel></rss>"
            self._send(200, "application/rss+xml", rss.encode())
        else:
            self._send(404, "text/plain", b"no such path")

    def _stream(self, total: int) -> None:
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(total // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = FetchOptions(allow_private=True, timeout=5)


def read(url: str, options: FetchOptions = LOCAL, **kw: object):  # noqa: ANN201
    return read_inputs([url], options=Options(fetch=options, **kw))  # type: ignore[arg-type]


# ------------------------------------------------------------------ a local server, allowed


def test_fetch_a_page(server):
    (item,) = read(f"{server}/page")
    assert item.error is None and item.article is not None
    assert item.article.title == "Deficit to narrow" and "Anna Berg" in item.article.text
    assert item.article.url == f"{server}/page" and item.stem == "page"


def test_user_agent_names_sayso(server):
    agents.clear()
    read(f"{server}/page")
    assert len(agents) == 1 and agents[0].startswith("sayso/") and "attribution analysis" in agents[0]


def test_redirect_is_followed_and_the_final_url_kept(server):
    (item,) = read(f"{server}/redirect")
    assert item.article is not None and item.article.url == f"{server}/page"


def test_too_many_redirects(server):
    (item,) = read(f"{server}/chain/0")
    assert isinstance(item.error, FetchError) and "more than 5 redirects" in str(item.error)


def test_page_that_lies_about_its_charset(server):
    (item,) = read(f"{server}/lying")
    assert item.article is not None and "Zürich" in item.article.text and "“nothing more”" in item.article.text


@pytest.mark.parametrize("path, message", [
    ("/pdf", "application/pdf, which sayso cannot read"),
    ("/image", "image/png, which sayso cannot read"),
    ("/missing", "HTTP 404"),
    ("/huge", "over the 10,485,760-byte cap"),
])
def test_bad_urls_are_clear_errors(server, path, message):
    (item,) = read(f"{server}{path}")
    assert isinstance(item.error, FetchError), item
    assert message in str(item.error) and f"{server}{path}" in str(item.error)


def test_size_cap_without_a_declared_length(server):
    (item,) = read(f"{server}/endless", FetchOptions(allow_private=True, max_bytes=256 * 1024))
    assert isinstance(item.error, FetchError) and "over the 262,144-byte cap; not read further" in str(item.error)


def test_timeout(server):
    (item,) = read(f"{server}/slow", FetchOptions(allow_private=True, timeout=0.3))
    assert isinstance(item.error, FetchError) and "timed out after 0.3s" in str(item.error)


def test_feed_with_follow_fetches_each_link(server):
    page, pdf = read(f"{server}/feed", follow=True)
    assert page.article is not None and "Anna Berg" in page.article.text and page.article.title == "Deficit to narrow"
    assert isinstance(pdf.error, FetchError) and "not an HTML page" in str(pdf.error)


def test_feed_without_follow_uses_entry_content(server):
    hits.clear()
    items = read(f"{server}/feed")
    assert hits == ["/feed"] and all(i.article is not None and i.article.text == "short" for i in items)


def test_a_bad_url_never_stops_the_batch(server):
    items = read_inputs([f"{server}/pdf", f"{server}/page"], options=Options(fetch=LOCAL))
    assert items[0].error is not None and items[1].article is not None


# ---------------------------------------------------------------- the default refuses


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.0.0.1:8080/admin", "http://10.0.0.1/", "http://[::1]/", "http://localhost/",
    "http://192.168.1.1/", "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://240.0.0.1/",
])
def test_private_addresses_are_refused(url):
    with pytest.raises(PrivateAddressError, match="--allow-private"):
        check_url(url)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http:///nohost"])
def test_other_schemes_are_refused(url):
    with pytest.raises(FetchError):
        check_url(url)


def _fake_dns(monkeypatch: pytest.MonkeyPatch, table: dict[str, str]) -> None:
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # noqa: ANN001, ANN202
        if host in table:
            family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, 6, "", (table[host], port))]
        if host.endswith(".example"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_a_hostname_resolving_to_a_private_address_is_refused(monkeypatch):
    _fake_dns(monkeypatch, {"intranet.example": "10.0.0.5", "rebind.example": "::1", "public.example": "93.184.216.34"})
    for url in ("http://intranet.example/", "http://rebind.example/"):
        with pytest.raises(PrivateAddressError):
            check_url(url)
    check_url("http://public.example/")  # a public address passes
    with pytest.raises(FetchError, match="cannot resolve"):
        check_url("http://nowhere.example/")


def test_the_local_server_is_refused_by_default(server):
    hits.clear()
    (item,) = read_inputs([f"{server}/page"])
    assert isinstance(item.error, PrivateAddressError) and hits == []


@pytest.mark.parametrize("target", ["http://127.0.0.1/admin", "http://localhost:6379/", "http://10.0.0.1/",
                                    "http://[::1]/", "http://169.254.169.254/latest/meta-data/"])
def test_a_public_url_redirecting_to_a_private_one_is_refused(monkeypatch, target):
    _fake_dns(monkeypatch, {"public.example": "93.184.216.34"})
    requested: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.host == "public.example":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, html=PAGE.decode())

    with pytest.raises(PrivateAddressError, match="refusing"):
        fetch("http://public.example/story", FetchOptions(), transport=httpx.MockTransport(respond))
    assert requested == ["http://public.example/story"]  # the private hop was never requested


def test_allow_private_lets_the_redirect_through(monkeypatch):
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.host == "public.example":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1/page"})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=PAGE)

    fetched = fetch("http://public.example/", FetchOptions(allow_private=True), transport=httpx.MockTransport(respond))
    assert fetched.url == "http://127.0.0.1/page" and fetched.media_type == "text/html"


# ------------------------------------------------------------------------------- the CLI


def _cli(*args: str):  # noqa: ANN202
    from typer.testing import CliRunner

    from sayso import cli

    return CliRunner().invoke(cli.app, list(args))


@pytest.mark.usefixtures("restore_logging")
def test_cli_refuses_a_private_url_by_default(server):
    result = _cli("analyze", f"{server}/page")
    assert result.exit_code == 2
    assert f"sayso: error: {server}/page: refusing to fetch a private" in result.stderr
    assert "pass --allow-private to allow it" in result.stderr


@pytest.mark.slow
@pytest.mark.usefixtures("restore_logging")
def test_cli_analyses_urls_and_names_the_bad_ones(nlp, server):
    import json

    result = _cli("analyze", "--allow-private", "-f", "jsonl", f"{server}/page", f"{server}/pdf", f"{server}/feed",
                  "--follow")
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["url"] for r in reports] == [f"{server}/page", f"{server}/page"]
    assert reports[0]["article"]["title"] == "Deficit to narrow"
    assert any(a["source"] for a in reports[0]["attributions"])
    assert f"{server}/pdf: the server sent application/pdf" in result.stderr
    assert "sayso: 2 of 4 inputs skipped" in result.stderr


class Trickle(BaseHTTPRequestHandler):
    """A page sent one byte every 0.2 s: no single read ever waits long, the whole takes minutes."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:  # the client gave up: what the test wants
            pass


def test_timeout_is_a_total_deadline_not_per_read() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/slow"
        began = time.monotonic()
        with pytest.raises(FetchError, match=r"timed out after 1s") as info:
            fetch(url, FetchOptions(timeout=1.0, allow_private=True))
        took = time.monotonic() - began
        assert info.value.url == url
        assert 0.9 <= took < 2.0, f"the 1 s deadline took {took:.1f}s"
    finally:
        server.shutdown()
        server.server_close()
