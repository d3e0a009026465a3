"""Trace retrieval recall on real paraphrases: FTS5 (what `sayso trace` uses) vs MinHash LSH vs MiniLM vectors.

    PYTHONPATH=src python bench/trace_recall.py [--distractors /tmp/sayso-bench/polnear.db] [--split dev]

The haystack: every statement of an ingested corpus (default: PolNeAR, ``bench/corpus.py
ingest``; ~21k attributed contents of 7 US publishers) plus the second sentence of every MSR
Paraphrase pair labelled 1 (same claim, news sentences from different outlets). Each pair's
first sentence is a trace query; its second sentence is the telling that retrieval must hand
to the judgement. Measured per method: recall (the target among the candidates judged),
how many targets FTS misses that the method finds, what the judgement (``compare_many``)
then makes of those, and the latency of one lookup. Pairs are split into near-verbatim
(content-word Jaccard >= 0.6) and paraphrases (the rest).

- ``fts``: ``Corpus._trace_candidates``: BM25 over the rarest query words, then the
  30-statement shortlist by shared words (what ``sayso trace`` judges).
- ``lsh@T``: datasketch ``MinHashLSH`` (128 permutations, threshold T) over the content-word
  sets (``retrieval.query_words``).
- ``vec@30``: the 30 nearest statements by MiniLM sentence cosine, brute force in numpy over
  float16 vectors (the bundled embedder).

Measured (MSR dev: 268 pairs labelled 1, 127 near-verbatim; haystack 21,289 statements; the
full comparer; a shared 2-core machine, so latencies are rough):

    method    recall  near   para   FTS misses found (judged same claim)  p50 / p95 per lookup
    fts       0.989   1.000  0.979  -                                     1.4 / 13 ms
    lsh@0.3   0.937   1.000  0.879  1 of 3 (1)                            0.14 / 0.31 ms
    lsh@0.5   0.683   0.984  0.411  0 of 3                                0.12 / 0.21 ms
    vec@30    1.000   1.000  1.000  3 of 3 (3)                            209 / 282 ms

So `sayso trace` retrieves by FTS alone. MinHash LSH finds no near-verbatim telling FTS
misses (both 1.000) and one paraphrase of 268 at threshold 0.3. The MiniLM vectors find the
three paraphrases FTS misses (+1.1 points of recall), but cost ~200 ms a query here (the
query's encoding, and a brute-force scan that grows with the corpus: 2.3M statements at
100k articles, 1.75 GB of float16), an embedding of every statement at ingest, and 768
bytes per statement; an ANN index would cut the scan, not the rest. Not worth it at
+1.1 points; revisit if real traces show paraphrases FTS misses.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from sayso.corpus.api import Corpus
from sayso.corpus.retrieval import query_words
from sayso.corpus.trace import SAME_CLAIM
from train_compare import DATA, load_pairs

NEAR_VERBATIM = 0.6
PERMUTATIONS = 128
VEC_K = 30


def jaccard(a: str, b: str) -> float:
    x, y = set(query_words(a)), set(query_words(b))
    return len(x & y) / max(1, len(x | y))


def haystack(distractors: Path, targets: list[str], db: Path) -> tuple[Corpus, list[str]]:
    """A corpus database holding the distractor statements and the targets; every statement's text by id - 1."""
    with sqlite3.connect(f"file:{distractors}?mode=ro", uri=True) as src:
        texts = [r[0] for r in src.execute("SELECT text FROM statements ORDER BY id")]
    texts += targets
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    corpus = Corpus(db)
    conn = corpus._conn
    now = datetime.now(UTC).isoformat()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO articles (id, article_key, corpus_id, pipeline_version, text, n_sources, n_attributions, "
                 "n_markers, n_claims, ingested_at) VALUES (1, 'pool', 'pool', 'bench', '', 0, 0, 0, 0, ?)", (now,))
    conn.executemany("INSERT INTO statements (id, article, item_id, text) VALUES (?, 1, ?, ?)",
                     [(i + 1, f"A{i + 1}", t) for i, t in enumerate(texts)])
    conn.execute("COMMIT")
    return corpus, texts


