"""The corpus API under ``/api/``: sources, one source, outlets (the citation network), search, trace.

Every list is ``{"items": [...], "next": CURSOR | null}``; pass ``cursor=`` for the next page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field

from sayso.web import corpus as c
from sayso.web.problems import Problem, responses

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Cursor = Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$",
                                     description="the `next` of the previous page (opaque)")]
Date = Annotated[str | None, Query(max_length=32, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?", description="YYYY[-MM[-DD]]")]
Text = Annotated[str | None, Query(max_length=300)]
ERRORS = responses(400, 401, 404, 422, 501, 503)


class Page(BaseModel):
    items: list[dict[str, Any]]
    next: str | None = Field(description="cursor of the next page; null on the last")


def _corpus(request: Request) -> Any:
    return c.need(request.app.state.sayso.settings.db)


@router.get("/sources", summary="Sources ranked by attributions", response_model=Page, responses=ERRORS)
def sources(request: Request, outlet: Text = None, type: Text = None, since: Date = None, until: Date = None,
            limit: Limit = 20, cursor: Cursor = None) -> Page:
    """Sources across the corpus (one identity for "Tim Morrison", "Morrison", ...), most attributions first."""
    corpus = _corpus(request)
    params = {"outlet": outlet, "type": type, "since": since, "until": until}
    items, nxt = c.page(lambda n: c.call(corpus.sources, outlet=outlet, type=type, since=since, until=until, limit=n),
                        limit=limit, cursor=cursor, params=params)
    return Page(items=[{**c.plain(s), "named": s.named} for s in items], next=nxt)


@router.get("/sources/{name}", summary="One source's statements over time", responses=ERRORS)
def source(name: Annotated[str, Path(max_length=300)], request: Request) -> dict[str, Any]:
    profile = c.call(_corpus(request).source, name)
    if profile is None:
        raise Problem(404, "not-found", f"no source named {name!r} in the corpus")
    return c.plain(profile)


@router.get("/outlets", summary="The citation network of outlets", responses=ERRORS)
def outlets(request: Request) -> dict[str, Any]:
    """Nodes (outlets; `own` when the corpus has their articles) and edges A -> B weighted by how often
    A's attributions name B as a source or a link in the chain, with counts by month."""
    return c.network(_corpus(request))


@router.get("/search", summary="Full-text search of attributed statements and claims", response_model=Page,
            responses=ERRORS)
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500, description="words or a phrase")],
           source: Text = None, outlet: Text = None, since: Date = None, until: Date = None, limit: Limit = 20,
           cursor: Cursor = None) -> Page:
    corpus = _corpus(request)
    params = {"q": q, "source": source, "outlet": outlet, "since": since, "until": until}
    items, nxt = c.page(lambda n: c.call(corpus.search, q, source=source, outlet=outlet, since=since, until=until,
                                         limit=n), limit=limit, cursor=cursor, params=params)
    return Page(items=[c.plain(h) for h in items], next=nxt)


@router.get("/trace", summary="Every telling of a claim or quote, first appearance first", responses=ERRORS)
def trace(request: Request,
          q: Annotated[str, Query(min_length=1, max_length=2000, description="the claim or quote")]) -> dict[str, Any]:
    """Each telling with its outlet, date, source and chain, and how it relates to the first one:
    `verbatim`, `paraphrase` or `mutation` (with what changed and a word diff)."""
    return c.plain(c.call(_corpus(request).trace, q))


@router.get("/trace/attribution", summary="The trace of one stored attribution", responses=ERRORS)
def trace_attribution(request: Request, id: Annotated[str, Query(
        min_length=3, max_length=2100, pattern=r"^.+:[AC]\d+$",
        description="ARTICLE_ID:A7 (the article's corpus id, the attribution's or claim's id)")]) -> dict[str, Any]:
    try:
        return c.plain(c.call(_corpus(request).trace, None, attribution=id))
    except Problem as e:
        if e.status == 422:  # the facade's "no such attribution in the corpus"
            raise Problem(404, "not-found", e.detail) from e
        raise


@router.get("/articles", summary="Stored articles, in the order they were stored", response_model=Page,
            responses=ERRORS)
def articles(request: Request, limit: Limit = 20, cursor: Cursor = None) -> Page:
    """Each article's corpus id, title, outlet, date, URL and counts; `/api/articles/{id}` has its report."""
    corpus = _corpus(request)
    items, nxt = c.page(lambda n: c.call(c.first_reports, corpus, n), limit=limit, cursor=cursor, params={})
    return Page(items=[c.article_summary(r) for r in items], next=nxt)


@router.get("/articles/{article_id:path}", summary="One stored article's report", responses=ERRORS)
def article(article_id: Annotated[str, Path(max_length=2100)], request: Request) -> dict[str, Any]:
    """The `sayso.report/1` document of the article with this corpus id (without the profile, which the
    corpus does not store)."""
    report = c.call(c.find_report, _corpus(request), article_id)
    if report is None:
        raise Problem(404, "not-found", f"no article {article_id!r} in the corpus")
    return report.to_dict()
