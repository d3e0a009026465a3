"""MiniLM (a BERT encoder) as an ONNX graph, built from the installed weights, no torch.

The graph is written node by node from ``model.safetensors`` (embeddings, six post-LN
layers with exact erf GELU) and outputs the last and the penultimate layer's token states,
the two the persuasion stages read, and every earlier layer's (``hidden_0``, the embeddings, to
``hidden_4``; the same-claim pair model reads one of them; ONNX Runtime computes them anyway and
copies out only the outputs a run asks for). ``build_model`` then applies onnxruntime's dynamic
8-bit quantisation to the weight matrices (activations stay float32 between the matrix products) and
writes the model into a cache folder, once per weights file: nothing is downloaded, and torch is not
needed to build or to run it.

The weights are quantised to *unsigned* 8 bits (``QUInt8``), so ONNX Runtime multiplies u8 by u8.
Signed weights (u8 x s8) run on ``vpmaddubsw`` on x86 CPUs without VNNI (AVX2 only, e.g. AMD
EPYC before Zen 4), whose pairwise int16 sums saturate: the same text then gets other states, and
other markers, on such a machine than on one with VNNI (measured: the PTC dev technique span
precision at the default threshold 0.511 with VNNI, 0.471 on an AVX2 EPYC; the shipped pair model's
MSR dev accuracy 0.7975 and 0.790). u8 x u8 is computed exactly on every x86 and ARM kernel, so the
states, and every figure recorded from them, are the same on any CPU (on the AVX2 EPYC: pair
model 0.7975, technique span precision 0.503 at the default threshold; 8-bit states at ~ the signed
speed, where the float32 graph costs ~30 % more CPU).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

OPSET = 17
FORMAT = "sayso-minilm-onnx/4"  # bump when the graph changes: the cache key holds it


def cache_dir() -> Path:
    """``$SAYSO_CACHE``, else ``$XDG_CACHE_HOME/sayso``, else ``~/.cache/sayso``."""
    env = os.environ.get("SAYSO_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sayso"


def _fingerprint(weights_file: Path, quantized: bool) -> str:
    stat = weights_file.stat()
    key = f"{FORMAT}|{quantized}|{weights_file.resolve()}|{stat.st_size}|{int(stat.st_mtime)}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class _Graph:
    """Nodes and initialisers of a graph being written; names made unique by a counter."""

    def __init__(self, weights: dict[str, np.ndarray], eps: float) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.weights = weights
        self.eps = eps
        self.inits: list[Any] = []
        self.nodes: list[Any] = []
        self.count = 0

    def const(self, name: str, value: np.ndarray) -> str:
        self.inits.append(self.numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], **attrs: Any) -> str:
        self.count += 1
        out = f"{op.lower()}_{self.count}"
        self.nodes.append(self.helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def f32(self, name: str) -> np.ndarray:
        return np.asarray(self.weights[name], dtype=np.float32)

    def linear(self, x: str, w: str, b: str) -> str:
        """``x @ W + b``; ``w`` names a weight stored ``(in, out)``, the layout dynamic quantisation reads."""
        return self.node("Add", [self.node("MatMul", [x, self.const(f"{w}.W", self.f32(w))]), self.const(f"{b}.b", self.f32(b))])

    def layer_norm(self, x: str, g: str, b: str) -> str:
        return self.node("LayerNormalization", [x, self.const(f"{g}.g", self.f32(g)), self.const(f"{b}.b", self.f32(b))],
                         axis=-1, epsilon=self.eps)

    def attention_bias(self, mask: str) -> str:
        """(B, T) 1/0 mask -> additive (B, 1, 1, T): 0 where a token is, float32 min where padding is."""
        from onnx import TensorProto

        m = self.node("Cast", [self.node("Unsqueeze", [mask, self.const("axes12", np.array([1, 2], dtype=np.int64))])],
                      to=TensorProto.FLOAT)
        return self.node("Mul", [self.node("Sub", [self.const("one_f", np.array(1.0, dtype=np.float32)), m]),
                                 self.const("neg", np.array(np.finfo(np.float32).min, dtype=np.float32))])

    def bert_layer(self, x: str, bias: str, names: dict[str, str], heads: int) -> str:
        """One post-LN BERT layer; ``names`` maps q k v o fi fo ln1 ln2 to weight-name prefixes
        (``{prefix}.w``/``.b`` style given by ``names['fmt']``)."""
        dim = self.f32(names["fmt"].format(names["q"], "w")).shape[0]
        head = dim // heads
        if "split_shape" not in {i.name for i in self.inits}:
            self.const("split_shape", np.array([0, 0, heads, head], dtype=np.int64))
            self.const("merge_shape", np.array([0, 0, dim], dtype=np.int64))
            self.const("scale", np.array(1.0 / math.sqrt(head), dtype=np.float32))
            self.const("half", np.array(0.5, dtype=np.float32))
            self.const("inv_sqrt2", np.array(1.0 / math.sqrt(2.0), dtype=np.float32))
            if "one_f" not in {i.name for i in self.inits}:
                self.const("one_f", np.array(1.0, dtype=np.float32))

        def lin(t: str, key: str) -> str:
            return self.linear(t, names["fmt"].format(names[key], "w"), names["fmt"].format(names[key], "b"))

        def norm(t: str, key: str) -> str:
            return self.layer_norm(t, names["fmt"].format(names[key], "g"), names["fmt"].format(names[key], "b"))

        q = self.node("Transpose", [self.node("Reshape", [lin(x, "q"), "split_shape"])], perm=[0, 2, 1, 3])
        k = self.node("Transpose", [self.node("Reshape", [lin(x, "k"), "split_shape"])], perm=[0, 2, 3, 1])
        v = self.node("Transpose", [self.node("Reshape", [lin(x, "v"), "split_shape"])], perm=[0, 2, 1, 3])
        scores = self.node("Add", [self.node("Mul", [self.node("MatMul", [q, k]), "scale"]), bias])
        ctx = self.node("MatMul", [self.node("Softmax", [scores], axis=-1), v])
        ctx = self.node("Reshape", [self.node("Transpose", [ctx], perm=[0, 2, 1, 3]), "merge_shape"])
        h = norm(self.node("Add", [x, lin(ctx, "o")]), "ln1")
        inner = lin(h, "fi")
        gelu = self.node("Mul", [self.node("Mul", [inner, "half"]),
                                 self.node("Add", [self.node("Erf", [self.node("Mul", [inner, "inv_sqrt2"])]), "one_f"])])
        return norm(self.node("Add", [h, lin(gelu, "fo")]), "ln2")

    def model(self, inputs: list[Any], outputs: dict[str, str], dim: int) -> Any:
        import onnx
        from onnx import TensorProto

        for name, source in outputs.items():
            self.nodes.append(self.helper.make_node("Identity", [source], [name], name=name))
        dims: list[str | int] = ["batch", "tokens", dim]
        outs = [self.helper.make_tensor_value_info(n, TensorProto.FLOAT, dims) for n in outputs]
        graph = self.helper.make_graph(self.nodes, "sayso", inputs, outs, initializer=self.inits)
        model = self.helper.make_model(graph, opset_imports=[self.helper.make_opsetid("", OPSET)], producer_name="sayso")
        model.ir_version = 8
        onnx.checker.check_model(model)
        return model


_HF_LAYER = {"fmt": "{}.{}", "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
             "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}


def _hf_weights(weights: dict[str, np.ndarray], n_layers: int) -> dict[str, np.ndarray]:
    """transformers' names -> ``{prefix}.{w|b|g}`` with matrices turned ``(in, out)``."""
    out = {}
    for i in range(n_layers):
        p = f"encoder.layer.{i}."
        for key in ("q", "k", "v", "o", "fi", "fo"):
            out[f"{p}{_HF_LAYER[key]}.w"] = weights[f"{p}{_HF_LAYER[key]}.weight"].T
            out[f"{p}{_HF_LAYER[key]}.b"] = weights[f"{p}{_HF_LAYER[key]}.bias"]
        for key in ("ln1", "ln2"):
            out[f"{p}{_HF_LAYER[key]}.g"] = weights[f"{p}{_HF_LAYER[key]}.weight"]
            out[f"{p}{_HF_LAYER[key]}.b"] = weights[f"{p}{_HF_LAYER[key]}.bias"]
    for name in ("word_embeddings", "position_embeddings", "token_type_embeddings"):
        out[name] = weights[f"embeddings.{name}.weight"]
    out["emb_ln.g"], out["emb_ln.b"] = weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
    return out


