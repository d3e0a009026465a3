"""bench/verdict_gold/figures.py: the audits' own figures (C/P/W, W rate with its Wilson interval, missed, recall)
from the committed verdict rows, as the closing notes of issue 12 quote them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _gate import load_module

FIGURES = Path(__file__).resolve().parent.parent / "bench" / "verdict_gold" / "figures.py"


@pytest.fixture(scope="module")
def fg():
    return load_module("verdict_gold_figures", FIGURES)


@pytest.mark.parametrize(("wrong", "judged", "low", "high"), [
    (3, 86, 0.0119, 0.0976),
    (5, 100, 0.0215, 0.1118),
    (0, 20, 0.0, 0.1611),   # none wrong of 20 is not "0% at most"
    (20, 20, 0.8389, 1.0),
    (0, 0, 0.0, 0.0),
])
def test_the_wilson_interval_of_a_w_rate(fg, wrong, judged, low, high) -> None:
    lo, hi = fg.wilson(wrong, judged)
    assert (round(lo, 4), round(hi, 4)) == (low, high)


def row(audit: str, verdict: str, w_class: str | None = None) -> dict:
    return {"audit": audit, "kind": "attribution", "verdict": verdict, "w_class": w_class}


def missed(audit: str, n: int | None) -> dict:
    return {"audit": audit, "kind": "missed", "missed": n}


ROWS = [row("m1", "C"), row("m1", "C"), row("m1", "P"), row("m1", "W", "run_on"), missed("m1", 2), missed("m1", None),
        row("p9", "W", "wrong_speaker"), row("p9", "W", "wrong_speaker"), row("p9", "C"), missed("p9", 0)]


def test_an_audit_counts_its_verdicts_its_misses_and_its_wrong_rows_by_class(fg) -> None:
    m1, p9 = fg.by_audit(ROWS)
    assert (m1.name, m1.judged, m1.right, m1.partly, m1.wrong, m1.missed) == ("m1", 4, 2, 1, 1, 2)
    assert m1.recall == pytest.approx(3 / 5) and m1.w_rate == 0.25 and m1.classes == {"run_on": 1}
    assert (p9.judged, p9.wrong, p9.missed, p9.recall, p9.classes) == (3, 2, 0, 1.0, {"wrong_speaker": 2})


def test_named_audits_are_pooled_across_kinds_and_every_audit_by_its_kind(fg, tmp_path: Path) -> None:
    wire, pages = tmp_path / "s.jsonl", tmp_path / "p.jsonl"
    write_rows(wire, ROWS[:6])
    write_rows(pages, ROWS[6:])
    kinds = {"sentences": wire, "polnear": pages, "gone": tmp_path / "absent.jsonl"}
    each, totals = fg.report(kinds, None)
    assert [f.name for f in each] == ["m1", "p9"] and [f.name for f in totals] == ["sentences", "polnear"]
    each, totals = fg.report(kinds, {"m1", "p9"})
    assert [(f.name, f.judged, f.wrong) for f in totals] == [("together", 7, 3)]
    assert fg.report(kinds, {"x1"}) == ([], [])


def write_rows(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_printed_line_carries_rate_interval_recall_and_classes(fg) -> None:
    text = fg.line(fg.by_audit(ROWS)[0])
    assert text.split()[:6] == ["m1", "4", "2", "1", "1", "25.0%"] and "run_on 1" in text and "0.60" in text


def test_the_committed_wire_and_page_audits_give_the_figures_their_notes_quote(fg) -> None:
    each, _ = fg.report(fg.KINDS, {"m71", "p72"})
    got = {f.name: (f.judged, f.right, f.partly, f.wrong, f.missed) for f in each}
    assert got == {"m71": (86, 72, 11, 3, 11), "p72": (100, 74, 21, 5, 15)}


def test_an_unknown_audit_is_a_clear_error_not_an_empty_table(fg, capsys) -> None:
    assert fg.main(["--audits", "zz9"]) == 1
    assert "no committed audit is named zz9" in capsys.readouterr().err
