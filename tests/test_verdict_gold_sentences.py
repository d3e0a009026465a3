"""bench/verdict_gold/sentences.py: the blind audits of single wire-news sentences as rows, and their texts found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _gate import load_bench, load_module

GOLD_DIR = Path(__file__).resolve().parent.parent / "bench" / "verdict_gold"


@pytest.fixture(scope="module")
def st():
    load_bench("score_html_gold")  # puts bench/ on sys.path as the bench scripts do
    return load_module("verdict_gold_sentences", GOLD_DIR / "sentences.py")


@pytest.fixture(scope="module")
def rows_module():
    return load_module("verdict_gold_rows", GOLD_DIR / "rows.py")


def test_a_sentence_key_is_12_hex_digits_of_its_exact_text(st) -> None:
    key = st.sentence_key("Kim said it rained.")
    assert len(key) == 12 and int(key, 16) >= 0
    assert key != st.sentence_key("Kim said  it rained.")  # the exact text: offsets index it


@pytest.mark.parametrize(("reason", "cls"), [
    ("not_attribution — an action", "not_attribution"),
    ("wrong_speaker: Reuters only reports it", "wrong_speaker"),
    ("`content` — the writer's fact", "content_wrong"),
    ("writer_voice", "writers_voice"),
    ("run_on", "run_on"),
    ("garbled source", "other"),
    ("", "other"),
])
def test_a_readers_class_word_is_the_ptc_rows_name(st, reason: str, cls: str) -> None:
    assert st.w_class(reason) == cls


def test_the_verdicts_of_a_sentence_listing_parse(st, tmp_path: Path) -> None:
    path = tmp_path / "verdicts_a.md"
    path.write_text("# Verdicts\n\n## S1\nA1 C\nA2 W wrong_speaker — the town\nMISSED 1 — a quote\n\n## S2\n"
                    "**A1** P — cut short\nT1 W not_attribution — a ruling\nMISSED: 0\n\n## S3\nMISSED 0\nA9 looks odd\n", encoding="utf-8")
    verdicts, missed, odd = st.parse(path)
    assert verdicts == {1: [("A1", "C", ""), ("A2", "W", "wrong_speaker — the town")],
                        2: [("A1", "P", "— cut short"), ("T1", "W", "not_attribution — a ruling")], 3: []}
    assert missed == {1: 1, 2: 0, 3: 0}
    assert odd == ["verdicts_a.md: A9 looks odd"]


def _audit(coord: Path, texts: list[str], verdicts: str) -> None:
    folder = coord / "audit7"
    folder.mkdir(parents=True)
    sealed = [{"n": i, "text": t, "report": {"attributions": [
        {"id": "A1", "cue": {"start": 4, "end": 8}, "content": {"start": 9, "end": len(t) - 1},
         "source_span": {"start": 0, "end": 3}}]}} for i, t in enumerate(texts, 1)]
    (folder / "sealed.json").write_text(json.dumps(sealed), encoding="utf-8")
    (folder / "verdicts_x.md").write_text(verdicts, encoding="utf-8")


def test_an_audit_folder_becomes_rows_of_offsets_and_a_missed_row_per_sentence(st, tmp_path: Path) -> None:
    _audit(tmp_path, ["Kim said it rained.", "Lee said it snowed."],
           "## S1\nA1 C\nMISSED 2\n## S2\nA1 W not_attribution — no\nMISSED 0\n")
    rows, problems = st.build(tmp_path, [], {"m7": ("audit7", "train")})
    assert problems == []
    key = st.sentence_key("Kim said it rained.")
    assert rows[0] == {"sentence": key, "corpus": "msr-train", "audit": "m7", "auditor": "x", "kind": "attribution",
                       "id": "A1", "cue": [4, 8], "content": [9, 18], "source_span": [0, 3], "verdict": "C",
                       "w_class": None}
    assert rows[1] == {"sentence": key, "corpus": "msr-train", "audit": "m7", "auditor": "x", "kind": "missed",
                       "missed": 2, "text_length": 19}
    assert (rows[2]["verdict"], rows[2]["w_class"]) == ("W", "not_attribution")


def test_a_stance_verdict_becomes_a_stance_row(st, tmp_path: Path) -> None:
    folder = tmp_path / "audit7"
    folder.mkdir()
    t = "The court upheld the ruling."
    stance = {"id": "T1", "cue": {"start": 10, "end": 16}, "content": {"start": 17, "end": 27},
              "source_span": {"start": 0, "end": 9}}
    sealed = [{"n": 1, "text": t, "report": {"attributions": [], "stances": [stance]}}]
    (folder / "sealed.json").write_text(json.dumps(sealed), encoding="utf-8")
    (folder / "verdicts_x.md").write_text("## S1\nT1 W not_attribution — a ruling\nMISSED 0\n", encoding="utf-8")
    rows, problems = st.build(tmp_path, [], {"m7": ("audit7", "train")})
    assert problems == []
    assert (rows[0]["kind"], rows[0]["id"], rows[0]["cue"], rows[0]["verdict"], rows[0]["w_class"]) == (
        "stance", "T1", [10, 16], "W", "not_attribution")


def test_what_does_not_map_is_named(st, tmp_path: Path) -> None:
    _audit(tmp_path, ["Kim said it rained.", "Lee said it snowed."], "## S1\nA2 C\n## S9\nA1 C\nMISSED 0\n")
    _, problems = st.build(tmp_path, [], {"m7": ("audit7", "train")})
    assert "audit m7 verdicts_x.md S1: A2 is no prediction of sealed.json" in problems
    assert "audit m7 verdicts_x.md S1: 1 of 1 predictions have no verdict" in problems
    assert "audit m7 verdicts_x.md S1: no MISSED line" in problems
    assert "audit m7 verdicts_x.md: S9 is no sentence of sealed.json" in problems
    assert "audit m7: S2 has no verdicts" in problems


def test_an_audit_whose_folder_is_gone_keeps_its_committed_rows(st, tmp_path: Path) -> None:
    old = {"sentence": "0123456789ab", "corpus": "msr-train", "audit": "m7", "auditor": "y", "kind": "missed",
           "missed": 1, "text_length": 40}
    rows, problems = st.build(tmp_path, [old, old | {"audit": "m8"}], {"m7": ("audit7", "train")})
    assert rows == [old] and problems == []
    rows, problems = st.build(tmp_path, [], {"m7": ("audit7", "train")})
    assert rows == [] and problems == [f"audit m7: no folder at {tmp_path / 'audit7'} and no committed rows"]


def test_the_committed_sentence_rows_hold_offsets_and_no_text(rows_module) -> None:
    rows = rows_module.read_rows(rows_module.SENTENCES)
    judged = [r for r in rows if r["kind"] != "missed"]
    assert {r["audit"] for r in rows} == {"m53", "m54", "m55", "m56", "m57", "m58", "m59", "m60", "m61", "m62", "m63", "m64", "m65", "m66", "m67", "m68", "m69", "m70", "m71", "m72", "m73", "m74", "m75", "m76", "m77", "m78", "m79", "m80", "m81", "m82", "m83", "m84", "m85"} and len(judged) == 3246
    assert all(r["verdict"] in "CPW" and r["content"][1] > r["content"][0] for r in judged)
    assert all(isinstance(v, (int, type(None), list)) or len(v) <= 15 for r in rows for k, v in r.items()
               if k != "w_class")  # keys, ids and labels only: no phrase of a sentence
    missed = [r for r in rows if r["kind"] == "missed"]
    assert len(missed) == 7791 and all(r["text_length"] > 0 for r in missed)
    assert {r["audit"] for r in rows if r["corpus"] == "msr-dev"} == {"m83", "m84", "m85"}  # MSR train was spent at m82


def test_every_committed_sentence_is_found_in_the_shared_corpus(st, rows_module, shared_data: Path) -> None:
    folder = shared_data / "paraphrase"
    if not (folder / "msr_paraphrase_train.txt").exists():
        pytest.skip("../shared/data/paraphrase is absent")
    texts = st.msr_sentences(folder)
    for r in rows_module.read_rows(rows_module.SENTENCES):
        text = texts.get(r["sentence"])
        assert text is not None and len(text) == (r["text_length"] if r["kind"] == "missed" else len(text))
        if r["kind"] != "missed":
            assert r["content"][1] <= len(text) and (r["cue"] is None or r["cue"][1] <= len(text))