def build_graph(weights: dict[str, np.ndarray], config: dict[str, Any]) -> Any:
    """The encoder as an ``onnx.ModelProto``: (input_ids, attention_mask) -> (last, penultimate, hidden_0 ...
    hidden_{n-2}): ``hidden_i`` is the input of layer ``i`` (``hidden_0`` the embeddings), as transformers'
    ``hidden_states[i]``; the penultimate is ``hidden_{n-1}``, the last ``hidden_n``."""
    from onnx import TensorProto, helper, numpy_helper

    n_layers = int(config["num_hidden_layers"])
    g = _Graph(_hf_weights(weights, n_layers), float(config.get("layer_norm_eps", 1e-12)))
    # positions 0..T-1 of each row: a running count of ones, minus one
    ones = g.node("ConstantOfShape", [g.node("Shape", ["input_ids"])],
                  value=numpy_helper.from_array(np.array([1], dtype=np.int64)))
    positions = g.node("Sub", [g.node("CumSum", [ones, g.const("axis1", np.array(1, dtype=np.int64))]),
                               g.const("one", np.array(1, dtype=np.int64))])
    words = g.node("Gather", [g.const("word_emb", g.f32("word_embeddings")), "input_ids"], axis=0)
    pos = g.node("Gather", [g.const("pos_emb", g.f32("position_embeddings")), positions], axis=0)
    typ = g.const("type_emb0", g.f32("token_type_embeddings")[0])  # one segment: token type 0
    x = g.layer_norm(g.node("Add", [g.node("Add", [words, pos]), typ]), "emb_ln.g", "emb_ln.b")
    bias = g.attention_bias("attention_mask")
    states = [x]
    for i in range(n_layers):
        names = {**_HF_LAYER, "fmt": f"encoder.layer.{i}.{{}}.{{}}"}
        x = g.bert_layer(x, bias, names, int(config["num_attention_heads"]))
        states.append(x)
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "tokens"]) for n in ("input_ids", "attention_mask")]
    outputs = {"last": states[-1], "penultimate": states[-2], **{f"hidden_{i}": states[i] for i in range(n_layers - 1)}}
    return g.model(inputs, outputs, int(config["hidden_size"]))


