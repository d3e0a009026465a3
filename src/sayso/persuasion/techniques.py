"""Persuasion techniques (the 14 of SemEval-2020 Task 11 / PTC) as character spans.

The shared MiniLM encoder's penultimate token states (computed in the one forward pass
the claims stage also uses) go through the stage's own copy of MiniLM's last layer, tuned
for techniques (``_layer``, numpy); two heads over the tuned states:

1. a *tagger* (token -> "inside a technique span", linear over the tuned state and the
   sentence vector) whose runs above a threshold are the spans (gaps of a few word pieces
   bridged), widened to whole words;
2. a *classifier* naming the technique of each span: three views fused log-linearly, a
   linear head over the span's tuned states and repetition figures (``_features``), a
   logistic regression over the same figures from the frozen last layer (the claims
   stage's states) and one over the span's words.

The weights (``resources/techniques_model.npz``) and the label list, threshold and word
vocabulary (``techniques_model.json``) come from ``bench/train_techniques.py``; see
``techniques_model.md`` for the data, the method and the dev figures.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sayso._once import once
from sayso.errors import ResourceError
from sayso.persuasion._features import DIM, N_FEATURES, N_SURFACE, ArticleContext, span_features, tfidf
from sayso.persuasion._layer import LAYER_WEIGHTS, bert_layer_many
from sayso.persuasion._spans import Segment, encode_segments
from sayso.persuasion.encoder import Encoder, shared_encoder

TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
    "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
    "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
)
MODEL_NAME = "techniques_model"
# tagger outputs: inside a span, the 14 techniques, first and last token of a span (the
# last 16 are auxiliary tasks in training; inference reads the first)
N_TAG = 1 + len(TECHNIQUES) + 2
_WEIGHTS = (*LAYER_WEIGHTS, "tag_w", "tag_b", "tc_mu", "tc_sd", "tc_w", "tc_b",
            "fz_mu", "fz_sd", "fz_w", "fz_b", "tf_idf", "tf_w", "tf_b")


@dataclass(frozen=True, slots=True)
class FoundTechnique:
    """One technique span: offsets into the article text, a PTC label, a confidence in [0, 1]."""

    start: int
    end: int
    label: str
    confidence: float


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def _softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(-1, keepdims=True))
    return z / z.sum(-1, keepdims=True)


def _default_model_path() -> Path:
    return Path(str(resources.files("sayso.persuasion") / "resources" / f"{MODEL_NAME}.json"))


def load_model(model_path: str | Path | None = None) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The config and weights; ``model_path`` names the ``.json`` (the ``.npz`` sits beside it)."""
    cfg_path = Path(model_path) if model_path else _default_model_path()
    if cfg_path.suffix != ".json":
        cfg_path = cfg_path.with_suffix(".json")
    npz_path = cfg_path.with_suffix(".npz")
    hint = "retrain it with `python bench/train_techniques.py` or reinstall sayso"
    try:
        cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
        with np.load(npz_path, allow_pickle=False) as npz:
            weights = {k: np.asarray(npz[k], dtype=np.float32) for k in _WEIGHTS}
    except FileNotFoundError as e:
        raise ResourceError(f"technique model file missing: {e.filename}; {hint}") from e
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(f"technique model at {cfg_path} is malformed ({e}); {hint}") from e
    if not isinstance(cfg, dict) or tuple(cfg.get("labels", ())) != TECHNIQUES:
        raise ResourceError(f"technique model at {cfg_path} does not list the 14 PTC labels; {hint}")
    ffn = weights["l_fi_b"].shape[0]
    shapes_ok = (
        all(weights[f"l_{p}_w"].shape == (DIM, DIM) for p in "qkvo")
        and weights["l_fi_w"].shape == (DIM, ffn) and weights["l_fo_w"].shape == (ffn, DIM)
        and weights["tag_w"].shape == (2 * DIM, N_TAG)
        and weights["tc_w"].shape == (N_FEATURES, len(TECHNIQUES)) and weights["tc_mu"].shape == (N_SURFACE,)
        and weights["fz_w"].shape == (N_FEATURES, len(TECHNIQUES)) and weights["fz_mu"].shape == (N_FEATURES,)
        and weights["tf_w"].shape == (len(cfg.get("vocab", [])), len(TECHNIQUES))
    )
    if not shapes_ok:
        raise ResourceError(f"technique model at {cfg_path} has weights of the wrong shape; {hint}")
    return cfg, weights


