"""The fine-tuned pair model of the same-claim judgement: a late cross-encoder over MiniLM.

Both statements' penultimate token states come from the shared encoder (its one pass per
text, cached); a tuned copy of MiniLM's last layer runs over the two sequences joined, so each
token attends to the other side; each side is mean-pooled and L2-normalised (u, v), and a
logistic head over [u * v, |u - v|] gives the logit. Symmetric in the two statements.

Trained by ``bench/train_pair.py`` (torch, the ``train`` extra); at run time the layer runs in
ONNX Runtime (``persuasion._onnx.LayerRunner``), no torch. Weights: ``resources/compare_pair.npz``
(float16 layer, float32 head); data card: ``resources/compare_model.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

import numpy as np

from sayso.errors import ResourceError
from sayso.persuasion._layer import LAYER_WEIGHTS

WEIGHTS_FILE = "compare_pair.npz"
META_FILE = "compare_pair.json"
FORMAT = "sayso-pair/1"


@cache
def load_weights() -> tuple[dict[str, np.ndarray], dict]:
    """(layer and head weights as float32, the training record) from the bundled files."""
    folder = resources.files("sayso.corpus.resources")
    try:
        meta = json.loads(folder.joinpath(META_FILE).read_text(encoding="utf-8"))
        with folder.joinpath(WEIGHTS_FILE).open("rb") as f, np.load(f, allow_pickle=False) as npz:
            weights = {k: np.asarray(npz[k], dtype=np.float32) for k in (*LAYER_WEIGHTS, "head_w", "head_b")}
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as e:
        raise ResourceError(f"bundled {WEIGHTS_FILE}/{META_FILE} missing or malformed ({e}): reinstall sayso "
                            "or re-run bench/train_pair.py") from e
    if meta.get("format") != FORMAT or weights["head_w"].shape != (2 * weights["l_q_w"].shape[0],):
        raise ResourceError(f"{META_FILE} is not a {FORMAT} model: re-run bench/train_pair.py")
    return weights, meta


def pool_pair(out: np.ndarray, n_a: int) -> tuple[np.ndarray, np.ndarray]:
    """The joint layer's output of one pair (a's ``n_a`` tokens, then b's) -> (u, v), each side
    mean-pooled and L2-normalised (an empty side is the zero vector)."""
    def side(x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(out.shape[1], np.float32)
        m = x.mean(0)
        return m / max(float(np.linalg.norm(m)), 1e-12)
    return side(out[:n_a]), side(out[n_a:])


class PairScorer:
    """Logits of the pair model for a query's states against many texts' states."""

    def __init__(self, runner: Callable[[list[np.ndarray]], list[np.ndarray]] | None = None) -> None:
        """``runner``: the joint layer over joined sequences (default: ONNX Runtime, float32)."""
        self.weights, self.meta = load_weights()
        if runner is None:
            from sayso.persuasion._onnx import LayerRunner

            runner = LayerRunner({k: self.weights[k] for k in LAYER_WEIGHTS}, batch_size=64)
        self._run = runner

    def logits(self, query: np.ndarray, texts: Sequence[np.ndarray]) -> np.ndarray:
        """``query`` (n, dim) penultimate states against each text's: one logit per text."""
        if not texts:
            return np.zeros(0)
        outs = self._run([np.concatenate([query, t]) for t in texts])
        uv = [pool_pair(o, len(query)) for o in outs]
        feats = np.array([np.concatenate([u * v, np.abs(u - v)]) for u, v in uv], dtype=np.float32)
        return (feats @ self.weights["head_w"] + float(self.weights["head_b"][0])).astype(np.float64)
