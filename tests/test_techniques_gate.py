"""The technique gate: PTC dev scores must not fall below the floors in ``gates/ptc_dev.json``.

Floors are the measured figures less ~0.01; raise them when the model improves, never lower
them to make a change pass. The corpus and the scorer live outside the repository
(``../shared``); without them, or without onnxruntime and the embedder, the gate skips.

The span figures (si_*, flc_f1) score every marker the model finds (``--all-techniques``):
they measure the model's ranking. ``default_si_p`` scores only the markers emitted by default
(confidence >= the model's ``emit_threshold``): the precision-first promise, span precision >= 0.5.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _gate import ROOT, assert_floors, load_bench
from _needs import onnx_minilm

SHARED = ROOT.parent / "shared"


@pytest.mark.slow
def test_ptc_dev_gate(tmp_path: Path) -> None:
    for path in (SHARED / "data" / "ptc" / "dev", SHARED / "tools" / "score_ptc.py"):
        if not path.exists():
            pytest.skip(f"technique gate skipped: {path} is absent (PTC and its scorer live in ../shared)")
    onnx_minilm()
    scores = load_bench("techniques").evaluate("dev", tmp_path)
    assert_floors(scores, "ptc_dev", "PTC dev")
