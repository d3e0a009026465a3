"""Fine-tune the pair model of the same-claim judgement on MSR Paraphrase (needs the ``train`` extra: torch).

    PYTHONPATH=src python bench/train_pair.py [--data ../shared/data/paraphrase] [--cache DIR] [--epochs 3] [--lr 1e-4] [--no-write]

The pair model is a *late cross-encoder*: both statements go through MiniLM's first five
layers separately (the shared encoder's pass, cached per text: its ``penultimate`` states,
int8 as at run time), then a copy of the sixth layer, initialised from MiniLM's and
fine-tuned here, runs over the two token sequences joined, so every token of one side
attends to the other's. Each side's output is mean-pooled and L2-normalised (u, v); the
head is a logistic regression over [u * v, |u - v|], which starts as the plain cosine of
the pooled vectors. The model is symmetric in (a, b) by construction (no segment or
position information across the join), so one pass per pair serves both orders.

Why late: a full cross-encoder costs six layers per pair; a trace compares a query with
hundreds of candidates, whose first five layers are computed once per text and cached.
Only the joint layer's weights are shipped (``resources/compare_pair.npz``, float16).

The epoch (of ``--epochs``) and the threshold are chosen on a validation split carved from MSR
*train* (20 %, stratified, seed 0); the model is trained on the other 80 %, and its scores on
the validation pairs train ``bench/train_compare.py``'s combined model (``--pair-scores``).
Dev chooses nothing: it is printed as the check. ``--cache`` keeps the encoder states and the
scores. Wall time on the project's shared 2-core machine: see the data card.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_compare import DATA, best_threshold, load_pairs, scores  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sayso" / "corpus" / "resources"
VALIDATION = 0.2  # of MSR train, held out to choose the epoch and the threshold
LAYER = 5  # MiniLM's last layer (of 0..5) is the one tuned to run jointly
DIM = 384
_HF = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
       "o": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
       "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}


def states(texts: list[str], cache: Path | None) -> dict[str, np.ndarray]:
    """Each text's penultimate token states from the shared (int8) encoder, as ``compare_many`` sees them."""
    path = cache / "msr_states.npz" if cache else None
    if path and path.exists():  # written by an earlier run
        saved = np.load(path, allow_pickle=True)
        if set(saved["texts"].tolist()) >= set(texts):
            cuts = np.cumsum(saved["lens"])[:-1]
            return dict(zip(saved["texts"].tolist(), np.split(saved["pen"].astype(np.float32), cuts), strict=True))
    from sayso.persuasion.encoder import shared_encoder

    encoder = shared_encoder()
    out = {}
    for i in range(0, len(texts), 256):
        for enc in encoder.encode(texts[i:i + 256]):
            out[enc.text] = np.asarray(enc.penultimate, dtype=np.float32)
        encoder.clear()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, texts=np.array(list(out), dtype=object), lens=np.array([len(v) for v in out.values()]),
                 pen=np.concatenate(list(out.values())).astype(np.float16))
    return out


def base_layer() -> dict[str, np.ndarray]:
    """MiniLM's layer ``LAYER`` from the installed weights, in ``_layer.LAYER_WEIGHTS`` names ((in, out) matrices)."""
    from safetensors.numpy import load_file

    from sayso.persuasion.encoder import embedder_path

    w = load_file(str(Path(embedder_path()) / "model.safetensors"))
    p = f"encoder.layer.{LAYER}."
    out = {}
    for k, name in _HF.items():
        if k.startswith("ln"):
            out[f"l_{k}_g"], out[f"l_{k}_b"] = w[p + name + ".weight"], w[p + name + ".bias"]
        else:
            out[f"l_{k}_w"], out[f"l_{k}_b"] = w[p + name + ".weight"].T.copy(), w[p + name + ".bias"]
    return out


