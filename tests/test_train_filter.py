"""bench/train_filter.py's pure parts: reader rows correct PolNeAR's weights, and a page is scored as the html-gold scorer scores it.

The whole training (PolNeAR train, the html gold's pages) is a bench run, not a test; these check the
two pieces its figures rest on with hand-made rows.
"""

from __future__ import annotations

import json

import pytest

from _gate import load_bench


@pytest.fixture(scope="module")
def tf():
    return load_bench("train_filter")


def rows(feature: str, label: bool, n: int, *, reader: bool = False) -> list[dict]:
    return [{"x": {"bias": 1.0, feature: 1.0}, "y": label, "parent": None, "reader": reader} for _ in range(n)]


def test_reader_rows_pull_the_weights_of_what_polnear_accepts_and_a_reader_does_not(tf) -> None:
    pytest.importorskip("sklearn")
    # PolNeAR: "aim" is an attribution as often as "say"; the reader: never
    polnear = rows("lem=aim", True, 60) + rows("lem=aim", False, 20) + rows("lem=say", True, 60) + rows("lem=say", False, 20)
    reader = rows("lem=aim", False, 20, reader=True) + rows("lem=say", True, 20, reader=True)
    alone = tf.fit(polnear, reader, 1.0, 0.0, 0.0)  # weight 0: the reader rows are left out
    weighted = tf.fit(polnear, reader, 1.0, 4.0, 0.0)
    shared = tf.fit(polnear, reader, 1.0, 4.0, 0.5)
    aim, say = {"bias": 1.0, "lem=aim": 1.0}, {"bias": 1.0, "lem=say": 1.0}
    assert alone(aim) == pytest.approx(alone(say), abs=0.02)
    assert weighted(aim) < alone(aim) - 0.1 and shared(aim) < alone(aim) - 0.1
    assert shared(say) > shared(aim) + 0.2
    # the exported model speaks today's features only: the reader copies are folded in
    assert not any(k.startswith(tf.READER) for k in shared.weights)


def test_continued_quotes_take_their_speakers_score(tf) -> None:
    doc = [{"x": {"bias": 1.0}, "parent": None, "conf": 0.25}, {"x": {"bias": 1.0, "kind=direct": 1.0}, "parent": 0, "conf": 0.25}]
    tf.predict(tf.Model(0.0, {"kind=direct": 5.0}), [doc], "filt", 0.5)
    assert doc[0]["filt"] == doc[1]["filt"] == pytest.approx(0.5)
    assert doc[1]["filt_blend"] == pytest.approx((0.5 * 0.25) ** 0.5)


def test_a_reader_page_is_scored_by_the_html_gold_scorer_above_a_threshold(tf) -> None:
    att = tf.scorer.Att
    gold = [att((0, 50), None, None, "Ann Lee", "indirect", None)]
    preds = [att((0, 50), None, None, "Lee", "indirect", None), att((60, 90), None, None, "Bob", "indirect", None)]
    page = tf.ReaderPage("p" * 64, "train", "O", "x" * 100, gold, preds, [{"b": 0.9}, {"b": 0.2}])
    assert tf.reader_scores([page], "b", 0.0)["attr_p"] == 0.5
    high = tf.reader_scores([page], "b", 0.5)
    assert high["attr_p"] == 1.0 and high["attr_src_p"] == 1.0 and high["attr_r"] == 1.0


@pytest.mark.parametrize(("margins", "chosen", "why"), [
    ((0.010, 0.004, 0.001), (2.0, 0.0, 0.1), "above its floor"),  # the best key among those with the slack
    ((-0.01, 0.001, -0.001), (2.0, 0.0, 0.1), "at its floor"),    # none keeps the slack: the floors
    ((-0.01, -0.002, -0.03), (2.0, 0.0, 0.1), "NONE"),            # none keeps the floors: the least harm
])
def test_the_dev_gate_comes_before_the_reader_objective(tf, margins, chosen, why) -> None:
    settings = [(0.0, 0.0, 0.1), (2.0, 0.0, 0.1), (8.0, 0.5, 0.1)]
    keys = [(0.70, -0.4), (0.75, -0.38), (0.80, -0.35)]  # the reader objective prefers the last
    tried = list(zip(settings, keys, margins, strict=True))
    got, reason = tf.choose(tried)
    assert got == chosen and why in reason


