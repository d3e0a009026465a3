"""Distil the model's NER onto its shared tok2vec (silver labels on news text): measured and rejected.

    PYTHONPATH=src python bench/train_ner_listener.py silver [--cache DIR]
    PYTHONPATH=src python bench/train_ner_listener.py train [--cache DIR] [--minutes 60] [--depth 2]
    PYTHONPATH=src python bench/train_ner_listener.py eval [--cache DIR]

The idea (issue 14): in ``en_core_web_sm`` the NER runs its own tok2vec, the same size as
the one the tagger and parser share; an NER that listened to the shared one would leave the
tagger, parser and lemmas as they are and skip most of the NER's cost.

How: ``silver`` runs the model (sayso's tokenizer, as at run time) over news text that is no
evaluation set: PolNeAR *train*, PTC *train* and the html-articles bodies less the 24
html-gold pages (1,368 texts, 6.6M characters, 1.32M tokens); it keeps the model's own
entities (the silver labels) and the shared tok2vec's output (frozen, computed once).
``train`` builds the original NER's architecture with its tok2vec replaced by [a listener to
the shared tok2vec; the original's own hash embeddings and first ``--depth`` encoder layers],
copies every weight it can from the original (transition layers, embeddings, encoder
layers), fits the projection to the original's features by least squares, then fine-tunes
on the silver entities; each epoch is scored against the original's entities on PTC *dev*.
The best model goes to ``CACHE/lean_ner``; ``eval`` scores it in the real pipeline.

What it gave (1 thread, niced, machine load 5-7; silver F1 of all entities on PTC dev):
the listener alone (no own layers): 0.16 after the fit, 0.595 / 0.631 / 0.647 after 1 / 2 / 3
epochs (PERSON 0.68, ORG 0.53); the shared vectors carry context but little of what tells a
person from a place (least squares residual 0.32 of the variance, against 0.20 for the
original's embeddings alone). With the embeddings and 2 encoder layers (of 4; 5.5 MB): 0.801
after the fit, 0.910 after one epoch (PERSON 0.917, ORG 0.882, GPE 0.933, NORP 0.969; on
PolNeAR dev 0.921), and PolNeAR dev's attr_f1 / attr_src_f1 / attr_full_f1 0.7076 / 0.6693 /
0.6619 with it against 0.7080 / 0.6696 / 0.6623 with the original. Speed, the
NER component over PolNeAR dev: original 4.8 CPU s, depth 2 4.1, depth 1 3.5, the listener
alone ~2; and once the parse's matrix products went to OpenBLAS (``nlp/speedups.py``,
``BlasOps``) the depth-2 NER gave no measurable gain in the core's throughput (CPU 37,992 vs
39,476 chars/s with the original NER, same run). Not shipped: a cheaper NER costs entity
agreement for a gain that BlasOps makes, with identical annotations, several times over.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import spacy

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TYPES = ("PERSON", "ORG", "GPE", "NORP")
DEPTH = 2  # encoder layers of the NER's own tok2vec kept (of 4): least squares residual 0.20 / 0.13 / 0.07 for 0 / 1 / 2


def train_texts() -> list[str]:
    gold = json.loads((ROOT / "bench" / "html_gold" / "gold.json").read_text(encoding="utf-8"))["pages"]
    bodies = json.loads((DATA / "html-articles" / "ground-truth.json").read_text(encoding="utf-8"))
    texts = [f.read_text(encoding="utf-8") for f in sorted((DATA / "polnear" / "train").glob("*.txt"))]
    texts += [f.read_text(encoding="utf-8") for f in sorted((DATA / "ptc" / "train").glob("*.txt"))]
    texts += [v["articleBody"] for k, v in sorted(bodies.items()) if k not in gold and v.get("articleBody")]
    return [t for t in texts if t.strip()]


def heldout_texts(split: str) -> list[str]:
    folder = DATA / ("ptc/dev" if split == "ptc_dev" else "polnear/dev")
    return [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]


def silver(cache: Path, name: str, texts: list[str]) -> None:
    """Parse ``texts`` with the full pipeline; keep entities (DocBin) and shared tok2vec outputs."""
    from spacy.tokens import DocBin

    from sayso.nlp.pipeline import load_pipeline

    nlp = load_pipeline(with_sayso=False)
    start = time.process_time()
    bin_ = DocBin(attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"])
    tensors = []
    for doc in nlp.pipe(texts, batch_size=32):
        bin_.add(doc)
        tensors.append(doc.tensor.astype(np.float32))
    cache.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(cache / f"{name}.spacy")
    np.save(cache / f"{name}.npy", np.concatenate(tensors))
    print(f"silver {name}: {len(texts)} texts, {sum(map(len, texts)):,} chars, "
          f"{sum(len(t) for t in tensors):,} tokens, {time.process_time() - start:.0f} CPU s", flush=True)


def load_silver(cache: Path, name: str, vocab) -> list:
    """(reference doc with the silver entities, predicted doc with words and the tok2vec tensor) pairs."""
    from spacy.tokens import Doc, DocBin

    refs = list(DocBin().from_disk(cache / f"{name}.spacy").get_docs(vocab))
    tensors = np.load(cache / f"{name}.npy")
    pairs, at = [], 0
    for ref in refs:
        pred = Doc(vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        pred.tensor = np.ascontiguousarray(tensors[at:at + len(ref)])
        at += len(ref)
        pairs.append((ref, pred))
    assert at == len(tensors), (at, len(tensors))
    return pairs


@spacy.registry.architectures("sayso.ConcatTok2Vec.v1")
def concat_tok2vec(listener, own):  # noqa: ANN001, ANN201  (thinc models in, a thinc model out)
    """Each token's shared tok2vec vector beside the lean NER's own shallow one."""
    from thinc.api import concatenate

    model = concatenate(listener, own)
    model.set_dim("nO", listener.get_dim("nO") + own.get_dim("nO"))
    return model


def lean_config(nlp, depth: int = DEPTH) -> dict:
    """The original NER's config, its own tok2vec cut to ``depth`` encoder layers beside a listener to the shared one."""
    import copy

    cfg = copy.deepcopy(nlp.config["components"]["ner"])
    cfg.pop("factory", None)
    own = copy.deepcopy(cfg["model"]["tok2vec"])
    assert own["@architectures"] == "spacy.Tok2Vec.v2", own  # the own tok2vec of en_core_web_sm
    own["encode"]["depth"] = depth
    width = nlp.get_pipe("tok2vec").model.get_dim("nO")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}
    cfg["model"]["tok2vec"] = {"@architectures": "sayso.ConcatTok2Vec.v1", "listener": listener, "own": own}
    return cfg