def vectors(texts: list[str], cache: Path) -> np.ndarray:
    """MiniLM pooled, L2-normalised vectors (float16), cached by the texts' hash."""
    key = str(hash(tuple(texts)) & 0xFFFFFFFF)
    if cache.exists():
        data = np.load(cache)
        if str(data["key"]) == key:
            return data["v"]
    from sayso.persuasion.encoder import shared_encoder

    encoder = shared_encoder()
    out = np.zeros((len(texts), 384), dtype=np.float16)
    for i in range(0, len(texts), 512):
        for j, enc in enumerate(encoder.encode(texts[i:i + 512])):
            out[i + j] = enc.pooled
        encoder.clear()
        print(f"  embedded {min(i + 512, len(texts))}/{len(texts)}", file=sys.stderr, flush=True)
    np.savez(cache, v=out, key=key)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--distractors", type=Path, default=Path("/tmp/sayso-bench/polnear.db"))
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--work", type=Path, default=Path("/tmp/sayso-bench"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N positive pairs")
    args = parser.parse_args()
    from datasketch import MinHash, MinHashLSH

    from sayso.corpus.compare import default_comparer
    from sayso.persuasion.encoder import shared_encoder

    pairs = [(a, b) for label, a, b in load_pairs(args.split, args.data) if label == 1][:args.limit]
    corpus, texts = haystack(args.distractors, [b for _, b in pairs], args.work / "recall.db")
    first_target = len(texts) - len(pairs) + 1  # statement id of pair 0's target
    kinds = ["near" if jaccard(a, b) >= NEAR_VERBATIM else "para" for a, b in pairs]

    found: dict[str, list[bool]] = {}
    latency: dict[str, list[float]] = {}

    def record(method: str, n: int, hit: bool, seconds: float) -> None:
        found.setdefault(method, [False] * len(pairs))[n] = hit
        latency.setdefault(method, []).append(seconds)

    for n, (query, _) in enumerate(pairs):
        t0 = time.perf_counter()
        ids = corpus._trace_candidates(query)
        record("fts", n, first_target + n in ids, time.perf_counter() - t0)

    def minhash(text: str) -> MinHash:
        m = MinHash(num_perm=PERMUTATIONS, seed=1)
        m.update_batch([w.encode("utf-8") for w in query_words(text)])
        return m

    t0 = time.perf_counter()
    signatures = [minhash(t) for t in texts]
    sig_s = time.perf_counter() - t0
    for threshold in (0.3, 0.5):
        lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        for i, m in enumerate(signatures):
            lsh.insert(i + 1, m)
        for n, (query, _) in enumerate(pairs):
            t0 = time.perf_counter()
            hits = set(lsh.query(minhash(query)))
            record(f"lsh@{threshold}", n, first_target + n in hits, time.perf_counter() - t0)

    matrix = vectors(texts, args.work / "recall-vectors.npz")
    encoder = shared_encoder()
    for n, (query, _) in enumerate(pairs):
        t0 = time.perf_counter()
        q = encoder.encode([query])[0].pooled.astype(np.float16)
        scores = matrix @ q
        top = np.argpartition(-scores, VEC_K)[:VEC_K] + 1
        record("vec@30", n, first_target + n in set(top.tolist()), time.perf_counter() - t0)

    comparer = default_comparer()
    judged = comparer.compare_many  # what the trace then makes of a retrieved target
    result: dict[str, object] = {
        "haystack_statements": len(texts), "pairs": len(pairs),
        "near_verbatim_pairs": kinds.count("near"), "paraphrase_pairs": kinds.count("para"),
        "minhash_signatures_ms_per_statement": round(sig_s / len(texts) * 1000, 3),
        "comparer": comparer.mode,
    }
    fts = found["fts"]
    for method, hits in found.items():
        row: dict[str, object] = {}
        for kind in ("near", "para"):
            idx = [i for i, k in enumerate(kinds) if k == kind]
            row[f"recall_{kind}"] = round(sum(hits[i] for i in idx) / max(1, len(idx)), 3)
        row["recall_all"] = round(sum(hits) / len(pairs), 3)
        if method != "fts":
            extra = [i for i in range(len(pairs)) if hits[i] and not fts[i]]
            union = [hits[i] or fts[i] for i in range(len(pairs))]
            row["fts_misses_found"] = len(extra)
            row["recall_with_fts"] = round(sum(union) / len(pairs), 3)
            same = [judged(pairs[i][0], [pairs[i][1]])[0].relation in SAME_CLAIM for i in extra]
            row["of_those_judged_same_claim"] = sum(same)
        times = sorted(latency[method])
        row["p50_ms"] = round(times[len(times) // 2] * 1000, 2)
        row["p95_ms"] = round(times[int(0.95 * (len(times) - 1))] * 1000, 2)
        result[method] = row
    fts_same = sum(judged(a, [b])[0].relation in SAME_CLAIM for (a, b), hit in zip(pairs, fts, strict=True) if hit)
    result["fts"]["of_found_judged_same_claim"] = fts_same  # type: ignore[index]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
