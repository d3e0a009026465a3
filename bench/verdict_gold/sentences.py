"""The blind audits of single news sentences: rows for ``sentences.jsonl`` and the texts they index.

    python bench/verdict_gold/build.py [/work/coord]     # builds these rows with the others

An audit of sentences (``m53`` to ``m69`` ...: folder ``audit53`` ... of the coordination folder) drew
sentences of the MSR Paraphrase corpus (``../shared/data/paraphrase``: wire news of many outlets, 2004-05), analysed
each one alone with sayso's defaults and had blind readers judge every prediction (``AUDITOR53.md``):

- ``sealed.json``: ``[{"n": 1, "text": ..., "report": <sayso.report/1>}, ...]``, the output the readers saw;
- ``verdicts_<reader>.md``: per sentence a header ``## S<n>``, one line per prediction (``A1 C``, ``A2 W
  wrong_speaker — reason``, ``A3 P — reason``) and ``MISSED <k>``.

One row per judged prediction, as the PTC rows (``build.py``), its sentence named by ``sentence_key`` (the first 12 hex
digits of the sha1 of its exact text) and its ``corpus`` (``msr-train``, ``msr-dev``), and one ``missed`` row per
sentence with the length of its text. Offsets and labels only: the sentences stay in ``../shared``
(``msr_sentences`` finds them by key).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

from verdict_gold.rows import build_audits

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
MSR = SHARED / "paraphrase"
# audit name -> (its folder in the coordination folder, the MSR split it drew from)
AUDITS = {"m53": ("audit53", "train"), "m54": ("audit54", "train"), "m55": ("audit55", "train"), "m56": ("audit56", "train"),
          "m57": ("audit57", "train"), "m58": ("audit58", "train"), "m59": ("audit59", "train"),
          "m60": ("audit60", "train"), "m61": ("audit61", "train"),
          "m62": ("audit62", "train"), "m63": ("audit63", "train"),
          "m64": ("audit64", "train"),
          "m65": ("audit65", "train"),
          "m66": ("audit66", "train"),
          "m67": ("audit67", "train"),
          "m68": ("audit68", "train"),
          "m69": ("audit69", "train"),
          "m70": ("audit70", "train"),
          "m71": ("audit71", "train"),
          "m72": ("audit72", "train"), "m73": ("audit73", "train"),
          "m74": ("audit74", "train"), "m75": ("audit75", "train"),
          "m76": ("audit76", "train"), "m77": ("audit77", "train"),
          "m78": ("audit78", "train"), "m79": ("audit79", "train"),
          "m80": ("audit80", "train"), "m81": ("audit81", "train"),
          "m82": ("audit82", "train"), "m83": ("audit83", "dev"),
          "m84": ("audit84", "dev"),
          "m85": ("audit85", "dev")}
HEADER = re.compile(r"^#+\s*S(\d+)\b")
LINE = re.compile(r"^\**(A|T)(\d+)\**\s*[:—–-]?\s*\**([CPW])\b\**\s*(.*)$")  # A: an attribution, T: a stance
MISSED = re.compile(r"^\**MISSED\**\s*:?\s*(\d+)")
# the readers' class words (AUDITOR53.md) -> the names the PTC rows use
CLASSES = {"not_attribution": "not_attribution", "wrong_speaker": "wrong_speaker", "content": "content_wrong",
           "content_wrong": "content_wrong", "writer_voice": "writers_voice", "writers_voice": "writers_voice",
           "run_on": "run_on"}


def sentence_key(text: str) -> str:
    """The name a sentence goes by in the rows: the first 12 hex digits of the sha1 of its exact text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def msr_sentences(folder: Path = MSR, splits: tuple[str, ...] = ("train", "dev")) -> dict[str, str]:
    """Every sentence of the MSR Paraphrase splits found in ``folder``, by ``sentence_key``; {} without the folder."""
    out: dict[str, str] = {}
    for split in splits:
        path = folder / f"msr_paraphrase_{split}.txt"
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 5 or row[0] == "Quality":
                    continue
                for text in row[3:5]:
                    out[sentence_key(text)] = text
    return out


