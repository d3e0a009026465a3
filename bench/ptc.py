"""PTC helpers shared by the technique bench and trainer: read the corpus, encode it once.

The corpus lives in ``../shared/data/ptc`` (relative to the project root) and is never
copied into the repository. ``encode_split`` runs spaCy's sentences and the shared MiniLM
encoder over a split (last-layer and penultimate token states), as the stage does at
runtime, and can keep the result in a cache folder (``.npz`` + ``.json``, no pickle) so
that experiments pay for the encoder once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sayso.persuasion._spans import Segment, encode_segments

ROOT = Path(__file__).resolve().parent.parent
PTC = ROOT.parent / "shared" / "data" / "ptc"
SCORER = ROOT.parent / "shared" / "tools" / "score_ptc.py"


@dataclass
class PtcArticle:
    id: str
    text: str
    gold: list[tuple[int, int, str]]  # (start, end, technique)
    segments: list[Segment]


def read_gold(folder: Path, aid: str) -> list[tuple[int, int, str]]:
    path = folder / "labels" / f"article{aid}.task-flc-tc.labels"
    gold = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 4:
                gold.append((int(parts[2]), int(parts[3]), parts[1]))
    return gold


def encode_split(split: str, cache: Path | None = None) -> list[PtcArticle]:
    """Every article of the split with its gold spans and encoded segments."""
    if cache is not None and (cache / f"{split}.npz").exists():
        arts = _load(cache, split)
        # a cache written before the encoder kept the penultimate states is encoded again
        if all(s.penultimate is not None for a in arts for s in a.segments):
            return arts
    from sayso.nlp.pipeline import load_pipeline
    from sayso.persuasion.encoder import shared_encoder

    folder = PTC / split
    files = sorted(folder.glob("article*.txt"))
    if not files:
        raise FileNotFoundError(f"no PTC {split} articles under {folder}")
    nlp = load_pipeline(None, with_sayso=False)
    encoder = shared_encoder()
    arts = []
    for f in files:
        aid = f.stem.removeprefix("article")
        text = f.read_text(encoding="utf-8")
        sents = [(s.start_char, s.end_char) for s in nlp(text).sents]
        arts.append(PtcArticle(aid, text, read_gold(folder, aid), encode_segments(encoder, text, sents)))
    if cache is not None:
        _save(cache, split, arts)
    return arts


def _save(cache: Path, split: str, arts: list[PtcArticle]) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    segs = [(i, s) for i, a in enumerate(arts) for s in a.segments]
    meta = np.array([(i, s.start, s.end, len(s.offsets)) for i, s in segs], np.int64).reshape(-1, 4)
    extra = {}
    if all(s.penultimate is not None for _, s in segs):
        extra["penultimate"] = np.concatenate([s.penultimate for _, s in segs]).astype(np.float16)
    np.savez(cache / f"{split}.npz", meta=meta, **extra,
             tokens=np.concatenate([s.tokens for _, s in segs]).astype(np.float16),
             offsets=np.concatenate([s.offsets for _, s in segs]),
             pooled=np.stack([s.pooled for _, s in segs]))
    (cache / f"{split}.json").write_text(json.dumps([{"id": a.id, "text": a.text, "gold": a.gold} for a in arts]),
                                         encoding="utf-8")


def _load(cache: Path, split: str) -> list[PtcArticle]:
    docs = json.loads((cache / f"{split}.json").read_text(encoding="utf-8"))
    arts = [PtcArticle(d["id"], d["text"], [tuple(g) for g in d["gold"]], []) for d in docs]
    with np.load(cache / f"{split}.npz", allow_pickle=False) as npz:
        meta, tokens, offsets, pooled = npz["meta"], npz["tokens"].astype(np.float32), npz["offsets"], npz["pooled"]
        pen = npz["penultimate"].astype(np.float32) if "penultimate" in npz.files else None
    k = 0
    for row, (ai, start, end, n) in enumerate(meta):
        arts[ai].segments.append(Segment(int(start), int(end), tokens[k:k + n], offsets[k:k + n], pooled[row],
                                         None if pen is None else pen[k:k + n]))
        k += n
    return arts


def norm(label: str) -> str:
    return re.sub(r"[^a-z]", "", label.lower())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def partial_prf(pairs: list[tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]],
                label: str | None = None, same_label: bool = False) -> tuple[float, float, float]:
    """The SemEval-2020 partial-overlap P/R/F1 (as ``score_ptc.py``) over (gold, pred) pairs;
    ``label`` keeps only spans of that technique, ``same_label`` counts same-label overlap only."""
    ps = pn = rs = rn = 0.0
    for gold, pred in pairs:
        if label is not None:
            gold = [g for g in gold if norm(g[2]) == norm(label)]
            pred = [p for p in pred if norm(p[2]) == norm(label)]
        for p in pred:
            if p[1] > p[0]:
                ps += sum(_overlap(p, g) for g in gold if not same_label or norm(p[2]) == norm(g[2])) / (p[1] - p[0])
                pn += 1
        for g in gold:
            if g[1] > g[0]:
                rs += sum(_overlap(p, g) for p in pred if not same_label or norm(p[2]) == norm(g[2])) / (g[1] - g[0])
                rn += 1
    precision = min(1.0, ps / pn) if pn else 0.0
    recall = min(1.0, rs / rn) if rn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)
