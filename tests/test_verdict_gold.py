"""bench/verdict_gold/build.py reads the auditors' verdict lines, whatever their small differences of format."""

from __future__ import annotations

from pathlib import Path

import pytest

from _gate import load_module

BUILD = Path(__file__).resolve().parent.parent / "bench" / "verdict_gold" / "build.py"
GOLD = load_module("verdict_gold_rows", BUILD.parent / "rows.py")  # the one reader of the committed verdict files


@pytest.fixture(scope="module")
def vg():
    return load_module("verdict_gold_build", BUILD)


@pytest.mark.parametrize(("line", "parsed"), [
    ("A1 C Ramirez accused Kavanaugh", ("A", "1", "C")),
    ("A12 P — medium wrong", ("A", "12", "P")),
    ("A3 — P — report indicates", ("A", "3", "P")),
    ("ST2 W not an attribution", ("ST", "2", "W")),
    ("T1 C", ("T", "1", "C")),                # a stance as the report numbers it
    ("The 3 C", None),
    ("A7 W", ("A", "7", "W")),
    ("A7 Cut short", None),           # no verdict letter on its own
    ("MISSED: P9 the inspector", None),
    ("Among the rest, A5 C", None),  # not a verdict line
])
def test_a_verdict_line_parses_in_every_auditor_format(vg, line, parsed) -> None:
    m = vg.LINE.match(line)
    assert (m.group(1, 2, 3) if m else None) == parsed


@pytest.mark.parametrize(("reason", "cls"), [
    ("not an attribution — negated", "not_attribution"),
    ("wrong speaker — the police", "wrong_speaker"),
    ("writer's voice — we reported", "writers_voice"),
    ("run-on into writer's words", "run_on"),
    ("content not what was said: cut", "content_wrong"),
    ("other (garbled source)", "other"),
    ("the content is fine", None),
])
def test_a_w_reason_names_its_class(vg, reason, cls) -> None:
    assert vg.w_class(reason) == cls


def test_the_verdicts_and_missed_counts_of_one_article_parse(vg, tmp_path) -> None:
    path = tmp_path / "verdicts_x.md"
    path.write_text("# Verdicts\n\n## 123456789\nA1 C\nA2 — W wrong speaker\nMISSED:\n- P3 one\n- P4 two\n"
                    "TOTAL 123456789: pred 2 C 1 P 0 W 1 M 2\n\n## 987654321\nA1 P cut\nMISSED: P2 one\n",
                    encoding="utf-8")
    verdicts, missed, odd = vg.parse(path)
    assert [v[:3] for v in verdicts["123456789"]] == [("A", 1, "C"), ("A", 2, "W")]
    assert missed == {"123456789": 2, "987654321": 1} and odd == []


def test_the_committed_verdicts_hold_offsets_and_no_text() -> None:
    rows = GOLD.read_rows(GOLD.VERDICTS)
    judged = [r for r in rows if r["kind"] != "missed"]
    assert {r["audit"] for r in rows} == {23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51} and len(judged) > 2000
    assert all(r["verdict"] in "CPW" and r["content"][1] > r["content"][0] for r in judged)
    assert all(set(r) <= {"article", "audit", "auditor", "kind", "id", "cue", "content", "source_span", "verdict",
                          "w_class"}
               for r in judged)
    # ids, offsets and labels only: no string could hold a phrase of an article (the W class is the auditor's word)
    assert all(len(v) <= 12 for r in rows for k, v in r.items() if isinstance(v, str) and k != "w_class")


def _audit_folder(coord: Path, audit: int, art: str) -> None:
    import json

    folder = coord / f"audit{audit}"
    (folder / "sealed_base").mkdir(parents=True)
    (folder / "SET.json").write_text(json.dumps({"ids": [art]}), encoding="utf-8")
    span = {"start": 0, "end": 4, "text": "abcd"}
    (folder / "sealed_base" / f"{art}.json").write_text(json.dumps({"attributions": [
        {"id": "A1", "cue": span, "content": {"start": 5, "end": 9, "text": "efgh"}, "source_span": None}]}),
        encoding="utf-8")
    (folder / "verdicts_x.md").write_text(f"## {art}\nA1 W run-on\nMISSED:\n- one\n", encoding="utf-8")


def test_an_audit_whose_folder_is_gone_keeps_its_committed_rows(vg, tmp_path, monkeypatch) -> None:
    import json

    monkeypatch.setattr(vg, "AUDITS", (1, 2))
    committed = tmp_path / "verdicts.jsonl"
    old = {"article": "111111111", "audit": 1, "auditor": "y", "kind": "missed", "missed": 3}
    committed.write_text(json.dumps(old) + "\n" + json.dumps(old | {"audit": 9}) + "\n", encoding="utf-8")
    _audit_folder(tmp_path / "coord", 2, "222222222")
    rows, problems = vg.build(tmp_path / "coord", committed)
    assert problems == []
    assert rows[0] == old  # audit 1 has no folder: its committed row, and only audit 1's
    assert [(r["audit"], r["kind"], r.get("verdict"), r.get("w_class")) for r in rows[1:]] == [
        (2, "attribution", "W", "run_on"), (2, "missed", None, None)]