def make_model(init: dict[str, np.ndarray], dropout: float = 0.1):
    import torch
    from torch import nn

    class PairNet(nn.Module):
        """The joint layer (post-LN BERT layer, erf GELU, as ``_onnx.build_layer_graph``) and the head."""

        def __init__(self) -> None:
            super().__init__()
            self.w = nn.ParameterDict({k: nn.Parameter(torch.tensor(v, dtype=torch.float32)) for k, v in init.items()})
            self.head = nn.Linear(2 * DIM, 1)
            with torch.no_grad():  # start as 10 * cosine - 7: the base model's cosine judgement
                self.head.weight.zero_()
                self.head.weight[0, :DIM] = 10.0
                self.head.bias.fill_(-7.0)
            self.drop = nn.Dropout(dropout)

        def layer(self, x, mask):
            w, heads = self.w, 12
            b, t, _ = x.shape
            def split(z):
                return z.view(b, t, heads, DIM // heads).transpose(1, 2)
            q, k, v = (split(x @ w[f"l_{p}_w"] + w[f"l_{p}_b"]) for p in "qkv")
            att = (q @ k.transpose(-1, -2)) / math.sqrt(DIM // heads)
            att = att.masked_fill(~mask[:, None, None, :], torch.finfo(att.dtype).min)
            ctx = (self.drop(att.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, DIM)
            h = nn.functional.layer_norm(x + self.drop(ctx @ w["l_o_w"] + w["l_o_b"]), (DIM,), w["l_ln1_g"], w["l_ln1_b"], 1e-12)
            f = nn.functional.gelu(h @ w["l_fi_w"] + w["l_fi_b"]) @ w["l_fo_w"] + w["l_fo_b"]
            return nn.functional.layer_norm(h + self.drop(f), (DIM,), w["l_ln2_g"], w["l_ln2_b"], 1e-12)

        def forward(self, x, mask, side_a, side_b):
            y = self.layer(x, mask)
            u = (y * side_a[..., None]).sum(1) / side_a.sum(1, keepdim=True).clamp(min=1)
            v = (y * side_b[..., None]).sum(1) / side_b.sum(1, keepdim=True).clamp(min=1)
            u = nn.functional.normalize(u, dim=-1)
            v = nn.functional.normalize(v, dim=-1)
            return self.head(torch.cat([u * v, (u - v).abs()], -1))[:, 0]

    return PairNet()


def batch(pairs: list[tuple[np.ndarray, np.ndarray]]):
    """Pad joined sequences: (states, mask, side a, side b) tensors."""
    import torch

    width = max(len(a) + len(b) for a, b in pairs)
    x = np.zeros((len(pairs), width, DIM), np.float32)
    sa = np.zeros((len(pairs), width), np.float32)
    sb = np.zeros((len(pairs), width), np.float32)
    for i, (a, b) in enumerate(pairs):
        x[i, :len(a)], x[i, len(a):len(a) + len(b)] = a, b
        sa[i, :len(a)], sb[i, len(a):len(a) + len(b)] = 1, 1
    return torch.from_numpy(x), torch.from_numpy((sa + sb) > 0), torch.from_numpy(sa), torch.from_numpy(sb)


def predict(model, pairs, bs: int = 64) -> np.ndarray:
    import torch

    model.eval()
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
    out = np.zeros(len(pairs))
    with torch.no_grad():
        for at in range(0, len(order), bs):
            idx = order[at:at + bs]
            out[idx] = model(*batch([pairs[i] for i in idx])).numpy()
    return out


def train(init, pairs, y, epochs: int, *, seed: int = 0, lr: float = 3e-5, head_lr: float = 1e-3, bs: int = 16,
          evals=None):
    """Train for ``epochs``: (the weights after each epoch, ``evals``' logits after each epoch)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = make_model(init)
    opt = torch.optim.AdamW([{"params": model.w.parameters(), "lr": lr, "weight_decay": 0.01},
                             {"params": model.head.parameters(), "lr": head_lr, "weight_decay": 0.0}])
    steps = epochs * math.ceil(len(pairs) / bs)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    yt = torch.tensor(y, dtype=torch.float32)
    per_epoch, snapshots = [], []
    for _ in range(epochs):
        model.train()
        perm = rng.permutation(len(pairs))
        for at in range(0, len(perm), bs):
            idx = perm[at:at + bs]
            # a random side order each time: the model is symmetric anyway, this only varies the padding
            logits = model(*batch([pairs[i] if rng.random() < 0.5 else pairs[i][::-1] for i in idx]))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        snapshots.append({k: v.detach().clone() for k, v in model.state_dict().items()})
        if evals is not None:
            per_epoch.append(predict(model, evals))
    return snapshots, per_epoch


def export(model) -> dict[str, np.ndarray]:
    w = {k: v.detach().numpy().astype(np.float16) for k, v in model.w.items()}
    w["head_w"] = model.head.weight.detach().numpy()[0].astype(np.float32)
    w["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT, help="folder for compare_pair.{npz,json} (default: the package's)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    import torch
    from sklearn.model_selection import train_test_split

    torch.set_num_threads(args.threads)
    train_pairs, dev_pairs = load_pairs("train", args.data), load_pairs("dev", args.data)
    st = states(sorted({t for _, a, b in train_pairs + dev_pairs for t in (a, b)}), args.cache)
    xs = [(st[a], st[b]) for _, a, b in train_pairs]
    y = np.array([label for label, _, _ in train_pairs])
    fit_idx, val_idx = train_test_split(np.arange(len(xs)), test_size=VALIDATION, stratify=y, random_state=0)
    started = time.perf_counter()
    snapshots, per_epoch = train(base_layer(), [xs[i] for i in fit_idx], y[fit_idx], args.epochs, lr=args.lr,
                                 evals=[xs[i] for i in val_idx])
    val = [best_threshold(y[val_idx], 1 / (1 + np.exp(-s))) for s in per_epoch]
    epoch = int(np.argmax([acc for acc, _ in val]))
    thr = val[epoch][1]
    print(json.dumps({"validation_by_epoch": [{"accuracy": round(a, 4), "threshold": t} for a, t in val],
                      "epochs": epoch + 1, "train_s": round(time.perf_counter() - started)}), flush=True)
    model = make_model(base_layer())
    model.load_state_dict(snapshots[epoch])
    dev_logit = predict(model, [(st[a], st[b]) for _, a, b in dev_pairs])
    ydv = np.array([label for label, _, _ in dev_pairs])
    dev = scores(ydv, (1 / (1 + np.exp(-dev_logit)) >= thr).astype(int))
    print(json.dumps({"dev_pair_alone": dev, "threshold": thr}))
    if args.cache:
        np.savez(args.cache / "pair_scores.npz", val_idx=val_idx, val=per_epoch[epoch], dev=dev_logit)
    if not args.no_write:
        np.savez(args.out / "compare_pair.npz", **export(model))
        meta = {"format": "sayso-pair/1", "layer": LAYER, "epochs": epoch + 1, "lr": args.lr,
                "validation": f"{VALIDATION:.0%} of MSR train, stratified, seed 0", "fit_pairs": len(fit_idx),
                "validation_accuracy": round(val[epoch][0], 4), "threshold": thr, "dev": dev}
        (args.out / "compare_pair.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out / 'compare_pair.npz'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
