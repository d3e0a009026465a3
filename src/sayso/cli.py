"""The ``sayso`` command line: read inputs, call the library, render; nothing imports it.

Exit codes (``sayso analyze``): ``sayso.errors.EXIT_TABLE``, the one table the CLI and the
README use (0 ok, 1 output or internal error, 2 bad usage or no report, 3 model, 4 resource,
130 interrupted). Every error carries a code (``E001``...) and its ``source``/``url``.

Errors are one line on stderr, ``sayso: error: ...``; a traceback only with ``-vv``.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from sayso import __version__, cli_corpus
from sayso import cli_options as opt
from sayso.errors import EXIT_CODES, InputError, SaysoError
from sayso.ingest import FetchOptions, Item, Options, read_inputs
from sayso.ingest.detect import KINDS
from sayso.model import Article, Report
from sayso.persuasion.stages import MAX_CLAIMS

# spaCy (sayso.analyzer), the renderers (jinja2) and Rich's progress bar are imported where
# they are used, so `sayso --help` and `sayso --version` start in a fraction of a second
if TYPE_CHECKING:
    from sayso.analyzer import Outcome

log = logging.getLogger("sayso.cli")

PROGRESS_MIN_INPUTS = 4
EXIT_INTERNAL = EXIT_CODES["error"]  # the one table: sayso.errors.EXIT_TABLE (the README prints it)
EXIT_USAGE = EXIT_CODES["input"]
EXIT_INTERRUPTED = EXIT_CODES["interrupted"]


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    md = "md"
    csv = "csv"
    html = "html"


SUFFIX = {Format.text: ".txt", Format.json: ".json", Format.jsonl: ".jsonl", Format.md: ".md", Format.csv: ".csv",
          Format.html: ".html"}

app = typer.Typer(
    name="sayso",
    help="Who says so? Find who says what in news text: quotes, reported speech, sources, hedges.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


Input = Item  # one thing to analyse: its Article, or the error that kept it from one


InputFormat = StrEnum("InputFormat", {kind: kind for kind in KINDS})  # type: ignore[misc]


# ---------------------------------------------------------------------------- commands


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sayso {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Who says so? Find who says what in news text: quotes, reported speech, sources, hedges."""


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", show_default=False,
        help="A file (text, HTML, RSS/Atom, WARC, JSONL; .gz too), a URL, a folder (its readable files, "
             "sorted, not recursive), or - for standard input.")],
    fmt: Annotated[Format | None, opt.format_option(
        Format, "Output format. Default: json with --out; text on a terminal; "
                "otherwise json for one input, jsonl for several.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", show_default=False,
        help="Write one file per input, DIR/<stem>.json (.jsonl, .md, .csv, .html, .txt), instead of printing; "
             "for one input, a FILE ending in the format's suffix is written as it is.")] = None,
    model: opt.Model = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Worker processes, each analysing whole articles (parse, attributions, techniques, claims).")] = 1,
    verbose: opt.Verbose = 0,
    input_format: Annotated[InputFormat | None, typer.Option(
        "--input-format", "-i", show_default=False,
        help="Read every input as this kind. Default: by extension, else by content (URLs by media type).")] = None,
    follow: Annotated[bool, typer.Option(
        "--follow", help="Feeds: fetch each entry's linked page instead of using the entry's own content.")] = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow URLs on loopback, private and link-local addresses (refused by default).")] = False,
    techniques: opt.Techniques = True,
    claims: opt.Claims = True,
    thought: Annotated[bool, typer.Option(
        "--thought/--no-thought", help="Keep attributed thoughts (believes, wants, fears: medium 'thought'); "
                                        "--no-thought reports statements only.")] = True,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0, show_default=False,
        help="Leave out attributions whose calibrated confidence is below this (0 keeps all). "
             "Default: the threshold chosen on PolNeAR dev (sayso.analyzer.DEFAULT_MIN_CONFIDENCE).")] = None,
    all_techniques: Annotated[bool, typer.Option(
        "--all-techniques", help="Emit every technique span found, not only those confident enough "
                                 "for span precision >= 0.5 on PTC dev.")] = False,
    max_claims: Annotated[int, typer.Option(
        "--max-claims", min=0, help="Keep the N most check-worthy claims; a warning counts the rest.")] = MAX_CLAIMS,
) -> None:
    """Analyse news text: who says what, on whose authority, how hedged.

    A bad input (empty, binary, unreadable) is named on stderr and skipped; the others are all written.

    Exit 0 when at least one report was produced, 2 when none was (or on bad usage), 3 when the spaCy model cannot be loaded, 4 when a bundled resource is broken, 1 when an output cannot be written.
    """
    err = _setup_logging(verbose)
    with _errors_to_exit_codes():
        options = Options(input_format=input_format.value if input_format else None, follow=follow,
                          fetch=FetchOptions(allow_private=allow_private))
        items = resolve_inputs(inputs, options)
        fmt = choose_format(fmt, out=out, n_inputs=len(items), tty=sys.stdout.isatty())
        if fmt in (Format.json, Format.html) and out is None and len(items) > 1:
            _fail(f"{len(items)} inputs with --format {fmt} need --out DIR "
                  "(or use --format jsonl for one report per line)", EXIT_USAGE)
        if out is not None:
            check_writable(out, single=_single_file(out, fmt, len(items)))
        write = _file_writer(out, fmt, items) if out else _stdout_writer(fmt)
        show_progress = len(items) >= PROGRESS_MIN_INPUTS and err.is_terminal and (out or not sys.stdout.isatty())
        tally = run(items, write, model=model, workers=workers, err=err, progress=bool(show_progress),
                    techniques=techniques, claims=claims, thought=thought, min_confidence=min_confidence,
                    all_techniques=all_techniques, max_claims=max_claims)
        if tally.errors and len(items) > 1:
            _say(err, f"sayso: {len(tally.errors)} of {len(items)} inputs skipped")
        if out and tally.produced:
            _say(err, f"sayso: wrote {tally.produced} report(s) to {out}")
        if not tally.produced:
            raise typer.Exit(tally.errors[0].exit_code if tally.errors else EXIT_USAGE)


