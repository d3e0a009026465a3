"""The web app's assembly: ``create_app(settings)`` -> a FastAPI app with its guard, routes and errors.

The state every route shares lives on ``app.state.sayso`` (a ``State``): the settings, the
analysis pool, the permanent results, the form jobs, the rate limit and the templates.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from sayso import __version__
from sayso.errors import FetchError, InputError, ModelError, PrivateAddressError, ResourceError, SaysoError
from sayso.model import Report
from sayso.web import corpus as corpus_adapter
from sayso.web.guard import Guard, RateLimit
from sayso.web.jobs import Job, Jobs
from sayso.web.problems import MEDIA_TYPE, Problem
from sayso.web.results import Results
from sayso.web.settings import Settings
from sayso.web.worker import Busy, Pool, Task, TextTooLong, TimedOut, WorkerFailed

log = logging.getLogger("sayso.web")


@dataclass
class State:
    settings: Settings
    pool: Pool
    results: Results
    jobs: Jobs = field(default_factory=Jobs)
    rate: RateLimit = field(default_factory=lambda: RateLimit(0))
    tasks: set[asyncio.Task] = field(default_factory=set)

    @cached_property
    def templates(self) -> Environment:
        env = Environment(loader=PackageLoader("sayso.web", "templates"),
                          autoescape=select_autoescape(default=True, default_for_string=True),
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        env.globals["version"] = __version__
        env.globals["highlight"] = highlight
        return env

    def corpus(self) -> Any | None:
        """The corpus at ``settings.db`` when this sayso has the store (None otherwise)."""
        return corpus_adapter.open_corpus(self.settings.db)

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        from sayso.web.guard import CSRF_COOKIE, csrf_token

        token, new = csrf_token(dict(request.cookies))
        params = dict(request.query_params)

        def query_with(**changes: str) -> str:
            return urlencode({**params, **changes})

        html = self.templates.get_template(name).render(csrf=token, path=request.url.path, query_with=query_with,
                                                        has_corpus=corpus_adapter.available(), **context)
        response = HTMLResponse(html, status_code=status)
        if new:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    async def analyse(self, task: Task, *, job: Job | None = None, store: bool = False,
                      name: str | None = None) -> tuple[str, Report, str | None]:
        """Run one analysis: (permanent id, report, corpus id when stored); errors as Problems."""
        try:
            report = await self.pool.run(task, on_start=job.start if job else None)
        except Busy as e:
            raise Problem(503, "busy", str(e), headers={"retry-after": "30"}) from e
        except TimedOut as e:
            raise Problem(503, "timeout", str(e), headers={"retry-after": "60"}) from e
        except WorkerFailed as e:
            raise Problem(503, "worker", str(e), headers={"retry-after": "60"}) from e
        except PrivateAddressError as e:
            raise Problem(422, "private-address", str(e).replace("pass --allow-private to allow it",
                                                                  "this server does not fetch such URLs")) from e
        except TextTooLong as e:
            raise Problem(422, "text-too-long", str(e)) from e
        except FetchError as e:
            raise Problem(422, "unfetchable", str(e)) from e
        except InputError as e:
            raise Problem(422, "bad-input", str(e)) from e
        except (ModelError, ResourceError) as e:
            raise Problem(503, "worker", str(e)) from e
        except SaysoError as e:
            raise Problem(500, "internal", str(e)) from e
        rid = await asyncio.to_thread(self.results.save, report, name=name)
        stored = None
        if store:
            stored = await asyncio.to_thread(corpus_adapter.store, self.settings.db, report)
        return rid, report, stored


def highlight(text: str, query: str) -> Markup:
    """``text`` escaped, with the query's words marked (case-insensitive, whole words)."""
    words = sorted({w for w in re.findall(r"\w+", query.lower()) if len(w) > 1}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [escape(text[last:m.start()]), Markup("<mark>"), escape(m.group(0)), Markup("</mark>")]
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def create_app(settings: Settings, *, pool: Pool | None = None) -> FastAPI:
    """The app; ``pool`` replaces the analysis workers (started and closed with the app)."""
    pool = pool or Pool(settings.workers, model=settings.model, timeout=settings.analysis_timeout,
                        max_pending=settings.max_pending, allow_private=settings.allow_private,
                        warm_persuasion=settings.techniques or settings.claims, max_text=settings.max_text)
    state = State(settings, pool, Results(settings.results_dir), rate=RateLimit(settings.rate_limit))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()
        try:
            await pool.ready()
            log.info("analysis workers ready (%d)", pool.size)
        except WorkerFailed as e:  # the server still serves the corpus; analyses answer 503 with this
            log.error("analysis unavailable: %s", e)
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="sayso",
        version=__version__,
        summary="Who says so? Attributions, sources and hedges in news text; a corpus of analysed articles.",
        description="Analyse an article (`POST /api/analyze`) and get a `sayso.report/1` document; query the "
                    "corpus of stored articles. Errors are RFC 9457 problem details (`application/problem+json`); "
                    "lists are paged by cursor (`limit`, `cursor` -> `next`).",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.sayso = state
    _errors(app, state)

    from sayso.web import api, corpus_api, corpus_pages, pages, static

    app.include_router(api.router)
    app.include_router(corpus_api.router)
    app.include_router(static.router)
    app.include_router(pages.router)
    app.include_router(corpus_pages.router)
    app.add_middleware(Guard, token=settings.token, max_body=settings.max_body, max_upload=settings.max_upload)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _errors(app: FastAPI, state: State) -> None:
    def problem_response(request: Request, problem: Problem) -> Response:
        if _wants_json(request):
            return JSONResponse(problem.body(request.url.path), status_code=problem.status,
                                media_type=MEDIA_TYPE, headers=problem.headers)
        response = state.render(request, "error.html.j2", status=problem.status, problem=problem)
        response.headers.update(problem.headers)
        return response

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return problem_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'body'}: {e['msg']}" for e in errors)
        return problem_response(request, Problem(422, "validation", detail or "invalid request",
                                                 extra={"errors": errors}))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        kind = "not-found" if exc.status_code == 404 else None
        detail = exc.detail if isinstance(exc.detail, str) else ""
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}"
        return problem_response(request, Problem(exc.status_code, kind, detail, headers=dict(exc.headers or {})))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return problem_response(request, Problem(500, "internal", f"internal error: {type(exc).__name__}"))


def static_dir() -> Path:
    return Path(str(resources.files("sayso.web") / "static"))
