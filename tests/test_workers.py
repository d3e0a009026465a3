"""Whole articles analysed in worker processes (``n_process`` > 1): the same reports as one
process, in input order, bad items passed through, no worker left behind."""

from __future__ import annotations

import multiprocessing
from importlib import resources

import pytest

from sayso.analyzer import iter_outcomes
from sayso.errors import EmptyInputError, InputError

SAMPLE = resources.files("sayso").joinpath("samples/sample_article.txt").read_text(encoding="utf-8")
SHORT = "“We will not back down,” the minister said on Tuesday. Officials said talks would resume."


@pytest.mark.slow
@pytest.mark.parametrize("stages", [False, True], ids=["core", "with persuasion"])
def test_workers_give_the_reports_of_one_process_in_order(nlp, stages: bool) -> None:
    if stages:
        pytest.importorskip("onnxruntime", reason="the persuasion extra is not installed")
    items = [SAMPLE, InputError("gone.txt: no such file"), "", SHORT, SAMPLE[:900]]
    one = list(iter_outcomes(items, nlp=nlp, techniques=stages, claims=stages))
    two = list(iter_outcomes(items, nlp=nlp, n_process=2, techniques=stages, claims=stages))
    assert [o.index for o in two] == [0, 1, 2, 3, 4]
    assert isinstance(two[1].error, InputError) and isinstance(two[2].error, EmptyInputError)
    for a, b in zip(one, two, strict=True):
        assert (a.report is None) == (b.report is None)
        if a.report is not None and b.report is not None:
            assert a.report.to_dict() == b.report.to_dict()
    assert two[0].report is not None and two[0].report.attributions
    assert bool(two[0].report.claims) == stages


@pytest.mark.slow
def test_a_consumer_that_stops_early_leaves_no_worker(nlp) -> None:
    outcomes = iter_outcomes([SHORT] * 12, nlp=nlp, n_process=2, techniques=False, claims=False)
    first = next(outcomes)
    assert first.index == 0 and first.report is not None
    outcomes.close()
    assert multiprocessing.active_children() == []
