"""bench/verdict_check.py (today's code against the blind readers' verdicts): grouping, matching and counting."""

from __future__ import annotations

import pytest

from _gate import load_bench


@pytest.fixture(scope="module")
def vc():
    return load_bench("verdict_check")


def verdict(id_: str, cue, content, source, v: str) -> dict:
    return {"id": id_, "kind": "attribution", "cue": cue, "content": content, "source_span": source, "verdict": v}


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": "x" * (end - start)}


def attribution(id_: str, cue, content, source) -> dict:
    return {"id": id_, "kind": "indirect", "medium": "speech", "confidence": 0.9,
            "cue": span(*cue) if cue else None, "content": span(*content), "source_span": span(*source) if source else None}


JUDGED = [verdict("A1", [10, 14], [15, 60], [0, 9], "C"),
          verdict("A2", [70, 74], [75, 120], [61, 69], "W"),
          verdict("A3", None, [130, 170], None, "P")]


def test_a_prediction_is_the_judged_one_with_its_cue_its_content_and_its_speaker(vc) -> None:
    report = {"attributions": [
        attribution("A1", (10, 14), (15, 58), (0, 9)),       # the same, its content a little shorter: judged C
        attribution("A2", (70, 74), (75, 120), (40, 45)),    # the same words, another speaker: never judged
        attribution("A3", None, (131, 170), None),           # a continued quote, by its content: judged P
        attribution("A4", (200, 204), (205, 230), (190, 199)),  # new
    ]}
    pairs, lost = vc.compare(report, JUDGED)
    assert [(a["id"], v["id"] if v else None) for a, v in pairs] == [("A1", "A1"), ("A2", None), ("A3", "A3"),
                                                                      ("A4", None)]
    assert [v["id"] for v in lost] == ["A2"]
    f = vc.figures([(pairs, lost)])
    assert (f["judged"], f["kept"], f["kept_C"], f["kept_P"], f["kept_W"], f["lost_W"], f["unjudged"]) == \
        (3, 2, 1, 1, 0, 1, 2)
    assert f["kept_w_rate"] == 0.0


def test_two_predictions_on_one_judged_one_count_it_once(vc) -> None:
    report = {"attributions": [attribution("A1", (10, 14), (15, 60), (0, 9)),
                               attribution("A2", (10, 14), (15, 59), (0, 9))]}
    pairs, lost = vc.compare(report, JUDGED[:1])
    assert [v is not None for _, v in pairs] == [True, False] and lost == []


def test_a_content_that_moved_is_no_longer_the_judged_prediction(vc) -> None:
    report = {"attributions": [attribution("A1", (10, 14), (40, 110), (0, 9))]}  # Dice with [15, 60) under 0.5
    pairs, lost = vc.compare(report, JUDGED[:1])
    assert pairs[0][1] is None and [v["id"] for v in lost] == ["A1"]


def test_rows_group_by_audit_and_article_and_a_page_keeps_its_text_fingerprint(vc) -> None:
    rows = [{"article": "111111111", "audit": 23, **JUDGED[0]},
            {"article": "111111111", "audit": 23, "kind": "missed", "missed": 2},
            {"page": "06e5123e4ef7", "audit": "h32", **JUDGED[1]},
            {"page": "06e5123e4ef7", "audit": "h32", "kind": "missed", "missed": 0, "text_length": 500,
             "text_sha": "abcd1234"}]
    items = vc.audited(rows)
    assert [(i.key, i.audit, len(i.verdicts), i.text) for i in items] == [
        ("ptc-111111111", 23, 1, None), ("06e5123e4ef7", "h32", 1, (500, "abcd1234"))]


def test_the_kept_listing_names_the_resolved_source_and_only_the_verdicts_asked(vc) -> None:
    report = {"sources": [{"id": "S1", "name": "Jane Doe"}],
              "attributions": [{**attribution("A1", (10, 14), (15, 60), (0, 9)), "source": "S1"},
                               {**attribution("A2", (70, 74), (75, 120), (61, 69)), "source": None}]}
    judged = [JUDGED[0], {**JUDGED[1], "w_class": "wrong_speaker"}]
    result = vc.compare(report, judged)
    item = vc.Audited("ptc-111111111", 23, judged)
    wrong = vc.kept_listing(item, report, result, {"W"})
    assert len(wrong) == 1 and wrong[0].startswith("- kept W wrong_speaker 23 ptc-111111111 A2: ")
    assert "-> - |" in wrong[0]  # unresolved
    right = vc.kept_listing(item, report, result, {"C"})
    assert len(right) == 1 and "-> Jane Doe |" in right[0] and " C - " in right[0]
    assert vc.kept_listing(item, report, result, {"P"}) == []


def test_a_sentence_row_groups_by_its_key_and_keeps_its_length(vc) -> None:
    rows = [{"sentence": "0123456789ab", "corpus": "msr-train", "audit": "m53", **JUDGED[0]},
            {"sentence": "0123456789ab", "corpus": "msr-train", "audit": "m53", "kind": "missed", "missed": 1,
             "text_length": 80}]
    items = vc.audited(rows)
    assert [(i.key, i.audit, len(i.verdicts), i.text) for i in items] == [("msr-0123456789ab", "m53", 1, (80, None))]


def test_a_polnear_row_groups_by_its_split_and_stem_and_keeps_its_text_fingerprint(vc) -> None:
    name = {"stem": "nyt_2016-04-12_a-story", "corpus": "polnear-train", "audit": "p70"}
    rows = [name | JUDGED[0], name | {"kind": "missed", "missed": 3, "text_length": 900, "text_sha": "abcd1234"}]
    items = vc.audited(rows)
    assert [(i.key, i.audit, len(i.verdicts), i.text) for i in items] == [
        ("polnear-train/nyt_2016-04-12_a-story", "p70", 1, (900, "abcd1234"))]


def test_the_committed_polnear_articles_are_read_as_their_audit_judged_them(vc, shared_data) -> None:
    items = vc.load((vc.POLNEAR_PAGES,))
    if not (shared_data / "polnear" / "train").is_dir():
        pytest.skip("../shared/data/polnear is absent")
    articles = vc.articles_of(items)
    assert len(articles) == len(items) == 136
    assert [len(a.text) for a in articles] == [i.text[0] for i in items]
