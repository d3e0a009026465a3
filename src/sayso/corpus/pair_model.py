"""The fine-tuned pair model of the same-claim judgement: a late cross-encoder over MiniLM.

Each statement's token states at the input of MiniLM's layer ``6 - K`` come from the shared
encoder (its one pass per text, cached; ``Encoded.hidden``); tuned copies of MiniLM's last ``K``
layers run over the two sequences joined, so each token attends to the other side; each side is
mean-pooled and L2-normalised (u, v), and a logistic head over [u * v, |u - v|] gives the logit.
Symmetric in the two statements by construction: each side's positions come from its own pass,
the join adds no segment or position information, and the head is symmetric, so
``logit(a, b) == logit(b, a)`` up to float rounding and one pass serves both orders.

Trained by ``bench/train_pair.py`` (torch, the ``train`` extra); at run time the layers run in
ONNX Runtime (``persuasion._onnx.LayerRunner``), no torch. Weights: ``resources/compare_pair.npz``
(float16 layers, float32 head); its record ``compare_pair.json`` names the format, ``K`` and the
encoder the model was trained on, all checked at load; data card: ``resources/compare_model.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from sayso.errors import ResourceError
from sayso.persuasion._layer import LAYER_WEIGHTS

WEIGHTS_FILE = "compare_pair.npz"
META_FILE = "compare_pair.json"
FORMAT = "sayso-pair/2"  # 2: K joint layers (``j{j}_`` names), the encoder recorded
_RETRAIN = "reinstall sayso or re-run bench/train_pair.py"


def layer_names(joint: int) -> list[str]:
    """The weight names of ``joint`` stacked layers: ``j{j}_`` + ``_layer.LAYER_WEIGHTS``."""
    return [f"j{j}_{k}" for j in range(joint) for k in LAYER_WEIGHTS]


def parse(meta: dict, npz: dict[str, np.ndarray]) -> tuple[dict[str, np.ndarray], int]:
    """(weights as float32, K) from a record and its arrays, or a ResourceError saying what is wrong."""
    if meta.get("format") != FORMAT:
        raise ResourceError(f"{META_FILE} is a {meta.get('format')!r} model, not {FORMAT!r}: {_RETRAIN}")
    joint, first, enc = meta.get("joint_layers"), meta.get("input_layer"), meta.get("encoder")
    if not isinstance(joint, int) or not isinstance(enc, dict) or not isinstance(enc.get("num_hidden_layers"), int) \
            or not 1 <= joint <= enc["num_hidden_layers"] or first != enc["num_hidden_layers"] - joint:
        raise ResourceError(f"{META_FILE}: joint_layers/input_layer/encoder missing or inconsistent: {_RETRAIN}")
    expected = {*layer_names(joint), "head_w", "head_b"}
    if set(npz) != expected:  # the K recorded is the K that runs: no layer more, none less
        extra, missing = sorted(set(npz) - expected)[:3], sorted(expected - set(npz))[:3]
        raise ResourceError(f"{WEIGHTS_FILE} does not hold the {joint} joint layers its record names "
                            f"(extra {extra}, missing {missing}): {_RETRAIN}")
    weights = {k: np.asarray(v, dtype=np.float32) for k, v in npz.items()}
    dim = weights["j0_l_q_w"].shape[0]
    if dim != enc.get("hidden_size") or weights["head_w"].shape != (2 * dim,) or weights["head_b"].shape != (1,):
        raise ResourceError(f"{WEIGHTS_FILE}: the layers or the head do not have the recorded width: {_RETRAIN}")
    return weights, joint


@cache
def load_weights(path: str | None = None) -> tuple[dict[str, np.ndarray], dict]:
    """(joint layers and head as float32, the training record) from the bundled files (``path``: from
    that folder instead, e.g. a trainer's ``--out``)."""
    folder = Path(path) if path is not None else resources.files("sayso.corpus.resources")
    try:
        meta = json.loads(folder.joinpath(META_FILE).read_text(encoding="utf-8"))
        with folder.joinpath(WEIGHTS_FILE).open("rb") as f, np.load(f, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (OSError, ValueError, json.JSONDecodeError) as e:
        raise ResourceError(f"bundled {WEIGHTS_FILE}/{META_FILE} missing or malformed ({e}): {_RETRAIN}") from e
    if not isinstance(meta, dict):
        raise ResourceError(f"{META_FILE} is not a JSON object: {_RETRAIN}")
    return parse(meta, arrays)[0], meta


def encoder_fingerprint(embedder: str | os.PathLike[str]) -> str:
    """sha256 of the embedder's ``model.safetensors`` (~0.1 s for MiniLM's 91 MB; once per process)."""
    return _fingerprint(str(Path(embedder) / "model.safetensors"))


@cache
def _fingerprint(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_encoder(meta: dict, embedder: str | os.PathLike[str]) -> None:
    """A ResourceError unless ``embedder`` (a model folder) is the encoder the pair model was trained on:
    its joint layers read that encoder's states, another one's would give meaningless logits."""
    want = meta["encoder"]
    try:
        config = json.loads((Path(embedder) / "config.json").read_text(encoding="utf-8"))
        got = {"num_hidden_layers": config.get("num_hidden_layers"), "hidden_size": config.get("hidden_size"),
               "weights_sha256": encoder_fingerprint(embedder)}
    except (OSError, ValueError) as e:
        raise ResourceError(f"cannot read the sentence embedder in {embedder} to check it against {META_FILE}: {e}") from e
    differ = [k for k, v in got.items() if want.get(k) != v]
    if differ:
        raise ResourceError(f"the pair model was trained on another sentence encoder than {embedder} "
                            f"({', '.join(differ)} differ): use the bundled embedder or re-run bench/train_pair.py")


def pool_pair(out: np.ndarray, n_a: int) -> tuple[np.ndarray, np.ndarray]:
    """The joint layers' output of one pair (a's ``n_a`` tokens, then b's) -> (u, v), each side
    mean-pooled and L2-normalised (an empty side is the zero vector)."""
    def side(x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(out.shape[1], np.float32)
        m = x.mean(0)
        return m / max(float(np.linalg.norm(m)), 1e-12)
    return side(out[:n_a]), side(out[n_a:])


class PairScorer:
    """Logits of the pair model for a query's states against many texts' states."""

    def __init__(self, embedder: str | os.PathLike[str] | None = None,
                 runner: Callable[[list[np.ndarray]], list[np.ndarray]] | None = None, *, weights: str | None = None) -> None:
        """``embedder``: the model folder whose states will be fed (checked against the record; None: not
        checked, the caller vouches). ``runner``: the joint layers over joined sequences (default: ONNX
        Runtime, float32). ``weights``: a folder with the two files instead of the bundled ones."""
        self.weights, self.meta = load_weights(weights)
        if embedder is not None:
            check_encoder(self.meta, embedder)
        self.joint = int(self.meta["joint_layers"])
        self.input_layer = int(self.meta["input_layer"])  # ``Encoded.hidden`` key the states come from
        if runner is None:
            from sayso.persuasion._onnx import LayerRunner

            runner = LayerRunner({k: self.weights[k] for k in layer_names(self.joint)}, batch_size=64,
                                 prefixes=[f"j{j}_" for j in range(self.joint)])
        self._run = runner

    def logits(self, query: np.ndarray, texts: Sequence[np.ndarray]) -> np.ndarray:
        """``query`` (n, dim) input states of the joint layers against each text's: one logit per text."""
        if not texts:
            return np.zeros(0)
        outs = self._run([np.concatenate([query, t]) for t in texts])
        uv = [pool_pair(o, len(query)) for o in outs]
        feats = np.array([np.concatenate([u * v, np.abs(u - v)]) for u, v in uv], dtype=np.float32)
        return (feats @ self.weights["head_w"] + float(self.weights["head_b"][0])).astype(np.float64)
