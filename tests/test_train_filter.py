"""bench/train_filter.py's pure parts: reader rows correct PolNeAR's weights, and a page is scored as the html-gold scorer scores it.

The whole training (PolNeAR train, the html gold's pages) is a bench run, not a test; these check the
two pieces its figures rest on with hand-made rows.
"""

from __future__ import annotations

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
