"""Build ``verdicts.jsonl``: the blind audits' verdicts (23-30, 32-39) on sayso's own predictions, as offsets.

    python bench/verdict_gold/build.py [/work/coord]

Each audit judged the predictions its base code made on PTC articles (train; dev from audit 46 on: ``audit2N/sealed_base/<id>.json``,
listed as ``A<n>`` / ``ST<n>`` in ``list_base/<id>.md``) C (right), P (partly: one defect) or W (wrong, with a class
word); ``verdicts_*.md`` hold one line per prediction, then what was MISSED and a TOTAL per article. One row per
judged prediction: article id, audit, auditor, kind (attribution / stance), cue, content and source offsets,
verdict and W class; one ``missed`` row per article (the auditor's MISSED count, for recall). Offsets and labels
only, no names or words of the articles (a garbled source may be a phrase of one): the articles stay in ``../shared`` (``bench/train_filter.py`` reads them there).

An audit whose folder is no longer in the coordination folder keeps the rows ``verdicts.jsonl`` already holds for
it (``committed_rows``), so one new audit is added without the folders of the old ones (audit 31's folder was lost before it
was added: it is not here).

``sentences.jsonl`` holds the rows of the blind audits of single wire-news sentences (``m53`` ...: ``sentences.py``);
``polnear_pages.jsonl`` those of the blind page audits of whole PolNeAR articles (``p70`` ...: ``polnear_pages.py``),
each named by its file stem, its ``missed`` row with the length and hash of the text, as the pages below.

``pages.jsonl`` holds the same rows for the blind audits of real news pages of ``../shared/data/html-articles``
(``h32`` ...: folder ``audit32h``, its ``text/<page>.txt`` the main text sayso extracted, listed and judged as the PTC
audits): each row names its ``page`` by the first 12 hex digits of the page id, and the ``missed`` row of a page
gives ``text_length`` and ``text_sha`` (``html_gold``'s fingerprint) of the text its offsets index into, so a
change of the extraction shows (``tests/test_verdict_gold.py`` checks it against today's).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from score_html_gold import span_hash  # noqa: E402  the page-text fingerprint html_gold stores
from verdict_gold import polnear_pages, sentences  # noqa: E402  the audits of single news sentences, of PolNeAR
from verdict_gold.rows import PAGES, POLNEAR_PAGES, SENTENCES, VERDICTS, build_audits, read_rows  # noqa: E402

AUDITS = (23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51)
OUT = VERDICTS
# the blind audits of real news pages (../shared/data/html-articles): h<N> in the folder audit<N>h, page ids by
# their first 12 hex digits, offsets into the text sayso extracted (``text_length`` and ``text_sha`` say which)
PAGE_AUDITS = ("h32", "h33", "h34", "h35", "h42", "h43")
PAGES_OUT = PAGES
LINE = re.compile(r"^\**(A|ST|T)(\d+)\**\s*(?:[—–:-]\s*)?([CPW])\b\s*(?:[—–:-]\s*)?(.*)$")
STANCE = "ST"  # a stance's line: the listings number stances T1 ... (the report's ids), older ones ST1 ...
ID = r"(\d{6,}|[0-9a-f]{12})"  # a PTC article number, or a page id's first 12 hex digits
ARTICLE = re.compile(rf"^##\s+{ID}\b")
TOTAL = re.compile(rf"^TOTAL\s+{ID}\s*:.*?\bM\s+(\d+)")
ROW = re.compile(rf"^\|\s*{ID}\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|")
# the auditors' W classes (AUDITOR.md), by the words their reasons start with
CLASSES = (("not an attribution", "not_attribution"), ("writer's voice", "writers_voice"),
           ("writer’s voice", "writers_voice"), ("wrong speaker", "wrong_speaker"),
           ("content not what was said", "content_wrong"), ("run-on", "run_on"), ("stance", "stance_no_position"),
           ("other", "other"), ("garbled", "other"))


def w_class(reason: str) -> str | None:
    """The W class a reason names first (its opening words), None when it names none."""
    head = reason.strip().lower()
    for words, name in CLASSES:
        if head.startswith(words):
            return name
    hits = [(head.find(w), name) for w, name in CLASSES if w in head]
    return min(hits)[1] if hits else None


def span(d: dict | None) -> list[int] | None:
    return [d["start"], d["end"]] if d else None


def parse(path: Path) -> tuple[dict[str, list[tuple[str, int, str, str]]], dict[str, int], list[str]]:
    """Per article: (A|ST, n, verdict, reason) lines; the MISSED count; lines that look like verdicts but do not parse."""
    verdicts: dict[str, list] = {}
    missed: dict[str, int] = {}
    listed: dict[str, int] = {}
    odd, art, in_missed = [], None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if m := ARTICLE.match(line):
            art, in_missed = m.group(1), False
            verdicts.setdefault(art, [])
            listed.setdefault(art, 0)
            continue
        if m := TOTAL.match(line):
            missed[m.group(1)] = int(m.group(2))
            continue
        if m := ROW.match(line):
            missed.setdefault(m.group(1), int(m.group(6)))
            continue
        if art is None:
            continue
        if m := LINE.match(line):
            verdicts[art].append((STANCE if m.group(1) == "T" else m.group(1), int(m.group(2)), m.group(3), m.group(4)))
            in_missed = False
        elif line.upper().startswith("MISSED"):
            in_missed = True
            if line.split(":", 1)[-1].strip() and line.rstrip(":").upper() != "MISSED":
                listed[art] += 1
        elif in_missed and line.startswith(("-", "*")):
            listed[art] += 1
        elif re.match(r"^(A|ST|T)\d+\b", line):
            odd.append(f"{path.name}: {line[:80]}")
    for a, n in listed.items():
        missed.setdefault(a, n)
    return verdicts, missed, odd


def committed_rows(path: Path) -> list[dict]:
    """The rows ``path`` (a verdicts.jsonl) already holds; none where it does not exist."""
    return read_rows(path) if path.exists() else []


def audit_rows(folder: Path, audit: int | str, page: bool = False) -> tuple[list[dict], list[str]]:
    """One audit folder's rows: a row per judged prediction and a ``missed`` row per article (for a page audit,
    with the length and hash of the page text its offsets index into)."""
    rows, problems = [], []
    key = "page" if page else "article"
    ids = json.loads((folder / "SET.json").read_text(encoding="utf-8"))["ids"]
    seen: set[str] = set()
    for path in sorted(folder.glob("verdicts_*.md")):
        auditor = path.stem.removeprefix("verdicts_")
        verdicts, missed, odd = parse(path)
        problems += [f"audit {audit} {o}" for o in odd]
        for art, lines in verdicts.items():
            if art not in ids:
                problems.append(f"audit {audit} {path.name}: article {art} not in SET.json")
                continue
            seen.add(art)
            sealed = json.loads((folder / "sealed_base" / f"{art}.json").read_text(encoding="utf-8"))
            preds = {("A", int(a["id"][1:])): a for a in sealed["attributions"]}
            preds |= {("ST", int(s["id"][1:])): s for s in sealed.get("stances", [])}
            mine = []
            for kind, n, verdict, reason in lines:
                p = preds.get((kind, n))
                if p is None:
                    problems.append(f"audit {audit} {path.name} {art}: {kind}{n} is no prediction of sealed_base")
                    continue
                mine.append({key: art, "audit": audit, "auditor": auditor,
                             "kind": "attribution" if kind == "A" else "stance", "id": f"{kind}{n}",
                             "cue": span(p.get("cue")), "content": span(p.get("content")),
                             "source_span": span(p.get("source_span")),
                             "verdict": verdict,
                             "w_class": w_class(reason) if verdict == "W" else None})
            unjudged = len(preds) - len({(r["kind"], r["id"]) for r in mine})
            if unjudged:
                problems.append(f"audit {audit} {path.name} {art}: {unjudged} of {len(preds)} predictions have no verdict")
            rows += mine
            tail = {key: art, "audit": audit, "auditor": auditor, "kind": "missed", "missed": missed.get(art)}
            if page:
                text = (folder / "text" / f"{art}.txt").read_text(encoding="utf-8")
                tail |= {"text_length": len(text), "text_sha": span_hash(text)}
            rows.append(tail)
    for art in sorted(set(ids) - seen):
        problems.append(f"audit {audit}: article {art} has no verdicts")
    return rows, problems


def build(coord: Path, committed: Path = OUT, audits: tuple | None = None,
          page: bool = False) -> tuple[list[dict], list[str]]:
    """The rows of ``audits`` (PTC numbers, or page audits ``h<N>`` with ``page``) from their folders under
    ``coord``; an audit whose folder is gone keeps the rows ``committed`` holds for it."""
    audits = AUDITS if audits is None else audits
    folders = ((audit, coord / (f"audit{audit[1:]}h" if page else f"audit{audit}")) for audit in audits)
    return build_audits(folders, committed_rows(committed), "SET.json",
                        lambda folder, audit: audit_rows(folder, audit, page))


def write(rows: list[dict], out: Path) -> None:
    out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")


def summary(rows: list[dict], audits: tuple) -> list[str]:
    lines = []
    for audit in audits:
        mine = [r for r in rows if r["audit"] == audit and r["kind"] != "missed"]
        arts = {r.get("article", r.get("page", r.get("sentence", r.get("stem")))) for r in rows if r["audit"] == audit}
        lines.append(f"audit {audit}: {len(arts)} articles, {len(mine)} verdicts "
                     + " ".join(f"{v} {sum(r['verdict'] == v for r in mine)}" for v in "CPW")
                     + f", missed {sum(r['missed'] or 0 for r in rows if r['audit'] == audit and r['kind'] == 'missed')}")
    return lines


def main() -> None:
    coord = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/coord")
    for out, audits, page in ((OUT, AUDITS, False), (PAGES_OUT, PAGE_AUDITS, True)):
        rows, problems = build(coord, out, audits, page)
        write(rows, out)
        for line in summary(rows, audits):
            print(line)
        for p in problems:
            print("  could not map:", p)
        print(f"wrote {out} ({len(rows)} rows)", file=sys.stderr)
    for out, kind in ((SENTENCES, sentences), (POLNEAR_PAGES, polnear_pages)):
        rows, problems = kind.build(coord, committed_rows(out))
        write(rows, out)
        for line in summary(rows, tuple(kind.AUDITS)):
            print(line)
        for p in problems:
            print("  could not map:", p)
        print(f"wrote {out} ({len(rows)} rows)", file=sys.stderr)


if __name__ == "__main__":
    main()
