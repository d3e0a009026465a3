"""Analysis in worker processes: the pipeline loaded once per process, a hard time limit per job.

Why processes and not threads: the analysis is CPU-bound Python, so threads would share one
interpreter lock with the web server itself, and a thread cannot be stopped. A worker that
overruns the time limit is killed and a fresh one started, so a pathological input costs one
worker restart, never a hung server. A request waits for a free worker; when
``max_pending`` requests already wait, it is turned away at once (``Busy``) rather than
queued without end.

A job runs everything that reads untrusted input in the worker: the URL fetch (through
``sayso.ingest``, with its private-address refusal), the HTML extraction and the analysis.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from sayso.errors import InputError, SaysoError
from sayso.model import Article, Report

log = logging.getLogger(__name__)

STARTUP_TIMEOUT = 300.0  # loading spaCy and MiniLM on a slow, busy machine
WARM_TEXT = "Officials said the bridge was closed."


@dataclass(frozen=True, slots=True)
class Task:
    """One analysis: exactly one of ``text``, ``html``, ``url``, ``data`` (an uploaded file)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    data: bytes | None = None
    filename: str = "upload"
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    techniques: bool = True
    claims: bool = True


class TextTooLong(InputError):
    """The text (given, or read from a page or file) is over the server's limit."""


class Busy(Exception):
    """Every worker is busy and ``max_pending`` requests already wait."""


class TimedOut(Exception):
    """The analysis ran past the time limit; its worker was stopped and replaced."""


class WorkerFailed(Exception):
    """The worker process died or could not start (the message says why)."""


# ------------------------------------------------------------------ in the worker process


def article_of(task: Task, *, allow_private: bool, max_text: int | None = None) -> Article:
    """The task's input read through ``sayso.ingest``; its metadata overrides what the page said."""
    from sayso.ingest import FetchOptions, Options, read_one
    from sayso.ingest.html import article_from_html
    from sayso.ingest.text import article_from_text, decode

    name = task.filename
    if task.url is not None:
        items = list(read_one(task.url, options=Options(fetch=FetchOptions(allow_private=allow_private))))
        if not items:
            raise InputError(f"{task.url}: nothing to analyse")
        if items[0].error is not None:
            raise items[0].error
        article = items[0].article
    elif task.html is not None:
        article = article_from_html(task.html, name="html")
    elif task.data is not None:
        if name.lower().endswith((".html", ".htm")) or task.data.lstrip()[:1] == b"<":
            article = article_from_html(task.data, name=name)
        else:
            text, _ = decode(task.data, name=name)
            article = article_from_text(text, name=name)
    else:
        article = article_from_text(task.text or "", name="text")
    assert article is not None
    if max_text is not None and len(article.text) > max_text:
        raise TextTooLong(f"the article is {len(article.text):,} characters long; this server analyses at most "
                          f"{max_text:,}")
    meta = {k: v for k, v in (("title", task.title), ("outlet", task.outlet), ("published", task.published)) if v}
    return dataclasses.replace(article, **meta) if meta else article


def _serve(conn: Connection, model: str | None, allow_private: bool, warm_persuasion: bool,
           max_text: int | None) -> None:
    """The worker's loop: load once, then one task in, one ("ok", Report) or ("error", SaysoError) out.

    Loading MiniLM for the first task that asks for techniques or claims takes seconds that are
    not the task's: the worker says ("loading", None) and ("loaded", None) around it, and the
    server's clock for the task starts after.
    """
    try:
        from sayso.analyzer import analyze
        from sayso.nlp.pipeline import load_pipeline

        nlp = load_pipeline(model, with_sayso=False)
        if warm_persuasion:
            analyze(WARM_TEXT, nlp=nlp)
        conn.send(("ready", None))
    except SaysoError as e:
        conn.send(("dead", e))
        return
    warm = {"techniques": warm_persuasion, "claims": warm_persuasion}
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            cold = [k for k in ("techniques", "claims") if getattr(task, k) and not warm[k]]
            if cold:
                conn.send(("loading", None))
                analyze(WARM_TEXT, nlp=nlp, techniques=task.techniques, claims=task.claims)
                warm.update(dict.fromkeys(cold, True))
                conn.send(("loaded", None))
            article = article_of(task, allow_private=allow_private, max_text=max_text)
            report = analyze(article, nlp=nlp, techniques=task.techniques, claims=task.claims)
            conn.send(("ok", report))
        except SaysoError as e:
            conn.send(("error", e))
        except Exception as e:  # reported to the client as one line; the worker lives on
            log.exception("analysis failed")
            conn.send(("error", SaysoError(f"internal error: {type(e).__name__}: {e}")))


