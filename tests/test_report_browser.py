"""The HTML report in headless Chromium, used as a reader would use it.

Opens the bundled sample's report from ``file://`` with Debian's ``/usr/bin/chromium``
(``make test`` installs it where it can; never ``playwright install``), checks that every
attribution is highlighted, that hover and keyboard focus show the source, that choosing
a source in the panel highlights its attributions, and that the console stays clean.
The screenshot lands in the test's tmp dir: ``<pytest tmp>/test_report_in_chromium0/report.png``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from _browser import ARGS, CHROMIUM, needs_chromium

SAMPLE = Path(str(resources.files("sayso") / "samples" / "sample_article.txt"))

pytestmark = [
    pytest.mark.slow,
    needs_chromium,
]


@pytest.fixture
def page(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra: pip install -e .[test]")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1280, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()


def test_report_in_chromium(nlp, tmp_path, page):
    from sayso.analyzer import analyze
    from sayso.ingest.text import read_text_file
    from sayso.report import to_html

    article, _ = read_text_file(SAMPLE)
    report = analyze(article)  # the same per-process pipeline cache the nlp fixture filled
    assert report.attributions
    path = tmp_path / "report.html"
    path.write_text(to_html(report, name=SAMPLE.name), encoding="utf-8")

    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())

    # Every attribution is highlighted: one labelled first piece each, all of them visible.
    firsts = page.locator("main .att.first[data-att]")
    assert firsts.count() == len(report.attributions)
    assert sorted(firsts.evaluate_all("els => els.map(e => e.dataset.att)")) == sorted(a.id for a in report.attributions)

    # Hovering shows the source; so does keyboard focus.
    a = report.attributions[0]
    name = report.source(a.source).name if report.source(a.source) else "?"
    tip = page.locator("#sayso-tip")
    page.hover(f"#att-{a.id}")
    assert tip.is_visible() and name in tip.inner_text() and a.kind in tip.inner_text()
    page.mouse.move(0, 0)
    b = report.attributions[1]
    page.focus(f"#att-{b.id}")
    assert tip.is_visible()
    assert report.source(b.source).name in tip.inner_text()
    assert page.get_attribute(f"#att-{b.id}", "aria-describedby") == "sayso-tip"
    page.keyboard.press("Escape")
    assert tip.is_hidden()

    # Choosing a source in the panel highlights all its attributions, and only those.
    source = max(report.sources, key=lambda s: sum(x.source == s.id for x in report.attributions))
    mine = {x.id for x in report.attributions if x.source == source.id}
    page.click(f'.panel button[data-select="{source.id}"]')
    selected = page.locator("main .att.first.selected").evaluate_all("els => els.map(e => e.dataset.att)")
    assert set(selected) == mine
    assert page.get_attribute(f'.panel button[data-select="{source.id}"]', "aria-pressed") == "true"
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    page.click(f'.panel button[data-select="{source.id}"]')
    assert page.locator("main .att.selected").count() == 0

    assert errors == []
    assert (tmp_path / "report.png").stat().st_size > 10_000