class TechniqueTagger:
    """Finds technique spans in an article, given its sentence ranges."""

    def __init__(self, encoder: Encoder | None = None, model_path: str | None = None,
                 emit_threshold: float | None = None) -> None:
        self.config, self.weights = load_model(model_path)
        self.threshold = float(self.config["threshold"])
        # markers below this confidence are not emitted (precision first; 0 emits every span
        # the tagger finds); the model's default was chosen on PTC dev for span precision >= 0.5
        self.emit_threshold = float(self.config.get("emit_threshold", 0.0) if emit_threshold is None
                                    else emit_threshold)
        self.fusion = float(self.config["fusion"])
        self.tuned_weight = float(self.config["tuned_weight"])
        self.gap = int(self.config.get("gap", 0))
        self.vocab = {w: i for i, w in enumerate(self.config["vocab"])}
        self._encoder = encoder
        self._layer: Callable[[list[np.ndarray]], list[np.ndarray]] | None = None

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = shared_encoder()
        return self._encoder

    def find(self, text: str, sentences: Sequence[tuple[int, int]],
             emit_threshold: float | None = None) -> list[FoundTechnique]:
        """Technique spans of ``text`` at or above ``emit_threshold`` (the tagger's own by default),
        sorted by start; [] for empty text or no sentences."""
        if not text or not text.strip() or not sentences:
            return []
        segments = encode_segments(self.encoder, text, sentences)
        return self.find_in_segments(text, segments, emit_threshold)

    def find_in_segments(self, text: str, segments: Sequence[Segment],
                         emit_threshold: float | None = None) -> list[FoundTechnique]:
        """As ``find``, on segments already encoded (the bench and the trainer share them)."""
        floor = self.emit_threshold if emit_threshold is None else emit_threshold
        return [f for f in one_per_span(self.find_all(text, segments)) if f.confidence >= floor]

    def find_all(self, text: str, segments: Sequence[Segment]) -> list[FoundTechnique]:
        """Every span the token tagger finds, whatever its confidence (overlaps not resolved)."""
        ctx = ArticleContext(text)
        states = self.layer_states_many(segments)
        found = []
        for seg, st in zip(segments, states, strict=True):
            probs = self.token_probs(seg, st)
            for i, j in _runs(probs > self.threshold, self.gap):
                start, end = _widen(text, int(seg.offsets[i, 0]), int(seg.offsets[j, 1]), seg.start, seg.end)
                label_probs = self.classify(ctx, segments, start, end, states)
                k = int(label_probs.argmax())
                conf = float(probs[i:j + 1].mean()) * float(label_probs[k])
                found.append(FoundTechnique(start, end, TECHNIQUES[k], round(min(1.0, max(0.0, conf)), 4)))
        return sorted(found, key=lambda f: (f.start, f.end))

    def decode(self, text: str, seg: Segment, probs: np.ndarray, threshold: float, gap: int) -> list[tuple[int, int]]:
        """The spans (article offsets, whole words) of one segment's token probabilities."""
        return [_widen(text, int(seg.offsets[i, 0]), int(seg.offsets[j, 1]), seg.start, seg.end)
                for i, j in _runs(probs > threshold, gap)]

    def layer_states(self, seg: Segment) -> np.ndarray:
        """The segment's tokens through the stage's tuned copy of MiniLM's last layer."""
        return self.layer_states_many([seg])[0]

    def layer_states_many(self, segments: Sequence[Segment]) -> list[np.ndarray]:
        """``layer_states`` of every segment, computed together (the same numbers, faster)."""
        if any(seg.penultimate is None for seg in segments):
            raise ResourceError("the technique tagger needs the encoder's penultimate token states; "
                                "encode with sayso.persuasion.encoder.Encoder")
        if self._layer is None:
            self._layer = _layer_runner(self.weights)
        return self._layer([seg.penultimate for seg in segments])

    def token_probs(self, seg: Segment, states: np.ndarray | None = None) -> np.ndarray:
        """P(token inside a technique span) for each token of the segment."""
        w = self.weights
        h = self.layer_states(seg) if states is None else states
        z = np.concatenate([h, np.broadcast_to(seg.pooled, h.shape)], axis=1)
        return _sigmoid(z @ w["tag_w"][:, 0] + w["tag_b"][0])

    def classify(self, ctx: ArticleContext, segments: Sequence[Segment], start: int, end: int,
                 states: Sequence[np.ndarray] | None = None) -> np.ndarray:
        """The probability of each of the 14 techniques for the span [start, end); ``states``:
        the segments' tuned layer states when the caller has them already."""
        w = self.weights
        if states is None:
            states = [self.layer_states(seg) if seg.end > start and seg.start < end else seg.tokens for seg in segments]
        tuned = span_features(ctx, segments, start, end, states)
        tuned[-N_SURFACE:] = (tuned[-N_SURFACE:] - w["tc_mu"]) / w["tc_sd"]
        p_tuned = _softmax(tuned @ w["tc_w"] + w["tc_b"])
        frozen = (span_features(ctx, segments, start, end) - w["fz_mu"]) / w["fz_sd"]
        p_frozen = _softmax(frozen @ w["fz_w"] + w["fz_b"])
        p_words = _softmax(tfidf(ctx.text[start:end], self.vocab, w["tf_idf"]) @ w["tf_w"] + w["tf_b"])
        fused = (np.log(p_frozen + 1e-9) + self.tuned_weight * np.log(p_tuned + 1e-9)
                 + self.fusion * np.log(p_words + 1e-9))
        return _softmax(fused)


