"""bench/filter_models.py's pure parts: the feature crosses, the out-of-fold bookkeeping, the calibration error.

The comparison itself (PolNeAR train, the html gold's pages) is a bench run; these check with
hand-made rows that a fold's model never sees the pages it scores, that a continued quote takes its
speaker's score, and that the figures a candidate is judged by are the ones the docstring names.
"""

from __future__ import annotations

import pytest

from _gate import load_bench


@pytest.fixture(scope="module")
def fm():
    return load_bench("filter_models")


@pytest.mark.parametrize(("x", "present", "absent"), [
    ({"bias": 1.0, "kind=direct": 1.0, "medium=speech": 1.0, "content_form=quote": 1.0, "self_voice": 1.0},
     ["Xmed_form=speech|quote", "Xkind_self=direct|1", "Xq_sense=0|0"], ["Xkind_self=direct|0"]),
    ({"bias": 1.0, "kind=indirect": 1.0},  # nothing to cross: every cross reads "0" where a template is absent
     ["Xkind_self=indirect|0", "Xmed_form=0|0"], ["Xkind_self=indirect|1"]),
])
def test_crosses_pair_the_values_of_two_templates(fm, x, present, absent) -> None:
    out = fm.crossed(x)
    assert all(k in out for k in x)  # the features themselves stay
    assert all(k in out for k in present) and not any(k in out for k in absent)
    assert sum(k.startswith("X") for k in out) == len(fm.CROSSES)  # one value per cross


def reader_page(fm, name: str, labels: list[bool]):  # noqa: ANN001, ANN201
    rows = [{"x": {"bias": 1.0}, "y": y, "parent": None, "reader": True, "page": name, "conf": 0.64} for y in labels]
    rows.append({"x": {"bias": 1.0}, "y": labels[0], "parent": 0, "reader": True, "page": name, "conf": 0.64})
    return fm.tf.ReaderPage(name, "train", "O", "x" * 10, [], [None] * len(rows), rows)


def test_a_fold_model_never_sees_the_pages_it_scores(fm) -> None:
    pages = [reader_page(fm, f"page{i}", [True, i % 2 == 0]) for i in range(5)]
    polnear = [{"x": {"bias": 1.0}, "y": True, "parent": None, "reader": False, "conf": 0.5}]
    dev = [[{"x": {"bias": 1.0}, "y": True, "parent": None, "reader": False, "conf": 0.25}]]
    bench = fm.Bench(polnear, pages, dev, ["d"], weight=8.0, blend=0.5)
    seen = []

    def learner(data, idx, w):  # noqa: ANN001, ANN202
        rows = [bench.all[i] for i in idx]
        seen.append({p.get("page") for p in rows})
        assert all(wi == (8.0 if p["reader"] else 1.0) for p, wi in zip(rows, w, strict=True))
        assert not any(p["parent"] is not None for p in rows)  # continued quotes are not rows
        share = len(seen) / 10
        return lambda ids: [share] * len(ids)

    bench.run(learner, None)
    for page in pages:  # scored by the one fold model whose rows lack the page
        fold = round(page.rows[0]["oof"] * 10) - 1
        assert page.page not in seen[fold]
        assert page.rows[-1]["oof"] == page.rows[0]["oof"]  # the continued quote: its speaker's
        assert page.rows[0]["oof_blend"] == pytest.approx((page.rows[0]["oof"] * 0.64) ** 0.5)
    assert None in seen[-1] and len(seen[-1]) == 6  # the final fit: PolNeAR and every page
    assert dev[0][0]["filt"] == pytest.approx(0.6) and dev[0][0]["filt_blend"] == pytest.approx((0.6 * 0.25) ** 0.5)


@pytest.mark.parametrize(("scores", "labels", "expected"), [
    ([0.95, 0.95, 0.05, 0.05], [True, True, False, False], 0.05),
    ([0.9, 0.9], [False, False], 0.9),
    ([0.5, 0.5], [True, False], 0.0),
])
def test_calibration_error_weighs_each_bin_by_its_rows(fm, scores, labels, expected) -> None:
    rows = [{"k": s, "y": y} for s, y in zip(scores, labels, strict=True)]
    assert fm.ece(rows, "k") == pytest.approx(expected)
