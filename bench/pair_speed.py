"""Run-time cost of pair models of K joint layers: CPU seconds per query against N candidates.

    SAYSO_THREADS=1 PYTHONPATH=src python bench/pair_speed.py --cache DIR [FOLDER ...]

Each FOLDER holds a ``compare_pair.{npz,json}`` (``bench/train_pair.py --out``; none: the bundled
model). The candidates' input states are cached, as in a trace (each text's first ``6 - K``
layers are paid once per text); what is timed is ``PairScorer.logits``: the K joint layers over
each joined pair in ONNX Runtime, pooling and head. 20 MSR dev queries against 30 (a trace's
candidates per query) and 200 dev sentences; CPU time, since the shared machine's wall time varies.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_compare import DATA, load_pairs  # noqa: E402
from train_pair import states  # noqa: E402


def timed(scorer, query_states: list[np.ndarray], candidates: list[np.ndarray]) -> dict:
    scorer.logits(query_states[0], candidates)  # warm-up: the session's first run allocates
    wall, cpu = time.perf_counter(), time.process_time()
    for q in query_states:
        scorer.logits(q, candidates)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(query_states)
    return {"cpu_s_per_query": round(cpu / n, 4), "wall_s_per_query": round(wall / n, 4),
            "pairs_per_cpu_s": round(n * len(candidates) / cpu)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    from sayso.corpus.pair_model import PairScorer

    pairs = load_pairs("dev", args.data)
    texts = sorted({t for _, a, b in pairs for t in (a, b)})
    for folder in args.folders or [None]:
        scorer = PairScorer(weights=str(folder) if folder else None)
        st = states(texts, args.cache, scorer.input_layer)
        half = {t: v.astype(np.float16).astype(np.float32) for t, v in st.items()}  # as ClaimComparer caches them
        queries = [half[a] for _, a, _ in pairs[:20]]
        cands = [half[b] for _, _, b in pairs[20:220]]
        print(json.dumps({"weights": str(folder or "bundled"), "joint_layers": scorer.joint,
                          "candidates_30": timed(scorer, queries, cands[:30]),
                          "candidates_200": timed(scorer, queries, cands)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
