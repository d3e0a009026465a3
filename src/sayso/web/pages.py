"""The HTML pages: analyse (form -> job -> permanent report page), and the corpus pages.

Pages are rendered on the server and read without JavaScript; the scripts they link only
add polling, sorting and the graph. Forms carry a CSRF token (double-submit cookie).
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from sayso.web.guard import check_csrf
from sayso.web.jobs import Job
from sayso.web.problems import Problem
from sayso.web.worker import Task

router = APIRouter(include_in_schema=False)


def _state(request: Request) -> Any:
    return request.app.state.sayso


@router.get("/")
def home(request: Request) -> HTMLResponse:
    state = _state(request)
    return state.render(request, "analyse.html.j2", settings=state.settings, form={})


@router.post("/analyse")
async def analyse(request: Request) -> Response:
    state = _state(request)
    settings = state.settings
    form = await request.form(max_files=1, max_fields=20, max_part_size=settings.max_upload)
    check_csrf(dict(request.cookies), _str(form.get("csrf")), request.headers.get("origin"),
               request.headers.get("host"))
    upload = form.get("file")
    text, url = _str(form.get("text")).strip(), _str(form.get("url")).strip()
    data = None
    filename = "upload"
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(settings.max_upload + 1)
        filename = upload.filename
        if len(data) > settings.max_upload:
            raise Problem(413, "too-large", f"the file is over the {settings.max_upload:,}-byte limit")
        if not data.strip():
            data = None
    if data is None and not url and not text:
        return state.render(request, "analyse.html.j2", status=422, settings=settings, form=dict(form),
                            message="Paste a text, give a URL or choose a file to analyse.")
    if data is None and not url and len(text) > settings.max_text:
        raise Problem(422, "text-too-long", f"the text is {len(text):,} characters long; this server analyses at "
                      f"most {settings.max_text:,}")
    if data is None and url and not url.lower().startswith(("http://", "https://")):
        return state.render(request, "analyse.html.j2", status=422, settings=settings, form=dict(form),
                            message="A URL starts with http:// or https://.")
    state.rate.hit(request.client.host if request.client else "unknown")
    meta = {k: _str(form.get(k)).strip()[:1000] or None for k in ("title", "outlet", "published")}
    task = Task(text=text if data is None and not url else None, url=url if data is None and url else None,
                data=data, filename=filename, techniques=bool(form.get("techniques")),
                claims=bool(form.get("claims")), **meta)
    job = state.jobs.new(chars=len(text) if task.text else len(data or b""))
    running = asyncio.create_task(_run(state, job, task, store=bool(form.get("store")), name=filename if data else None))
    state.tasks.add(running)  # keep a reference until it is done
    running.add_done_callback(state.tasks.discard)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


async def _run(state: Any, job: Job, task: Task, *, store: bool, name: str | None) -> None:
    try:
        rid, _, stored = await state.analyse(task, job=job, store=store, name=name)
        job.stored = stored
        job.finish(rid)
    except Problem as e:
        job.fail(e)
    except Exception as e:  # never leave a page polling a job that died
        job.fail(Problem(500, "internal", f"internal error: {type(e).__name__}"))


@router.get("/jobs/{job_id}")
def job_page(job_id: str, request: Request) -> Response:
    state = _state(request)
    job = state.jobs.get(job_id)
    if job is None:
        raise Problem(404, "not-found", "no such analysis (analyses in progress are forgotten when the server restarts)")
    if job.status == "done":
        return RedirectResponse(f"/reports/{job.report}", status_code=303)
    if job.status == "failed":
        return state.render(request, "error.html.j2", status=job.problem.status, problem=job.problem)
    return state.render(request, "job.html.j2", job=job.to_dict(state.jobs.position(job)),
                        estimate=2 + job.chars / 5000)


@router.get("/reports/{rid}")
def report_page(rid: str, request: Request) -> HTMLResponse:
    state = _state(request)
    fragment = state.results.fragment(rid)
    if fragment is None:
        raise Problem(404, "not-found", f"no report {rid}")
    return state.render(request, "report.html.j2", rid=rid, fragment=fragment, meta=state.results.meta(rid))


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
