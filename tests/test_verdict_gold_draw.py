"""bench/verdict_gold/draw.py: a blind audit's draw is held out from every earlier one, and its listings show the
readers what the report says (an interrupted quote as its parts, never the tag between them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _gate import load_module

DRAW = Path(__file__).resolve().parent.parent / "bench" / "verdict_gold" / "draw.py"


@pytest.fixture(scope="module")
def dr():
    return load_module("verdict_gold_draw", DRAW)


def span(text: str, start: int = 0) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


REPORT = {
    "sources": [{"id": "S1", "name": "Kim Lee", "type": "person"}, {"id": "S2", "name": None, "type": None}],
    "attributions": [
        {"id": "A1", "kind": "direct", "source": "S1", "source_span": span("Lee"), "cue": span("said"),
         "content": span("We won, and we will win again"),
         "content_parts": [span("We won,"), span("and we will win again")]},
        {"id": "A2", "kind": "indirect", "source": "S2", "source_span": span("officials"), "cue": span("say"),
         "content": span("the plant closes"), "via": "A1"},
        {"id": "A3", "kind": "indirect", "source": None, "source_span": None, "cue": span("according to"),
         "content": span("rain fell")},
    ],
    "stances": [{"id": "T1", "source": "S1", "source_span": span("Lee"), "cue": span("denied"),
                 "target": span("the charges")}],
}


def test_an_interrupted_quote_is_listed_as_its_parts_not_its_whole_span(dr) -> None:
    line = dr.prediction_lines(REPORT)[0]
    assert '"We won," … "and we will win again" (parts of one quote' in line
    assert '"We won, and we will win again"' not in line


@pytest.mark.parametrize(("k", "expected"), [
    (1, 'A1 [direct] source: "Lee" | resolved: Kim Lee (person) | cue: "said" | content: "We won,"'),
    (2, 'A2 [indirect] source: "officials" | resolved: ? (unknown) | cue: "say" | content: "the plant closes" | via: A1'),
    (3, 'A3 [indirect] source: - | resolved: - | cue: "according to" | content: "rain fell"'),
    (4, 'T1 [stance] holder: "Lee" | resolved: Kim Lee (person) | cue: "denied" | target: "the charges"'),
])
def test_every_prediction_gets_one_line_with_source_resolution_cue_and_content(dr, k, expected) -> None:
    assert dr.prediction_lines(REPORT)[k - 1].startswith(expected)


def test_a_sentence_without_predictions_says_so_and_a_page_numbers_its_paragraphs(dr) -> None:
    listing = dr.sentence_listing([{"n": 7, "text": "It rained.", "report": {"attributions": []}}])
    assert listing.splitlines()[:5] == ["## S7", "", "It rained.", "", "(no predictions)"]
    page = dr.page_listing([{"page": 2, "text": "Title\n\nLee said it rained.\n", "report": REPORT}])
    assert "[1] Title" in page and "[2] Lee said it rained." in page and "[3]" not in page
    assert page.index("### Text") < page.index("### Predictions") < page.index("A1 [direct]")


def test_a_wire_draw_leaves_out_every_committed_sentence_and_is_the_same_every_time(dr) -> None:
    sentences = {f"k{i:03}": f"Sentence {i} said." for i in range(300)}
    seen = {f"k{i:03}" for i in range(0, 300, 3)}
    pool = dr.wire_pool(sentences, seen)
    assert len(pool) == 200 and "Sentence 0 said." not in pool
    first = dr.draw_wire(71, pool, 20)
    assert first == dr.draw_wire(71, pool, 20) and first != dr.draw_wire(72, pool, 20)
    assert set(first) <= set(pool)


def test_a_wire_draw_from_a_pool_smaller_than_its_size_takes_the_whole_pool_in_seeded_order(dr) -> None:
    pool = [f"Sentence {i} said." for i in range(7)]
    drawn = dr.draw_wire(82, pool, 240)
    assert sorted(drawn) == pool and drawn == dr.draw_wire(82, pool, 240) and dr.draw_wire(82, [], 240) == []


def test_a_wire_draw_moves_to_the_next_split_only_once_the_first_is_spent(dr) -> None:
    train = {"t1": "Train one said.", "t2": "Train two said."}
    dev = {"d1": "Dev one said.", "t2": "Train two said."}  # the same text in both splits has one key
    splits = {"train": train, "dev": dev}
    assert dr.wire_split(splits, {"t1"}) == ("train", ["Train two said."])
    assert dr.wire_split(splits, {"t1", "t2"}) == ("dev", ["Dev one said."])
    assert dr.wire_split(splits, {"t1", "t2", "d1"}) == ("", [])


def texts_by_length(lengths: dict[str, int]):
    files = [Path(name) for name in sorted(lengths)]
    return files, (lambda p: "x" * lengths[p.name])


def test_the_lost_audit_superset_runs_to_its_nth_page_of_length(dr) -> None:
    lengths = {f"f{i}.txt": (3_000 if i % 2 else 100) for i in range(40)}
    files, read = texts_by_length(lengths)
    names = dr.lost_audit_files(files, read, seed=5, pages=4)
    assert sum(dr.fits_page(read(Path(n))) for n in names) == 4
    assert dr.fits_page(read(Path(names[-1])))  # it stops at the 4th page that fits, not after


def test_pages_are_drawn_in_seeded_order_passing_over_excluded_short_long_and_unjudgeable_ones(dr) -> None:
    lengths = {f"f{i}.txt": [3_000, 100, 9_000, 2_000][i % 4] for i in range(40)}
    files, read = texts_by_length(lengths)
    excluded = {"f0.txt", "f4.txt"}
    candidates = list(dr.page_candidates(3, files, excluded, read))
    assert all(p.name not in excluded and dr.fits_page(t) for p, t in candidates)
    assert [p.name for p, _ in candidates] == [p.name for p, _ in dr.page_candidates(3, files, excluded, read)]

    def analyse(text: str) -> dict:  # 3,000-character pages give 10 predictions, 2,000-character ones 2
        return {"attributions": [{}] * (10 if len(text) == 3_000 else 2)}

    chosen = dr.choose_pages(candidates, analyse, pages=3)
    assert [c["page"] for c in chosen] == [1, 2, 3]
    assert all(len(c["text"]) == 3_000 for c in chosen)
    assert [c["file"] for c in chosen] == [p.name for p, t in candidates if len(t) == 3_000][:3]


def test_a_wrong_command_line_says_how_to_call_it(dr, capsys) -> None:
    assert dr.main(["sentences", "7", "/tmp/x"]) == 2
    assert "draw.py wire N OUT" in capsys.readouterr().err
