"""bench/span_match.py (the scorers' trim, Dice and greedy match) and the bench scripts that label with it."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from _gate import load_bench


class GoldAttribution(NamedTuple):  # as bench/polnear.py's
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


@pytest.fixture(scope="module")
def sm():
    return load_bench("span_match")


@pytest.mark.parametrize(("text", "span", "trimmed"), [
    ("said “yes.” then", (5, 11), (6, 9)),
    ("(a, b);", (0, 7), (1, 5)),
    ("plain words", (0, 11), (0, 11)),  # nothing to trim
    (" .,", (0, 3), (3, 3)),  # all trimmed: empty at the end
])
def test_trim_drops_spaces_quotes_and_punctuation_at_the_ends(sm, text, span, trimmed) -> None:
    assert sm.trim(text, span) == trimmed


@pytest.mark.parametrize(("a", "b", "dice"), [
    ((0, 100), (0, 100), 1.0),
    ((0, 100), (50, 150), 0.5),
    ((0, 10), (10, 20), 0.0),  # touching, not overlapping
    ((5, 5), (5, 5), 0.0),  # two empty spans
])
def test_dice(sm, a, b, dice) -> None:
    assert sm.dice(a, b) == dice


@pytest.mark.parametrize(("gold", "pred", "pairs"), [
    ([(0, 100)], [(0, 100)], [(0, 0)]),
    ([(0, 100)], [(50, 150)], [(0, 0)]),  # Dice exactly 0.5 is a match
    ([(0, 100)], [(60, 160)], []),  # Dice 0.4: no match
    ([(0, 100)], [], []),
    ([], [(0, 100)], []),
    # the better prediction is taken, and only once: the second gold gets the one left over
    ([(0, 100), (0, 90)], [(0, 60), (10, 90)], [(0, 1), (1, 0)]),
    ([(0, 100), (0, 100)], [(0, 100)], [(0, 0)]),  # one prediction, one gold
    ([(0, 100)], [(0, 80), (20, 100)], [(0, 0)]),  # a tie goes to the earlier prediction
])
def test_match_spans_is_gold_major_greedy_at_dice_half(sm, gold, pred, pairs) -> None:
    assert sm.match_spans(gold, pred) == pairs


def test_match_reads_the_content_of_attributions(sm) -> None:
    gold = [GoldAttribution((0, 100), None, None), GoldAttribution((200, 250), None, None)]
    pred = [GoldAttribution((200, 240), None, None), GoldAttribution((400, 450), None, None)]
    assert sm.match(gold, pred) == [(1, 0)]


@pytest.mark.parametrize(("gold", "pred", "judged"), [
    # content, source and cue all overlap
    (GoldAttribution((0, 100), (105, 110), (111, 120)), {"content": (0, 90), "cue": (104, 109), "source": (111, 115)},
     {0: (True, True)}),
    # no source on either side agrees; a cue that misses is wrong
    (GoldAttribution((0, 100), (105, 110), None), {"content": (0, 100), "cue": (130, 135), "source": None},
     {0: (True, False)}),
    # a source on one side only is wrong
    (GoldAttribution((0, 100), (105, 110), None), {"content": (0, 100), "cue": (105, 110), "source": (111, 115)},
     {0: (False, True)}),
    # content Dice below 0.5: not matched at all
    (GoldAttribution((0, 100), (105, 110), (111, 120)), {"content": (70, 200), "cue": (105, 110), "source": (111, 120)},
     {}),
])
def test_calibration_judges_the_matched_predictions(gold, pred, judged) -> None:
    assert load_bench("calibration").match([gold], [pred]) == judged
