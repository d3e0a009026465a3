"""Every prediction whose source is a pronoun or a relative, with the name it was resolved to.

    PYTHONPATH=src python bench/pronoun_speakers.py html  [--cache DIR]        # html train pages, against the gold names
    PYTHONPATH=src python bench/pronoun_speakers.py polnear --n 150 [--cache DIR]  # PolNeAR train: for reading
    PYTHONPATH=src python bench/pronoun_speakers.py ptc --n 60 [--cache DIR]       # PTC train: for reading

A wrong speaker behind a pronoun puts words in someone's mouth; this lists them for counting. On the
html train pages (``bench/html_gold``, whose gold names the resolved source) each matched pronoun
prediction is marked ok or WRONG; on PolNeAR and PTC **train** (no name gold) each is printed with the
sentence before it, for a reader to count. Never run on PTC dev or PolNeAR dev articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from loading import load_module  # noqa: E402

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "who", "which", "that", "him", "her", "them"})


def reports(keys: list[str], articles: list, cache: Path | None) -> dict[str, dict]:
    """sayso's report of each article, read from ``cache`` when there, else made now (and stored)."""
    out: dict[str, dict] = {}
    todo = []
    for key, art in zip(keys, articles, strict=True):
        path = cache / f"{key}.json" if cache else None
        if path is not None and path.exists():
            out[key] = json.loads(path.read_text(encoding="utf-8"))
        else:
            todo.append((key, art))
    if todo:
        import sayso

        for (key, _), rep in zip(todo, sayso.analyze_many([a for _, a in todo], techniques=False, claims=False),
                                 strict=True):
            out[key] = rep.to_dict()
            if cache is not None:
                cache.mkdir(parents=True, exist_ok=True)
                (cache / f"{key}.json").write_text(json.dumps(out[key]), encoding="utf-8")
    return out


def pronoun_rows(rep: dict) -> list[dict]:
    """The attributions whose source mention is one pronoun or relative."""
    names = {s["id"]: s["name"] for s in rep["sources"]}
    text = rep["article"]["text"]
    rows = []
    for a in rep["attributions"]:
        span = a.get("source_span")
        if not span or text[span["start"]:span["end"]].strip().lower() not in PRONOUNS:
            continue
        start = span["start"]
        before = text.rfind(".", 0, max(0, text.rfind(".", 0, start - 2)))
        rows.append({"pronoun": text[span["start"]:span["end"]], "name": names.get(a.get("source")), "at": start,
                     "context": " ".join(text[max(0, before + 1, start - 400):start + 80].split()),
                     "confidence": a.get("confidence")})
    return rows


def html(cache: Path | None) -> None:
    score = load_module("score_html_gold", ROOT / "score_html_gold.py")
    check = load_module("source_type_check", ROOT / "source_type_check.py")
    build = check._load_build()
    pages = check.train_pages()
    reps = reports([build.short_id(p) for p in pages], [build.page_article(build.DATA, p)[2] for p in pages], cache)
    gold = json.loads(build.GOLD.read_text(encoding="utf-8"))
    tally: Counter[str] = Counter()
    for pid in pages:
        rep = reps[build.short_id(pid)]
        text = rep["article"]["text"]
        atts, _, _ = score.gold_page(pid, gold["pages"][pid], text)
        pred = score.report_atts(rep)
        pairs = dict((pi, gi) for gi, pi in score.match(atts, pred))
        for pi, p in enumerate(pred):
            if p.source_span is None or text[p.source_span[0]:p.source_span[1]].strip().lower() not in PRONOUNS:
                continue
            word = text[p.source_span[0]:p.source_span[1]].strip()
            if pi not in pairs:
                tally["unmatched"] += 1
                mark, gname = "EXTRA", "-"
            else:
                gname = atts[pairs[pi]].source
                ok = score.same_source(gname, p.source)
                tally["ok" if ok else "wrong"] += 1
                mark = "ok   " if ok else "WRONG"
            ctx = " ".join(text[max(0, p.source_span[0] - 250):p.source_span[1] + 60].split())
            print(f"{mark} {build.short_id(pid)} {word!r} -> {p.source!r} gold {gname!r}\n      … {ctx}")
    print(dict(tally))


def corpus(kind: str, n: int, cache: Path | None) -> None:
    from sayso.ingest import read_inputs

    folder = Path("/work/shared/data/polnear/train" if kind == "polnear" else "/work/shared/data/ptc/train")
    every = sorted(folder.glob("*.txt"))
    paths = every[::max(1, len(every) // n)][:n]  # spread over the outlets, not the first alphabetically
    arts = [item.article for item in read_inputs([str(p) for p in paths])]
    keys = [p.stem for p in paths]
    reps = reports(keys, arts, cache)
    total = 0
    for key in keys:
        for row in pronoun_rows(reps[key]):
            total += 1
            print(f"{key[:40]} {row['at']} {row['pronoun']!r} -> {row['name']!r} ({row['confidence']})\n"
                  f"      … {row['context']}")
    print("pronoun sources:", total)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", choices=("html", "polnear", "ptc"))
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--cache", type=Path, help="folder for the reports (reused when present)")
    args = ap.parse_args(argv)
    if args.set == "html":
        html(args.cache)
    else:
        corpus(args.set, args.n, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