def test_an_audit_with_neither_folder_nor_rows_is_a_problem(vg, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(vg, "AUDITS", (1,))
    rows, problems = vg.build(tmp_path / "coord", tmp_path / "none.jsonl")
    assert rows == [] and problems == [f"audit 1: no folder at {tmp_path / 'coord' / 'audit1'} and no committed rows"]


@pytest.mark.parametrize(("header", "art"), [
    ("## 123456789", "123456789"),
    ("## 06e5123e4ef7", "06e5123e4ef7"),      # a page id's first 12 hex digits
    ("## 680c2848e94a (CNN)", "680c2848e94a"),
    ("## 06e5123e4ef7a", None),               # 13 hex digits: no id of either kind
    ("## 12345", None),
    ("## Verdicts", None),
])
def test_an_article_header_names_a_ptc_article_or_a_page(vg, header, art) -> None:
    m = vg.ARTICLE.match(header)
    assert (m.group(1) if m else None) == art


def test_a_page_audit_keeps_the_page_id_and_the_fingerprint_of_its_text(vg, tmp_path) -> None:
    import json

    folder = tmp_path / "coord" / "audit7h"
    (folder / "sealed_base").mkdir(parents=True)
    (folder / "text").mkdir()
    page = "06e5123e4ef7"
    (folder / "SET.json").write_text(json.dumps({"ids": [page]}), encoding="utf-8")
    (folder / "text" / f"{page}.txt").write_text("Kim said  it rained.\n", encoding="utf-8")
    (folder / "sealed_base" / f"{page}.json").write_text(json.dumps({"attributions": [
        {"id": "A1", "cue": {"start": 4, "end": 8}, "content": {"start": 10, "end": 19}, "source_span": None}]}),
        encoding="utf-8")
    (folder / "verdicts_u.md").write_text(f"## {page}\nA1 C\nMISSED:\nTOTAL {page}: C 1 P 0 W 0 M 0\n", encoding="utf-8")
    rows, problems = vg.build(tmp_path / "coord", tmp_path / "none.jsonl", ("h7",), page=True)
    assert problems == []
    assert rows[0]["page"] == page and "article" not in rows[0] and rows[0]["verdict"] == "C"
    assert rows[1] == {"page": page, "audit": "h7", "auditor": "u", "kind": "missed", "missed": 0,
                       "text_length": 21, "text_sha": vg.span_hash("Kim said it rained.")}
    # the same folder read as a PTC audit would be another audit's: it is not found
    rows, problems = vg.build(tmp_path / "coord", tmp_path / "none.jsonl", (7,))
    assert rows == [] and problems and "no folder" in problems[0]


def _page_rows() -> list[dict]:
    return GOLD.read_rows(GOLD.PAGES)


def test_the_committed_page_verdicts_hold_offsets_inside_their_texts_and_no_text() -> None:
    rows = _page_rows()
    length = {r["page"]: r["text_length"] for r in rows if r["kind"] == "missed"}
    judged = [r for r in rows if r["kind"] != "missed"]
    assert {r["audit"] for r in rows} >= {"h32"} and len(judged) >= 294
    assert all(r["verdict"] in "CPW" and 0 <= r["content"][0] < r["content"][1] <= length[r["page"]] for r in judged)
    assert all(len(v) <= 12 for r in rows for k, v in r.items() if isinstance(v, str) and k != "w_class")


SHARED_PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html-articles"


@pytest.mark.skipif(not SHARED_PAGES.is_dir(), reason="../shared/data/html-articles is absent")
def test_the_page_texts_sayso_extracts_today_are_the_ones_the_verdicts_index(vg) -> None:
    from score_html_gold import DATA, page_article  # importable: build.py put bench/ on the path

    tails = [r for r in _page_rows() if r["kind"] == "missed"]
    changed = [r["page"] for r in tails
               if (text := page_article(DATA, r["page"])[2].text) and
               (len(text), vg.span_hash(text)) != (r["text_length"], r["text_sha"])]
    assert changed == []


def test_build_audits_reads_a_present_folder_keeps_a_gone_one_and_names_one_with_nothing(tmp_path: Path) -> None:
    """The one loop every kind of verdict gold builds with: a folder with its marker is read; a lost folder keeps
    the committed rows of its audit; a lost folder with no committed rows is a problem, never a silent gap."""
    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "sealed.json").write_text("[]", encoding="utf-8")
    committed = [{"audit": "x2", "kind": "missed", "missed": 1}, {"audit": "x9", "kind": "missed", "missed": 0}]
    read_calls = []

    def read(folder: Path, audit: str) -> tuple[list[dict], list[str]]:
        read_calls.append((folder.name, audit))
        return [{"audit": audit, "kind": "missed", "missed": 3}], ["odd line"]

    folders = [("x1", tmp_path / "here"), ("x2", tmp_path / "gone"), ("x3", tmp_path / "lost")]
    rows, problems = GOLD.build_audits(folders, committed, "sealed.json", read)
    assert read_calls == [("here", "x1")]
    assert rows == [{"audit": "x1", "kind": "missed", "missed": 3}, {"audit": "x2", "kind": "missed", "missed": 1}]
    assert problems[0] == "odd line"
    assert len(problems) == 2 and problems[1].startswith("audit x3: no folder at")
