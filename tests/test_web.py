"""``sayso serve`` tested as a client would: a real uvicorn on loopback, started by the tests.

One server for the module (the spaCy model loads once, in its worker process), with an
access token, so every request here also shows that the token is checked. Analyses run
without techniques and claims for speed. The last test stops a worker on purpose (the
time limit) and checks that the server recovers.
"""

from __future__ import annotations

import json
import re
import socket
import time
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _web import TOKEN, fuzz, start

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))
FAST = {"techniques": False, "claims": False}
MAX_TEXT = 400_000  # large enough that the longest text outlasts --timeout on a fast machine too
EVIL = (
    'The mayor said that <script>alert("x")</script> was fine.\n\n'
    "Critics said <img src=x onerror=alert(1)> and </textarea><b>bold</b> {{ 7*7 }} were “staged”, "
    "according to \"<svg onload=alert(2)>\" officials.\n\n"
    "&amp; &lt;script&gt; stays text, reportedly."
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    srv = start(tmp, "--no-techniques", "--no-claims", "--max-text", str(MAX_TEXT), "--timeout", "6",
                "--rate-limit", "40")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with server.client() as c:
        yield c


def analyze(client: httpx.Client, **body) -> httpx.Response:
    return client.post("/api/analyze", json={**FAST, **body})


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


# ------------------------------------------------------------------------------ the API


def test_analyze_text_returns_the_report_and_a_permanent_link(client):
    r = analyze(client, text=SAMPLE.read_text(encoding="utf-8"), title="Sample", outlet="Wire")
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "sayso.report/1"
    assert doc["article"]["title"] == "Sample" and doc["article"]["outlet"] == "Wire"
    assert len(doc["attributions"]) > 10
    location = r.headers["content-location"]
    assert re.fullmatch(r"/api/reports/[0-9a-f]{20}", location)
    assert client.get(location).json() == doc
    page = client.get(location.replace("/api", ""))
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'class="sayso-report"' in page.text


def test_security_headers_on_every_response(client):
    for path in ("/", "/api/health", "/static/app.css", "/nope"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/story", "http://[::1]:8080/", "http://localhost/",
    "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/",
])
def test_private_addresses_are_refused(client, url):
    r = analyze(client, url=url)
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == "urn:sayso:problem:private-address"
    assert problem["status"] == 422 and "refusing" in problem["detail"]


