"""Build the stored HTML-page attribution gold from hand annotations that quote the text.

    python bench/html_gold/build.py ANN_DIR [ANN_DIR ...] [--out bench/html_gold/gold.json] [--data DIR]

The annotations are written against the text ``sayso.ingest`` extracts from each page of
``../shared/data/html-articles`` and quote it, so they stay outside the repository (the pages
are not ours to copy). One file per page, ``ANN_DIR/<page id prefix>.txt``; several folders (one
per annotator) are joined, a page annotated in two of them is an error::

    @set tuning                 (or: held, or train: pages for training the filter, never scored as tuning/held)
    @outlet CBS News
    # Source name | source mention | cue | content | medium | kind
    Kurt Volker | Volker | said | he had no knowledge…Hunter Biden | speech | indirect

A plain-text article of the Propaganda Techniques Corpus (``../shared/data/ptc/<split>/article<N>.txt``,
other outlets and partisan genres) is page ``ptc-<N>``: its file is ``ANN_DIR/ptc-<N>.txt``.

Each span is an exact substring of the extracted text. The content may elide its middle with
``…`` (prefix…suffix) and end in ``@N`` to take the N-th occurrence (1-based) when the prefix
occurs more than once. A quote continued after its cue (“A,” she said. “B.”) is one attribution
whose parts are separated by ``‖`` (``A…‖B…``); its cue is looked for next to the first part. The cue is the occurrence nearest the content and the mention the one nearest the cue
(outside the content and within the same paragraph first; a trailing ``<`` or ``>`` takes the
nearest before or after); an empty mention means the attribution has no source in its sentence, an
empty cue means none (e.g. a quote that continues the previous paragraph's speaker).

The stored gold holds page ids, offsets, lengths, a short hash of each span's text (so the
scorer can tell when extraction drifted) and the source names, never the article text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sayso.model import Article

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "html-articles"
GOLD = Path(__file__).resolve().parent / "gold.json"
MEDIA = ("speech", "writing", "thought", "unknown")
KINDS = ("direct", "indirect", "mixed")
ELLIPSIS = "…"
PART = "‖"
FAR = 600  # characters: a cue or mention further than this from its content is a typo


class AnnotationError(ValueError):
    """An annotation line that does not locate in the page text."""


@dataclass(frozen=True)
class Entry:
    source: str
    mention: str
    cue: str
    content: str
    medium: str
    kind: str
    line: int


def span_hash(text: str) -> str:
    """Short, stable fingerprint of a span's text: whitespace-normalised sha1, 8 hex digits."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def parse(lines: list[str]) -> tuple[dict[str, str], list[Entry]]:
    """Header fields (``@key value``) and entries of one annotation file."""
    meta: dict[str, str] = {}
    entries: list[Entry] = []
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value.strip()
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 6:
            raise AnnotationError(f"line {n}: 6 fields separated by | expected, got {len(fields)}: {line!r}")
        source, mention, cue, content, medium, kind = fields
        if medium not in MEDIA or kind not in KINDS:
            raise AnnotationError(f"line {n}: medium {medium!r} or kind {kind!r} unknown")
        if not content:
            raise AnnotationError(f"line {n}: no content")
        entries.append(Entry(source, mention, cue, content, medium, kind, n))
    return meta, entries


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither begins nor ends inside a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def locate_part(text: str, spec: str, line: int, after: int = 0) -> tuple[int, int]:
    """One piece of content: ``exact``, ``prefix…suffix``, with ``@N`` for the N-th prefix occurrence."""
    nth: int | None = None  # None: not given (an ambiguous prefix is then an error)
    if "@" in spec and spec.rsplit("@", 1)[1].isdigit():
        spec, n = spec.rsplit("@", 1)
        nth = int(n) - 1
    prefix, _, suffix = spec.partition(ELLIPSIS)
    starts = [i for i in occurrences(text, prefix) if i >= after]
    if not starts:
        raise AnnotationError(f"line {line}: content {prefix!r} not in the text")
    if len(starts) > 1 and nth is None and after == 0:
        raise AnnotationError(f"line {line}: content {prefix!r} occurs {len(starts)} times; add @N")
    nth = nth or 0
    if not 0 <= nth < len(starts):
        raise AnnotationError(f"line {line}: content {prefix!r} has no occurrence {nth + 1}")
    start = starts[nth]
    if not suffix:
        return start, start + len(prefix)
    end = text.find(suffix, start + len(prefix))
    if end < 0:
        raise AnnotationError(f"line {line}: content end {suffix!r} not after {prefix!r}")
    return start, end + len(suffix)


