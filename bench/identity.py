"""Precision and recall of source identity resolution against a hand-clustered gold.

    PYTHONPATH=src python bench/identity.py --reports DIR     # sayso report JSONs (sayso analyze -o DIR)
    PYTHONPATH=src python bench/identity.py --split dev       # analyse PolNeAR dev first (slow: spaCy)
    PYTHONPATH=src python bench/identity.py --scale 100000    # + timing on N synthetic records

The gold (``bench/identity_gold.tsv``) maps the ~300 most frequent source names sayso
produces over PolNeAR to the speaker each stands for ("-": no one in particular, so every
mention is its own identity). Scored on the *records* (article sources) whose name is in the
gold: each record's gold cluster is its name's label, the system's is its identity.
Pairwise precision/recall/F1 over same-cluster record pairs (from the contingency table, no
pair enumeration) and B-cubed precision/recall/F1. What a name-level gold cannot see: two
different people under one name in different articles (counted as right when merged).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "identity_gold.tsv"
POLNEAR = ROOT / ".." / "shared" / "data" / "polnear"


def load_gold(path: Path = GOLD) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        name, label = line.split("\t", 1)
        out[" ".join(name.split())] = label.strip()
    return out


def records_from_reports(reports: Iterable[tuple[str, dict]], outlets: Mapping[str, str] | None = None):
    """SourceRecords from (article key, report dict) pairs."""
    from sayso.corpus.types import SourceRecord

    out = []
    for key, report in reports:
        names = tuple(s["name"] for s in report.get("sources", []))
        for s in report.get("sources", []):
            out.append(SourceRecord(key, s["id"], s["name"], s["type"], outlet=(outlets or {}).get(key),
                                    description=s.get("description"), article_names=names))
    return out


def read_reports(folder: Path) -> list[tuple[str, dict]]:
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))]


def analyse_split(split: str) -> list[tuple[str, dict]]:
    import sayso

    files = sorted((POLNEAR / split).glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    reports = sayso.analyze_many(texts, techniques=False, claims=False)
    return [(f.stem, r.to_dict()) for f, r in zip(files, reports, strict=True)]


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(records, by_source: Mapping[tuple[str, str], str], gold: Mapping[str, str]) -> dict:
    """Pairwise and B-cubed P/R/F1 over the records whose name the gold labels."""
    gold_of, sys_of = [], []
    for i, r in enumerate(records):
        label = gold.get(" ".join(r.name.split()))
        if label is None:
            continue
        gold_of.append(label if label != "-" else f"-{i}")
        sys_of.append(by_source[r.article_key, r.source_id])
    cells = Counter(zip(gold_of, sys_of, strict=True))
    gold_sizes, sys_sizes = Counter(gold_of), Counter(sys_of)
    tp = sum(_pairs(n) for n in cells.values())
    pred, true = sum(_pairs(n) for n in sys_sizes.values()), sum(_pairs(n) for n in gold_sizes.values())
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    n = len(gold_of)
    # B-cubed: for each record, |its system cluster ∩ its gold cluster| / |system cluster| (precision), / |gold| (recall)
    bp = sum(c * c / sys_sizes[s] for (_, s), c in cells.items()) / n if n else 1.0
    br = sum(c * c / gold_sizes[g] for (g, _), c in cells.items()) / n if n else 1.0
    return {"records": n, "gold_clusters": len(gold_sizes), "system_clusters": len(sys_sizes),
            "pairwise_precision": round(p, 4), "pairwise_recall": round(r, 4),
            "pairwise_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "bcubed_precision": round(bp, 4), "bcubed_recall": round(br, 4),
            "bcubed_f1": round(2 * bp * br / (bp + br), 4) if bp + br else 0.0}


def errors(records, by_source, gold, limit: int = 15) -> dict[str, list]:
    """The gold clusters the system splits and the system identities that join gold clusters."""
    split, joined = defaultdict(Counter), defaultdict(Counter)
    for r in records:
        label = gold.get(" ".join(r.name.split()))
        if label is None or label == "-":
            continue
        ident = by_source[r.article_key, r.source_id]
        split[label][ident] += 1
        joined[ident][label] += 1
    return {"split": sorted(((k, len(v), sum(v.values())) for k, v in split.items() if len(v) > 1),
                            key=lambda x: -x[2])[:limit],
            "joined": [sorted(v) for v in joined.values() if len(v) > 1][:limit]}


def scale(n: int) -> dict:
    """Seconds for ``n`` synthetic records (real-looking names across many articles)."""
    from sayso.corpus.identity import resolve_identities
    from sayso.corpus.types import SourceRecord

    firsts = ["Tim", "Timothy", "Hillary", "Donald", "Bernie", "Mary", "John", "Ann", "Jose", "Li"]
    lasts = [f"Surname{i}" for i in range(5000)]
    recs = []
    per_article = 10
    for a in range(n // per_article):
        names = tuple(f"{firsts[(a + j) % len(firsts)]} {lasts[(a * 7 + j * 13) % len(lasts)]}" for j in range(per_article - 3))
        names += ("officials", "the White House", lasts[(a * 7) % len(lasts)])
        for j, name in enumerate(names):
            recs.append(SourceRecord(f"art{a}", f"S{j + 1}", name, "person" if j < per_article - 3 or j == 9 else
                                     ("anonymous" if j == 7 else "government"), article_names=names))
    start = time.perf_counter()
    result = resolve_identities(recs)
    elapsed = time.perf_counter() - start
    return {"records": len(recs), "identities": len(result.identities), "seconds": round(elapsed, 2),
            "records_per_s": round(len(recs) / elapsed)}


def evaluate(reports: list[tuple[str, dict]], gold_path: Path = GOLD) -> dict:
    from sayso.corpus.identity import resolve_identities

    gold = load_gold(gold_path)
    records = records_from_reports(reports)
    result = resolve_identities(records)
    out = score(records, result.by_source, gold)
    out["errors"] = errors(records, result.by_source, gold)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=Path)
    ap.add_argument("--split", choices=["train", "dev"])
    ap.add_argument("--scale", type=int, default=0)
    args = ap.parse_args(argv)
    if args.reports:
        reports = read_reports(args.reports)
    elif args.split:
        reports = analyse_split(args.split)
    else:
        reports = []
    if reports:
        print(json.dumps(evaluate(reports), indent=1, ensure_ascii=False))
    if args.scale:
        print(json.dumps({"scale": scale(args.scale)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