def copy_params(src, dst) -> None:
    """Copy every parameter of ``src`` into ``dst``, two models of the same structure (node by node)."""
    src_nodes, dst_nodes = list(src.walk()), list(dst.walk())
    assert len(src_nodes) == len(dst_nodes), (src.name, dst.name)
    for a, b in zip(src_nodes, dst_nodes, strict=True):
        assert a.name == b.name and a.attrs.get("seed") == b.attrs.get("seed"), (a.name, b.name)
        for param in a.param_names:
            b.set_param(param, a.get_param(param).copy())


def entity_prf(pairs: list, predicted: list) -> dict[str, tuple[float, float, float, int]]:
    """Per type (and ALL, every label): P, R, F of exact spans against the silver entities, and the silver count."""
    out = {}
    for label in (*TYPES, "ALL"):
        tp = n_gold = n_pred = 0
        for (ref, _), doc in zip(pairs, predicted, strict=True):
            gold = {(e.start, e.end, e.label_) for e in ref.ents if label in ("ALL", e.label_)}
            pred = {(e.start, e.end, e.label_) for e in doc.ents if label in ("ALL", e.label_)}
            tp += len(gold & pred)
            n_gold += len(gold)
            n_pred += len(pred)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[label] = (round(p, 4), round(r, 4), round(2 * p * r / (p + r) if p + r else 0.0, 4), n_gold)
    return out


def predict(ner, pairs: list) -> list:
    docs = []
    for _, pred in pairs:
        doc = pred.copy()
        doc.tensor = pred.tensor
        docs.append(doc)
    return list(ner.pipe(docs, batch_size=256))


def build_lean(nlp, sample: list, depth: int = DEPTH):
    """The lean NER, its transition layers copied from the original and its projection fitted by least squares."""
    from spacy.training import Example

    orig = nlp.get_pipe("ner")
    lean = nlp.add_pipe("ner", name="lean_ner", config=lean_config(nlp, depth), last=True)
    for label in orig.labels:
        lean.add_label(label)
    lean.initialize(lambda: [Example(p, r) for r, p in sample[:50]], nlp=nlp)
    names_orig = [orig.moves.get_class_name(i) for i in range(orig.moves.n_moves)]
    names_lean = [lean.moves.get_class_name(i) for i in range(lean.moves.n_moves)]
    rows = [names_orig.index(n) for n in names_lean]  # every lean move is an original move
    for part in ("lower", "upper"):
        src, dst = orig.model.get_ref(part), lean.model.get_ref(part)
        for param in src.param_names:
            value = src.get_param(param)
            dst.set_param(param, value[rows] if part == "upper" else value.copy())
    # the own part: the original's hash embeddings and its first DEPTH encoder layers, as they are
    o_inner = orig.model.get_ref("tok2vec").layers[0]  # Tok2Vec: embed >> with_array(residual x 4)
    l_own = lean.model.get_ref("tok2vec").layers[0].layers[1]
    copy_params(o_inner.layers[0], l_own.layers[0])
    o_layers = o_inner.layers[1].layers[0].layers
    l_layers = l_own.layers[1].layers[0].layers if depth > 1 else [l_own.layers[1].layers[0]]
    for a, b in zip(o_layers, l_layers, strict=False):
        copy_params(a, b)
    # the projection: [shared vector, own vector, 1] -> the original's projected features, by least squares
    o_t2v = orig.model.get_ref("tok2vec")
    xs, ys = [], []
    for _ref, pred in sample:
        xs.append(np.hstack([pred.tensor, l_own.predict([pred])[0]]))
        ys.append(o_t2v.predict([pred]))
    x = np.concatenate(xs)
    y = np.concatenate(ys)
    x1 = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)])
    sol, *_ = np.linalg.lstsq(x1, y, rcond=None)
    proj = lean.model.get_ref("tok2vec").layers[-1]
    proj.set_param("W", np.ascontiguousarray(sol[:-1].T.astype(np.float32)))
    proj.set_param("b", np.ascontiguousarray(sol[-1].astype(np.float32)))
    resid = float(np.mean((x1 @ sol - y) ** 2) / np.var(y))
    print(f"projection fitted on {len(x):,} tokens: residual {resid:.3f} of the variance", flush=True)
    return lean