def locate_content(text: str, spec: str, line: int) -> list[tuple[int, int]]:
    """The content's parts: one, or several separated by ``‖`` (a quote interrupted by its cue)."""
    parts: list[tuple[int, int]] = []
    for piece in spec.split(PART):
        parts.append(locate_part(text, piece.strip(), line, parts[-1][1] if parts else 0))
    return parts


def locate_near(text: str, needle: str, anchor: tuple[int, int], content: tuple[int, int],
                line: int, role: str) -> tuple[int, int] | None:
    """The occurrence of ``needle`` nearest ``anchor``: outside the content and in the same paragraph first.

    A trailing ``<`` takes the nearest occurrence before the anchor, ``>`` the nearest after it.
    """
    if not needle:
        return None
    side = needle[-1] if needle[-1] in "<>" else ""
    needle = needle.rstrip("<>").strip()
    found = occurrences(text, needle)
    # a word is not found inside another word ("he" in "the") unless the text holds it nowhere else
    found = [i for i in found if whole_word(text, i, i + len(needle))] or found
    if side == "<":
        found = [i for i in found if i + len(needle) <= anchor[0]]
    elif side == ">":
        found = [i for i in found if i >= anchor[1]]
    if not found:
        raise AnnotationError(f"line {line}: {role} {needle!r} not in the text{' on that side' if side else ''}")

    def rank(i: int) -> tuple[bool, bool, bool, int]:
        # a cue inside its content (a quote interrupted by its cue) only when none is near outside it
        inside = i >= content[0] and i + len(needle) <= content[1]
        lo, hi = min(i, anchor[0]), max(i + len(needle), anchor[1])
        dist = max(anchor[0] - (i + len(needle)), i - anchor[1], 0)
        return (dist > FAR, inside, "\n" in text[lo:hi], dist)

    best = min(found, key=rank)
    if rank(best)[0]:
        raise AnnotationError(f"line {line}: {role} {needle!r} is {rank(best)[3]} characters from its anchor")
    return best, best + len(needle)


def stored_span(text: str, span: tuple[int, int] | None) -> dict | None:
    if span is None:
        return None
    return {"start": span[0], "length": span[1] - span[0], "sha": span_hash(text[span[0]:span[1]])}


def build_page(text: str, entries: list[Entry]) -> list[dict]:
    out = []
    for e in entries:
        parts = locate_content(text, e.content, e.line)
        content = (parts[0][0], parts[-1][1])
        # the cue of an interrupted quote sits after its first part, inside the whole content
        cue = locate_near(text, e.cue, parts[0], parts[0], e.line, "cue")
        mention = locate_near(text, e.mention, cue or parts[0], parts[0], e.line, "mention")
        entry: dict = {
            "source": e.source or None,
            "source_span": stored_span(text, mention),
            "cue": stored_span(text, cue),
            "content": stored_span(text, content),
            "medium": e.medium,
            "kind": e.kind,
        }
        if len(parts) > 1:
            entry["content_parts"] = [stored_span(text, p) for p in parts]
        out.append(entry)
    return sorted(out, key=lambda a: a["content"]["start"])


PTC = "ptc-"  # page ids of PTC articles (../shared/data/ptc/<split>/article<N>.txt): ``ptc-<N>``


