"""The corpus pages and API of ``sayso serve``, on a small corpus the test makes and stores.

The sample article is analysed twice (once as written, once re-told with a changed
figure), stored under three outlets on three dates through ``sayso.Corpus``, and a real
server is started on that database. The API is read as a script would (pages, cursors,
problems), and the pages in Chromium as a person would: search, open a trace, look at the
citation graph. Screenshots: ``<pytest tmp>/test_corpus_in_chromium0/*.png``.
"""

from __future__ import annotations

import dataclasses
from importlib import resources
from pathlib import Path

import pytest

from _browser import CHROMIUM, needs_chromium
from _web import TOKEN, fuzz, start

pytestmark = pytest.mark.slow

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))
CLAIM = "The attack on Saturday killed at least 40 people"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import sayso
    from sayso.model import Article

    tmp = tmp_path_factory.mktemp("web-corpus")
    text = SAMPLE.read_text(encoding="utf-8")
    retold = text.replace("killed at least 40 people", "killed at least 70 people")
    first, second = sayso.analyze_many([text, retold], techniques=False, claims=False)
    stories = [(first, "Wire", "2018-04-10"), (first, "Daily Post", "2018-04-11"), (second, "Blog", "2018-04-13")]
    with sayso.Corpus(tmp / "corpus.db") as corpus:
        for n, (report, outlet, day) in enumerate(stories):
            a = report.article
            article = Article(a.text, title=f"Story {n}", url=f"https://news.example/{n}", outlet=outlet, published=day)
            corpus.add(dataclasses.replace(report, article=article))
        corpus.refresh_identities()
    srv = start(tmp, "--no-techniques", "--no-claims", db=tmp / "corpus.db")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with server.client() as c:
        yield c


def test_search_pages_by_cursor(client):
    r = client.get("/api/search", params={"q": "turned away", "limit": 1})
    assert r.status_code == 200, r.text
    page1 = r.json()
    assert len(page1["items"]) == 1 and page1["next"]
    hit = page1["items"][0]
    assert hit["outlet"] in ("Wire", "Daily Post", "Blog") and "turned away" in hit["text"]
    page2 = client.get("/api/search", params={"q": "turned away", "limit": 1, "cursor": page1["next"]}).json()
    assert page2["items"] and page2["items"][0] != hit
    r = client.get("/api/search", params={"q": "diplomats", "cursor": page1["next"]})  # another query's cursor
    assert r.status_code == 400 and r.json()["type"] == "urn:sayso:problem:bad-cursor"
    r = client.get("/api/search", params={"q": 'AND OR "unbalanced'})  # not FTS syntax: plain words, no error
    assert r.status_code == 200


def test_sources_outlets_and_trace(client):
    sources = client.get("/api/sources", params={"limit": 5})
    assert sources.status_code == 200
    assert "Viktor Arkhipov" in [s["name"] for s in sources.json()["items"]]
    network = client.get("/api/outlets").json()
    own = {n["id"] for n in network["nodes"] if n["own"]}
    assert {"Wire", "Blog"} <= own or len(own) >= 3
    assert any(e["cited"] == "RT" for e in network["edges"])  # "RT reports: ..." in the sample
    trace = client.get("/api/trace", params={"q": CLAIM})
    steps = trace.json()["steps"]
    assert [s["telling"]["outlet"] for s in steps] == ["Wire", "Daily Post", "Blog"]
    assert [s["relation"] for s in steps] == ["first", "verbatim", "mutation"]
    assert "number changed" in steps[2]["changes"] and ["+", "70"] in steps[2]["diff"]
    assert client.get("/api/trace").status_code == 422
    assert client.get("/api/trace/attribution", params={"id": "nope"}).status_code == 422


def test_articles_list_and_report(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["outlet"] for a in first["items"]] == ["Wire", "Daily Post"] and first["next"]
    rest = client.get("/api/articles", params={"limit": 2, "cursor": first["next"]}).json()
    assert rest["items"][0]["outlet"] == "Blog"
    article_id = first["items"][0]["id"]
    doc = client.get(f"/api/articles/{article_id}").json()
    assert doc["schema"] == "sayso.report/1" and doc["article"]["outlet"] == "Wire" and doc["attributions"]
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200 and 'class="sayso-report"' in page.text
    assert client.get("/api/articles/nope").status_code == 404


def test_corpus_pages_read_without_javascript(client):
    for path in ("/search?q=turned+away", "/sources", "/outlets", "/trace"):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        assert "<script>" not in r.text  # no inline script: only files and JSON data blocks
    assert "<mark>turned</mark>" in client.get("/search?q=turned+away").text
    assert "RT" in client.get("/outlets").text


@needs_chromium
def test_corpus_in_chromium(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--headless"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server.url}/search?token={TOKEN}")
        page.fill("input[name=q]", "turned away at the door")
        page.click("form.filters button[type=submit]")
        page.locator("ol.results li").first.wait_for()
        assert page.locator("ol.results li").count() >= 3
        page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
        # who is quoted: the ranking, then one source's statements over time
        page.click("nav a[href='/sources']")
        page.click("table.data tbody tr:first-child a")
        page.locator("table.sortable tbody tr").first.wait_for()
        assert page.locator("table.sortable tbody tr").count() >= 3
        page.screenshot(path=str(tmp_path / "source.png"), full_page=True)
        page.goto(f"{server.url}/outlets")
        page.locator("#graph .node").first.wait_for()
        assert page.locator("#graph .node").count() >= 3
        page.focus("#graph .node")
        assert page.locator("#graph-status").inner_text().strip()
        page.screenshot(path=str(tmp_path / "outlets.png"))
        page.click("nav a[href='/trace']")
        page.fill("input[name=q]", CLAIM)
        page.click("form.filters button[type=submit]")
        page.locator("ol.timeline li").first.wait_for()
        assert page.locator("ol.timeline li.rel-first").count() == 1
        assert page.locator("ol.timeline li.rel-mutation ins").filter(has_text="70").count() == 1
        page.screenshot(path=str(tmp_path / "trace.png"), full_page=True)
        page.click("ol.timeline li.rel-first a[href^='/articles/']")  # the first appearance's article
        page.locator("main .att.first").first.wait_for()
        browser.close()
    assert errors == []


def test_analysis_stored_on_request(client):
    text = "“The bridge will reopen in May,” the transport minister, Ana Ruiz, told reporters on Friday."
    r = client.post("/api/analyze", json={"text": text, "outlet": "Gazette", "published": "2018-05-01",
                                          "store": True, "techniques": False, "claims": False})
    assert r.status_code == 200, r.text
    assert r.headers["x-sayso-article"]
    hits = client.get("/api/search", params={"q": "bridge reopen"}).json()["items"]
    assert [h["outlet"] for h in hits] == ["Gazette"]
    r = client.post("/api/analyze", json={"text": text, "techniques": False, "claims": False})
    assert "x-sayso-article" not in r.headers  # not stored unless asked


def test_schemathesis_on_a_real_corpus(server):
    seen = fuzz(server, examples=8)
    labels = {label for label, _ in seen}
    assert {"GET /api/search", "GET /api/sources", "GET /api/outlets", "GET /api/trace"} <= labels
    assert any(label == "GET /api/search" and status == 200 for label, status in seen)
