"""Check-worthy claims: a score in [0, 1] per sentence that states a checkable fact.

The scorer reads the shared MiniLM encoding of each sentence (so the techniques stage and
this one pay for one forward pass) and puts a small head, run in numpy, on features drawn
from it (the pooled sentence vector, the mean and max of the last-layer token states) and
13 surface cues of the text (figures, years, money, first person, stance words...).
The head is a logistic regression (or a small MLP) trained by ``bench/train_claims.py`` on
CheckThat! 2024 English; its output is Platt-calibrated, so a score reads as the
probability that an annotator would call the sentence check-worthy. The decision threshold
chosen on the dev split lives in the model's JSON config beside the ``.npz`` weights.

Sentences are the ranges the caller gives (spaCy's), cut again at line breaks (a headline
is not the first sentence's subject) and trimmed of whitespace, the way the techniques
stage cuts them, so both stages encode the same strings and share the encoder's cache (a line
longer than that stage's window is scored on its first window, the string both encode).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sayso._once import once
from sayso.errors import ResourceError
from sayso.persuasion._layer import LAYER_WEIGHTS
from sayso.persuasion._spans import first_window
from sayso.persuasion.encoder import DIM

if TYPE_CHECKING:
    from sayso.persuasion.encoder import Encoded, Encoder

MODEL_NAME = "claims_model"
FORMAT = "sayso.claims/1"
FEATURES = ("pooled", "mean", "max", "lexical")
# "tuned_*": the mean and max of the token states through the head's own tuned copy of MiniLM's
# last layer, run on the penultimate states the shared pass already computed (no second pass)
TUNED = ("tuned_mean", "tuned_max")
FEATURE_SIZES = {"pooled": DIM, "mean": DIM, "max": DIM, "lexical": 13, "tuned_mean": DIM, "tuned_max": DIM}
# the cue words of the "lexical" block; the model's config carries its own copy
LEXICON: dict[str, tuple[str, ...]] = {
    "first_person": ("i", "me", "my", "mine", "i'm", "i've", "i'd", "i'll"),
    "we": ("we", "our", "us", "ours", "we're", "we've", "we'll"),
    "stance": ("think", "believe", "feel", "hope", "want", "should", "must", "need", "going", "will", "would", "can"),
    "comparative": ("more", "less", "most", "least", "than", "fewer", "higher", "lower"),
    "money": ("dollars", "billion", "million", "trillion"),
}

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class FoundClaim:
    """A check-worthy sentence: its whitespace-trimmed range in the article and its score."""

    start: int
    end: int
    score: float


def lexical_features(sentence: str, lexicon: Mapping[str, Collection[str]] | None = None) -> np.ndarray:
    """Cheap surface cues of a checkable fact (figures, years, money, names) or of an opinion
    (first person, stance verbs and modals, questions): 13 numbers."""
    lex = lexicon or LEXICON
    words = [w.replace("’", "'") for w in _WORD.findall(sentence)]
    lower = [w.lower() for w in words]
    n = max(1, len(words))
    numbers = len(_NUMBER.findall(sentence))
    names = sum(1 for w in words[1:] if w[0].isupper())

    def share(key: str) -> float:
        return sum(w in lex[key] for w in lower) / n

    return np.array([
        np.log1p(len(words)), min(numbers, 5), float(numbers > 0),
        float("%" in sentence or "percent" in lower), float("$" in sentence or any(w in lex["money"] for w in lower)),
        np.log1p(names), share("first_person"), share("we"), share("stance"),
        float("?" in sentence), float("!" in sentence), float(bool(_YEAR.search(sentence))), share("comparative"),
    ], dtype=np.float32)


def sentence_features(encoded: Encoded, features: Sequence[str] = FEATURES,
                      lexicon: Mapping[str, Collection[str]] | None = None, tuned: np.ndarray | None = None) -> np.ndarray:
    """The head's input for one encoded sentence: the named blocks, concatenated; ``tuned``: its
    token states through the head's tuned layer (the "tuned_*" blocks read them)."""
    tokens = encoded.tokens
    if len(tokens) == 0:  # nothing the tokenizer kept: no signal, not an error
        tokens = np.zeros((1, encoded.pooled.shape[0]), dtype=np.float32)
    if tuned is None or len(tuned) == 0:
        tuned = np.zeros((1, encoded.pooled.shape[0]), dtype=np.float32)
    blocks = {"pooled": lambda: encoded.pooled, "mean": lambda: tokens.mean(0), "max": lambda: tokens.max(0),
              "lexical": lambda: lexical_features(encoded.text, lexicon),
              "tuned_mean": lambda: tuned.mean(0), "tuned_max": lambda: tuned.max(0)}
    try:
        return np.concatenate([blocks[name]() for name in features]).astype(np.float32)
    except KeyError as e:
        raise ResourceError(f"claims model asks for an unknown feature {e}; known: {', '.join(blocks)}") from e


