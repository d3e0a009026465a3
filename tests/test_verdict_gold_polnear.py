"""bench/verdict_gold/polnear_pages.py: the blind page audits of whole PolNeAR articles as rows, and their texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _gate import load_bench, load_module

GOLD_DIR = Path(__file__).resolve().parent.parent / "bench" / "verdict_gold"
TEXT = "Kim said it rained.\n\nLee said it snowed."


@pytest.fixture(scope="module")
def pp():
    load_bench("score_html_gold")  # puts bench/ on sys.path as the bench scripts do
    return load_module("verdict_gold_polnear_pages", GOLD_DIR / "polnear_pages.py")


@pytest.fixture(scope="module")
def rows_module():
    return load_module("verdict_gold_rows", GOLD_DIR / "rows.py")


@pytest.mark.parametrize(("header", "page"), [
    ("## Page 3", 3),
    ("### Page 12 (nyt)", 12),
    ("## Pages 3", None),
    ("## S3", None),  # a sentence audit's header is not a page's
    ("Page 3", None),
])
def test_a_page_header_numbers_its_section(pp, header: str, page: int | None) -> None:
    m = pp.HEADER.match(header)
    assert (int(m.group(1)) if m else None) == page


def test_the_verdicts_of_a_page_listing_parse_with_the_sentence_audits_lines(pp, tmp_path: Path) -> None:
    path = tmp_path / "verdicts_a.md"
    path.write_text("## Page 1\nA1 C\nA2 W content — cut\nT1 P — half\nMISSED 2 — a stance; a quote\n\n"
                    "## Page 2\nMISSED 0\nA9 looks odd\n## S3\nA1 C\n", encoding="utf-8")
    verdicts, missed, odd = pp.parse(path, pp.HEADER)  # the sentence audits' parser, with the page header
    assert verdicts == {1: [("A1", "C", ""), ("A2", "W", "content — cut"), ("T1", "P", "— half")],
                        2: [("A1", "C", "")]}  # "## S3" starts no section: its line stays on page 2
    assert missed == {1: 2, 2: 0}
    assert odd == ["verdicts_a.md: A9 looks odd"]


def _audit(coord: Path, verdicts: str, stances: list[dict] | None = None) -> Path:
    folder = coord / "paudit7"
    folder.mkdir(parents=True)
    attribution = {"id": "A1", "cue": {"start": 4, "end": 8, "text": "said"}, "content": {"start": 9, "end": 18},
                   "source_span": {"start": 0, "end": 3}}
    sealed = [{"page": k, "file": f"outlet_2016-01-0{k}_a-story.txt", "text": TEXT,
               "report": {"attributions": [attribution], "stances": stances or []}} for k in (1, 2)]
    (folder / "sealed.json").write_text(json.dumps(sealed), encoding="utf-8")
    (folder / "verdicts_x.md").write_text(verdicts, encoding="utf-8")
    return folder


def test_an_audit_folder_becomes_rows_of_offsets_and_a_fingerprinted_missed_row_per_article(pp, tmp_path) -> None:
    _audit(tmp_path, "## Page 1\nA1 C\nMISSED 2\n## Page 2\nA1 W not_attribution — no\nMISSED 0\n")
    rows, problems = pp.build(tmp_path, [], {"p7": ("paudit7", "train")}, tmp_path / "no-polnear")
    assert problems == []
    name = {"stem": "outlet_2016-01-01_a-story", "corpus": "polnear-train", "audit": "p7", "auditor": "x"}
    assert rows[0] == name | {"kind": "attribution", "id": "A1", "cue": [4, 8], "content": [9, 18],
                              "source_span": [0, 3], "verdict": "C", "w_class": None}
    assert rows[1] == name | {"kind": "missed", "missed": 2, "text_length": len(TEXT), "text_sha": pp.span_hash(TEXT)}
    assert (rows[2]["stem"], rows[2]["verdict"], rows[2]["w_class"]) == ("outlet_2016-01-02_a-story", "W",
                                                                         "not_attribution")


def test_a_stance_verdict_becomes_a_stance_row(pp, tmp_path: Path) -> None:
    stance = {"id": "T1", "cue": {"start": 24, "end": 28}, "content": {"start": 29, "end": 39},
              "source_span": {"start": 20, "end": 23}}
    _audit(tmp_path, "## Page 1\nA1 C\nT1 P — half\nMISSED 0\n## Page 2\nA1 C\nT1 C\nMISSED 0\n", [stance])
    rows, problems = pp.build(tmp_path, [], {"p7": ("paudit7", "train")}, tmp_path / "no-polnear")
    assert problems == []
    assert (rows[1]["kind"], rows[1]["id"], rows[1]["cue"], rows[1]["verdict"]) == ("stance", "T1", [24, 28], "P")


def test_what_does_not_map_is_named(pp, tmp_path: Path) -> None:
    _audit(tmp_path, "## Page 1\nA2 C\n## Page 9\nA1 C\nMISSED 0\n")
    polnear = tmp_path / "polnear"
    (polnear / "train").mkdir(parents=True)
    (polnear / "train" / "outlet_2016-01-01_a-story.txt").write_text(TEXT + " Then it stopped.", encoding="utf-8")
    (polnear / "train" / "outlet_2016-01-02_a-story.txt").write_text(TEXT, encoding="utf-8")
    _, problems = pp.build(tmp_path, [], {"p7": ("paudit7", "train")}, polnear)
    assert problems == [
        f"audit p7: the text of page 1 is not {polnear / 'train' / 'outlet_2016-01-01_a-story.txt'} today",
        "audit p7 verdicts_x.md page 1: A2 is no prediction of sealed.json",
        "audit p7 verdicts_x.md page 1: 1 of 1 predictions have no verdict",
        "audit p7 verdicts_x.md page 1: no MISSED line",
        "audit p7 verdicts_x.md: page 9 is no page of sealed.json",
        "audit p7: page 2 has no verdicts"]


def test_an_audit_whose_folder_is_gone_keeps_its_committed_rows(pp, tmp_path: Path) -> None:
    old = {"stem": "outlet_2016-01-01_a-story", "corpus": "polnear-train", "audit": "p7", "auditor": "y",
           "kind": "missed", "missed": 1, "text_length": 40, "text_sha": "abcd1234"}
    rows, problems = pp.build(tmp_path, [old, old | {"audit": "p8"}], {"p7": ("paudit7", "train")})
    assert rows == [old] and problems == []
    rows, problems = pp.build(tmp_path, [], {"p7": ("paudit7", "train")})
    assert rows == [] and problems == [f"audit p7: no folder at {tmp_path / 'paudit7'} and no committed rows"]


def _committed(rows_module) -> list[dict]:
    return rows_module.read_rows(rows_module.POLNEAR_PAGES)


def test_the_committed_polnear_rows_hold_offsets_inside_their_texts_and_no_text(rows_module) -> None:
    rows = _committed(rows_module)
    judged = [r for r in rows if r["kind"] != "missed"]
    missed = [r for r in rows if r["kind"] == "missed"]
    assert {r["audit"] for r in rows} == {"p70", "p71", "p72", "p73", "p74", "p75", "p76", "p77", "p78", "p79", "p80", "p81", "p82", "p83", "p84", "p85", "p86"} and {r["corpus"] for r in rows} == {"polnear-train"}
    assert len(judged) == 1716 and [sum(r["verdict"] == v for r in judged) for v in "CPW"] == [1280, 287, 149]
    assert len(missed) == 136 and sum(r["missed"] for r in missed) == 347
    length = {r["stem"]: r["text_length"] for r in missed}
    assert {r["stem"] for r in judged} <= set(length)
    for r in judged:
        assert r["verdict"] in "CPW" and 0 <= r["content"][0] < r["content"][1] <= length[r["stem"]]
        assert all(s is None or 0 <= s[0] < s[1] <= length[r["stem"]] for s in (r["cue"], r["source_span"]))
    # the stem names the file; every other string is a key or a label, no phrase of an article
    assert all(len(v) <= 15 for r in rows for k, v in r.items() if isinstance(v, str) and k not in ("stem", "w_class"))


def test_every_committed_article_is_its_polnear_file_today(pp, rows_module, shared_data: Path) -> None:
    missed = [r for r in _committed(rows_module) if r["kind"] == "missed"]
    paths = [pp.polnear_path(r["stem"], r["corpus"].removeprefix("polnear-"), shared_data / "polnear")
             for r in missed]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/data/polnear is absent or lacks the audited files")
    for r, path in zip(missed, paths, strict=True):
        text = path.read_text(encoding="utf-8")
        assert (len(text), pp.span_hash(text)) == (r["text_length"], r["text_sha"]), path.name