def train(cache: Path, minutes: float, write: bool, depth: int = DEPTH) -> None:
    out = cache / "lean_ner"
    from spacy.training import Example
    from thinc.api import Adam

    from sayso.nlp.pipeline import load_pipeline

    nlp = load_pipeline(with_sayso=False)
    pairs = load_silver(cache, "train", nlp.vocab)
    held = load_silver(cache, "ptc_dev", nlp.vocab)
    rng = random.Random(0)
    rng.shuffle(pairs)
    lean = build_lean(nlp, pairs[:300], depth)
    best = entity_prf(held, predict(lean, held))
    print("epoch 0 (init) PTC dev silver:", best, flush=True)
    opt = Adam(0.001, L2=0.01, grad_clip=1.0)
    deadline = time.time() + minutes * 60
    epoch = 0
    while time.time() < deadline:
        epoch += 1
        rng.shuffle(pairs)
        losses: dict[str, float] = {}
        batch, words, start = [], 0, time.process_time()
        for ref, pred in pairs:
            batch.append(Example(pred, ref))
            words += len(ref)
            if words >= 1000:
                lean.update(batch, sgd=opt, drop=0.1, losses=losses)
                batch, words = [], 0
                if time.time() > deadline:
                    break
        if batch:
            lean.update(batch, sgd=opt, drop=0.1, losses=losses)
        with lean.model.use_params(opt.averages):
            score = entity_prf(held, predict(lean, held))
            print(f"epoch {epoch}: loss {losses.get('lean_ner', 0):.0f}, {time.process_time() - start:.0f} CPU s, "
                  f"PTC dev silver: {score}", flush=True)
            if score["ALL"][2] > best["ALL"][2]:
                best = score
                if write:  # each better epoch at once: a long run stopped early keeps its best
                    write_lean(out, nlp, lean, best, epoch, depth)
    print("best PTC dev silver:", best, flush=True)


def write_lean(out: Path, nlp, lean, best: dict, epoch: int, depth: int) -> None:
    from sayso.nlp.pipeline import model_name

    out.mkdir(parents=True, exist_ok=True)
    lean.to_disk(out, exclude=["vocab"])
    meta = {"model": model_name(), "lang": nlp.meta["lang"], "name": nlp.meta["name"],
            "version": nlp.meta["version"], "spacy_version": nlp.meta.get("spacy_version"),
            "labels": sorted(nlp.get_pipe("ner").labels), "config": lean_config(nlp, depth),
            "epochs": epoch, "silver_ptc_dev": best}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} (epoch {epoch})", flush=True)


def evaluate(cache: Path) -> None:
    """The trained lean NER in the real pipeline against the original's entities, per type."""
    from sayso.nlp.pipeline import load_pipeline

    nlp = load_pipeline(with_sayso=False)
    meta = json.loads((cache / "lean_ner" / "meta.json").read_text(encoding="utf-8"))
    nlp.replace_pipe("ner", "ner", config=meta["config"])
    nlp.get_pipe("ner").from_disk(cache / "lean_ner", exclude=["vocab"])
    for name in ("ptc_dev", "polnear_dev"):
        pairs = load_silver(cache, name, nlp.vocab)
        docs = list(nlp.pipe(heldout_texts(name), batch_size=32))
        assert [len(d) for d in docs] == [len(r) for r, _ in pairs], "tokenization differs from the cache"
        print(f"{name} (lean vs original NER; P, R, F, original's count):")
        for label, (p, r, f, n) in entity_prf(pairs, docs).items():
            print(f"  {label:<7} P {p:.4f}  R {r:.4f}  F {f:.4f}  ({n:,})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=["silver", "train", "eval"])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sayso_lean_ner"))
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--depth", type=int, default=DEPTH, help="encoder layers of the original's own tok2vec kept")
    args = ap.parse_args(argv)
    if args.stage == "silver":
        silver(args.cache, "ptc_dev", heldout_texts("ptc_dev"))
        silver(args.cache, "polnear_dev", heldout_texts("polnear_dev"))
        silver(args.cache, "train", train_texts())
    elif args.stage == "train":
        train(args.cache, args.minutes, not args.no_write, args.depth)
    else:
        evaluate(args.cache)
    return 0


if __name__ == "__main__":
    random.seed(0)
    sys.exit(main())