# a sentence whose main verb is a denial ("The ministry denied that ...", "Whitfield rejected the
# complaint."): the denial is news, not a checkable fact; what was denied (the that-clause) is
_DENIAL = re.compile(
    r"^[^,;:“\"]{0,100}?\b(?:deni(?:ed|es)|deny(?:ing)?|reject(?:ed|s|ing)?|"
    r"refut(?:ed|es|ing)|rebuff(?:ed|s)?|disput(?:ed|es))\b"
    r"(?:\s+(?:the|these|those|such|any|all|an?|its|their|his|her)?\s*"
    r"(?:claims?|allegations?|accusations?|reports?|charges?|complaints?|suggestions?|assertions?)\b)?"
    r"(?P<that>\s*,?\s*that\b(?!\s*[,.;])\s*)?",
    re.IGNORECASE,
)
# "He declined to say when Disney might change its strategy": a refusal to say states nothing
_DECLINED = re.compile(
    r"^[^,;:“\"]{0,100}?\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+to\s+"
    r"(?:say|comment|discuss|elaborate|specify|confirm|disclose|answer|reveal|speculate)\b|"
    r"^[^,;:“\"]{0,100}?\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+(?:comment|to\s+be\s+drawn)\b",
    re.IGNORECASE,
)
_CLOSERS = "\"'”’)]» "
_ASKED = re.compile(r"\bask(?:s|ed|ing)?\b|\bwonder(?:s|ed)?\b", re.IGNORECASE)


def is_question(sentence: str) -> bool:
    """A sentence that asks (ends with a question mark, quotes and brackets aside) or reports a
    question ("“Who did it?” he asked."): never a claim."""
    return sentence.rstrip(_CLOSERS).endswith("?") or ("?" in sentence and bool(_ASKED.search(sentence)))


