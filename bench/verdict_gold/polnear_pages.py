"""The blind page audits of whole PolNeAR articles: rows for ``polnear_pages.jsonl`` and the texts they index.

    python bench/verdict_gold/build.py [/work/coord]     # builds these rows with the others

A page audit of PolNeAR (``p70`` ...: folder ``paudit70`` of the coordination folder) drew whole articles of the
PolNeAR train split (``../shared/data/polnear/train/<stem>.txt``: US political news of 2015-16), analysed each with
sayso's defaults and had blind readers judge every prediction:

- ``sealed.json``: ``[{"page": 1, "file": "<stem>.txt", "text": ..., "report": <sayso.report/1>}, ...]``, the output
  the readers saw;
- ``verdicts_<reader>.md``: per article a header ``## Page <k>``, then the lines the sentence audits write
  (``sentences.py`` parses both): ``A1 C``, ``A2 W content — reason``, ``T1 P — reason``, ``MISSED <n>``.

One row per judged prediction, as the sentence rows, its article named by ``stem`` (the PolNeAR file name without
``.txt``) and ``corpus`` (``polnear-train``), and one ``missed`` row per article with ``text_length`` and ``text_sha``
(``html_gold``'s fingerprint, as ``pages.jsonl``) of the text its offsets index, so a changed file shows. Offsets and
labels only: the articles stay in ``../shared`` (``polnear_path`` finds one).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from score_html_gold import span_hash
from verdict_gold.rows import build_audits
from verdict_gold.sentences import parse, span, w_class

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear"
CORPUS = "polnear-"  # + the split: a row's ``corpus``
# audit name -> (its folder in the coordination folder, the PolNeAR split it drew from)
AUDITS = {"p70": ("paudit70", "train"), "p71": ("paudit71", "train"), "p72": ("paudit72", "train"), "p73": ("paudit73", "train"),
          "p74": ("paudit74", "train"), "p75": ("paudit75", "train"), "p76": ("paudit76", "train"),
          "p77": ("paudit77", "train"), "p78": ("paudit78", "train"),
          "p79": ("paudit79", "train"), "p80": ("paudit80", "train"),
          "p81": ("paudit81", "train"), "p82": ("paudit82", "train"),
          "p83": ("paudit83", "train"), "p84": ("paudit84", "train"),
          "p85": ("paudit85", "train"),
          "p86": ("paudit86", "train")}
HEADER = re.compile(r"^#+\s*Page\s+(\d+)\b")


def polnear_path(stem: str, split: str, folder: Path = POLNEAR) -> Path:
    """The PolNeAR file an audited article is (it may be absent: ``../shared`` is not always there)."""
    return folder / split / f"{stem}.txt"


def audit_rows(folder: Path, audit: str, split: str, polnear: Path = POLNEAR) -> tuple[list[dict], list[str]]:
    """One page audit's rows: a row per judged prediction, a ``missed`` row per article; and what did not map
    (a sealed text that is no longer its PolNeAR file, where that file is there to compare)."""
    sealed = {s["page"]: s for s in json.loads((folder / "sealed.json").read_text(encoding="utf-8"))}
    rows: list[dict] = []
    problems: list[str] = []
    for k, s in sorted(sealed.items()):
        path = polnear_path(Path(s["file"]).stem, split, polnear)
        if path.exists() and path.read_text(encoding="utf-8") != s["text"]:
            problems.append(f"audit {audit}: the text of page {k} is not {path} today")
    seen: set[int] = set()
    for path in sorted(folder.glob("verdicts_*.md")):
        auditor = path.stem.removeprefix("verdicts_")
        verdicts, missed, odd = parse(path, HEADER)
        problems += [f"audit {audit} {o}" for o in odd]
        for k, lines in sorted(verdicts.items()):
            if k not in sealed:
                problems.append(f"audit {audit} {path.name}: page {k} is no page of sealed.json")
                continue
            seen.add(k)
            text = sealed[k]["text"]
            name = {"stem": Path(sealed[k]["file"]).stem, "corpus": f"{CORPUS}{split}", "audit": audit,
                    "auditor": auditor}
            report = sealed[k]["report"]
            preds = {a["id"]: a for a in report["attributions"] + (report.get("stances") or [])}
            judged = set()
            for pid, verdict, reason in lines:
                p = preds.get(pid)
                if p is None:
                    problems.append(f"audit {audit} {path.name} page {k}: {pid} is no prediction of sealed.json")
                    continue
                judged.add(pid)
                rows.append(name | {"kind": "stance" if pid[0] == "T" else "attribution", "id": pid,
                                    "cue": span(p.get("cue")), "content": span(p.get("content")),
                                    "source_span": span(p.get("source_span")), "verdict": verdict,
                                    "w_class": w_class(reason) if verdict == "W" else None})
            if len(judged) < len(preds):
                problems.append(f"audit {audit} {path.name} page {k}: {len(preds) - len(judged)} of {len(preds)} "
                                "predictions have no verdict")
            if k not in missed:
                problems.append(f"audit {audit} {path.name} page {k}: no MISSED line")
            rows.append(name | {"kind": "missed", "missed": missed.get(k), "text_length": len(text),
                                "text_sha": span_hash(text)})
    for k in sorted(set(sealed) - seen):
        problems.append(f"audit {audit}: page {k} has no verdicts")
    return rows, problems


def build(coord: Path, committed: list[dict], audits: dict[str, tuple[str, str]] = AUDITS,
          polnear: Path = POLNEAR) -> tuple[list[dict], list[str]]:
    """The rows of ``audits`` from their folders under ``coord``; an audit whose folder is gone keeps the rows
    ``committed`` holds for it."""
    return build_audits(((audit, coord / name) for audit, (name, _) in audits.items()), committed, "sealed.json",
                        lambda folder, audit: audit_rows(folder, audit, audits[audit][1], polnear))
