"""The JSON API, version 1, under ``/api/``: analyse an article, read stored results and the corpus."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from sayso import __version__
from sayso.model import SCHEMA
from sayso.web.corpus import available as corpus_available
from sayso.web.problems import Problem, responses
from sayso.web.worker import Task

router = APIRouter(prefix="/api")

REPORT_SCHEMA = {"type": "object", "description": f"a `{SCHEMA}` document (see SPEC.md)",
                 "required": ["schema", "article", "sources", "attributions"]}
REPORT_RESPONSE = {"description": f"the `{SCHEMA}` document",
                   "content": {"application/json": {"schema": REPORT_SCHEMA}}}


class AnalyzeRequest(BaseModel):
    """Exactly one of ``text``, ``url`` or ``html``, with optional metadata and analysis options."""

    # The schema says what the validator checks: exactly one input (oneOf), no nulls (a field is
    # left out instead), so that a client generated from it sends nothing the server refuses.
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "oneOf": [{"required": ["text"]}, {"required": ["url"]}, {"required": ["html"]}],
        "examples": [{"text": "“We will respond,” the minister said.", "techniques": False, "claims": False}]})

    text: str | SkipJsonSchema[None] = Field(None, min_length=1, description="the article's plain text")
    url: str | SkipJsonSchema[None] = Field(None, max_length=2048, pattern=r"^[hH][tT][tT][pP][sS]?://",
                                            description="an http(s) URL to fetch (public addresses only)")
    html: str | SkipJsonSchema[None] = Field(None, min_length=1,
                                             description="a saved page's HTML; its main text is extracted")
    title: str | SkipJsonSchema[None] = Field(None, max_length=1000)
    outlet: str | SkipJsonSchema[None] = Field(None, max_length=300, description="the publisher")
    published: str | SkipJsonSchema[None] = Field(None, max_length=64, description="ISO 8601 date")
    techniques: bool | SkipJsonSchema[None] = Field(None, description="mark persuasion techniques (default: the server's)")
    claims: bool | SkipJsonSchema[None] = Field(None, description="score check-worthy claims (default: the server's)")
    store: bool = Field(False, description="also store the report in the server's corpus")

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        given = [k for k in ("text", "url", "html") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, url or html" + (f" (got {', '.join(given)})" if given else ""))
        return self


def state_of(request: Request) -> Any:
    return request.app.state.sayso


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/analyze", summary="Analyse an article", response_class=JSONResponse,
             responses={200: REPORT_RESPONSE, **responses(401, 413, 422, 429, 503)})
async def analyze(body: AnalyzeRequest, request: Request) -> Response:
    """Analyse one article and return its `sayso.report/1` document.

    `Content-Location` names the stored result (`/api/reports/{id}`), `Link` its page.
    Over the text limit: 422; over the body limit: 413; too many analyses from one client: 429;
    every worker busy or the analysis over the time limit: 503 with `Retry-After`.
    """
    state = state_of(request)
    settings = state.settings
    for key in ("text", "html"):
        value = getattr(body, key)
        if value is not None and len(value) > (settings.max_text if key == "text" else settings.max_body):
            limit = settings.max_text if key == "text" else settings.max_body
            raise Problem(422, "text-too-long", f"the {key} is {len(value):,} characters long; this server analyses "
                          f"at most {limit:,}")
    if body.url is not None and not body.url.lower().startswith(("http://", "https://")):
        raise Problem(422, "unfetchable", f"{body.url}: only http and https URLs can be fetched")
    state.rate.hit(client_of(request))
    task = Task(text=body.text, html=body.html, url=body.url, title=body.title, outlet=body.outlet,
                published=body.published,
                techniques=settings.techniques if body.techniques is None else body.techniques,
                claims=settings.claims if body.claims is None else body.claims)
    rid, report, stored = await state.analyse(task, store=body.store)
    headers = {"content-location": f"/api/reports/{rid}", "link": f'</reports/{rid}>; rel="alternate"; type="text/html"'}
    if stored:
        headers["x-sayso-article"] = stored
    document = state.results.document(rid)
    return Response(document, media_type="application/json", headers=headers)


RID = Annotated[str, Path(pattern=r"^[0-9a-f]{20}$", description="a result id from POST /api/analyze")]


@router.get("/reports/{rid}", summary="A stored analysis", response_class=JSONResponse,
            responses={200: REPORT_RESPONSE, **responses(401, 404, 422)})
def report(rid: RID, request: Request) -> Response:
    document = state_of(request).results.document(rid)
    if document is None:
        raise Problem(404, "not-found", f"no report {rid}")
    return Response(document, media_type="application/json")


class JobStatus(BaseModel):
    id: str
    status: str = Field(description="queued | running | done | failed")
    elapsed: float
    position: int | None = None
    report: str | None = None
    links: dict[str, str] | None = None
    problem: dict[str, Any] | None = None
    stored: str | None = None


@router.get("/jobs/{job_id}", summary="Progress of an analysis started from the form", response_model=JobStatus,
            response_model_exclude_none=True, responses=responses(401, 404))
def job(job_id: Annotated[str, Path(max_length=64)], request: Request) -> dict:
    state = state_of(request)
    found = state.jobs.get(job_id)
    if found is None:
        raise Problem(404, "not-found", f"no job {job_id} (jobs are forgotten when the server restarts)")
    return found.to_dict(state.jobs.position(found))


class Health(BaseModel):
    status: str
    version: str
    workers: int
    waiting: int
    analyses: int
    corpus: bool


@router.get("/health", summary="Is the server up", response_model=Health, responses=responses(401))
def health(request: Request) -> Health:
    state = state_of(request)
    return Health(status="ok", version=__version__, workers=state.pool.size, waiting=state.pool.waiting,
                  analyses=state.pool.done, corpus=corpus_available())
