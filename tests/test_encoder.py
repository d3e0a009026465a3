"""The MiniLM encoder in ONNX Runtime: the graph built from the installed weights, its cache,
the int8 states against the float32 ones, batching that never changes a sentence's states."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _needs import onnx_minilm
from sayso.errors import ResourceError

onnx_minilm()

from sayso.persuasion.encoder import Encoder, embedder_path  # noqa: E402

SENTENCES = [
    "The minister said the plan would cut costs by 4.1 percent.",
    "“We will respond,” he said.",
    "Officials, who spoke on condition of anonymity, said the talks had stalled after three days of "
    "negotiations in Geneva over the ceasefire terms and the exchange of prisoners.",
    "Short.",
    "x" * 1500,  # one very long word: cut at the encoder's window, never an error
]


@pytest.fixture(scope="module")
def exact() -> Encoder:
    return Encoder(quantized=False)


@pytest.fixture(scope="module")
def fast() -> Encoder:
    return Encoder(quantized=True)


def _cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)


@pytest.mark.slow
def test_a_sentence_is_encoded_the_same_alone_or_in_a_padded_batch(exact: Encoder) -> None:
    together = exact.encode(SENTENCES)
    exact.clear()
    for text, enc in zip(SENTENCES, together, strict=True):
        alone = exact.encode([text])[0]
        exact.clear()
        assert alone.offsets == enc.offsets
        assert np.abs(alone.tokens - enc.tokens).max() < 1e-4
        assert np.abs(alone.penultimate - enc.penultimate).max() < 1e-4
        assert abs(float(np.linalg.norm(enc.pooled)) - 1.0) < 1e-5


@pytest.mark.slow
def test_offsets_point_at_the_tokens(exact: Encoder) -> None:
    enc = exact.encode([SENTENCES[0]])[0]
    pieces = [SENTENCES[0][s:e] for s, e in enc.offsets]
    assert pieces[:3] == ["The", "minister", "said"]
    assert len(enc.offsets) == len(enc.tokens) == len(enc.penultimate)
    long = exact.encode([SENTENCES[-1]])[0]
    assert 0 < len(long.offsets) <= exact.max_tokens - 2


@pytest.mark.slow
def test_int8_states_stay_close_to_float32(exact: Encoder, fast: Encoder) -> None:
    for a, b in zip(exact.encode(SENTENCES[:4]), fast.encode(SENTENCES[:4]), strict=True):
        assert a.offsets == b.offsets
        assert float(a.pooled @ b.pooled) > 0.97
        assert _cos(a.tokens, b.tokens).mean() > 0.95
        assert _cos(a.penultimate, b.penultimate).mean() > 0.97


@pytest.mark.slow
def test_float32_graph_matches_transformers(exact: Encoder) -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    model = transformers.AutoModel.from_pretrained(exact.path, local_files_only=True).eval()
    tok = transformers.AutoTokenizer.from_pretrained(exact.path, local_files_only=True)
    inputs = tok(SENTENCES[:3], padding=True, return_tensors="pt")
    with torch.inference_mode():
        ref = model(**inputs, output_hidden_states=True)
    names = ["last", "penultimate", *(f"hidden_{i}" for i in range(5))]
    outs = exact.session.run(names, {"input_ids": inputs["input_ids"].numpy(),
                                     "attention_mask": inputs["attention_mask"].numpy()})
    keep = inputs["attention_mask"].numpy().astype(bool)
    assert np.abs(outs[0] - ref.last_hidden_state.numpy())[keep].max() < 1e-4
    assert np.abs(outs[1] - ref.hidden_states[-2].numpy())[keep].max() < 1e-4
    for i in range(5):  # hidden_i is transformers' hidden_states[i]: the input of layer i
        assert np.abs(outs[2 + i] - ref.hidden_states[i].numpy())[keep].max() < 1e-4, i


@pytest.mark.slow
def test_the_graph_is_built_once_per_weights_file(tmp_path: Path) -> None:
    from sayso.persuasion._onnx import build_model

    first = build_model(embedder_path(), quantized=False, folder=tmp_path)
    stamp = first.stat().st_mtime_ns
    again = build_model(embedder_path(), quantized=False, folder=tmp_path)
    assert again == first and again.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no temporary left behind


@pytest.mark.slow
def test_the_int8_graph_multiplies_unsigned_weights(tmp_path: Path) -> None:
    """u8 x s8 products saturate on x86 CPUs without VNNI, so signed weights would give other
    states (and other markers) on such machines; every quantised product must read uint8 weights."""
    import onnx

    from sayso.persuasion._onnx import build_model

    model = onnx.load(str(build_model(embedder_path(), quantized=True, folder=tmp_path)))
    inits = {i.name: i for i in model.graph.initializer}
    products = [n for n in model.graph.node if n.op_type == "MatMulInteger"]
    assert len(products) == 6 * 5  # q k v o and the feed-forward input of six layers, the output kept float
    for node in products:
        weight = inits[node.input[1]]
        assert weight.data_type == onnx.TensorProto.UINT8, node.name


@pytest.mark.slow
def test_earlier_layers_come_from_the_same_pass_when_asked(fast: Encoder) -> None:
    fast.clear()
    plain = fast.encode(SENTENCES[:2])
    assert fast.layers == 6 and all(not e.hidden for e in plain)
    asked = fast.encode(SENTENCES[:2], hidden=3)  # cached without layer 3: encoded again, with it
    for p, a in zip(plain, asked, strict=True):
        assert a.hidden[3].shape == a.tokens.shape and a.offsets == p.offsets
        assert np.array_equal(a.tokens, p.tokens)  # one text alone through int8: the same numbers
        assert not np.allclose(a.hidden[3], a.penultimate)
    later = fast.encode([SENTENCES[2]])[0]  # once asked, every pass keeps the layer
    assert set(later.hidden) == {3}
    both = fast.encode([SENTENCES[2]], hidden=5)[0]
    assert set(both.hidden) == {3, 5} and np.array_equal(both.hidden[5], both.penultimate)
    with pytest.raises(ValueError, match="layers 0 to 5"):
        fast.encode(SENTENCES[:1], hidden=6)
    fast.clear()


def test_a_folder_without_the_embedder_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cannot load the sentence embedder"):
        Encoder(tmp_path)
