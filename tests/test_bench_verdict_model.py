"""bench/verdict_model.py (the MiniLM verdict experiment, measured and not wired in): its windows, features, folds and thresholds."""

from __future__ import annotations

import numpy as np
import pytest

from _gate import load_bench
from _needs import onnx_minilm


@pytest.fixture(scope="module")
def vm():
    return load_bench("verdict_model")


SENTS = [(0, 20), (21, 50), (51, 80)]


@pytest.mark.parametrize(("spans", "expected"), [
    ([(25, 30), (31, 45), None], (21, 50)),  # all in one sentence: that sentence
    ([(25, 30), (31, 60), (21, 24)], (21, 80)),  # the content runs into the next sentence: both
    ([(5, 8), (25, 30), None], (0, 50)),  # the source a sentence before
    ([None, (81, 90), None], (81, 90)),  # in no sentence (a gap): the span alone
])
def test_a_window_is_the_sentences_the_spans_touch(vm, spans, expected) -> None:
    assert vm.window(SENTS, spans) == expected


def test_a_row_with_no_span_has_no_window(vm) -> None:
    with pytest.raises(ValueError):
        vm.window(SENTS, [None, None, None])


def test_span_means_pick_the_overlapping_tokens_and_zeros_for_an_absent_span(vm) -> None:
    tokens = np.arange(12, dtype=np.float32).reshape(4, 3)
    offsets = [(0, 3), (4, 8), (9, 12), (13, 20)]
    assert vm.span_mean(tokens, offsets, (4, 12)).tolist() == [4.5, 5.5, 6.5]
    assert vm.span_mean(tokens, offsets, (21, 30)).tolist() == [0, 0, 0]  # past the truncation
    assert vm.span_mean(tokens, offsets, None).tolist() == [0, 0, 0]
    x = vm.row_vector(tokens, offsets, np.ones(3, dtype=np.float32), (0, 3), (4, 20), None, 0.7)
    assert x.shape == (4 * 3 + 2,)
    assert x[-2:].tolist() == pytest.approx([0.7, 0.0])  # the confidence, no source named
    assert vm.shifted((30, 40), 21) == (9, 19) and vm.shifted(None, 21) is None


def test_folds_hold_out_one_audit_each_and_never_train_on_it(vm) -> None:
    audits = [23, 23, 24, 32, 24, 32]
    got = list(vm.folds(audits))
    assert [h for h, _, _ in got] == [23, 24, 32]
    for held, tr, te in got:
        assert all(audits[i] == held for i in te) and all(audits[i] != held for i in tr)
        assert sorted([*tr, *te]) == list(range(len(audits)))


@pytest.mark.parametrize(("share", "t"), [(1.0, 0.1), (0.8, 0.5), (0.6, 0.6), (0.2, 0.9), (0.01, 0.9)])
def test_the_threshold_keeps_at_least_the_share_of_right_rows(vm, share, t) -> None:
    assert vm.threshold_at_kept([0.9, 0.6, 0.5, 0.7, 0.1], share) == t


def test_w_removed_counts_w_below_the_threshold_and_ties_are_kept(vm) -> None:
    scores = [0.9, 0.6, 0.5, 0.7, 0.1, 0.5, 0.3, 0.05]
    right = [True, True, True, True, True, False, False, False]
    assert vm.removed_at(scores, right, 1.0) == (1, 3, 1.0)  # only the W below every right row
    assert vm.removed_at(scores, right, 0.8) == (2, 3, 0.8)  # the W tied with the threshold is kept
    assert vm.auc([0.9, 0.2], [True, False]) == 1.0 and vm.auc([0.2, 0.9], [True, False]) == 0.0
    assert vm.auc([0.5, 0.5], [True, False]) == 0.5


def test_the_model_ranks_a_separable_signal_out_of_fold(vm) -> None:
    pytest.importorskip("sklearn")
    rng = np.random.default_rng(0)
    y = np.array([True, False] * 60)
    x = rng.normal(size=(120, 5)) + y[:, None] * 2.0
    groups = np.repeat([1, 2, 3, 4], 30)
    p, c = vm.fit_score(x[:90], y[:90], groups[:90], x[90:])
    assert c in vm.CS and vm.auc(p.tolist(), y[90:].tolist()) > 0.9


def test_the_encoder_features_of_a_sentence(vm) -> None:
    onnx_minilm()
    from sayso.persuasion.encoder import shared_encoder

    text = "The mayor said the bridge would reopen in May."
    enc = shared_encoder().encode([text])[0]
    x = vm.row_vector(enc.tokens, enc.offsets, enc.pooled, (10, 14), (15, 45), (0, 9), 0.8)
    assert x.shape == (4 * vm.DIM + 2,) and np.isfinite(x).all()
    assert np.abs(x[:vm.DIM]).sum() > 0 and np.abs(x[2 * vm.DIM:3 * vm.DIM]).sum() > 0