# --- the blind audits' verdicts as a third kind of row ------------------------------------------------------------


def verdict(cue: tuple[int, int] | None, content: tuple[int, int], v: str = "C") -> dict:
    return {"cue": list(cue) if cue else None, "content": list(content), "verdict": v}


@pytest.mark.parametrize(("cue", "content", "continued", "found"), [
    ((10, 14), (15, 60), False, "C"),      # the same cue start, the same content
    ((10, 16), (15, 50), False, "C"),      # the same cue start, content Dice 0.82
    ((10, 14), (15, 28), False, None),     # the same cue start, content Dice 0.45: not judged
    ((11, 14), (15, 60), False, None),     # another cue start: another prediction
    (None, (15, 60), False, None),         # no cue: no judged prediction with a cue to be
    ((80, 84), (100, 140), True, "W"),     # a continued quote: by its content among those with no cue
    ((80, 84), (200, 240), True, None),    # a continued quote nowhere near a judged one
])
def test_a_found_attribution_is_the_judged_prediction_at_its_cue_with_its_content(tf, cue, content, continued, found) -> None:
    judged = [verdict((10, 14), (15, 60), "C"), verdict(None, (100, 140), "W")]
    hit = tf.judged(judged, cue, content, continued)
    assert (hit["verdict"] if hit else None) == found


def test_audit_figures_count_kept_verdicts_and_the_right_ones_kept(tf) -> None:
    rows = [{"verdict": v, "k": k} for v, k in (("C", 0.9), ("C", 0.3), ("P", 0.6), ("W", 0.5), ("W", 0.2))]
    rows.append({"verdict": None, "k": 0.9})  # not judged: no row
    f = tf.audit_figures([tf.AuditArticle("1", 23, rows)], "k", 0.4)
    assert (f["judged"], f["kept"], f["C"], f["P"], f["W"]) == (5, 3, 1, 1, 1)
    assert f["w_rate"] == pytest.approx(1 / 3) and f["right_kept"] == pytest.approx(2 / 3)


def test_an_audit_left_out_is_scored_by_a_model_that_never_saw_it(tf) -> None:
    pytest.importorskip("sklearn")
    polnear = rows("lem=aim", True, 40) + rows("lem=say", True, 40) + rows("lem=say", False, 10)
    # audit 23 says "aim" is wrong, audit 24 has no "aim": its "aim" row is judged by audit 23's verdicts
    a23 = [r | {"verdict": "W", "audit": 23, "conf": 0.5} for r in rows("lem=aim", False, 30)]
    a24 = [r | {"verdict": "C", "audit": 24, "conf": 0.5} for r in rows("lem=say", True, 30)]
    probe = {"x": {"bias": 1.0, "lem=aim": 1.0}, "y": False, "parent": None, "verdict": "W", "audit": 25, "conf": 0.5}
    arts = [tf.AuditArticle("1", 23, a23), tf.AuditArticle("2", 24, a24), tf.AuditArticle("3", 25, [probe])]
    design = tf.Design(polnear, [], a23 + a24 + [probe])
    tf.leave_one_audit_out(design, [], arts, (0.0, 0.0, 1.0), 4.0, 0.5)
    plain = design.fit([], 1.0, 0.0, 0.0)  # no reader, no audit rows
    assert probe["oof_audit"] < plain(probe["x"]) - 0.1  # audits 23 and 24 taught it
    assert a23[0]["oof_audit"] > probe["oof_audit"]  # audit 23's own rows: scored without audit 23


def _tried(aw: float, key: float, margin: float, w_rate: float, kept: float) -> tuple:
    return (((8.0, 0.0, 0.1), aw), (key, -0.3), margin, {"w_rate": w_rate, "right_kept": kept})


