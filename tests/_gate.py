"""Shared by the evaluation gates: load a ``bench/`` script by path, hold figures to floors.

Each gate's floors live in ``tests/gates/<name>.json`` (figure -> minimum); raise them when
a figure improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
GATES = Path(__file__).parent / "gates"

# bench/loading.py's loader, taken from the file by path: bench/ stays off the tests' import path
load_module = runpy.run_path(str(ROOT / "bench" / "loading.py"))["load_module"]


def load_bench(name: str) -> ModuleType:
    """``bench/<name>.py`` as the module ``bench_<name>`` (bench/ is not a package)."""
    return load_module(f"bench_{name}", ROOT / "bench" / f"{name}.py")


def gate_floors(gate: str) -> dict[str, float]:
    """The floors of ``gates/<gate>.json`` (a key starting with "_" is a note, no floor)."""
    data = json.loads((GATES / f"{gate}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def assert_floors(scores: dict, gate: str, label: str) -> None:
    """Every figure in ``gates/<gate>.json`` is reported and at or above its floor."""
    floors = gate_floors(gate)
    table = "\n".join(f"  {k} = {v}" + (f"   (floor {floors[k]})" if k in floors else "")
                      for k, v in scores.items() if not isinstance(v, dict | list))
    print(f"{label}:\n{table}")
    missing = [k for k in floors if k not in scores]
    assert not missing, f"the bench no longer reports {missing}:\n{table}"
    below = {k: (scores[k], floor) for k, floor in floors.items() if scores[k] < floor}
    assert not below, "below the floor (figure, floor): " + ", ".join(
        f"{k} {v} < {f}" for k, (v, f) in below.items()) + f"\n{table}"