def one_per_span(found: Sequence[FoundTechnique]) -> list[FoundTechnique]:
    """One marker per stretch of text: of markers whose spans overlap, the most confident
    (the first on a tie); sorted by start."""
    kept: list[FoundTechnique] = []
    for f in sorted(found, key=lambda f: (-f.confidence, f.start, f.end)):
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


def _layer_runner(weights: dict[str, np.ndarray]) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    """The tuned layer in ONNX Runtime where it is installed (the persuasion extra), else numpy."""
    try:
        from sayso.persuasion._onnx import LayerRunner

        return LayerRunner(weights)
    except ImportError:
        return lambda xs: bert_layer_many(xs, weights)


def _runs(on: np.ndarray, gap: int = 0) -> list[tuple[int, int]]:
    """Inclusive index ranges of the True runs of ``on``, bridging gaps of up to ``gap`` tokens
    (one word piece under the threshold inside a phrase should not split the phrase)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(on)
    while i < n:
        if on[i]:
            j = i
            while j + 1 < n and on[j + 1]:
                j += 1
            if out and i - out[-1][1] - 1 <= gap:
                out[-1] = (out[-1][0], j)
            else:
                out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _widen(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen [start, end) to whole words (a run may begin or end inside a word piece), then
    tidy its edges (``tidy_edges``)."""
    while start > lo and text[start - 1].isalnum():
        start -= 1
    while end < hi and text[end].isalnum():
        end += 1
    return tidy_edges(text, start, end, lo, hi)


_LEADING_JUNK = " ,;:–—-)]”’"
_TRAILING_JUNK = " ,;:–—-([“‘"
_QUOTE_REACH = 60  # characters to look ahead for the closing quote of an opened one


def tidy_edges(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The span's edges as a reader expects them (PTC dev: these were the tagger's most common
    fixable boundary errors; the most common errors overall are whole words, see techniques_model.md):
    no leading closer or clause punctuation ('– utterly disingenuous'), no trailing opener
    ('devout (“extremist'), and an opened quotation carried to its closing mark
    ('Infowars as "conspiracy theorists' -> '... theorists"') when it closes within the sentence."""
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1] in _TRAILING_JUNK:
        end -= 1
    span = text[start:end]
    closer = "”" if span.count("“") > span.count("”") else '"' if _opens_straight(text, start, end) else None
    if closer is not None:
        k = text.find(closer, end, min(hi, end + _QUOTE_REACH))
        if k >= 0:
            end = k + 1
    return start, end


def _opens_straight(text: str, start: int, end: int) -> bool:
    """An odd number of straight quotes in [start, end), the last one opening (after a space or
    at the start): 'as "conspiracy theorists', not 'theorists" said'."""
    q = text.rfind('"', start, end)
    return text.count('"', start, end) % 2 == 1 and (q == start or text[q - 1].isspace() or text[q - 1] in "([")


_tagger = once(TechniqueTagger)


def load_technique_tagger() -> TechniqueTagger:
    """The process-wide tagger over the shared encoder and the bundled model."""
    return _tagger()