def ptc_path(data: Path, page_id: str) -> Path:
    """The text file of PTC article ``ptc-<N>``, looked for beside html-articles in train and dev."""
    number = page_id.removeprefix(PTC)
    found = [p for split in ("train", "dev")
             if (p := data.parent / "ptc" / split / f"article{number}.txt").exists()]
    if not number.isdigit() or len(found) != 1:
        raise AnnotationError(f"page id {page_id!r}: no PTC article{number}.txt under {data.parent / 'ptc'}")
    return found[0]


def short_id(page_id: str) -> str:
    """The id a page goes by in files and tables: html pages by their first 12 hex digits, PTC whole."""
    return page_id if page_id.startswith(PTC) else page_id[:12]


def page_article(data: Path, page_id: str) -> tuple[str, str, Article]:
    """(full page id, url, the Article sayso extracts) of the page whose id starts with ``page_id``.

    Besides the html-articles pages, the gold may hold plain-text news articles of the Propaganda
    Techniques Corpus (other outlets, partisan genres): id ``ptc-<N>``, url ``ptc:<split>/article<N>``.
    """
    from sayso.ingest import read_inputs

    if page_id.startswith(PTC):
        path = ptc_path(data, page_id)
        (item,) = read_inputs([str(path)])
        if item.article is None:
            raise AnnotationError(f"{page_id}: sayso reads no article ({item.error})")
        return page_id, f"ptc:{path.parent.name}/{path.stem}", item.article
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    full = [k for k in truth if k.startswith(page_id)]
    if len(full) != 1:
        raise AnnotationError(f"page id {page_id!r} matches {len(full)} pages")
    path = data / "html" / f"{full[0]}.html.gz"
    if not path.exists():
        raise AnnotationError(f"{path}: no such page")
    (item,) = read_inputs([str(path)])
    if item.article is None:
        raise AnnotationError(f"{page_id}: sayso extracts no article ({item.error})")
    return full[0], truth[full[0]]["url"], item.article


def page_text(data: Path, page_id: str) -> tuple[str, str, str]:
    """(full page id, url, extracted text) of the page whose id starts with ``page_id``."""
    full, url, article = page_article(data, page_id)
    return full, url, article.text


def annotation_files(ann_dirs: list[Path]) -> list[Path]:
    """Every ``<page id>.txt`` of the folders, by page id; the same page in two folders is an error."""
    files: dict[str, Path] = {}
    for ann_dir in ann_dirs:
        if not ann_dir.is_dir():
            raise AnnotationError(f"{ann_dir}: not a folder of annotation files")
        for ann in ann_dir.glob("*.txt"):
            if ann.stem in files:
                raise AnnotationError(f"page {ann.stem} is annotated twice: {files[ann.stem]} and {ann}")
            files[ann.stem] = ann
    return [files[k] for k in sorted(files)]


def build(ann_dirs: Path | list[Path], data: Path) -> dict:
    pages = {}
    for ann in annotation_files([ann_dirs] if isinstance(ann_dirs, Path) else ann_dirs):
        meta, entries = parse(ann.read_text(encoding="utf-8").splitlines())
        if meta.get("set") not in ("tuning", "held", "train"):
            raise AnnotationError(f"{ann}: @set tuning, held or train expected")
        full, url, text = page_text(data, ann.stem)
        try:
            atts = build_page(text, entries)
        except AnnotationError as err:
            raise AnnotationError(f"{ann}: {err}") from None
        pages[full] = {"url": url, "outlet": meta.get("outlet", ""), "set": meta["set"],
                       "text_length": len(text), "text_sha": span_hash(text), "attributions": atts}
    return {"version": 1, "pages": pages}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ann_dirs", type=Path, nargs="+", metavar="ANN_DIR")
    ap.add_argument("--out", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    try:
        gold = build(args.ann_dirs, args.data)
    except (AnnotationError, OSError) as err:
        sys.exit(f"build: {err}")
    args.out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(p["attributions"]) for p in gold["pages"].values())
    print(f"{len(gold['pages'])} pages, {n} attributions -> {args.out}")


if __name__ == "__main__":
    main()
