"""The web app's pure parts, without a server: rate limit, cursors, CSRF, charts, highlighting, hosts."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra: pip install -e .[web]")

from sayso.web import charts  # noqa: E402
from sayso.web.app import highlight  # noqa: E402
from sayso.web.corpus import MAX_WINDOW, decode_cursor, encode_cursor, page, plain  # noqa: E402
from sayso.web.guard import CSRF_COOKIE, RateLimit, check_csrf, csrf_token  # noqa: E402
from sayso.web.problems import Problem  # noqa: E402
from sayso.web.settings import Settings, is_loopback  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_is_a_sliding_minute_per_client():
    clock = Clock()
    limit = RateLimit(3, clock=clock)
    for _ in range(3):
        limit.hit("a")
    with pytest.raises(Problem) as e:
        limit.hit("a")
    assert e.value.status == 429 and 1 <= int(e.value.headers["retry-after"]) <= 61
    limit.hit("b")  # another client has its own budget
    clock.now += 61
    limit.hit("a")  # the window has moved on
    RateLimit(0).hit("a")  # 0: no limit


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("192.168.1.5", False), ("example.com", False), ("::", False),
])
def test_public_hosts(host, loopback):
    assert is_loopback(host) is loopback
    assert Settings(host=host).public is not loopback


def test_cursor_round_trip_and_refusals():
    params = {"q": "x"}
    assert decode_cursor(encode_cursor(40, params), params) == 40
    assert decode_cursor(None, params) == 0
    for bad in ("garbage!", encode_cursor(40, {"q": "y"}), encode_cursor(MAX_WINDOW + 1, params)):
        with pytest.raises(Problem) as e:
            decode_cursor(bad, params)
        assert e.value.status == 400


def test_page_walks_a_result_list():
    data = list(range(45))
    seen, cursor = [], None
    while True:
        items, cursor = page(lambda n: data[:n], limit=20, cursor=cursor, params={})
        seen += items
        if cursor is None:
            break
    assert seen == data


def test_csrf_double_submit():
    token, new = csrf_token({})
    assert new and len(token) >= 32
    assert csrf_token({CSRF_COOKIE: token}) == (token, False)
    check_csrf({CSRF_COOKIE: token}, token, None, "h")
    check_csrf({CSRF_COOKIE: token}, token, "http://h", "h")
    check_csrf({CSRF_COOKIE: token}, token, "null", "h")  # Origin: null still needs the token, which it has
    for cookies, field, origin in (({}, token, None), ({CSRF_COOKIE: token}, None, None),
                                   ({CSRF_COOKIE: token}, "x" * 43, None), ({CSRF_COOKIE: token}, token, "https://evil")):
        with pytest.raises(Problem) as e:
            check_csrf(cookies, field, origin, "h")
        assert e.value.status == 403


def test_months_fill_the_gaps():
    assert charts.months(["2016-11-03", "2017-01-20", None, "2016-11-30", "bad"]) == [
        ("2016-11", 2), ("2016-12", 0), ("2017-01", 1)]
    assert charts.months([]) == []
    bars = charts.columns([("a", 2), ("b", 1)], width=100, height=10)
    assert bars[0].height == 10 and bars[1].height == 5 and bars[1].y == 5


def test_highlight_escapes_and_marks():
    out = str(highlight('<b>Clinton</b> said "clinton"', "Clinton <b>"))
    assert out == "&lt;b&gt;<mark>Clinton</mark>&lt;/b&gt; said &#34;<mark>clinton</mark>&#34;"
    assert str(highlight("a < b", "")) == "a &lt; b"


def test_plain_records():
    from sayso.corpus.types import CitationEdge

    assert plain([CitationEdge("A", "B", "2016-01", 2)]) == [{"citing": "A", "cited": "B", "month": "2016-01", "count": 2}]


def test_a_foreign_database_is_a_clear_problem(tmp_path):
    from sayso.web.corpus import open_corpus

    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(Problem) as e:
        open_corpus(path)
    assert e.value.status == 503 and e.value.kind == "no-corpus" and "notes.db" in e.value.detail