@app.command()
def sample(
    path: Annotated[bool, typer.Option("--path", help="Print the file's path instead of its text.")] = False,
) -> None:
    """Print the bundled sample article (a fictional wire story), or its path with --path.

    Try: sayso analyze $(sayso sample --path)
    """
    resource = resources.files("sayso") / "samples" / "sample_article.txt"
    if path:
        typer.echo(str(resource))
    else:
        sys.stdout.write(resource.read_text(encoding="utf-8"))


from sayso.web.command import serve  # noqa: E402  (typer only; the web stack loads when it runs)

app.command()(serve)
cli_corpus.register(app)  # ingest, sources, source, outlets, search, trace, errors, export


def main() -> None:
    """The console-script entry point."""
    app(prog_name="sayso")


# ------------------------------------------------------------------------------ inputs


def resolve_inputs(args: list[str], options: Options | None = None) -> list[Input]:
    """Every input read through ``sayso.ingest``: one item per article or per failure, unique stems."""
    return read_inputs(args, options=options)


def load(item: Input) -> tuple[Article | SaysoError, list[str]]:
    """The input's Article with its decoding warnings, or the error that stops it."""
    if item.error is not None or item.article is None:
        return item.error or InputError(f"{item.name}: nothing to analyse"), []
    return item.article, list(item.warnings)


