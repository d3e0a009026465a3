"""The corpus pages: search, sources (ranked, filtered; one page per source), outlets and their
citation graph, a claim's trace as a timeline. Server-rendered; read without JavaScript."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sayso.web import charts
from sayso.web import corpus as c
from sayso.web.problems import Problem

router = APIRouter(include_in_schema=False)
TYPES = ("person", "organization", "government", "outlet", "group", "anonymous", "author", "unknown")


def _state(request: Request) -> Any:
    return request.app.state.sayso


def _arg(request: Request, name: str, limit: int = 300) -> str | None:
    value = request.query_params.get(name, "").strip()[:limit]
    return value or None


def _date(request: Request, name: str) -> str | None:
    value = _arg(request, name, 10)
    if value and not (value[:4].isdigit() and all(ch.isdigit() or ch == "-" for ch in value)):
        raise Problem(422, "validation", f"{name}: a date is YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@router.get("/search")
def search_page(request: Request) -> HTMLResponse:
    state = _state(request)
    corpus = c.need(state.settings.db)
    q = _arg(request, "q", 500)
    filters = {"source": _arg(request, "source"), "outlet": _arg(request, "outlet"), "since": _date(request, "since"),
               "until": _date(request, "until")}
    hits, nxt = [], None
    if q:
        params = {"q": q, **filters}
        hits, nxt = c.page(lambda n: c.call(corpus.search, q, limit=n, **filters), limit=20,
                           cursor=_arg(request, "cursor"), params=params)
    return state.render(request, "search.html.j2", q=q or "", filters=filters, hits=hits, next=nxt,
                        outlets=c.call(corpus.outlet_names), counts=c.call(corpus.counts))


@router.get("/sources")
def sources_page(request: Request) -> HTMLResponse:
    state = _state(request)
    corpus = c.need(state.settings.db)
    filters = {"outlet": _arg(request, "outlet"), "type": _arg(request, "type"), "since": _date(request, "since"),
               "until": _date(request, "until")}
    rows, nxt = c.page(lambda n: c.call(corpus.sources, limit=n, **filters), limit=50,
                       cursor=_arg(request, "cursor"), params=filters)
    split = c.call(corpus.named_anonymous, outlet=filters["outlet"], since=filters["since"], until=filters["until"])
    bars = charts.columns([(r.name, r.attributions) for r in rows[:20]], width=600, height=140)
    return state.render(request, "sources.html.j2", rows=rows, next=nxt, filters=filters, types=TYPES,
                        outlets=c.call(corpus.outlet_names), split=split, bars=bars)


@router.get("/sources/{name}")
def source_page(name: str, request: Request) -> HTMLResponse:
    state = _state(request)
    profile = c.call(c.need(state.settings.db).source, name[:300])
    if profile is None:
        raise Problem(404, "not-found", f"no source named {name!r} in the corpus")
    timeline = charts.months([s.published for s in profile.statements])
    outlet_bars = list(profile.by_outlet.items())[:15]
    return state.render(request, "source.html.j2", p=profile, timeline=timeline,
                        bars=charts.columns(timeline, width=600, height=120), outlet_bars=outlet_bars,
                        top=max((v for _, v in outlet_bars), default=1))


@router.get("/outlets")
def outlets_page(request: Request) -> HTMLResponse:
    state = _state(request)
    net = c.network(c.need(state.settings.db))
    return state.render(request, "outlets.html.j2", net=net)


@router.get("/trace")
def trace_page(request: Request) -> HTMLResponse:
    state = _state(request)
    corpus = c.need(state.settings.db)
    q, attribution = _arg(request, "q", 2000), _arg(request, "attribution")
    trace = None
    if q or attribution:
        trace = c.call(corpus.trace, None if attribution else q, attribution=attribution)
    return state.render(request, "trace.html.j2", q=q or "", attribution=attribution or "", trace=trace)


@router.get("/articles/{article_id:path}")
def article_page(article_id: str, request: Request) -> HTMLResponse:
    from sayso.report.html import to_html_fragment

    state = _state(request)
    report = c.call(c.find_report, c.need(state.settings.db), article_id[:2100])
    if report is None:
        raise Problem(404, "not-found", f"no article {article_id!r} in the corpus")
    return state.render(request, "report.html.j2", rid=None, article_id=report.article.id,
                        fragment=to_html_fragment(report), meta={"title": report.article.title})
