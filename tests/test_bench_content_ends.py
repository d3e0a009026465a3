"""bench/content_ends.py (the learned content-end chooser, measured and not wired in): its candidates and its choice."""

from __future__ import annotations

import pytest

from _gate import load_bench
from sayso.nlp.extract.found import Found

TEXT = "The mayor said the bridge would reopen in May, but the works ran late."


@pytest.fixture(scope="module")
def ce():
    return load_bench("content_ends")


def found(doc, content_end: str) -> Found:
    start = TEXT.index("the bridge")
    end = TEXT.index(content_end) + len(content_end)
    cue = TEXT.index("said")
    return Found("indirect", (start, end), (cue, cue + 4), (0, 9), 1, None, None, 0.9, doc[3].i)


@pytest.mark.parametrize(("text", "end", "trimmed"), [
    ("said “yes.”", 11, 9), ("said no", 7, 7), ("a, b;", 5, 4)])
def test_an_end_loses_what_the_scorer_trims(ce, text, end, trimmed) -> None:
    assert ce.trimmed_end(text, 0, end) == trimmed


def test_the_candidates_hold_the_rules_end_the_clause_boundary_and_the_sentence_end(ce, nlp) -> None:
    doc = nlp(TEXT)
    cands = ce.end_candidates(doc, found(doc, "late."))
    assert TEXT.index(", but") in cands  # before ", but": the mayor's clause alone
    assert TEXT.index(" late") + len(" late") in cands  # the rules' run-on end and the sentence's end
    assert all(c > TEXT.index("the bridge") for c in cands)


@pytest.mark.parametrize(("weight", "cut"), [(2.0, True), (-2.0, False)])
def test_the_model_moves_the_end_only_where_its_weights_prefer_another(ce, nlp, weight, cut) -> None:
    doc = nlp(TEXT)
    f = found(doc, "late.")
    rules_end = ce.trimmed_end(TEXT, *f.content)
    cands = ce.end_candidates(doc, f)
    feats = {c: set(ce.end_features(doc, f, c, rules_end, cands)) for c in cands}
    only_cut = feats[TEXT.index(", but")] - set().union(*(v for c, v in feats.items() if c != TEXT.index(", but")))
    assert only_cut, "the boundary before ', but' has a feature of its own"
    model = ce.EndModel({next(iter(sorted(only_cut))): weight})
    assert (model.choose(doc, f) == TEXT.index(", but")) is cut