def w_class(reason: str) -> str:
    """The W class a reader's reason starts with, in the PTC rows' names; ``other`` for any other word."""
    word = reason.strip().lstrip("`*").split(" ", 1)[0].strip("`*—–-:,.") if reason.strip() else ""
    return CLASSES.get(word.lower(), "other")


def parse(path: Path, header: re.Pattern[str] = HEADER
          ) -> tuple[dict[int, list[tuple[str, str, str]]], dict[int, int], list[str]]:
    """Per sentence number: its (prediction id ``A3``/``T1``, verdict, reason) lines; its MISSED count; odd lines.

    ``header`` numbers the sections (``## S<n>``; the audits of whole PolNeAR articles write ``## Page <k>``)."""
    verdicts: dict[int, list[tuple[str, str, str]]] = {}
    missed: dict[int, int] = {}
    odd: list[str] = []
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if m := header.match(line):
            current = int(m.group(1))
            verdicts.setdefault(current, [])
        elif current is None:
            continue
        elif m := LINE.match(line):
            verdicts[current].append((m.group(1) + m.group(2), m.group(3), m.group(4)))
        elif m := MISSED.match(line):
            missed[current] = missed.get(current, 0) + int(m.group(1))
        elif re.match(r"^\**[AT]\d+\b", line):
            odd.append(f"{path.name}: {line[:80]}")
    return verdicts, missed, odd


def span(d: dict | None) -> list[int] | None:
    return [d["start"], d["end"]] if d else None


def audit_rows(folder: Path, audit: str, split: str) -> tuple[list[dict], list[str]]:
    """One sentence audit's rows: a row per judged prediction, a ``missed`` row per sentence; and what did not map."""
    sealed = {s["n"]: s for s in json.loads((folder / "sealed.json").read_text(encoding="utf-8"))}
    rows: list[dict] = []
    problems: list[str] = []
    seen: set[int] = set()
    for path in sorted(folder.glob("verdicts_*.md")):
        auditor = path.stem.removeprefix("verdicts_")
        verdicts, missed, odd = parse(path)
        problems += [f"audit {audit} {o}" for o in odd]
        for n, lines in sorted(verdicts.items()):
            if n not in sealed:
                problems.append(f"audit {audit} {path.name}: S{n} is no sentence of sealed.json")
                continue
            seen.add(n)
            text = sealed[n]["text"]
            key = sentence_key(text)
            report = sealed[n]["report"]
            preds = {a["id"]: a for a in report["attributions"] + (report.get("stances") or [])}
            judged = set()
            for k, verdict, reason in lines:
                p = preds.get(k)
                if p is None:
                    problems.append(f"audit {audit} {path.name} S{n}: {k} is no prediction of sealed.json")
                    continue
                judged.add(k)
                rows.append({"sentence": key, "corpus": f"msr-{split}", "audit": audit, "auditor": auditor,
                             "kind": "stance" if k[0] == "T" else "attribution", "id": k, "cue": span(p.get("cue")),
                             "content": span(p.get("content")), "source_span": span(p.get("source_span")),
                             "verdict": verdict, "w_class": w_class(reason) if verdict == "W" else None})
            if len(judged) < len(preds):
                problems.append(f"audit {audit} {path.name} S{n}: {len(preds) - len(judged)} of {len(preds)} "
                                "predictions have no verdict")
            if n not in missed:
                problems.append(f"audit {audit} {path.name} S{n}: no MISSED line")
            rows.append({"sentence": key, "corpus": f"msr-{split}", "audit": audit, "auditor": auditor,
                         "kind": "missed", "missed": missed.get(n), "text_length": len(text)})
    for n in sorted(set(sealed) - seen):
        problems.append(f"audit {audit}: S{n} has no verdicts")
    return rows, problems


def build(coord: Path, committed: list[dict], audits: dict[str, tuple[str, str]] = AUDITS
          ) -> tuple[list[dict], list[str]]:
    """The rows of ``audits`` from their folders under ``coord``; an audit whose folder is gone keeps the rows
    ``committed`` holds for it."""
    return build_audits(((audit, coord / name) for audit, (name, _) in audits.items()), committed, "sealed.json",
                        lambda folder, audit: audit_rows(folder, audit, audits[audit][1]))
