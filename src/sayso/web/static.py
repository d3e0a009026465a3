"""Every asset the pages use, served by sayso itself (no CDN): the app's CSS and JS, the report's,
and Swagger UI (from the ``swagger-ui-py`` package) for ``/docs``."""

from __future__ import annotations

import mimetypes
import re
from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from sayso.web.problems import Problem

router = APIRouter(include_in_schema=False)
SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png")
CACHE = {"cache-control": "public, max-age=3600"}


@cache
def _web_static() -> Path:
    return Path(str(resources.files("sayso.web") / "static"))


@cache
def _swagger() -> Path | None:
    try:
        import swagger_ui  # swagger-ui-py: Swagger UI 5 (OpenAPI 3.1) as package data
    except ImportError:
        return None
    return Path(swagger_ui.__file__).parent / "static"


def _file(folder: Path | None, name: str) -> Response:
    if folder is None or not SAFE.match(name) or not (folder / name).is_file():
        raise Problem(404, "not-found", f"no asset {name!r}")
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Response((folder / name).read_bytes(), media_type=media, headers=CACHE)


@router.get("/static/report.css")
def report_css() -> Response:
    from sayso.report.html import asset

    return Response(asset("report.css"), media_type="text/css", headers=CACHE)


@router.get("/static/report.js")
def report_js() -> Response:
    from sayso.report.html import asset

    return Response(asset("report.js"), media_type="text/javascript", headers=CACHE)


@router.get("/static/swagger/{name}")
def swagger_asset(name: str) -> Response:
    if name not in SWAGGER_FILES:
        raise Problem(404, "not-found", f"no asset {name!r}")
    return _file(_swagger(), name)


@router.get("/static/{name}")
def web_asset(name: str) -> Response:
    return _file(_web_static(), name)


@router.get("/docs")
def docs() -> HTMLResponse:
    if _swagger() is None:
        raise Problem(404, "not-found", "the interactive docs need the swagger-ui-py package (the web extra); "
                                        "the schema is at /openapi.json")
    return HTMLResponse(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>sayso API</title>"
        "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
        "<link rel=stylesheet href=\"/static/swagger/swagger-ui.css\">"
        "<link rel=icon href=\"/static/swagger/favicon-32x32.png\"></head><body>"
        "<div id=swagger-ui data-url=\"/openapi.json\"></div>"
        "<script src=\"/static/swagger/swagger-ui-bundle.js\"></script>"
        "<script src=\"/static/docs.js\"></script></body></html>")
