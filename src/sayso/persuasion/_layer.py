"""One BERT layer (self-attention + feed-forward, post-LayerNorm) in numpy.

The technique stage runs its own tuned copy of MiniLM's last layer over the penultimate
token states that the shared encoder already computed, so techniques get task-specific
states without a second pass through the transformer. Weights are stored ``x @ W`` style
(``(in, out)``); names as in ``LAYER_WEIGHTS``.
"""

from __future__ import annotations

import functools
import math

import numpy as np

HEADS = 12
EPS = 1e-12
LAYER_WEIGHTS = ("l_q_w", "l_q_b", "l_k_w", "l_k_b", "l_v_w", "l_v_b", "l_o_w", "l_o_b", "l_ln1_g", "l_ln1_b",
                 "l_fi_w", "l_fi_b", "l_fo_w", "l_fo_b", "l_ln2_g", "l_ln2_b")


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * gain + bias  # var is float32, EPS a python float


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): exact GELU without scipy
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU: torch's kernel where torch is installed (it is wherever the encoder
    runs; ~8x faster than the polynomial on 1,536-wide activations), else numpy."""
    torch = _torch()
    if torch is not None:
        return torch.nn.functional.gelu(torch.from_numpy(np.ascontiguousarray(x))).numpy()
    return 0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))


@functools.cache
def _torch():  # noqa: ANN202
    try:
        import torch
    except ImportError:
        return None
    return torch


def bert_layer(x: np.ndarray, w: dict[str, np.ndarray]) -> np.ndarray:
    """(n, dim) states of one sequence (no padding) through the layer."""
    return bert_layer_many([x], w)[0]


def bert_layer_many(xs: list[np.ndarray], w: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Many sequences (no padding) through the layer at once: the token-wise parts
    (projections, feed-forward, LayerNorms) run on all tokens stacked, attention per
    sequence, so the per-call overhead is paid once per article, not once per sentence."""
    if not xs:
        return []
    sizes = [len(x) for x in xs]
    x = np.concatenate(xs, axis=0)
    dim = x.shape[1]
    head = dim // HEADS
    q, k, v = (x @ w[f"l_{p}_w"] + w[f"l_{p}_b"] for p in "qkv")
    ctx = np.empty_like(x)
    at = 0
    for n in sizes:
        sl = slice(at, at + n)
        qs, ks, vs = (t[sl].reshape(n, HEADS, head).transpose(1, 0, 2) for t in (q, k, v))
        # python floats, not numpy scalars: a float64 scalar would turn the float32 states into float64
        scores = qs @ ks.transpose(0, 2, 1) * (1.0 / math.sqrt(head))
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        att = scores / scores.sum(-1, keepdims=True)
        ctx[sl] = (att @ vs).transpose(1, 0, 2).reshape(n, dim)
        at += n
    h = _layer_norm(x + ctx @ w["l_o_w"] + w["l_o_b"], w["l_ln1_g"], w["l_ln1_b"])
    f = gelu(h @ w["l_fi_w"] + w["l_fi_b"]) @ w["l_fo_w"] + w["l_fo_b"]
    out = _layer_norm(h + f, w["l_ln2_g"], w["l_ln2_b"]).astype(np.float32)
    return np.split(out, np.cumsum(sizes)[:-1])
