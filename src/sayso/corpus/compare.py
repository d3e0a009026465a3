"""Do two statements say the same thing? ``compare_claims(a, b) -> ClaimMatch``.

A trained judgement (``bench/train_compare.py``, MSR Paraphrase train; data card in
``resources/compare_model.md``): logistic regression over lexical features (token, character
and n-gram overlap, length ratio, number / negation / hedge / capitalised-word mismatch) and,
where the ``persuasion`` extra is installed, the bundled MiniLM's sentence cosine, a greedy
token alignment and the logit of a fine-tuned late cross-encoder (``pair_model``: MiniLM's last
layers run over both statements joined; trainer
``bench/train_pair.py``). Without that extra a lexical-only model trained the same way is
used; it is weaker (see the data card) and ``ClaimComparer.mode`` says which one is in use
(``pair``, ``full`` without the pair weights, ``lexical``).

The model gives ``score``, the likelihood that both state the same claim. The relation:

- ``verbatim``: the same words (case and punctuation aside), or one is a contiguous excerpt of
  at least ``EXCERPT_MIN`` words of the other making up at least half of it;
- ``different`` when one denies what the other states (negation parity differs, cues as
  ``relation_rules.denies`` counts them), however alike the words: a denial is not the same
  claim (``changes`` says "negated");
- ``mutation`` when the model says same claim but a figure changed far from every figure of its
  kind on the other side (40 -> 400 killed; ``relation_rules.figures_far_apart``), or when the score is below the paraphrase
  threshold but the pair still shares most of its words and scores above ``mutation_threshold``;
- ``paraphrase`` when the score reaches the threshold tuned on MSR train (cross-validated); a
  near figure (40 -> 41) or a hedge added or dropped is named in ``changes`` but stays a
  paraphrase, as MSR's annotators judge such news pairs (``build_trace`` turns any named change
  into a ``mutation`` step, so a trace still shows it);
- ``different`` otherwise.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from sayso._once import once
from sayso.corpus import claim_features as cf
from sayso.corpus.relation_rules import denies, figures_far_apart
from sayso.corpus.types import ClaimMatch
from sayso.errors import ResourceError, SaysoError

log = logging.getLogger(__name__)

EXCERPT_MIN = 8
MODEL_FILE = "compare_model.json"


@dataclass(frozen=True)
class PairModel:
    """Standardise, then logistic regression: weights as trained, features by name."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    mutation_threshold: float

    def prob(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _pair_model(data: dict, expected: tuple[str, ...], *, subset: bool = False) -> PairModel:
    """``subset``: the model may use any of ``expected`` (in that order), as the trainer chose."""
    try:
        model = PairModel(tuple(data["features"]), np.asarray(data["mean"], dtype=np.float64),
                          np.asarray(data["scale"], dtype=np.float64), np.asarray(data["coef"], dtype=np.float64),
                          float(data["intercept"]), float(data["threshold"]), float(data["mutation_threshold"]))
    except (KeyError, TypeError, ValueError) as e:
        raise ResourceError(f"{MODEL_FILE} is malformed ({e}): reinstall sayso or re-run bench/train_compare.py") from e
    known = tuple(f for f in expected if f in model.features) if subset else expected
    if model.features != known or not (len(model.mean) == len(model.scale) == len(model.coef) == len(known)):
        raise ResourceError(f"{MODEL_FILE} was trained on other features than sayso computes: re-run bench/train_compare.py")
    return model


@cache
def load_models() -> dict[str, PairModel]:
    """``{"pair": ..., "full": ..., "lexical": ...}`` from the bundled weights (``pair`` only when trained)."""
    try:
        data = json.loads(resources.files("sayso.corpus.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ResourceError(f"bundled {MODEL_FILE} is missing or not JSON ({e}): reinstall sayso") from e
    models = {"full": _pair_model(data.get("full", {}), cf.LEXICAL + cf.EMBEDDING),
              "lexical": _pair_model(data.get("lexical", {}), cf.LEXICAL)}
    if "pair" in data:
        models["pair"] = _pair_model(data["pair"], cf.LEXICAL + cf.EMBEDDING + cf.PAIR, subset=True)
        if "pair_logit" not in models["pair"].features:
            raise ResourceError(f"{MODEL_FILE}: the pair model does not read the pair logit: re-run bench/train_compare.py")
    return models


def columns(model: PairModel) -> list[int]:
    """Where ``model``'s features sit in a row of every feature (``LEXICAL + EMBEDDING + PAIR``, as far as computed)."""
    every = cf.LEXICAL + cf.EMBEDDING + cf.PAIR
    return [every.index(f) for f in model.features]


def _contains(long: cf.Text, short: cf.Text) -> bool:
    """Whether ``short``'s words appear contiguously in ``long`` (a cheap vocabulary check first)."""
    if any((w,) not in long.grams[0] for w in short.tokens):
        return False
    long, short = long.tokens, short.tokens
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def changes_between(a: cf.Text, b: cf.Text) -> tuple[str, ...]:
    """What changed from ``a`` to ``b``, by name: numbers, negation, hedges, names."""
    out = []
    if a.numbers != b.numbers:
        # changed: each side has a figure the other lacks ("40" -> "41"); a figure only added
        # ("rose $1.75" -> "rose $1.75, or 2.11 percent") or dropped is detail, not a new claim
        if a.numbers - b.numbers and b.numbers - a.numbers:
            out.append("number changed")
        else:
            out.append("number added" if b.numbers - a.numbers else "number dropped")
    if denies(a, b):
        out.append("negated")
    if bool(a.hedges) != bool(b.hedges):
        out.append("hedge added" if b.hedges else "hedge dropped")
    new_names = {c for c in b.capitals if c not in a.tokens}
    lost_names = {c for c in a.capitals if c not in b.tokens}
    if new_names and lost_names:
        out.append("name changed")
    return tuple(out)


def decide(a: cf.Text, b: cf.Text, score: float, model: PairModel, containment: float) -> ClaimMatch:
    """The relation from a pair's parse and its model score (pure; see the module docstring)."""
    if not a.tokens or not b.tokens:
        return ClaimMatch("different", 0.0)
    if not denies(a, b):
        if a.norm == b.norm:
            return ClaimMatch("verbatim", 1.0)
        short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
        if len(short.tokens) >= EXCERPT_MIN and 2 * len(short.tokens) >= len(long.tokens) and _contains(long, short):
            # the words around the excerpt are context, not a change of the claim
            return ClaimMatch("verbatim", round(max(float(score), 0.95), 4))
    changes = changes_between(a, b)
    if "negated" in changes:
        return ClaimMatch("different", round(min(score, 0.2), 4), changes)
    score = round(float(score), 4)
    if score >= model.threshold:
        if "number changed" in changes and figures_far_apart(a, b):
            return ClaimMatch("mutation", score, changes)
        return ClaimMatch("paraphrase", score, changes)
    if score >= model.mutation_threshold and containment >= 0.5:
        return ClaimMatch("mutation", score, changes or ("words changed",))
    return ClaimMatch("different", score, changes)


class ClaimComparer:
    """Compares statements, caching parses and embeddings by text (a query meets thousands of texts)."""

    def __init__(self, *, embeddings: bool | None = None, pair: bool | None = None, cache_size: int = 20000) -> None:
        """``embeddings=None`` uses MiniLM when the persuasion extra is installed, else lexical features only;
        ``pair=None`` adds the fine-tuned pair model wherever MiniLM runs (``pair=False``: the ``full`` model)."""
        self._models = load_models()
        self._encoder = None
        self._pair = None
        if embeddings is not False:
            try:
                from sayso.persuasion.encoder import shared_encoder

                self._encoder = shared_encoder()
            except (ImportError, SaysoError) as e:
                if embeddings:
                    raise
                log.info("claim comparison without embeddings (%s): lexical model only", e)
        if self._encoder is not None and pair is not False:
            try:
                if "pair" not in self._models:
                    raise ResourceError(f"{MODEL_FILE} has no pair model: re-run bench/train_compare.py --pair-scores")
                from sayso.corpus.pair_model import PairScorer

                self._pair = PairScorer(self._encoder.path)
            except (ImportError, SaysoError) as e:
                if pair:
                    raise
                log.info("claim comparison without the pair model (%s)", e)
        self.mode = "pair" if self._pair is not None else "full" if self._encoder is not None else "lexical"
        self.model = self._models[self.mode]
        self._cache_size = cache_size
        self._parsed: OrderedDict[str, cf.Text] = OrderedDict()
        self._vectors: OrderedDict[str, tuple[np.ndarray, np.ndarray, np.ndarray | None]] = OrderedDict()
        self._lock = threading.Lock()

    def _parse(self, text: str) -> cf.Text:
        hit = self._parsed.get(text)
        if hit is None:
            hit = self._parsed[text] = cf.parse(text)
            if len(self._parsed) > self._cache_size:
                self._parsed.popitem(last=False)
        return hit

    def _embed(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray | None]]:
        """(pooled, unit token vectors, the pair model's input states or None) per text. The states are
        kept as float16, as the pair model was trained on them (half the cache's memory)."""
        assert self._encoder is not None
        layer = self._pair.input_layer if self._pair is not None else None
        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if todo:
            for enc in self._encoder.encode(todo, hidden=layer):
                tokens = enc.tokens / np.maximum(np.linalg.norm(enc.tokens, axis=1, keepdims=True), 1e-9)
                states = None
                if layer is not None:
                    if layer not in enc.hidden:
                        raise ResourceError(f"the sentence encoder gave no layer-{layer} states: the pair model needs them")
                    states = np.asarray(enc.hidden[layer], dtype=np.float16)
                self._vectors[enc.text] = (enc.pooled, tokens.astype(np.float32), states)
            while len(self._vectors) > self._cache_size:
                self._vectors.popitem(last=False)
        return [self._vectors[t] for t in texts]

    def compare_many(self, query: str, texts: Sequence[str]) -> list[ClaimMatch]:
        """``compare(query, t)`` for every text, batched: one parse and one embedding per distinct text."""
        if not isinstance(query, str) or any(not isinstance(t, str) for t in texts):
            raise TypeError("compare_many takes a query string and a sequence of strings")
        if not texts:
            return []
        with self._lock:
            q = self._parse(query)
            parsed = [self._parse(t) for t in texts]
            matcher = cf.matcher_for(q)
            rows = [cf.lexical(q, p, matcher) for p in parsed]
            x = np.asarray(rows, dtype=np.float64)
            if self._encoder is not None:
                vectors = self._embed([query, *texts])
                qv = vectors[0]
                emb = cf.embedding_many(qv[0], qv[1], [v[0] for v in vectors[1:]], [v[1] for v in vectors[1:]])
                x = np.hstack([x, emb])
                if self._pair is not None:
                    logits = self._pair.logits(np.asarray(qv[2], np.float32), [np.asarray(v[2], np.float32) for v in vectors[1:]])
                    x = np.hstack([x, logits[:, None]])
            scores = self.model.prob(x[:, columns(self.model)])
            cont = cf.LEXICAL.index("tok_cont_min")
            return [decide(q, p, float(s), self.model, float(row[cont]))
                    for p, s, row in zip(parsed, scores, x, strict=True)]

    def compare(self, a: str, b: str) -> ClaimMatch:
        return self.compare_many(a, [b])[0]


_default = once(ClaimComparer)


def default_comparer() -> ClaimComparer:
    """One comparer per process (the embedder loads once)."""
    return _default()


def compare_claims(a: str, b: str) -> ClaimMatch:
    """How statement ``b`` relates to statement ``a``: verbatim, paraphrase, mutation or different."""
    return default_comparer().compare(a, b)


def compare_many(query: str, texts: Sequence[str]) -> list[ClaimMatch]:
    """``compare_claims(query, t)`` for each text, batched and cached."""
    return default_comparer().compare_many(query, texts)
