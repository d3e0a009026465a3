"""Draw a blind audit of issue 12 and write what its readers get.

    python bench/verdict_gold/draw.py wire N OUT     # 240 MSR sentences (train, then dev), each analysed alone
    python bench/verdict_gold/draw.py pages N OUT    # 8 whole PolNeAR train articles

Both write ``OUT/sealed.json`` (the texts and the reports the readers judge: ``sentences.py`` and
``polnear_pages.py`` read it back) and two listings for two readers; ``pages`` also ``OUT/pages.json``, the file
names drawn. Each reader gets one listing and the brief of its kind (``briefs/wire_sentences.md``,
``briefs/polnear_pages.md``) and writes ``OUT/verdicts_<tag>.md``; ``build.py`` turns the verdicts into rows once
the audit is added to ``AUDITS`` of its kind.

The recipes, so a draw is held out from every earlier one:

- wire audit N: ``random.Random(N).sample(sorted(MSR sentences not in sentences.jsonl), 240)`` (all that are
  left once fewer remain), from the first split of ``WIRE_SPLITS`` that still holds such sentences (train until audit
  82 drew its last 111, then dev); listings
  ``list_aN.md`` (S1-S120) and ``list_bN.md`` (S121-S240);
- page audit N: PolNeAR train files in ``random.Random(N).sample(sorted(files), all)`` order, passing over the
  files of committed page audits and those an early page audit (P69, whose list was lost) may have shown (every
  file of ``random.Random(69)`` order up to its 12th of 1,500-7,000 characters); the first 8 of 1,500-7,000
  characters on which the code predicts 6-25 attributions and stances; listings ``list_pNa.md`` (pages 1-4) and
  ``list_pNb.md`` (pages 5-8).

Techniques and check-worthy claims are off: the readers judge attributions and stances only.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/, for ``verdict_gold`` run as a script

from verdict_gold.polnear_pages import POLNEAR  # noqa: E402
from verdict_gold.rows import POLNEAR_PAGES, SENTENCES, read_rows  # noqa: E402
from verdict_gold.sentences import MSR, msr_sentences  # noqa: E402

WIRE_SIZE = 240
WIRE_SPLITS = ("train", "dev")  # the MSR splits wire audits draw from, in turn: the next once one is spent
PAGES = 8
PAGE_CHARS = (1_500, 7_000)  # an article a reader can judge whole in one sitting
PAGE_PREDICTIONS = (6, 25)  # enough rows to judge, not a page that swamps its reader
LOST_AUDIT = 69  # the page audit whose file list was lost
LOST_AUDIT_PAGES = 12  # how many pages of length it ran through, at most


def wire_pool(sentences: dict[str, str], seen: set[str]) -> list[str]:
    """The sentences an audit may draw: every one whose key no committed audit holds, in a fixed order."""
    return sorted(text for key, text in sentences.items() if key not in seen)


def wire_split(splits: dict[str, dict[str, str]], seen: set[str]) -> tuple[str, list[str]]:
    """The split a wire audit draws from, the first in order whose pool is not empty, with that pool; ("", []) once
    every split is spent."""
    for split, sentences in splits.items():
        if pool := wire_pool(sentences, seen):
            return split, pool
    return "", []


def draw_wire(n: int, pool: list[str], size: int = WIRE_SIZE) -> list[str]:
    """Wire audit ``n``'s sentences: a seeded sample of the pool, in sample order; the whole pool, in seeded order,
    once fewer than ``size`` sentences are left (audit 82 drew the last 111 of MSR train)."""
    return random.Random(n).sample(pool, min(size, len(pool)))


def fits_page(text: str, chars: tuple[int, int] = PAGE_CHARS) -> bool:
    return chars[0] <= len(text) <= chars[1]


def lost_audit_files(files: list[Path], read: Callable[[Path], str], seed: int = LOST_AUDIT,
                     pages: int = LOST_AUDIT_PAGES) -> list[str]:
    """A superset of the files of the page audit whose list was lost: every file of its seeded order up to the
    ``pages``-th that fits a page."""
    names, fitting = [], 0
    for path in random.Random(seed).sample(files, len(files)):
        names.append(path.name)
        fitting += fits_page(read(path))
        if fitting >= pages:
            break
    return names


def page_candidates(n: int, files: list[Path], excluded: set[str], read: Callable[[Path], str]
                    ) -> Iterator[tuple[Path, str]]:
    """The files page audit ``n`` may draw, in its seeded order, with their text: none excluded, each of a page's
    length."""
    for path in random.Random(n).sample(files, len(files)):
        if path.name in excluded:
            continue
        text = read(path)
        if fits_page(text):
            yield path, text


def choose_pages(candidates: Iterable[tuple[Path, str]], analyse: Callable[[str], dict], pages: int = PAGES,
                 predictions: tuple[int, int] = PAGE_PREDICTIONS) -> list[dict]:
    """The first ``pages`` candidates whose report holds a judgeable number of predictions, numbered from 1."""
    chosen: list[dict] = []
    for path, text in candidates:
        report = analyse(text)
        if predictions[0] <= count_predictions(report) <= predictions[1]:
            chosen.append({"page": len(chosen) + 1, "file": path.name, "text": text, "report": report})
            if len(chosen) == pages:
                break
    return chosen


def count_predictions(report: dict) -> int:
    return len(report["attributions"]) + len(report.get("stances") or [])


def quoted(span: dict | None) -> str:
    return f'"{span["text"]}"' if span else "-"


def content_text(attribution: dict) -> str:
    """The content as a reader should judge it: an interrupted quotation's parts, never the cue between them."""
    parts = attribution.get("content_parts") or []
    if len(parts) > 1:
        return " … ".join(quoted(p) for p in parts) + " (parts of one quote; the words between are not content)"
    return quoted(attribution.get("content"))