def choose_format(fmt: Format | None, *, out: Path | None, n_inputs: int, tty: bool) -> Format:
    """The --format default: json into --out, text on a terminal, else json (jsonl for several)."""
    if fmt is not None:
        return fmt
    if out is not None:
        # --out story.html means that file in that format (one input; an existing folder stays a folder)
        named = next((f for f, suffix in SUFFIX.items() if out.suffix.lower() == suffix), None)
        if named is not None and n_inputs == 1 and not out.is_dir():
            return named
        return Format.json
    if tty:
        return Format.text
    return Format.json if n_inputs == 1 else Format.jsonl


# ----------------------------------------------------------------------------- running

Writer = Callable[[Input, Report], None]


@dataclass
class Tally:
    produced: int = 0
    errors: list[SaysoError] = dataclasses.field(default_factory=list)


def run(items: list[Input], write: Writer, *, model: str | None, workers: int, err: Console,
        progress: bool = False, techniques: bool = True, claims: bool = True, thought: bool = True,
        min_confidence: float | None = None, all_techniques: bool = False,
        max_claims: int | None = MAX_CLAIMS) -> Tally:
    """Analyse every input with one pipeline and write each report; bad inputs are named and skipped."""
    from sayso._lean import import_spacy

    import_spacy(model)  # without torch where the model needs none: ~1 s of CPU off a first report
    from sayso.analyzer import Outcome, iter_outcomes, keep_attributions

    loaded = [load(item) for item in items]
    if any(isinstance(a, Article) for a, _ in loaded):
        outcomes: Iterator[Outcome] = iter_outcomes([a for a, _ in loaded], model=model, n_process=workers,
                                                    techniques=techniques, claims=claims, min_confidence=min_confidence,
                                                    all_techniques=all_techniques, max_claims=max_claims)
    else:  # nothing to analyse: report the errors without loading the model
        outcomes = (Outcome(i, None, e) for i, (e, _) in enumerate(loaded) if isinstance(e, SaysoError))
    tally = Tally()
    with _progress(err, len(items), enabled=progress) as advance:
        for outcome in outcomes:
            item = items[outcome.index]
            try:
                if outcome.error is not None:
                    raise outcome.error
                assert outcome.report is not None
                report = outcome.report  # its warnings include the input's own (they travel on the Article)
                if not thought:
                    report = keep_attributions(report, lambda a: a.medium != "thought")
                write(item, report)
                tally.produced += 1
            except SaysoError as e:
                _item_error(err, tally, item, e)
            except (OSError, KeyboardInterrupt):
                raise
            except Exception as e:  # a renderer's bug on one report: that item's error, the batch goes on
                log.debug("cannot render %s", item.name, exc_info=True)
                _item_error(err, tally, item, SaysoError(
                    f"{item.name}: internal error while rendering the report ({type(e).__name__}: {e}); "
                    "run with -vv for the traceback"))
            advance()
    return tally


def _item_error(err: Console, tally: Tally, item: Input, e: SaysoError) -> None:
    tally.errors.append(e)
    message = str(e) if item.name in str(e) else f"{item.name}: {e}"
    _say(err, f"sayso: error: {message}")


@contextmanager
def _progress(err: Console, total: int, *, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, redirect_stdout=False, redirect_stderr=False) as bar:
        task = bar.add_task("analyse", total=total)
        yield lambda: bar.advance(task)


# ----------------------------------------------------------------------------- writing


def render(report: Report, fmt: Format, *, name: str, width: int = 100, header: bool = True) -> str:
    """The report as a string in ``fmt`` (the text view without colours)."""
    from sayso.report import text_view, to_csv, to_html, to_json, to_jsonl, to_markdown

    if fmt is Format.json:
        return to_json(report) + "\n"
    if fmt is Format.jsonl:
        return to_jsonl(report) + "\n"
    if fmt is Format.md:
        return to_markdown(report, name=name)
    if fmt is Format.csv:
        return to_csv(report, header=header)
    if fmt is Format.html:
        return to_html(report, name=name)
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(text_view(report, name=name))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())  # Rich pads table cells