def build_layer_graph(weights: dict[str, np.ndarray], *, heads: int = 12, eps: float = 1e-12,
                      prefixes: Sequence[str] = ("",)) -> Any:
    """BERT layers with ``_layer``'s weight names, one layer per prefix, run in order (``("",)``: one
    layer named ``l_q_w``...; ``("j0_", "j1_")``: two, ``j0_l_q_w``... then ``j1_l_q_w``...):
    (states, attention_mask) -> out."""
    from onnx import TensorProto, helper

    g = _Graph(weights, eps)
    dim = int(weights[f"{prefixes[0]}l_q_w"].shape[0])
    out, bias = "states", g.attention_bias("attention_mask")
    for prefix in prefixes:
        names = {"fmt": prefix + "l_{}_{}", **{k: k for k in ("q", "k", "v", "o", "fi", "fo", "ln1", "ln2")}}
        out = g.bert_layer(out, bias, names, heads)
    inputs = [helper.make_tensor_value_info("states", TensorProto.FLOAT, ["batch", "tokens", dim]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"])]
    return g.model(inputs, {"out": out}, dim)


def quantizable(model: Any) -> list[str]:
    """The MatMuls to run in int8: those with a weight matrix, except each layer's feed-forward
    output projection, whose GELU inputs int8 reads worst (measured on PolNeAR dev lines:
    token-state cosine to float32 0.994 mean, 0.981 min, against 0.990 / 0.967 with them)."""
    weighted = {i.name for i in model.graph.initializer if i.name.endswith(".W")}
    return [n.name for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in weighted
            and not re.search(r"(layer\.\d+\.output\.dense\.w|l_fo_w)\.W$", n.input[1])]


def build_model(embedder: str | os.PathLike[str], *, quantized: bool = True, folder: Path | None = None) -> Path:
    """The ONNX file for the embedder in ``embedder`` (its ``config.json`` and
    ``model.safetensors``), built into the cache folder on first use and reused after."""
    embedder = Path(embedder)
    weights_file = embedder / "model.safetensors"
    folder = folder or cache_dir()
    target = folder / f"minilm-{'int8' if quantized else 'fp32'}-{_fingerprint(weights_file, quantized)}.onnx"
    if target.exists():
        return target
    import onnx
    from safetensors.numpy import load_file

    log.info("building the MiniLM ONNX graph (%s, once) into %s", "int8" if quantized else "float32", folder)
    config = json.loads((embedder / "config.json").read_text(encoding="utf-8"))
    model = build_graph(load_file(str(weights_file)), config)
    folder.mkdir(parents=True, exist_ok=True)
    # written under a temporary name, then renamed: worker processes building at once never read half a file
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        plain = Path(tmp) / "fp32.onnx"
        onnx.save(model, str(plain))
        final = plain
        if quantized:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            final = Path(tmp) / "int8.onnx"
            # unsigned weights: u8 x u8 products are exact on every CPU (see the module's docstring)
            # the quantiser logs advice through the root logger, which would also give the root
            # logger a stderr handler: a null handler and a raised level for the call keep it quiet
            root, quiet = logging.getLogger(), logging.NullHandler()
            level = root.level
            root.addHandler(quiet)
            root.setLevel(logging.ERROR)
            try:
                quantize_dynamic(str(plain), str(final), weight_type=QuantType.QUInt8, op_types_to_quantize=["MatMul"],
                                 per_channel=True, nodes_to_quantize=quantizable(model))
            finally:
                root.removeHandler(quiet)
                root.setLevel(level)
        os.replace(final, target)
    return target


def session(model: Any, *, threads: int | None = None) -> Any:
    """An ONNX Runtime CPU session for a model (a ``ModelProto`` or a file path)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or int(os.environ.get("SAYSO_THREADS", "0"))  # 0: ORT's choice
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # shape-merge notices are not the user's concern
    # no busy-waiting between runs: sentences come one at a time with Python work between them, and
    # spinning threads burn a core each while they wait (measured on 344 PolNeAR dev sentences under
    # load: 2 threads spinning 7.3-8.0 s wall / 2.6 s CPU, not spinning 2.2-2.6 s / 1.1 s, 1 thread 3.4-3.6 s / 1.2 s)
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    source = model if isinstance(model, str | os.PathLike) else model.SerializeToString()
    return ort.InferenceSession(str(source) if isinstance(source, os.PathLike) else source, options,
                                providers=["CPUExecutionProvider"])


class LayerRunner:
    """``_layer.bert_layer_many`` (or a stack of such layers) in ONNX Runtime, float32 (the same numbers to ~1e-6, several
    times faster than numpy, no torch for the GELU): sequences batched by length, padded, masked."""

    def __init__(self, weights: dict[str, np.ndarray], *, batch_size: int = 32, prefixes: Sequence[str] = ("",)) -> None:
        """``prefixes``: one per stacked layer (``build_layer_graph``)."""
        self.session = session(build_layer_graph(weights, prefixes=prefixes))
        self.batch_size = batch_size

    def __call__(self, xs: list[np.ndarray]) -> list[np.ndarray]:
        out: list[np.ndarray] = [np.empty((0, 0), np.float32)] * len(xs)
        order = sorted(range(len(xs)), key=lambda i: len(xs[i]))
        for at in range(0, len(order), self.batch_size):
            idx = order[at:at + self.batch_size]
            width = max(1, max(len(xs[i]) for i in idx))
            states = np.zeros((len(idx), width, xs[idx[0]].shape[1]), np.float32)
            mask = np.zeros((len(idx), width), np.int64)
            for b, i in enumerate(idx):
                states[b, :len(xs[i])] = xs[i]
                mask[b, :len(xs[i])] = 1
            result = self.session.run(None, {"states": states, "attention_mask": mask})[0]
            for b, i in enumerate(idx):
                out[i] = np.ascontiguousarray(result[b, :len(xs[i])])
        return out
