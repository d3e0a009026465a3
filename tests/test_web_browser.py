"""The web app in headless Chromium, used as a reader would: paste, submit, read, click a source.

A real ``sayso serve`` on loopback (with an access token, opened by a link the way a
colleague would share it), driven through Playwright with Debian's ``/usr/bin/chromium``
(``make chromium``; never ``playwright install``). Screenshots land in the test's tmp dir:
``<pytest tmp>/test_paste_submit_read_click0/{analyse,report,report-400px,docs,no-js}.png``.
Any console error fails the test: a Content-Security-Policy violation is one.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from _browser import ARGS, CHROMIUM, needs_chromium
from _web import TOKEN, start

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))

pytestmark = [
    pytest.mark.slow,
    needs_chromium,
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start(tmp_path_factory.mktemp("web-browser"), "--no-techniques", "--no-claims")
    yield srv
    srv.stop()


@pytest.fixture
def browser(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra: pip install -e .[test]")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def watch(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def test_paste_submit_read_click(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = watch(page)
    page.goto(f"{server.url}/?token={TOKEN}")  # the shared link: the token becomes a cookie
    assert page.url == f"{server.url}/"
    page.fill("#text", SAMPLE.read_text(encoding="utf-8"))
    page.click("details.more summary")  # title, outlet and date are folded away
    page.fill("#title", "The sample story")
    for box in page.locator("form.analyse input[type=checkbox]").all():
        box.uncheck()  # techniques and claims off: this test is about reading attributions
    page.screenshot(path=str(tmp_path / "analyse.png"), full_page=True)
    page.click("button[type=submit]")
    # the progress page follows the job and opens the report (page.url can lag behind a script's navigation)
    # (and the strict CSP forbids wait_for_function's eval), so poll the location
    for _ in range(1200):
        try:
            if page.evaluate("location.pathname").startswith("/reports/"):
                break
        except Exception:  # the page navigated while being asked: ask again
            pass
        page.wait_for_timeout(100)
    page.wait_for_load_state()
    rid = page.evaluate("location.pathname").rsplit("/", 1)[1]
    report = page.request.get(f"{server.url}/api/reports/{rid}").json()

    # The highlights: one labelled first piece per attribution.
    firsts = page.locator("main .att.first[data-att]")
    assert sorted(firsts.evaluate_all("els => els.map(e => e.dataset.att)")) == sorted(
        a["id"] for a in report["attributions"])
    assert page.locator("h1").filter(has_text="The sample story").count() == 1

    # Click the source with most attributions: its statements, and only those, are picked out.
    counts: dict[str, int] = {}
    for a in report["attributions"]:
        if a["source"]:
            counts[a["source"]] = counts.get(a["source"], 0) + 1
    top = max(counts, key=counts.__getitem__)
    mine = {a["id"] for a in report["attributions"] if a["source"] == top}
    page.click(f'.panel button[data-select="{top}"]')
    selected = page.locator("main .att.first.selected").evaluate_all("els => els.map(e => e.dataset.att)")
    assert set(selected) == mine
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    page.click(f'.panel button[data-select="{top}"]')
    assert page.locator("main .att.selected").count() == 0

    # Keyboard: tab to an attribution and its source shows.
    first = report["attributions"][0]
    page.focus(f"#att-{first['id']}")
    assert page.locator("#sayso-tip").is_visible()
    page.keyboard.press("Escape")

    # The view controls: hedges hidden on request; the confidence filter fades the less sure.
    hedge = page.locator("main .text .mk-hedge").first
    if hedge.count():
        assert hedge.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
        page.uncheck("#show-hedge")
        assert hedge.evaluate("e => getComputedStyle(e).outlineStyle") == "none"
    low = [a for a in report["attributions"] if a["confidence"] < 0.8]
    if low:
        el = page.locator(f"#att-{low[0]['id']}")
        before = el.evaluate("e => getComputedStyle(e).backgroundColor")
        page.check("#conf-80")
        assert el.evaluate("e => getComputedStyle(e).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
        assert before not in ("rgba(0, 0, 0, 0)", "transparent")

    # 400 px wide: the sources are at the top, and nothing scrolls sideways.
    page.set_viewport_size({"width": 400, "height": 860})
    page.reload()
    panel = page.locator(".panel").bounding_box()
    text = page.locator("main .text").bounding_box()
    assert panel["y"] < text["y"] and panel["y"] < 860
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.click(".sources-box summary")  # closed on a phone; one tap opens it
    page.click(f'.panel button[data-select="{top}"]')
    assert set(page.locator("main .att.first.selected").evaluate_all("els => els.map(e => e.dataset.att)")) == mine
    page.screenshot(path=str(tmp_path / "report-400px.png"), full_page=True)

    # The API docs: Swagger UI from sayso's own files, under the CSP.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server.url}/docs")
    page.locator(".opblock-summary-path", has_text="/api/analyze").first.wait_for(timeout=30_000)
    page.screenshot(path=str(tmp_path / "docs.png"))
    assert errors == []
    context.close()

    # Without JavaScript the report still reads: text, highlights, sources.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server.url}/reports/{rid}?token={TOKEN}")
    assert page.locator("main .att.first[data-att]").count() == len(report["attributions"])
    assert page.locator(".panel .sources button").count() == len(report["sources"])
    page.screenshot(path=str(tmp_path / "no-js.png"), full_page=False)
    context.close()
    for name in ("analyse", "report", "report-400px", "docs", "no-js"):
        assert (tmp_path / f"{name}.png").stat().st_size > 5_000