def _stdout_writer(fmt: Format) -> Writer:
    count = 0

    def write(item: Input, report: Report) -> None:
        nonlocal count
        if fmt is Format.text:
            from sayso.report import text_view

            Console().print(text_view(report, name=item.name))
        else:
            if fmt is Format.md and count:
                sys.stdout.write("\n---\n\n")
            sys.stdout.write(render(report, fmt, name=item.name, header=count == 0))  # one CSV header
            sys.stdout.flush()
        count += 1

    return write


def _single_file(out: Path, fmt: Format, n_inputs: int) -> bool:
    """One input and --out story.html: that file, not a folder of that name."""
    return n_inputs == 1 and out.suffix.lower() == SUFFIX[fmt] and not out.is_dir()


def check_writable(out: Path, *, single: bool) -> None:
    """Fail before the analysis, not after it, when --out cannot be written."""
    folder = out.parent if single else out
    try:
        if single and out.is_dir():
            raise OSError(f"{out} is a folder")
        if not single and out.exists() and not out.is_dir():
            raise OSError(f"{out} is a file, not a folder (several inputs need --out DIR)")
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise OSError(f"{folder}: permission denied")
    except OSError as e:
        _fail(f"cannot write --out {out}: {e.strerror or e}", EXIT_INTERNAL)


def _file_writer(out: Path, fmt: Format, items: list[Input]) -> Writer:
    inputs = {item.path.resolve() for item in items if item.path is not None}

    single = _single_file(out, fmt, len(items))

    def write(item: Input, report: Report) -> None:
        target = out if single else out / f"{item.stem}{SUFFIX[fmt]}"
        if target.resolve() in inputs:
            raise InputError(f"{item.name}: refusing to overwrite an input with its report; choose another --out")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(report, fmt, name=item.name), encoding="utf-8", newline="\n")
        log.info("wrote %s", target)

    return write


# ------------------------------------------------------------------ messages and exits


class _ConsoleHandler(logging.Handler):
    """Log records as ``sayso: warning: ...`` lines on the stderr console (progress-bar safe)."""

    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _say(self.console, f"sayso: {record.levelname.lower()}: {self.format(record)}")
        except Exception:  # a logging failure must not stop the analysis
            self.handleError(record)


def _setup_logging(verbose: int) -> Console:
    err = Console(stderr=True)
    logger = logging.getLogger("sayso")
    for handler in [h for h in logger.handlers if isinstance(h, _ConsoleHandler)]:
        logger.removeHandler(handler)
    logger.addHandler(_ConsoleHandler(err))
    logger.setLevel(logging.DEBUG if verbose >= 2 else logging.INFO if verbose == 1 else logging.WARNING)
    logger.propagate = False
    return err


def _say(console: Console, message: str) -> None:
    console.print(message, markup=False, highlight=False, soft_wrap=True)


def _fail(message: str, code: int) -> NoReturn:
    _say(Console(stderr=True), f"sayso: error: {message}")
    raise typer.Exit(code)


@contextmanager
def _errors_to_exit_codes() -> Iterator[None]:
    """SaysoError -> its exit code; anything else -> one line and exit 1, never a traceback."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except SaysoError as e:
        _fail(str(e), e.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (sayso ... | head): stop quietly
        raise typer.Exit(EXIT_INTERNAL) from None
    except OSError as e:
        _fail(f"{e.filename or 'output'}: {e.strerror or e}", EXIT_INTERNAL)
    except Exception as e:
        log.debug("unexpected error", exc_info=True)
        _fail(f"internal error: {type(e).__name__}: {e} (run with -vv for the traceback)", EXIT_INTERNAL)


def _silence_stdout() -> None:
    # Python would flush stdout again at exit and fail a second time on the closed pipe.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


from sayso.cli_batch import batch  # noqa: E402  (the batch engines live in their own module)

app.command()(batch)


if __name__ == "__main__":  # ``python -m sayso.cli ...`` (``python -m sayso`` is the short form)
    main()