@pytest.mark.parametrize("body, status, kind", [
    ({"text": "x", "url": "http://example.com/"}, 422, "validation"),
    ({}, 422, "validation"),
    ({"text": "x", "nonsense": 1}, 422, "validation"),
    ({"text": "   "}, 422, "bad-input"),
    ({"url": "file:///etc/passwd"}, 422, "validation"),
    ({"url": "http://no-such-host.invalid/"}, 422, "unfetchable"),
    ({"text": "a" * (MAX_TEXT + 1)}, 422, "text-too-long"),
])
def test_bad_requests_are_problems(client, body, status, kind):
    r = client.post("/api/analyze", json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == f"urn:sayso:problem:{kind}" and problem["detail"]


def test_body_and_upload_limits(server, client):
    r = client.post("/api/analyze", content=b'{"text": "' + b"a" * 2_100_000 + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["type"] == "urn:sayso:problem:too-large"
    # a huge declared Content-Length is refused before any of the body is read
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST /api/analyze HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {TOKEN}\r\n"
                     "Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{}".encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 413 ")
    page = client.get("/")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/analyse", data={"csrf": csrf}, files={"file": ("big.txt", b"word " * 1_100_000, "text/plain")})
    assert r.status_code == 413


def test_wrong_json_and_methods_are_problems(client):
    r = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    r = client.get("/api/analyze")
    assert r.status_code == 405 and r.json()["status"] == 405
    r = client.get("/api/reports/0123456789abcdef0123")
    assert r.status_code == 404 and r.json()["type"] == "urn:sayso:problem:not-found"


def test_token_is_required_on_pages_and_api(server):
    with server.client(auth=False) as anon:
        r = anon.get("/api/health")
        assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json"
        r = anon.post("/api/analyze", json={"text": "x"})
        assert r.status_code == 401
        r = anon.get("/")
        assert r.status_code == 401 and "access token" in r.text
        assert anon.get("/static/app.css").status_code == 401
        assert anon.get("/openapi.json").status_code == 401
        r = anon.get("/api/health", headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        # a link with the token sets a cookie and drops the token from the address
        r = anon.get(f"/?token={TOKEN}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        assert anon.get("/").status_code == 200  # the cookie now opens pages
        assert anon.get("/?token=wrong", follow_redirects=False).status_code == 200  # cookie still valid


def test_public_host_needs_a_token():
    from sayso import cli

    result = CliRunner().invoke(cli.app, ["serve", "--host", "0.0.0.0"], env={"SAYSO_TOKEN": ""})
    assert result.exit_code == 2
    assert "--token" in result.stderr


def test_forms_need_the_csrf_token(client):
    client.get("/")  # the CSRF cookie
    r = client.post("/analyse", data={"text": "Officials said it was over."})
    assert r.status_code == 403 and "form" in r.text
    r = client.post("/analyse", data={"text": "Officials said it was over.", "csrf": "x" * 43})
    assert r.status_code == 403
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    r = client.post("/analyse", data={"text": "Officials said it was over.", "csrf": csrf},
                    headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post("/analyse", data={"text": "Officials said it was over.", "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")


def test_hostile_article_text_is_escaped_on_the_report_page(client):
    r = analyze(client, text=EVIL, title="<script>alert('t')</script>", outlet="<img src=x onerror=alert(3)>")
    assert r.status_code == 200, r.text
    page = client.get(r.headers["content-location"].replace("/api", "")).text
    tags = tags_of(page)
    scripts = [a for t, a in tags if t == "script"]
    assert all(a.get("src", "").startswith("/static/") or a.get("type") == "application/json" for a in scripts)
    assert not [t for t, _ in tags if t in ("img", "textarea", "b")]
    assert not [(t, k) for t, a in tags for k in a if k.startswith("on")]
    assert "{{ 7*7 }}" in page and " 49 " not in page
    assert "&lt;script&gt;alert" in page


def test_rate_limit_per_client(server):
    # 127.0.0.2 is loopback too, but another client to the limiter: this test spends its own budget.
    with server.client(local_address="127.0.0.2") as other:
        codes = [analyze(other, text="Officials said it was over.").status_code for _ in range(41)]
    assert codes[:40] == [200] * 40
    assert codes[40] == 429
    with server.client(local_address="127.0.0.2") as other:
        r = analyze(other, text="Officials said it was over.")
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert r.json()["type"] == "urn:sayso:problem:rate-limited"


def test_openapi_and_local_docs(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/reports/{rid}", "/api/health"} <= set(schema["paths"])
    docs = client.get("/docs").text
    srcs = [a.get("src") or a.get("href") for t, a in tags_of(docs) if t in ("script", "link")]
    assert srcs and all(s.startswith("/static/") for s in srcs), srcs
    for src in srcs:
        assert client.get(src).status_code == 200, src


def test_form_job_gives_a_permanent_report(client):
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    r = client.post("/analyse", data={"text": SAMPLE.read_text(encoding="utf-8"), "csrf": csrf})
    assert r.status_code == 303
    job = r.headers["location"]
    for _ in range(600):  # the job page shows progress until the report is ready, then redirects to it
        r = client.get(job)
        if r.status_code == 303:
            break
        assert r.status_code == 200 and "<progress" in r.text
        time.sleep(0.1)
    assert re.fullmatch(r"/reports/[0-9a-f]{20}", r.headers["location"])
    assert 'class="sayso-report"' in client.get(r.headers["location"]).text
    job = client.get("/api/jobs/nope")
    assert job.status_code == 404


def test_uploaded_page_is_extracted_and_analysed(client):
    page = ("<html><head><title>Talks fail</title></head><body><nav><a href='/'>Home</a> Menu</nav><article>"
            "<h1>Talks fail</h1><p>“We will respond,” the minister said on Tuesday. Officials said that the talks "
            "had failed in Geneva after two days, and that no new date had been set.</p></article></body></html>")
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    r = client.post("/analyse", data={"csrf": csrf}, files={"file": ("story.html", page.encode(), "text/html")})
    assert r.status_code == 303
    job = r.headers["location"]
    for _ in range(600):
        r = client.get(job)
        if r.status_code == 303:
            break
        time.sleep(0.1)
    report = client.get("/api" + r.headers["location"]).json()
    assert report["article"]["title"] == "Talks fail"
    assert "Menu" not in report["article"]["text"] and report["attributions"]


def test_schemathesis_finds_no_server_errors(server):
    """Property-based requests from the app's own OpenAPI schema: every answer documented, no 5xx."""
    seen = fuzz(server)
    assert {label for label, _ in seen} >= {"POST /api/analyze", "GET /api/health"}


def test_analysis_over_the_time_limit_is_stopped_and_the_server_recovers(client):
    text = ("The minister said that the talks had failed, according to officials. " * 6000)[:MAX_TEXT]
    r = analyze(client, text=text)
    assert r.status_code == 503, r.text[:300]
    assert r.json()["type"] == "urn:sayso:problem:timeout" and r.headers["retry-after"]
    r = analyze(client, text="“We will respond,” the minister said.")  # waits for the new worker
    assert r.status_code == 200 and json.loads(r.text)["attributions"]