def claim_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The checkable part of the sentence ``text[start:end]``: the sentence itself, the content
    of a denial it only reports ("X denied that CONTENT."), or None for a question, a denial
    with no content of its own ("X rejected the complaint.", "X denied using ...") or a refusal
    to say ("X declined to say when ...")."""
    sentence = text[start:end]
    if is_question(sentence) or _DECLINED.match(sentence):
        return None
    m = _DENIAL.match(sentence)
    if m is None:
        return start, end
    if m.group("that") is None:
        return None
    s, e = start + m.end(), end
    while e > s and text[e - 1] in ".!;" + _CLOSERS:
        e -= 1
    return (s, e) if scorable(text[s:e]) else None


def scorable(sentence: str, *, min_words: int = 3) -> bool:
    """Worth scoring: holds a letter and at least ``min_words`` words (skips '2.', 'Thanks.')."""
    return bool(_LETTER.search(sentence)) and len(_WORD.findall(sentence)) >= min_words


def split_lines(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges cut at line breaks and trimmed of whitespace, empty ones dropped, sorted."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in sorted(sentences):
        s, e = max(0, int(s)), min(n, int(e))
        for m in re.finditer(r"[^\n\r]+", text[s:e]):
            piece = m.group()
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right > left:
                out.append((s + m.start() + left, s + m.start() + right))
    return out


class _Head:
    """Standardise, then dense layers (ReLU between), then Platt scaling, in numpy."""

    def __init__(self, weights: dict[str, np.ndarray], calibration: dict[str, float]) -> None:
        self.center = weights["center"]
        self.scale = weights["scale"]
        self.layers = []
        i = 0
        while f"W{i}" in weights:
            self.layers.append((weights[f"W{i}"], weights[f"b{i}"]))
            i += 1
        sizes = [self.center.shape[0], self.scale.shape[0]] + [n for w, b in self.layers for n in (w.shape[0], b.shape[0])]
        chained = all(self.layers[k][0].shape[1] == sizes[2 * k + 3] for k in range(len(self.layers) - 1))
        if not self.layers or sizes[0] != sizes[1] or sizes[0] != sizes[2] or not chained or self.layers[-1][0].shape[1] != 1:
            raise ValueError("layer shapes do not chain from the feature size to one logit")
        self.a = float(calibration["a"])
        self.b = float(calibration["b"])

    def __call__(self, x: np.ndarray) -> np.ndarray:
        h = (x - self.center) / self.scale
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        z = self.a * h[:, 0] + self.b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))


def _model_files(model_path: str | None) -> tuple[Path | Any, Path | Any]:
    """The config and the weights: ``model_path`` (either file, or their stem), else the bundled pair."""
    if model_path is None:
        folder = resources.files("sayso.persuasion").joinpath("resources")
        return folder.joinpath(MODEL_NAME + ".json"), folder.joinpath(MODEL_NAME + ".npz")
    stem = Path(model_path)
    if stem.suffix in (".json", ".npz"):
        stem = stem.with_suffix("")
    return stem.with_suffix(".json"), stem.with_suffix(".npz")


class ClaimScorer:
    """Scores sentences for check-worthiness and finds those at or above the threshold."""

    threshold: float

    def __init__(self, encoder: Encoder | None = None, model_path: str | None = None) -> None:
        config_file, weights_file = _model_files(model_path)
        try:
            self.config = json.loads(config_file.read_text(encoding="utf-8"))
            with weights_file.open("rb") as f, np.load(f, allow_pickle=False) as npz:
                weights = {k: npz[k].astype(np.float32) for k in npz.files}
            if self.config.get("format") != FORMAT:
                raise ValueError(f"format {self.config.get('format')!r}, expected {FORMAT!r}")
            self.features = tuple(self.config["features"])
            self.lexicon = {k: frozenset(v) for k, v in self.config.get("lexicon", LEXICON).items()}
            if "lexical" in self.features and set(self.lexicon) != set(LEXICON):
                raise ValueError(f"lexicon keys {sorted(self.lexicon)}, expected {sorted(LEXICON)}")
            self.threshold = float(self.config["threshold"])
            self.min_words = int(self.config.get("min_words", 3))
            self._head = _Head(weights, self.config["calibration"])
            self._layer_weights = None
            if any(f in TUNED for f in self.features):
                missing = [k for k in LAYER_WEIGHTS if k not in weights]
                if missing:
                    raise ValueError(f"the tuned features need the layer's weights; missing {missing}")
                self._layer_weights = {k: weights[k] for k in LAYER_WEIGHTS}
            self._layer: Callable[[list[np.ndarray]], list[np.ndarray]] | None = None
            unknown = [f for f in self.features if f not in FEATURE_SIZES]
            if unknown:
                raise ValueError(f"unknown features {unknown}; known: {', '.join(FEATURE_SIZES)}")
            size = sum(FEATURE_SIZES[f] for f in self.features)
            if size != self._head.center.shape[0]:
                raise ValueError(f"features {list(self.features)} make {size} numbers, the weights expect {self._head.center.shape[0]}")
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ResourceError(
                f"the claims model ({config_file}, {weights_file}) is missing or malformed: {e}; "
                "reinstall sayso or retrain it with bench/train_claims.py"
            ) from e
        self.version = str(self.config.get("version", "1"))
        self._encoder = encoder

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:  # ONNX Runtime loads here, on first use, not at import
            from sayso.persuasion.encoder import shared_encoder

            self._encoder = shared_encoder()
        return self._encoder

    def score_sentences(self, sentences: Sequence[str]) -> list[float]:
        """One check-worthiness score in [0, 1] per sentence, in order."""
        if not sentences:
            return []
        encoded = self.encoder.encode(list(sentences))
        tuned: list[np.ndarray | None] = [None] * len(encoded)
        if self._layer_weights is not None:
            tuned = list(self.tuned_states(encoded))
        x = np.stack([sentence_features(enc, self.features, self.lexicon, t) for enc, t in zip(encoded, tuned, strict=True)])
        return [float(p) for p in self._head(x)]

    def tuned_states(self, encoded: Sequence[Encoded]) -> list[np.ndarray]:
        """Each sentence's penultimate token states through the head's tuned last layer."""
        if self._layer_weights is None:
            raise ResourceError("this claims model has no tuned layer")
        if any(enc.penultimate is None for enc in encoded):
            raise ResourceError("the claims model's tuned layer needs the encoder's penultimate token states")
        if self._layer is None:
            from sayso.persuasion.techniques import _layer_runner

            self._layer = _layer_runner(self._layer_weights)
        # a sentence the tokenizer kept nothing of: one zero state, as the features read it
        xs = [enc.penultimate if len(enc.penultimate) else np.zeros((1, DIM), np.float32) for enc in encoded]  # type: ignore[arg-type]
        return self._layer(xs)

    def find(self, text: str, sentences: Sequence[tuple[int, int]], *, threshold: float | None = None) -> list[FoundClaim]:
        """The sentences of ``text`` scoring at least ``threshold`` (the model's by default), by start.

        A question is never a claim; a sentence that only reports a denial is scored as what was
        denied, or dropped when it names nothing (``claim_range``); the claim is still the whole
        sentence ("Moscow denied that its forces fired 40 rockets."), never the denied clause alone,
        which would read as the denier's own statement."""
        cut = threshold if threshold is not None else self.threshold
        lines = [r for r in split_lines(text, sentences) if scorable(text[r[0]:r[1]], min_words=self.min_words)]
        pairs = [(r, c) for r, c in ((r, claim_range(text, *r)) for r in lines) if c is not None]
        # a line longer than the techniques stage's window is read through its first window, the
        # string that stage encodes too (the encoder truncated it at about that length anyway)
        scores = self.score_sentences([text[s:first_window(text, s, e)] for _, (s, e) in pairs])
        return [FoundClaim(s, e, p) for ((s, e), _), p in zip(pairs, scores, strict=True) if p >= cut]


_scorer = once(ClaimScorer)


def load_claim_scorer() -> ClaimScorer:
    """The bundled claim scorer on the shared encoder, loaded once per process."""
    return _scorer()
