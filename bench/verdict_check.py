"""Today's code against the blind readers' verdicts: how many judged-wrong predictions it still makes, how many
judged-right ones it lost, and what it says that no reader judged (a dev measure: these verdicts were read).

    python bench/verdict_check.py                  # every audit of bench/verdict_gold (PTC, real pages, sentences, PolNeAR)
    python bench/verdict_check.py --audits 32 h32 m54 p70  # some audits
    python bench/verdict_check.py --list           # also print the lost and the unjudged predictions
    python bench/verdict_check.py --kept W         # also print the kept predictions judged W, with the resolved source
    python bench/verdict_check.py --json

Each audited article (``verdicts.jsonl``: PTC articles; ``pages.jsonl``: real pages of
``../shared/data/html-articles``, whose extracted text must still be the one the verdicts index: its length and
hash are checked; ``sentences.jsonl``: single wire-news sentences of ``../shared/data/paraphrase``, found by the hash
of their text, each analysed alone as its audit did; ``polnear_pages.jsonl``: whole articles of
``../shared/data/polnear``, found by their file stem, their length and hash checked as a page's) is read and analysed as ``sayso analyze`` does by default (techniques and claims off, the default
``--min-confidence``). A prediction of today is the judged one it matches by ``train_filter.judged`` (the same cue
start and content Dice >= 0.5, a continued quote by its content) and ``same_speaker`` (its speaker span overlaps the
judged one's), else it is unjudged. Per audit: the judged predictions, how many of them today still makes by verdict
(C / P / W) and their W rate, the lost ones by verdict, and the unjudged ones. The W rate of what is kept says
whether a change removed wrong predictions; the unjudged ones say how much of today's output no reader has seen
(a fresh blind audit judges those). A prediction is matched on spans, so a change of the resolved speaker alone
("he" now resolved to another person) keeps the match: ``--kept W`` prints each kept wrong one with its W class and
the name its source resolves to today, and the same listing of two trees, diffed, shows which resolutions a change
moved (the readers' wrong-speaker rows are the ones to read). Needs ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sayso.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_html_gold import DATA, page_article, span_hash  # noqa: E402
from train_filter import judged, same_speaker  # noqa: E402
from verdict_gold.polnear_pages import CORPUS as POLNEAR  # noqa: E402
from verdict_gold.polnear_pages import polnear_path  # noqa: E402
from verdict_gold.rows import PAGES, POLNEAR_PAGES, SENTENCES, VERDICTS, read_rows  # noqa: E402
from verdict_gold.sentences import msr_sentences  # noqa: E402

PTC = "ptc-"  # how ``page_article`` names a PTC article (``bench/html_gold/build.py``)
MSR = "msr-"  # a single news sentence of the MSR Paraphrase corpus, by ``sentences.sentence_key``
# a whole PolNeAR article: ``polnear-<split>/<file stem>`` (the rows' ``corpus`` and ``stem``)
FILES = (VERDICTS, PAGES, SENTENCES, POLNEAR_PAGES)


@dataclass(frozen=True)
class Audited:
    """One audited article or page: the id sayso's readers go by, its audit, the judged predictions, and the
    length and hash of the text they index (pages and PolNeAR articles; a sentence's length only)."""

    key: str  # ``ptc-<N>`` or a page id's first 12 hex digits (``score_html_gold.page_article`` reads both),
    # ``msr-<sentence key>`` or ``polnear-<split>/<stem>``
    audit: int | str
    verdicts: list[dict]
    text: tuple[int, str] | None = None


def audited(rows: list[dict]) -> list[Audited]:
    """The verdict rows grouped by audit and article, in the order they come."""
    groups: dict[tuple, list[dict]] = {}
    texts: dict[tuple, tuple[int, str]] = {}
    for r in rows:
        key = (r["audit"], f"{PTC}{r['article']}" if "article" in r else f"{MSR}{r['sentence']}" if "sentence" in r
               else f"{r['corpus']}/{r['stem']}" if "stem" in r else r["page"])
        judged_rows = groups.setdefault(key, [])
        if r["kind"] == "missed":
            if "text_length" in r:
                texts[key] = (r["text_length"], r.get("text_sha"))  # a sentence's row holds its length only
        else:
            judged_rows.append(r)
    return [Audited(key, audit, vs, texts.get((audit, key))) for (audit, key), vs in groups.items()]


def compare(report: dict, verdicts: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Each attribution of ``report`` with the judged prediction it is (or None), and the judged ones none is."""
    pairs, used = [], set()
    attributions = [v for v in verdicts if v["kind"] == "attribution"]
    for a in report["attributions"]:
        cue = (a["cue"]["start"], a["cue"]["end"]) if a.get("cue") else None
        content = (a["content"]["start"], a["content"]["end"])
        src = (a["source_span"]["start"], a["source_span"]["end"]) if a.get("source_span") else None
        v = judged(attributions, cue, content, cue is None)
        if v is not None and cue is not None and not same_speaker(v.get("source_span"), src):
            v = None
        if v is not None and id(v) in used:
            v = None  # two of today's predictions on one judged one: the second was never judged
        if v is not None:
            used.add(id(v))
        pairs.append((a, v))
    lost = [v for v in attributions if id(v) not in used]
    return pairs, lost


def figures(results: list[tuple[list[tuple[dict, dict | None]], list[dict]]]) -> dict[str, float]:
    """Judged, kept (C / P / W), the kept W rate, lost (C / P / W) and unjudged over some compared reports."""
    kept = Counter(v["verdict"] for pairs, _ in results for _, v in pairs if v is not None)
    lost = Counter(v["verdict"] for _, gone in results for v in gone)
    unjudged = sum(v is None for pairs, _ in results for _, v in pairs)
    n = sum(kept.values())
    return {"judged": n + sum(lost.values()), "kept": n, **{f"kept_{x}": kept[x] for x in "CPW"},
            "kept_w_rate": round(kept["W"] / n, 4) if n else 0.0, **{f"lost_{x}": lost[x] for x in "CPW"},
            "unjudged": unjudged}


HEAD = "audit     judged  kept    C    P    W  Wrate | lost C  P  W | unjudged"


def line(name: str, f: dict[str, float]) -> str:
    return (f"{name:<9} {f['judged']:6d} {f['kept']:5d} {f['kept_C']:4d} {f['kept_P']:4d} {f['kept_W']:4d} "
            f"{f['kept_w_rate']:.3f} | {f['lost_C']:6d} {f['lost_P']:2d} {f['lost_W']:2d} | {f['unjudged']:8d}")


def load(files: tuple[Path, ...] = FILES) -> list[Audited]:
    return audited([r for path in files if path.exists() for r in read_rows(path)])


def articles_of(items: list[Audited]) -> list:
    """Each audited article as sayso reads it today; a page whose extracted text is no longer the judged one stops."""
    from sayso.model import Article

    articles = []
    sentences = msr_sentences() if any(item.key.startswith(MSR) for item in items) else {}
    for item in items:
        if item.key.startswith(MSR):
            text = sentences.get(item.key.removeprefix(MSR))
            if text is None or len(text) != item.text[0]:
                sys.exit(f"{item.key}: no MSR sentence of audit {item.audit}'s length has that key")
            articles.append(Article(text=text))
            continue
        if item.key.startswith(POLNEAR):
            articles.append(polnear_article(item))
            continue
        _, _, article = page_article(DATA, item.key)
        if item.text is not None and (len(article.text), span_hash(article.text)) != item.text:
            sys.exit(f"{item.key}: the text sayso extracts today is not the one audit {item.audit} judged")
        articles.append(article)
    return articles


def polnear_article(item: Audited) -> Article:
    """A PolNeAR file as ``sayso analyze <file>`` reads it; stops where it is not the text its audit judged."""
    from sayso.ingest import read_inputs

    corpus, stem = item.key.split("/", 1)
    path = polnear_path(stem, corpus.removeprefix(POLNEAR))
    if not path.exists():
        sys.exit(f"{item.key}: no PolNeAR file at {path}")
    (read,) = read_inputs([str(path)])
    if read.article is None or (len(read.article.text), span_hash(read.article.text)) != item.text:
        sys.exit(f"{item.key}: the text sayso reads today is not the one audit {item.audit} judged")
    return read.article


def run(items: list[Audited], articles: list, min_confidence: float | None = None
        ) -> tuple[dict[tuple, tuple], dict[tuple, dict]]:
    """Every audited article analysed by today's code and compared with its verdicts, and its report, by
    (audit, key)."""
    from sayso.analyzer import analyze_many

    reports = [r.to_dict() for r in analyze_many(articles, techniques=False, claims=False,
                                                  min_confidence=min_confidence)]
    keys = [(item.audit, item.key) for item in items]
    results = {key: compare(report, item.verdicts) for key, item, report in zip(keys, items, reports, strict=True)}
    return results, dict(zip(keys, reports, strict=True))


def listing(item: Audited, text: str, result: tuple) -> list[str]:
    """The lost judged predictions and the unjudged new ones of one article, as text (for reading, never stored)."""
    pairs, lost = result
    out = [f"## audit {item.audit} {item.key}"]
    for v in lost:
        out.append(f"- lost {v['verdict']} {v['id']}: {text[v['content'][0]:v['content'][1]][:160]!r}")
    for a, v in pairs:
        if v is None:
            who = a["source_span"]["text"] if a.get("source_span") else "-"
            cue = a["cue"]["text"] if a.get("cue") else "(continued)"
            out.append(f"- new {a['id']} [{a['kind']}, {a['medium']}, {a['confidence']:.2f}] {who} | {cue} | "
                       f"{a['content']['text'][:160]!r}")
    return out if len(out) > 1 else []


def resolved_name(report: dict, attribution: dict) -> str:
    """The name of the source an attribution resolves to (``-`` when unresolved)."""
    names = {s["id"]: s.get("name") or "?" for s in report.get("sources", [])}
    return names.get(attribution.get("source"), "-")


def kept_listing(item: Audited, report: dict, result: tuple, verdicts: set[str]) -> list[str]:
    """The kept judged predictions of some verdicts, each with its W class, span speaker and resolved source."""
    pairs, _ = result
    out = []
    for a, v in pairs:
        if v is not None and v["verdict"] in verdicts:
            who = a["source_span"]["text"] if a.get("source_span") else "-"
            cue = a["cue"]["text"] if a.get("cue") else "(continued)"
            out.append(f"- kept {v['verdict']} {v.get('w_class') or '-'} {item.audit} {item.key} {v['id']}: "
                       f"{who} -> {resolved_name(report, a)} | {cue} | {a['content']['text'][:140]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--audits", nargs="*", help="audit numbers, page audits (h32 ...), sentence audits (m53 ...) or PolNeAR audits (p70 ...); all by default")
    ap.add_argument("--min-confidence", type=float, default=None)
    ap.add_argument("--list", action="store_true", help="print the lost and the unjudged predictions")
    ap.add_argument("--kept", nargs="*", metavar="VERDICT",
                    help="print the kept predictions of these verdicts (W by default) with the resolved source")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"the audited texts are not at {DATA.parent}")
    items = load()
    if args.audits:
        wanted = set(args.audits)
        items = [i for i in items if str(i.audit) in wanted]
    articles = articles_of(items)
    results, reports = run(items, articles, args.min_confidence)
    audits = list(dict.fromkeys(i.audit for i in items))
    per = {str(a): figures([results[(i.audit, i.key)] for i in items if i.audit == a]) for a in audits}
    per["ptc"] = figures([results[(i.audit, i.key)] for i in items if isinstance(i.audit, int)])
    per["pages"] = figures([results[(i.audit, i.key)] for i in items if str(i.audit).startswith("h")])
    per["sentences"] = figures([results[(i.audit, i.key)] for i in items if str(i.audit).startswith("m")])
    per["polnear"] = figures([results[(i.audit, i.key)] for i in items if str(i.audit).startswith("p")])
    if args.json:
        print(json.dumps(per, indent=2))
    else:
        print(HEAD)
        for name, f in per.items():
            print(line(name, f))
    if args.list:
        for item, article in zip(items, articles, strict=True):
            lines = listing(item, article.text, results[(item.audit, item.key)])
            if lines:
                print("\n".join(lines))
    if args.kept is not None:
        wanted_verdicts = set(args.kept) or {"W"}
        for item in items:
            key = (item.audit, item.key)
            lines = kept_listing(item, reports[key], results[key], wanted_verdicts)
            if lines:
                print("\n".join(lines))


if __name__ == "__main__":
    main()
