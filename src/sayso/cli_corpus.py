"""The corpus commands: ingest, sources, source, outlets, search, trace, errors, export.

Registered on the ``sayso`` Typer app by :func:`register`. Each handler parses its options,
calls :class:`sayso.corpus.api.Corpus`, and renders with :mod:`sayso.corpus_views`.
Errors are one line on stderr with the error's exit code (a corpus database that cannot be
used: 5); a query that finds nothing prints an empty result and exits 0.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from sayso import cli_options as opt
from sayso import corpus_views as views
from sayso.ingest.detect import KINDS, SUFFIXES

DEFAULT_DB = Path("sayso.db")


class QueryFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class TraceFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class GraphFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"


IngestFormat = StrEnum("IngestFormat", {kind: kind for kind in KINDS})  # type: ignore[misc]

Db = Annotated[Path, typer.Option("--db", help="The corpus database file.", envvar="SAYSO_DB")]
Fmt = Annotated[QueryFormat | None, opt.format_option(
    QueryFormat, "Output format. Default: text on a terminal, else json.")]
Limit = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")]
Since = Annotated[str | None, typer.Option("--since", show_default=False, help="Articles published on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", show_default=False, help="Articles published on or before this date.")]
Outlet = Annotated[str | None, typer.Option("--outlet", show_default=False, help="Only articles of this outlet (names normalised: 'RT News' = 'RT').")]


def _choose(fmt: Any, default_text: Any, default_json: Any) -> Any:
    return fmt if fmt is not None else (default_text if sys.stdout.isatty() else default_json)


@contextmanager
def _command(verbose: int = 0) -> Iterator[Console]:
    from sayso.cli import _errors_to_exit_codes, _setup_logging

    err = _setup_logging(verbose)
    with _errors_to_exit_codes():
        yield err


def _open(db: Path, *, create: bool = False) -> Any:
    from sayso.corpus.api import Corpus

    return Corpus(db, create=create)


def _print(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def estimate_total(inputs: list[str]) -> int | None:
    """How many articles the inputs hold, cheaply: files in folders, lines of plain JSONL files; None when unknown."""
    total = 0
    for arg in inputs:
        path = Path(arg)
        try:
            if path.is_dir():
                files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                         and p.name.lower().endswith(SUFFIXES)]
            elif path.is_file():
                files = [path]
            else:
                return None  # a URL or stdin: its size is known only once read
            for f in files:
                if f.name.lower().endswith((".jsonl", ".ndjson")):
                    with f.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                elif f.name.lower().endswith((".txt", ".html", ".htm", ".txt.gz", ".html.gz")):
                    total += 1
                else:
                    return None  # feeds, WARC, gzipped JSONL: entries unknown until read
        except OSError:
            return None
    return total


@contextmanager
def _ingest_progress(err: Console, total: int | None, *, enabled: bool) -> Iterator[Any]:
    if not enabled:
        yield lambda summary: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    start = time.monotonic()
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=total, rate="-")

        def tick(summary: Any) -> None:
            elapsed = max(time.monotonic() - start, 1e-6)
            done = summary.seen
            if total is not None and done > total:
                bar.update(task, total=done)
            bar.update(task, completed=done, rate=f"{done / elapsed:.1f}")

        yield tick


# ------------------------------------------------------------------------------ commands


def ingest(
    inputs: Annotated[list[str] | None, typer.Argument(metavar="INPUT", show_default=False,
                                                       help="What sayso analyze reads: files, folders, URLs, feeds, WARC, JSONL (with outlet/published/url/title/id), -.")] = None,
    from_parquet: Annotated[Path | None, typer.Option(
        "--from-parquet", show_default=False,
        help="Store the tables sayso batch (or sayso export) wrote in this folder instead of analysing INPUTs.")] = None,
    db: Db = DEFAULT_DB,
    model: opt.Model = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes for spaCy.")] = 1,
    input_format: Annotated[IngestFormat | None, typer.Option(
        "--input-format", "-i", show_default=False, help="Read every input as this kind.")] = None,
    follow: Annotated[bool, typer.Option("--follow", help="Feeds: fetch each entry's linked page.")] = False,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private addresses.")] = False,
    techniques: opt.Techniques = True,
    claims: opt.Claims = True,
    reanalyze: Annotated[bool, typer.Option(
        "--reanalyze", help="Analyse anew the stored articles made by another pipeline version.")] = False,
    verbose: opt.Verbose = 0,
) -> None:
    """Analyse inputs and store them in the corpus database (idempotent and resumable).

    An article already stored (same canonical URL, else same text) is skipped; a bad input is
    recorded (see: sayso errors) and the others go on. Exit 0 unless every input failed (2).
    """
    from sayso.ingest import FetchOptions, Options

    with _command(verbose) as err:
        options = Options(input_format=input_format.value if input_format else None, follow=follow,
                          fetch=FetchOptions(allow_private=allow_private))
        if from_parquet is not None or not inputs:  # sayso batch's tables, analysed elsewhere
            from sayso.cli_batch import ingest_parquet

            return ingest_parquet(db, from_parquet, inputs, err)
        corpus = _open(db, create=True)
        total = estimate_total(inputs)
        with _ingest_progress(err, total, enabled=err.is_terminal) as tick:
            start = time.monotonic()
            summary = corpus.ingest(inputs, options=options, model=model, workers=workers, techniques=techniques,
                                    claims=claims, reanalyze=reanalyze, progress=tick)
        elapsed = time.monotonic() - start
        for _, message in summary.errors:
            views_say(err, f"sayso: error: {message}")
        rate = (summary.stored + summary.replaced) / elapsed if elapsed > 0 else 0.0
        line = (f"sayso: {summary.stored} stored, {summary.replaced} re-analysed, {summary.present} already present, "
                f"{summary.failed} failed ({rate:.1f} articles/s) in {db}")
        if summary.identities is not None:
            line += f"; {summary.identities} source identities"
        views_say(err, line)
        if summary.failed and summary.failed == summary.seen:
            raise typer.Exit(2)


def views_say(console: Console, message: str) -> None:
    console.print(message, markup=False, highlight=False, soft_wrap=True)


def sources(
    db: Db = DEFAULT_DB, fmt: Fmt = None, outlet: Outlet = None,
    type: Annotated[str | None, typer.Option("--type", "-t", show_default=False,
                                             help="Only sources of this type (person, organization, government, anonymous, ...).")] = None,
    since: Since = None, until: Until = None, limit: Limit = 20,
) -> None:
    """Who is quoted most: sources ranked by attributions, with articles and outlets, named vs anonymous."""
    with _command():
        corpus = _open(db)
        ranks = corpus.sources(outlet=outlet, type=type, since=since, until=until, limit=limit)
        split = corpus.named_anonymous(outlet=outlet, since=since, until=until)
        fmt = _choose(fmt, QueryFormat.text, QueryFormat.json)
        if fmt is QueryFormat.json:
            _print(views.to_json("sources", ranks, db=str(db), attributions=split))
        elif fmt is QueryFormat.csv:
            _print(views.to_csv(ranks, ["name", "type", "named", "attributions", "articles", "outlets", "first",
                                        "last", "identity"]))
        else:
            rows = [(n, r.name, r.type, r.attributions, r.articles, r.outlets,
                     r.first if r.first == r.last else f"{r.first or '?'}..{r.last or '?'}")
                    for n, r in enumerate(ranks, 1)]
            Console().print(views.table("Sources", ["#", "source", "type", "attributions", "articles", "outlets",
                                                    "published"], rows))
            Console().print(f"attributions: {split['named']} to named sources, {split['anonymous']} anonymous, "
                            f"{split['unresolved']} unresolved", markup=False, highlight=False)


def source(
    name: Annotated[str, typer.Argument(help="A source's name or any alias ('Timothy Morrison', 'Morrison').")],
    db: Db = DEFAULT_DB, fmt: Fmt = None,
) -> None:
    """One source's statements over time, by outlet."""
    with _command():
        profile = _open(db).source(name)
        fmt = _choose(fmt, QueryFormat.text, QueryFormat.json)
        if fmt is QueryFormat.json:
            _print(views.to_json("source", profile, db=str(db), query=name))
        elif fmt is QueryFormat.csv:
            _print(views.to_csv(list(profile.statements) if profile else [],
                                ["published", "outlet", "article_id", "attribution_id", "kind", "cue", "content",
                                 "hedged", "chain", "url"]))
        elif profile is None:
            Console().print(f"no source named {name!r} in the corpus", markup=False, highlight=False)
        else:
            console = Console()
            console.print(f"{profile.name} ({profile.type}); also: {', '.join(a for a in profile.aliases if a != profile.name) or '-'}",
                          markup=False, highlight=False)
            console.print("by outlet: " + ", ".join(f"{o} {n}" for o, n in profile.by_outlet.items()),
                          markup=False, highlight=False)
            rows = [(s.published, s.outlet, f"{s.article_id}:{s.attribution_id}", s.cue,
                     views.one_line(s.content, 120)) for s in profile.statements]
            console.print(views.table(f"{len(rows)} statement(s)", ["published", "outlet", "where", "cue", "content"],
                                      rows))