# ------------------------------------------------------------------ in the server process


class _Worker:
    """One worker process and the pipe to it; ``call`` blocks (it runs on a helper thread)."""

    def __init__(self, ctx: Any, args: tuple) -> None:
        self._ctx, self._args = ctx, args
        self._start()

    def _start(self) -> None:
        self.conn, child = self._ctx.Pipe()
        self.process = self._ctx.Process(target=_serve, args=(child, *self._args), daemon=True,
                                         name="sayso-analysis")
        self.process.start()
        child.close()
        self.ready = False
        self.dead: str | None = None

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if self.dead:
            raise WorkerFailed(self.dead)
        if not self.conn.poll(timeout):
            raise WorkerFailed(f"the analysis worker did not start within {timeout:g}s")
        try:
            status, error = self.conn.recv()
        except EOFError:
            status, error = "dead", "the analysis worker exited while loading the model"
        if status != "ready":
            self.dead = str(error)
            raise WorkerFailed(self.dead)
        self.ready = True

    def call(self, task: Task, timeout: float) -> Report:
        self.wait_ready(STARTUP_TIMEOUT)
        self.conn.send(task)
        status, value = self._next(timeout)
        if status == "loading":  # the worker loads a model first: that time is not the task's
            status, value = self._next(STARTUP_TIMEOUT, what="loading the persuasion models")
            if status == "loaded":
                status, value = self._next(timeout)
        if status == "ok":
            return value
        raise value

    def _next(self, timeout: float, what: str = "the analysis") -> tuple[str, Any]:
        if not self.conn.poll(timeout):
            self.restart()
            raise TimedOut(f"{what} took longer than {timeout:g}s and was stopped; "
                           "try a shorter text, or without techniques and claims")
        try:
            return self.conn.recv()
        except EOFError:
            self.restart()
            raise WorkerFailed("the analysis worker died (out of memory?); it has been restarted") from None

    def restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class Pool:
    """``size`` worker processes; ``await pool.run(task)`` -> Report, or Busy / TimedOut / WorkerFailed / SaysoError."""

    def __init__(self, size: int = 1, *, model: str | None = None, timeout: float = 60.0, max_pending: int = 32,
                 allow_private: bool = False, warm_persuasion: bool = True, max_text: int | None = None) -> None:
        self.size, self.timeout, self.max_pending = size, timeout, max_pending
        self._args = (model, allow_private, warm_persuasion, max_text)
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._threads = ThreadPoolExecutor(max_workers=max(1, size), thread_name_prefix="sayso-pool")
        self.waiting = 0
        self.done = 0

    def start(self) -> None:
        # spawn, not fork: the server has threads, and a forked copy of a threaded process can deadlock.
        ctx = multiprocessing.get_context("spawn")
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            worker = _Worker(ctx, self._args)
            self._workers.append(worker)
            self._idle.put_nowait(worker)

    async def ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Wait until every worker has loaded its pipeline (raises WorkerFailed if one cannot)."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._threads, w.wait_ready, timeout) for w in self._workers))

    async def run(self, task: Task, on_start: Callable[[], None] | None = None) -> Report:
        if self._idle is None:
            raise WorkerFailed("the analysis workers are not running")
        if self._idle.empty() and self.waiting >= self.max_pending:
            raise Busy(f"{self.waiting} analyses are already waiting; try again in a minute")
        self.waiting += 1
        try:
            worker = await self._idle.get()
        finally:
            self.waiting -= 1
        if on_start:
            on_start()
        loop, idle = asyncio.get_running_loop(), self._idle
        future = self._threads.submit(worker.call, task, self.timeout)

        def release(_: object) -> None:
            # Back to the idle queue only when the call has really finished: a client that goes
            # away cancels its await, not the worker's job.
            self.done += 1
            loop.call_soon_threadsafe(idle.put_nowait, worker)

        future.add_done_callback(release)
        return await asyncio.wrap_future(future)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
            worker.process.join(2)
            worker.stop()
        self._threads.shutdown(wait=False, cancel_futures=True)
