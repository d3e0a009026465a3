"""The evaluation gate: PolNeAR dev scores must not fall below the floors in ``gates/``.

The floors live in ``tests/gates/polnear_dev.json`` (figure name -> minimum); raise them
when the extraction improves, never lower them to make a change pass. The corpus and the
scorer live outside the repository (``../shared``); without them the gate skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _gate import ROOT, assert_floors, load_bench

SHARED = ROOT.parent / "shared"


@pytest.mark.slow
def test_polnear_dev_gate(nlp, tmp_path: Path) -> None:
    dev = SHARED / "data" / "polnear" / "dev"
    scorer = SHARED / "tools" / "score_polnear.py"
    for path in (dev, scorer):
        if not path.exists():
            pytest.skip(f"evaluation gate skipped: {path} is absent (PolNeAR and its scorer live in ../shared)")
    # evaluate() analyses with the default pipeline, which is the cached session `nlp`
    scores = load_bench("eval_polnear").evaluate("dev", tmp_path)
    assert_floors(scores, "polnear_dev", "PolNeAR dev")
