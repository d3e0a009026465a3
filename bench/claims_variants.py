"""Variants of the check-worthiness head, measured on CT24 dev and dev-test (the issue-15 study).

    .venv/bin/python bench/claims_variants.py [--cache DIR] [--variants base,pw2,pw3,trdev,tuned] [--epochs 2]

Encodes train, dev and dev-test once through the shared encoder (features and penultimate
token states cached in ``--cache``), then trains each variant and prints precision, recall
and F1 on dev and dev-test at four thresholds: the best on dev, the best on dev-test, the best
on dev-test among those keeping dev F1 >= 0.90 (the gate), and the best mean of the two.

- ``base``, ``pw2``, ``pw3``: 5 MLPs on the frozen features (as ``train_claims.py``), with
  positive-class weight 1, 2 or 3;
- ``trdev``: ``base`` trained on train + dev (its dev figures are on training data);
- ``tuned``: a copy of MiniLM's last layer tuned with the head (torch, 1 thread) over the
  penultimate states the shared pass computes, the head reading its mean and max states and
  the frozen features: the only way to tune the encoder without a second pass per sentence.
- ``ens``: the mean of the members' dev-standardised logits, for each pair run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from train_claims import DATA, prf, read_split, train_mlp  # noqa: E402

DIM = 384
Split = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # features, labels, penultimate rows, token counts


def encode(split: str, cache: Path) -> Split:
    """Frozen features (pooled, mean, max, lexical) and penultimate states of every sentence."""
    path = cache / f"ct24-{split}.npz"
    if not path.exists():
        from sayso.persuasion.claims import LEXICON, sentence_features
        from sayso.persuasion.encoder import shared_encoder

        texts, y = read_split(DATA, split)
        enc = shared_encoder()
        feats, pen, lens = [], [], []
        for i in range(0, len(texts), 512):
            for e in enc.encode(texts[i:i + 512]):
                feats.append(sentence_features(e, ("pooled", "mean", "max", "lexical"), LEXICON))
                p = e.penultimate if e.penultimate is not None and len(e.penultimate) else np.zeros((1, DIM), np.float32)
                pen.append(p.astype(np.float16))
                lens.append(len(p))
            enc.clear()
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, x=np.stack(feats), y=y, pen=np.concatenate(pen), lens=np.array(lens))
    z = np.load(path)
    return z["x"], z["y"], z["pen"], z["lens"]


def mlp_logits(x: np.ndarray, y: np.ndarray, tests: list[np.ndarray], *, pos_weight: float, members: int = 5) -> list[np.ndarray]:
    center, scale = x.mean(0), x.std(0) + 1e-6
    outs = [np.zeros(len(t)) for t in tests]
    for k in range(members):
        w0, b0, w1, b1 = train_mlp((x - center) / scale, y, hidden=128, epochs=10, seed=k, pos_weight=pos_weight)
        for o, t in zip(outs, tests, strict=True):
            o += (np.maximum(((t - center) / scale) @ w0 + b0, 0) @ w1 + b1)[:, 0] / members
    return outs


def tuned_logits(train: Split, tests: list[Split], *, epochs: int, lr: float = 5e-5, pos_weight: float = 1.0) -> list[np.ndarray]:
    """The tuned layer + head; logits of each test split."""
    import torch
    from safetensors.torch import load_file
    from torch import nn

    from sayso.persuasion.encoder import embedder_path

    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    pre = load_file(os.path.join(embedder_path(), "model.safetensors"))
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    norms = {"ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}
    center, scale = train[0].mean(0), train[0].std(0) + 1e-6

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            for short, name in names.items():
                w = pre[f"encoder.layer.5.{name}.weight"]
                lin = nn.Linear(w.shape[1], w.shape[0])
                lin.load_state_dict({"weight": w, "bias": pre[f"encoder.layer.5.{name}.bias"]})
                setattr(self, short, lin)
            for short, name in norms.items():
                ln = nn.LayerNorm(DIM, eps=1e-12)
                ln.load_state_dict({"weight": pre[f"encoder.layer.5.{name}.weight"], "bias": pre[f"encoder.layer.5.{name}.bias"]})
                setattr(self, short, ln)
            self.drop = nn.Dropout(0.1)
            self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * DIM + train[0].shape[1], 128), nn.ReLU(),
                                      nn.Dropout(0.5), nn.Linear(128, 1))

        def forward(self, x, mask, frozen):  # noqa: ANN001, ANN201
            b, n, _ = x.shape

            def heads(t):  # noqa: ANN001, ANN202
                return t.view(b, n, 12, DIM // 12).transpose(1, 2)

            att = (heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2)) / (DIM // 12) ** 0.5
            att = att.masked_fill(~mask[:, None, None, :], -1e4).softmax(-1)
            ctx = (self.drop(att) @ heads(self.v(x))).transpose(1, 2).reshape(b, n, DIM)
            h = self.ln1(x + self.drop(self.o(ctx)))
            h = self.ln2(h + self.drop(self.fo(nn.functional.gelu(self.fi(h)))))
            m = mask[:, :, None].float()
            mean = (h * m).sum(1) / m.sum(1).clamp(min=1)
            top = h.masked_fill(~mask[:, :, None], -1e4).max(1).values
            return self.head(torch.cat([mean, top, frozen], -1))[:, 0]

    def batches(split: Split, groups: list[np.ndarray]):  # noqa: ANN202
        x, y, pen, lens = split
        offs = np.concatenate([[0], np.cumsum(lens)])
        xs = ((x - center) / scale).astype(np.float32)
        for idx in groups:
            n = int(max(lens[j] for j in idx))
            states = np.zeros((len(idx), n, DIM), np.float32)
            mask = np.zeros((len(idx), n), bool)
            for r, j in enumerate(idx):
                states[r, :lens[j]] = pen[offs[j]:offs[j + 1]]
                mask[r, :lens[j]] = True
            yield (torch.from_numpy(states), torch.from_numpy(mask), torch.from_numpy(xs[idx]),
                   torch.from_numpy(y[idx].astype(np.float32)))

    def groups_of(split: Split) -> list[np.ndarray]:
        order = np.argsort(split[3], kind="stable")
        return [order[i:i + 32] for i in range(0, len(order), 32)]

    model = Model()
    head_ids = {id(p) for p in model.head.parameters()}
    opt = torch.optim.AdamW([{"params": [p for p in model.parameters() if id(p) not in head_ids], "lr": lr},
                             {"params": list(model.head.parameters()), "lr": 1e-3}], weight_decay=1e-3)
    groups = groups_of(train)
    steps = epochs * len(groups)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * max(0.0, 1 - s / steps))
    for epoch in range(epochs):
        model.train()
        t0 = time.process_time()
        for x, m, f, y in batches(train, [groups[i] for i in rng.permutation(len(groups))]):
            loss = nn.functional.binary_cross_entropy_with_logits(model(x, m, f), y, pos_weight=torch.tensor(pos_weight))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        print(f"  tuned epoch {epoch + 1}/{epochs}: {time.process_time() - t0:.0f}s CPU", flush=True)
    model.eval()
    outs = []
    with torch.no_grad():
        for split in tests:
            z = np.zeros(len(split[1]), np.float32)
            g = groups_of(split)
            for idx, (x, m, f, _) in zip(g, batches(split, g), strict=True):
                z[idx] = model(x, m, f).numpy()
            outs.append(z)
    return outs


def show(name: str, z_dev: np.ndarray, z_test: np.ndarray, y_dev: np.ndarray, y_test: np.ndarray, gate: float = 0.90) -> None:
    grid = np.quantile(np.concatenate([z_dev, z_test]), np.linspace(0.02, 0.98, 400))
    f_dev = np.array([prf(y_dev, z_dev >= t)["f1"] for t in grid])
    f_test = np.array([prf(y_test, z_test >= t)["f1"] for t in grid])
    ok = np.flatnonzero(f_dev >= gate)
    picks = {"best on dev": int(np.argmax(f_dev)), "best on dev-test": int(np.argmax(f_test)),
             f"dev-test, dev >= {gate}": int(ok[np.argmax(f_test[ok])]) if len(ok) else None,
             "best mean": int(np.argmax(f_dev + f_test))}
    print(f"## {name}")
    for label, i in picks.items():
        if i is None:
            print(f"  {label:22} n/a")
            continue
        a, b = prf(y_dev, z_dev >= grid[i]), prf(y_test, z_test >= grid[i])
        print(f"  {label:22} dev P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} | "
              f"dev-test P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sayso-claims-cache"))
    ap.add_argument("--variants", default="base,pw2,pw3,trdev,tuned")
    ap.add_argument("--epochs", type=int, default=2, help="epochs of the tuned layer")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    train, dev, test = (encode(s, args.cache) for s in ("train", "dev", "dev-test"))
    logits: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name in args.variants.split(","):
        t0 = time.process_time()
        if name in ("base", "pw2", "pw3"):
            weight = {"base": 1.0, "pw2": 2.0, "pw3": 3.0}[name]
            zd, zt = mlp_logits(train[0], train[1], [dev[0], test[0]], pos_weight=weight)
        elif name == "trdev":
            zd, zt = mlp_logits(np.vstack([train[0], dev[0]]), np.concatenate([train[1], dev[1]]), [dev[0], test[0]], pos_weight=1.0)
        elif name == "tuned":
            zd, zt = tuned_logits(train, [dev, test], epochs=args.epochs)
        else:
            raise SystemExit(f"unknown variant {name}")
        logits[name] = (zd, zt)
        show(f"{name} ({time.process_time() - t0:.0f}s CPU)", zd, zt, dev[1], test[1])
    for a, b in combinations([n for n in logits if n != "trdev"], 2):
        norm = [((d - d.mean()) / d.std(), (t - d.mean()) / d.std()) for d, t in (logits[a], logits[b])]
        show(f"ens {a}+{b}", (norm[0][0] + norm[1][0]) / 2, (norm[0][1] + norm[1][1]) / 2, dev[1], test[1])


if __name__ == "__main__":
    main()