def resolved(report: dict, source_id: str | None) -> str:
    source = {s["id"]: s for s in report.get("sources", [])}.get(source_id)
    return f'{source.get("name") or "?"} ({source.get("type") or "unknown"})' if source else "-"


def prediction_lines(report: dict) -> list[str]:
    """One line per attribution (``A<k> [kind] source | resolved | cue | content``) and per stance."""
    lines = []
    for a in report["attributions"]:
        via = f" | via: {a['via']}" if a.get("via") else ""
        lines.append(f"{a['id']} [{a['kind']}] source: {quoted(a.get('source_span'))} | "
                     f"resolved: {resolved(report, a.get('source'))} | cue: {quoted(a.get('cue'))} | "
                     f"content: {content_text(a)}{via}")
    for t in report.get("stances") or []:
        lines.append(f"{t['id']} [stance] holder: {quoted(t.get('source_span') or t.get('holder_span'))} | "
                     f"resolved: {resolved(report, t.get('source') or t.get('holder'))} | "
                     f"cue: {quoted(t.get('cue'))} | target: {quoted(t.get('target') or t.get('content'))}")
    return lines


def sentence_listing(sealed: list[dict]) -> str:
    """A wire reader's listing: per sentence its header, its exact text and its predictions."""
    lines: list[str] = []
    for s in sealed:
        lines += [f"## S{s['n']}", "", s["text"], ""]
        lines += prediction_lines(s["report"]) or ["(no predictions)"]
        lines.append("")
    return "\n".join(lines)


def page_listing(sealed: list[dict]) -> str:
    """A page reader's listing: per article its numbered paragraphs, then every prediction on the whole article."""
    lines: list[str] = []
    for s in sealed:
        lines += [f"## Page {s['page']}", "", "### Text", ""]
        paragraphs = [p for p in s["text"].split("\n") if p.strip()]
        for k, paragraph in enumerate(paragraphs, 1):
            lines += [f"[{k}] {paragraph}", ""]
        lines += ["### Predictions", ""]
        for line in prediction_lines(s["report"]):
            lines += [line, ""]
        lines.append("")
    return "\n".join(lines)


def analyse_all(texts: list[str]) -> list[dict]:
    from sayso.analyzer import analyze_many
    from sayso.model import Article
    return [r.to_dict() for r in analyze_many([Article(text=t) for t in texts], techniques=False, claims=False)]


def draw_wire_audit(n: int, out: Path, msr: Path = MSR) -> None:
    seen = {r["sentence"] for r in read_rows(SENTENCES)}
    split, pool = wire_split({s: msr_sentences(msr, (s,)) for s in WIRE_SPLITS}, seen)
    if not pool:
        raise SystemExit(f"draw: every MSR sentence of {', '.join(WIRE_SPLITS)} is in a committed audit; "
                         "the wire pool is spent")
    texts = draw_wire(n, pool)
    print(f"wire audit {n}: {len(texts)} of the {len(pool)} sentences of MSR {split} no committed audit holds "
          f"(add it to sentences.AUDITS as (\"audit{n}\", \"{split}\"))")
    sealed = [{"n": i, "text": t, "report": r} for i, (t, r) in enumerate(zip(texts, analyse_all(texts), strict=True), 1)]
    half = len(sealed) // 2
    write(out, {"sealed.json": json.dumps(sealed, ensure_ascii=False),
                f"list_a{n}.md": sentence_listing(sealed[:half]), f"list_b{n}.md": sentence_listing(sealed[half:])})


def draw_page_audit(n: int, out: Path, polnear: Path = POLNEAR) -> None:
    files = sorted((polnear / "train").glob("*.txt"))
    def read(p: Path) -> str:
        return p.read_text(encoding="utf-8")
    excluded = set(lost_audit_files(files, read)) | {f"{r['stem']}.txt" for r in read_rows(POLNEAR_PAGES)}
    sealed = choose_pages(page_candidates(n, files, excluded, read), lambda text: analyse_all([text])[0])
    half = len(sealed) // 2
    write(out, {"sealed.json": json.dumps(sealed, ensure_ascii=False),
                "pages.json": json.dumps([s["file"] for s in sealed]),
                f"list_p{n}a.md": page_listing(sealed[:half]), f"list_p{n}b.md": page_listing(sealed[half:])})


def write(out: Path, files: dict[str, str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("wire", "pages") or not argv[1].isdigit():
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    kind, n, out = argv[0], int(argv[1]), Path(argv[2])
    source = MSR if kind == "wire" else POLNEAR
    if not source.exists():
        print(f"draw: {source} is not here (the shared corpora are needed to draw)", file=sys.stderr)
        return 1
    (draw_wire_audit if kind == "wire" else draw_page_audit)(n, out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
