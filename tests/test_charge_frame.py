"""``naming.charge_frame``: "accused X of Y" stated outright is an attribution as sure as a "said" (PolNeAR marks it).

Each table is ``text, cue -> expected``: the cue is the first word that is ``cue``."""

from __future__ import annotations

import pytest

from _cues import analysis, token_of, with_cue
from sayso.nlp.extract.naming import charge_frame

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Democrats are silent on two women who have accused Rep. Keith Ellison of abusing them.", "accused", True),
        ("Clinton also accused Sanders of being late to racial justice issues.", "accused", True),
        ("Sen. Rand Paul has released a Web video that accuses Cruz of being welcoming to Syrian refugees.",
         "accuses", True),
        # negatives: a passive names no accuser; no charge after the object; inside what is reported
        ("Roof is accused of killing nine people inside the church.", "accused", False),
        ("The senator accused Smith on Tuesday.", "accused", False),
        ("Aides said she accused Smith of lying to the committee.", "accused", False),
    ],
)
def test_charge_frame(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    assert charge_frame(token_of(nlp(text), cue)) is expected


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Democrats are silent on two women who have accused Rep. Keith Ellison of abusing them.", "accused",
         "two women"),
    ],
)
def test_charge_kept_by_default(nlp, text: str, cue: str, speaker: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    found = with_cue(report, cue, exact=False)
    names = {s.id: s.name for s in report.sources}
    assert [names.get(a.source) for a in found] == [speaker]
