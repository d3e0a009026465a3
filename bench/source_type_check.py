"""Type and name accuracy of the sources sayso reports, against a hand-marked check set.

    PYTHONPATH=src python bench/source_type_check.py [--json]      # score against bench/source_types_gold.tsv
    PYTHONPATH=src python bench/source_type_check.py --dump FILE   # list every source, for marking by hand

"Who is quoted most" across a corpus counts sources by name and type, so a person typed an
organisation, or "Some" as a name, miscounts the corpus. The pages are the ``train`` pages of
``bench/html_gold/gold.json`` (html-articles train pages and PTC **train** articles; never PTC dev).

The check set (``bench/source_types_gold.tsv``) stores no article text: one row per source, keyed by
the page id and the character offsets of one of its mentions (the first one met when it was marked),
with the name and type sayso gave then, the right type and the right name ("=" when the name was
right; several right names separated by " / "). A source is scored by the predicted source that
holds a mention overlapping that offset; none holding it counts as lost, apart from the accuracy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "source_types_gold.tsv"
sys.path.insert(0, str(ROOT))
from loading import load_module  # noqa: E402

HEADER = ("page", "start", "end", "name", "type", "gold_type", "gold_name", "note")


def _load_build():
    return load_module("html_gold_build", ROOT / "html_gold" / "build.py")


class Row(NamedTuple):
    page: str
    start: int
    end: int
    name: str
    type: str
    gold_type: str
    gold_name: str
    note: str


def load_gold(path: Path = GOLD) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("page\t"):
            continue
        cells = line.split("\t") + [""] * len(HEADER)
        page, start, end, name, typ, gold_type, gold_name, note = cells[:len(HEADER)]
        rows.append(Row(page, int(start), int(end), name, typ, gold_type, gold_name or "=", note))
    return rows


def train_pages() -> list[str]:
    """The train page ids of the html gold whose text is html-articles or PTC train (never PTC dev)."""
    build = _load_build()
    gold = json.loads(build.GOLD.read_text(encoding="utf-8"))
    out = []
    for pid, entry in gold["pages"].items():
        if entry["set"] != "train":
            continue
        if pid.startswith(build.PTC) and build.ptc_path(build.DATA, pid).parent.name != "train":
            continue
        out.append(pid)
    return out


def analyse(pages: list[str]) -> dict[str, dict]:
    import sayso

    build = _load_build()
    short = [build.short_id(p) for p in pages]
    articles = [build.page_article(build.DATA, p)[2] for p in pages]
    return {sid: rep.to_dict() for sid, rep in zip(short, sayso.analyze_many(articles, techniques=False, claims=False),
                                                   strict=True)}


def norm(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^\w\s]", " ", name).split())


def dump(reports: dict[str, dict], out: Path) -> None:
    """Every source with a mention: page, first mention, name, type, attributions, description."""
    lines = ["\t".join(("page", "start", "end", "name", "type", "n_attr", "mention", "description"))]
    for page, rep in reports.items():
        counts = Counter(a["source"] for a in rep["attributions"] if a.get("source"))
        for src in rep["sources"]:
            if not src["mentions"] or not counts.get(src["id"]):
                continue
            m = src["mentions"][0]
            lines.append("\t".join((page, str(m["start"]), str(m["end"]), src["name"], src["type"],
                                    str(counts[src["id"]]), m["text"].replace("\n", " "),
                                    (src.get("description") or "").replace("\n", " "))))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def score(rows: list[Row], reports: dict[str, dict]) -> dict:
    """Type accuracy and name accuracy over the marked sources found again; the confusions."""
    found = type_ok = name_ok = 0
    confusions: Counter[str] = Counter()
    for row in rows:
        rep = reports.get(row.page)
        src = None if rep is None else next(
            (s for s in rep["sources"] if any(m["start"] < row.end and row.start < m["end"] for m in s["mentions"])), None)
        if src is None:
            continue
        found += 1
        if src["type"] == row.gold_type:
            type_ok += 1
        else:
            confusions[f"{row.gold_type}->{src['type']}"] += 1
        right = [row.name] if row.gold_name == "=" else row.gold_name.split(" / ")
        name_ok += norm(src["name"]) in {norm(n) for n in right}
    return {
        "marked": len(rows), "found": found, "lost": len(rows) - found,
        "type_accuracy": round(type_ok / found, 4) if found else 0.0,
        "name_accuracy": round(name_ok / found, 4) if found else 0.0,
        "type_errors": found - type_ok, "name_errors": found - name_ok,
        "confusions": dict(confusions.most_common()),
    }


def evaluate(path: Path = GOLD) -> dict:
    """The scores of the check set: sayso run on the pages it marks (what the gate test reads)."""
    rows = load_gold(path)
    build = _load_build()
    pages = [p for p in train_pages() if build.short_id(p) in {r.page for r in rows}]
    return score(rows, analyse(pages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write every source of the train pages to this TSV")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.dump is not None:
        dump(analyse(train_pages()), args.dump)
        return 0
    result = evaluate()
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:15} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
