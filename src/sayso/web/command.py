"""``sayso serve``: the command, registered by the CLI; FastAPI and uvicorn load only when it runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from sayso.web.settings import TOKEN_ENV, Settings, is_loopback


def serve(
    db: Annotated[Path, typer.Option("--db", help="The corpus database (created if absent).")] = Path("sayso.db"),
    host: Annotated[str, typer.Option("--host", help="Address to bind; anything but loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", show_default=False, envvar=TOKEN_ENV,
        help=f"Access token required on every page and API call (or ${TOKEN_ENV}); needed with a public --host.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Analysis processes (each loads the model).")] = 1,
    model: Annotated[str | None, typer.Option("--model", "-m", show_default=False, help="spaCy pipeline.")] = None,
    techniques: Annotated[bool, typer.Option("--techniques/--no-techniques",
                                             help="Default for persuasion techniques.")] = True,
    claims: Annotated[bool, typer.Option("--claims/--no-claims", help="Default for check-worthy claims.")] = True,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="Seconds one analysis may take.")] = 60.0,
    max_text: Annotated[int, typer.Option("--max-text", min=1, help="Characters of article text.")] = 200_000,
    rate_limit: Annotated[int, typer.Option("--rate-limit", min=0,
                                            help="Analyses per client per minute (0: no limit).")] = 30,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Fetch URLs on loopback and private addresses (refused by default).")] = False,
) -> None:
    """Serve the web app and the REST API (pages at /, API under /api/, docs at /docs)."""
    if not is_loopback(host) and not token:
        typer.echo(f"sayso: error: --host {host} makes the server reachable from other machines: "
                   f"give --token (or set ${TOKEN_ENV})", err=True)
        raise typer.Exit(2)
    try:
        import uvicorn

        from sayso.web.app import create_app
    except ImportError as e:
        typer.echo(f"sayso: error: sayso serve needs the web extra ({e.name} is missing): "
                   "pip install 'sayso[web]'", err=True)
        raise typer.Exit(2) from e
    settings = Settings(db=db, host=host, port=port, token=token or None, model=model, workers=workers,
                        techniques=techniques, claims=claims, analysis_timeout=timeout, max_text=max_text,
                        rate_limit=rate_limit, allow_private=allow_private)
    if token and TOKEN_ENV not in os.environ:
        typer.echo("sayso: note: the token given on the command line is visible to other users of this "
                   f"machine; ${TOKEN_ENV} is safer", err=True)
    typer.echo(f"sayso: serving on http://{host if ':' not in host else f'[{host}]'}:{port}/ (loading the model…)",
               err=True)
    sys.stderr.flush()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False,
                timeout_graceful_shutdown=5)
