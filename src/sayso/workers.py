"""Whole articles analysed in worker processes: parse, attributions, persuasion stages, report.

spaCy's own ``n_process`` parses in workers but sends every Doc back, so the attribution
analysis and the persuasion stages (the MiniLM encoder, most of the time) ran in the main
process alone and capped the throughput of ``--workers``. Here each worker runs an
article's whole path (``iter_outcomes`` on one article, in one process) and sends back
only its Report.

Workers are forked where the platform can (Linux), as spaCy's own ``n_process`` does: the
pipeline is shared copy-on-write instead of loaded again, and no worker pays for importing
spaCy. ONNX Runtime does not survive a fork (a forked worker hung for good on the parent's
sessions), so a parent that has imported it spawns its workers instead, as other platforms
do; those load the pipeline once each. The CLI's parent never runs the stages itself. ONNX Runtime in a worker uses ``cores // workers`` threads,
so the workers do not fight over the cores. Articles are
handed out one at a time, at most ``2 * workers`` ahead of the one being yielded, so a
long stream is read lazily and memory stays flat; outcomes come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sayso.errors import SaysoError

if TYPE_CHECKING:
    from spacy.language import Language

    from sayso.analyzer import Outcome
    from sayso.model import Article

_THREAD_VARS = ("SAYSO_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_worker: dict[str, Any] = {}  # the pipeline and the stage switches of this worker process


def _start(nlp_or_model: Language | str | None, techniques: bool, claims: bool, threads: int,
           options: dict[str, Any] | None = None) -> None:
    from sayso._lean import import_spacy

    if nlp_or_model is None or isinstance(nlp_or_model, str):
        import_spacy(nlp_or_model)  # a spawned worker: spaCy without torch where the model needs none
    from sayso.nlp.pipeline import load_pipeline

    os.environ.update(dict.fromkeys(_THREAD_VARS, str(threads)))
    nlp = nlp_or_model if nlp_or_model is not None and not isinstance(nlp_or_model, str) else \
        load_pipeline(nlp_or_model, with_sayso=False)
    _worker.update(nlp=nlp, techniques=techniques, claims=claims, options=options or {})


def _analyze(item: str | Article) -> Outcome:
    from sayso.analyzer import iter_outcomes

    return next(iter_outcomes([item], nlp=_worker["nlp"], techniques=_worker["techniques"], claims=_worker["claims"],
                              **_worker["options"]))


@contextmanager
def _thread_env(threads: int) -> Iterator[None]:
    """The thread limits in the environment while workers start (a spawned process copies it
    before numpy or ONNX Runtime load, the only time their pools can be sized)."""
    saved = {k: os.environ.get(k) for k in _THREAD_VARS}
    os.environ.update(dict.fromkeys(_THREAD_VARS, str(threads)))
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def pooled_outcomes(items: Iterable[str | Article | SaysoError], *, n_process: int, nlp: Language | None = None,
                    model: str | None = None, techniques: bool = True, claims: bool = True,
                    **options: Any) -> Iterator[Outcome]:
    """``iter_outcomes`` over ``n_process`` worker processes: every item's report or error, in order;
    ``options``: the persuasion stages' other keywords (``all_techniques``, ``max_claims``...)."""
    from sayso.analyzer import Outcome

    threads = max(1, (os.cpu_count() or 1) // n_process)
    fork = "fork" in multiprocessing.get_all_start_methods() and "onnxruntime" not in sys.modules
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork and nlp is None:
        from sayso.nlp.pipeline import load_pipeline

        nlp = load_pipeline(model, with_sayso=False)  # loaded once, here, and shared by the forks
    with _thread_env(threads):
        pool = context.Pool(n_process, initializer=_start,
                            initargs=(nlp if nlp is not None else model, techniques, claims, threads, options))
    try:
        window: deque[tuple[int, Any]] = deque()  # (input index, pending result or the item's error)
        for index, item in enumerate(items):
            window.append((index, item if isinstance(item, SaysoError) else pool.apply_async(_analyze, (item,))))
            while len(window) > 2 * n_process:
                yield _settle(*window.popleft(), Outcome)
        while window:
            yield _settle(*window.popleft(), Outcome)
    finally:
        pool.terminate()  # a consumer that stops early must not leave workers behind
        pool.join()


def _settle(index: int, pending: Any, outcome_type: type[Outcome]) -> Outcome:
    if isinstance(pending, SaysoError):
        return outcome_type(index, None, pending)
    outcome = pending.get()  # an unexpected error in a worker is raised here, as it would be in one process
    return outcome_type(index, outcome.report, outcome.error)
