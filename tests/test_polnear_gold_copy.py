"""bench/polnear.py's ``scorable_gold``: a split whose ``.ann`` holds a span text broken over lines is scored
from a copy that keeps the annotation lines only (the shared scorer stops on such a line: PolNeAR train has one)."""

from __future__ import annotations

from pathlib import Path

from _gate import load_bench

GOOD = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit rained\nE1\tAttribution:T2 Source:T1 Content:T3\n"
BROKEN = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 40\tit rained.\n\nThe rest of the span\n" \
         "E1\tAttribution:T2 Source:T1 Content:T3\n"


def _split(tmp_path: Path, ann: str) -> Path:
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "a.txt").write_text("Smith said it rained.", encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    return folder


def test_a_readable_split_is_scored_where_it_lies(tmp_path: Path) -> None:
    folder = _split(tmp_path, GOOD)
    with load_bench("polnear").scorable_gold(folder) as gold:
        assert gold == folder
    assert folder.exists()


def test_a_span_text_over_lines_is_left_out_of_a_copy(tmp_path: Path) -> None:
    folder = _split(tmp_path, BROKEN)
    with load_bench("polnear").scorable_gold(folder) as copy:
        assert copy != folder
        lines = (copy / "a.ann").read_text(encoding="utf-8").splitlines()
        assert lines == [ln for ln in BROKEN.splitlines() if ln and not ln.startswith("The rest")]
        assert (copy / "a.txt").read_text(encoding="utf-8") == "Smith said it rained."
    assert not copy.exists()  # the copy goes when the scoring is done
    assert (folder / "a.ann").read_text(encoding="utf-8") == BROKEN  # the corpus itself is never written
