"""The evaluation gate: PolNeAR dev scores must not fall below the floors in ``gates/``.

The floors live in ``tests/gates/polnear_dev.json`` (figure name -> minimum); raise them
when the extraction improves, never lower them to make a change pass. The corpus and the
scorer live outside the repository (``../shared``); without them the gate skips.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).parent / "gates" / "polnear_dev.json"


def _evaluate():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("eval_polnear", ROOT / "bench" / "eval_polnear.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate


@pytest.mark.slow
def test_polnear_dev_gate(nlp, tmp_path: Path) -> None:
    dev = SHARED / "data" / "polnear" / "dev"
    scorer = SHARED / "tools" / "score_polnear.py"
    for path in (dev, scorer):
        if not path.exists():
            pytest.skip(f"evaluation gate skipped: {path} is absent (PolNeAR and its scorer live in ../shared)")
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))
    # evaluate() analyses with the default pipeline, which is the cached session `nlp`
    scores = _evaluate()("dev", tmp_path)
    table = "\n".join(f"  {k} = {v}" + (f"   (floor {floors[k]})" if k in floors else "") for k, v in scores.items())
    print(f"PolNeAR dev:\n{table}")
    missing = [k for k in floors if k not in scores]
    assert not missing, f"the scorer no longer reports {missing}:\n{table}"
    below = {k: (scores[k], floor) for k, floor in floors.items() if scores[k] < floor}
    assert not below, "below the floor (figure, floor): " + ", ".join(f"{k} {v} < {f}" for k, (v, f) in below.items()) + f"\n{table}"