@pytest.mark.parametrize(("tried", "chosen"), [
    # the lowest W rate among those that keep 97% of the right rows, the reader and the dev gate
    ([_tried(0.0, 0.730, 0.01, 0.10, 0.95), _tried(4.0, 0.728, 0.01, 0.07, 0.94)], 4.0),
    # V = 4 keeps too few right rows (0.90 < 0.97 x 0.95)
    ([_tried(0.0, 0.730, 0.01, 0.10, 0.95), _tried(4.0, 0.728, 0.01, 0.07, 0.90)], 0.0),
    # V = 4 loses the reader (0.720 < 0.730 - 0.005)
    ([_tried(0.0, 0.730, 0.01, 0.10, 0.95), _tried(4.0, 0.720, 0.01, 0.07, 0.95)], 0.0),
    # V = 4 breaks the dev gate's slack
    ([_tried(0.0, 0.730, 0.01, 0.10, 0.95), _tried(4.0, 0.730, 0.001, 0.07, 0.95)], 0.0),
    # none keeps the slack: at the floors, the lowest W rate; below a floor never
    ([_tried(0.0, 0.730, 0.001, 0.10, 0.95), _tried(4.0, 0.730, 0.002, 0.07, 0.95)], 4.0),
    ([_tried(0.0, 0.730, 0.001, 0.10, 0.95), _tried(4.0, 0.730, -0.001, 0.07, 0.95)], 0.0),
])
def test_audit_rows_are_kept_only_when_they_lower_the_wrong_share_out_of_fold_at_no_cost(tf, tried, chosen) -> None:
    (_, aw), _ = tf.choose_with_audits(tried, {"w_rate": 0.11, "right_kept": 0.95})
    assert aw == chosen


def test_a_report_without_a_found_row_drops_it_and_keeps_the_order(tf) -> None:
    found = [{"cue": (0, 4), "content": (5, 20), "parent": None, "at": 100},
             {"cue": (30, 34), "content": (35, 50), "parent": None, "at": 100},  # set apart (a stance): no row
             {"cue": (30, 34), "content": (60, 80), "parent": 0, "at": 100}]     # continues the first
    report = {"sources": [], "attributions": [
        {"cue": {"start": 100, "end": 104}, "content": {"start": 105, "end": 120}, "kind": "indirect"},
        {"cue": None, "content": {"start": 160, "end": 180}, "kind": "direct"}]}
    preds, kept = tf.in_report(found, report)
    assert [p.content for p in preds] == [(105, 120), (160, 180)]
    assert [r["content"] for r in kept] == [(5, 20), (60, 80)] and kept[1]["parent"] == 0


@pytest.mark.parametrize(("judged", "found", "same"), [
    ([10, 20], (12, 18), True),    # the same mention
    (None, None, True),            # both without a speaker
    ([10, 20], (30, 40), False),   # another speaker today: the verdict is not on today's attribution
    ([10, 20], None, False),
    (None, (30, 40), False),
])
def test_a_verdict_labels_a_found_attribution_only_with_the_speaker_it_judged(tf, judged, found, same) -> None:
    assert tf.same_speaker(judged, found) is same



def test_judged_verdicts_group_the_judged_predictions_by_audit_and_article_and_leave_out_the_missed(tf, tmp_path) -> None:
    rows = [{"audit": 31, "article": "7", "kind": "attribution", "id": "A1"},
            {"audit": 31, "article": "7", "kind": "missed", "id": "M1"},  # a gold the prediction lacked: no verdict on it
            {"audit": 32, "article": "7", "kind": "attribution", "id": "A1"},
            {"audit": 31, "article": "7", "kind": "attribution", "id": "A2"},
            {"audit": 32, "article": "9", "kind": "missed", "id": "M1"}]
    path = tmp_path / "verdicts.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = tf.judged_verdicts(path)
    assert {k: [v["id"] for v in vs] for k, vs in got.items()} == {(31, "7"): ["A1", "A2"], (32, "7"): ["A1"]}
    assert (32, "9") not in got  # an article with only missed rows has nothing judged