def outlets(
    db: Db = DEFAULT_DB, fmt: Fmt = None,
    export: Annotated[GraphFormat | None, typer.Option("--export", show_default=False,
                                                       help="Write the citation network in this format to FILE.")] = None,
    file: Annotated[Path | None, typer.Argument(show_default=False, help="The file for --export.")] = None,
) -> None:
    """Which outlet cites which: edges A -> B weighted by A's attributions naming B (as source or via)."""
    with _command():
        corpus = _open(db)
        if export is not None:
            if file is None:
                raise typer.BadParameter("--export needs a FILE")
            from sayso.corpus.network import export_graph

            graph = corpus.graph()
            export_graph(graph, export.value, file)
            views_say(Console(stderr=True), f"sayso: wrote {graph.number_of_nodes()} outlets, "
                                            f"{graph.number_of_edges()} edges to {file}")
            return
        edges = corpus.citation_edges()
        totals: dict[tuple[str, str], int] = {}
        months: dict[tuple[str, str], dict[str, int]] = {}
        for e in edges:
            totals[(e.citing, e.cited)] = totals.get((e.citing, e.cited), 0) + e.count
            months.setdefault((e.citing, e.cited), {})[e.month] = e.count
        rows = [{"citing": a, "cited": b, "count": n, "months": months[(a, b)]}
                for (a, b), n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
        fmt = _choose(fmt, QueryFormat.text, QueryFormat.json)
        if fmt is QueryFormat.json:
            _print(views.to_json("edges", rows, db=str(db), outlets=corpus.outlet_names()))
        elif fmt is QueryFormat.csv:
            _print(views.to_csv(edges, ["citing", "cited", "month", "count"]))
        else:
            Console().print(views.table("Citations (citing -> cited)", ["citing", "cited", "count", "by month"],
                                        [(r["citing"], r["cited"], r["count"],
                                          ", ".join(f"{m or 'undated'}: {n}" for m, n in sorted(r["months"].items())))
                                         for r in rows]))


def search(
    text: Annotated[str, typer.Argument(help="Words to find (FTS5 syntax allowed; anything else is read as plain words).")],
    db: Db = DEFAULT_DB, fmt: Fmt = None,
    source_name: Annotated[str | None, typer.Option("--source", "-s", show_default=False, help="Only what this source said.")] = None,
    outlet: Outlet = None, since: Since = None, until: Until = None, limit: Limit = 20,
) -> None:
    """Full-text search over attributed contents and claims, ranked, with source, outlet, date and snippet."""
    with _command():
        hits = _open(db).search(text, source=source_name, outlet=outlet, since=since, until=until, limit=limit)
        fmt = _choose(fmt, QueryFormat.text, QueryFormat.json)
        if fmt is QueryFormat.json:
            _print(views.to_json("hits", hits, db=str(db), query=text))
        elif fmt is QueryFormat.csv:
            _print(views.to_csv(hits, ["score", "published", "outlet", "article_id", "item_id", "source", "snippet",
                                       "text", "url"]))
        else:
            Console().print(views.table(f"{len(hits)} hit(s) for {text!r}", ["score", "published", "outlet", "where",
                                                                            "source", "snippet"],
                                        [(f"{h.score:.2f}", h.published, h.outlet, f"{h.article_id}:{h.item_id}",
                                          h.source, views.one_line(h.snippet)) for h in hits]))


def trace(
    text: Annotated[str | None, typer.Argument(show_default=False, help="The claim or quote to trace.")] = None,
    attribution: Annotated[str | None, typer.Option(
        "--attribution", "-a", show_default=False, help="Trace a stored attribution or claim: ARTICLE_ID:A7.")] = None,
    db: Db = DEFAULT_DB,
    fmt: Annotated[TraceFormat | None, opt.format_option(
        TraceFormat, "Output format. Default: text on a terminal, else json.")] = None,
) -> None:
    """Every telling of a claim or quote in the corpus, in time order, and how each relates to the first."""
    with _command():
        if (text is None) == (attribution is None):
            raise typer.BadParameter("give either TEXT or --attribution ARTICLE_ID:A7")
        result = _open(db).trace(text, attribution=attribution)
        fmt = _choose(fmt, TraceFormat.text, TraceFormat.json)
        if fmt is TraceFormat.json:
            _print(views.to_json("steps", views.trace_rows(result), db=str(db), query=result.query))
        elif fmt is TraceFormat.csv:
            _print(views.to_csv(views.trace_rows(result), ["order", "relation", "score", "changes", "published",
                                                          "outlet", "article_id", "item_id", "source", "chain",
                                                          "hedged", "text", "url"]))
        elif fmt is TraceFormat.html:
            _print(views.trace_html(result))
        else:
            Console(highlight=False).print(views.trace_view(result))


def errors(db: Db = DEFAULT_DB, fmt: Fmt = None) -> None:
    """The inputs that failed to ingest, and why."""
    with _command():
        failures = _open(db).errors()
        fmt = _choose(fmt, QueryFormat.text, QueryFormat.json)
        if fmt is QueryFormat.json:
            _print(views.to_json("errors", failures, db=str(db)))
        elif fmt is QueryFormat.csv:
            _print(views.to_csv(failures, ["input", "kind", "message", "at"]))
        else:
            Console().print(views.table(f"{len(failures)} failed input(s)", ["input", "error", "when"],
                                        [(f.input, f.message, f.at) for f in failures]))


def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The folder to write one file per table into.")],
    db: Db = DEFAULT_DB,
    fmt: Annotated[ExportFormat, opt.format_option(ExportFormat, "File format.", show_default=True)] = ExportFormat.parquet,
) -> None:
    """Write every table (articles, sources, mentions, attributions, markers, claims, identities, citation edges)."""
    with _command():
        written = _open(db).export(directory, fmt.value)
        views_say(Console(stderr=True), f"sayso: wrote {len(written)} tables to {directory}")


COMMANDS = (ingest, sources, source, outlets, search, trace, errors, export)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the ``sayso`` app."""
    for command in COMMANDS:
        app.command()(command)
