"""Score sayso's attributions against the hand-made gold on pages of ``../shared/data/html-articles``.

    python bench/score_html_gold.py [--pred DIR] [--set tuning|held|train] [--json | --explain]

Without ``--pred`` it extracts each gold page with ``sayso.ingest`` and analyses it (attributions
only); with ``--pred`` it reads ``sayso.report/1`` JSON files named ``<page id>.json`` (the full
id or its first 12 characters). The gold (``bench/html_gold/gold.json``, built by
``bench/html_gold/build.py``) stores offsets into the extracted text, never the text. Only a report's
``attributions`` are scored, never its ``stances`` ("denied the allegations": no claim reported); the
reader gold marks some of those (8 of the 16 stances on the tuning, held and train pages at the stances
change: "denied the allegations", "backed up that assessment"), each a loss here by that convention.

The definitions follow ``../shared/tools/score_polnear.py``: a gold attribution is found when a
predicted content overlaps it with character Dice >= 0.5 (each prediction used once);

- ``attr``: the content is found;
- ``attr_src``: and the predicted source's name matches the gold name (normalised: case, accents,
  titles, possessives and punctuation ignored; one name's words all in the other's counts, so
  "Volker" is "Kurt Volker"; a gold name may list aliases separated by " / ", and the gold mention,
  unless a pronoun, is one: a role noun left as its own source, "the company", is not wrong);
- ``attr_srcspan``: and the source mentions overlap (both absent counts), as PolNeAR scores it;
- ``attr_full``: ``attr_src`` and the cues overlap;
- ``span_<role>_exact_f1`` / ``span_<role>_soft_f1``: spans equal after trimming spaces, quotes and
  punctuation / SemEval-style proportional character overlap.

Every figure is given for the tuning pages, the held-aside pages and all of them (prefixes
``tuning_``, ``held_``, ``all_``; the ``train`` pages, annotated to train the precision filter, are
scored only with ``--set train``, prefix ``train_``, and never count in ``all_``), and split by kind (``direct_``, ``indirect_``; indirect takes
mixed too): recall by the gold kind, precision by the matched gold's kind, or by the predicted
kind for an unmatched prediction; span figures of a kind compare that kind's gold and predicted
spans. ``medium_accuracy`` is over matched pairs whose prediction carries a medium.
``missing_reports`` counts gold pages with no report in ``--pred`` (scored as predicting nothing).

Extraction drift: each gold span carries a hash of its text. When the text at the stored offset
no longer hashes the same (the extractor changed), the span is looked for nearby and the page is
reported as drifted; spans not found are dropped from scoring and counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loading import load_module  # noqa: E402
from span_match import TRIM, Span, dice, match, overlap, trim  # noqa: E402, F401  re-exported: the scorer's own names


def _load_build():
    """``bench/html_gold/build.py`` by path, under a name no installed package can shadow."""
    return load_module("html_gold_build", Path(__file__).resolve().parent / "html_gold" / "build.py")


_build = _load_build()
DATA, GOLD, page_article, span_hash, short_id = (_build.DATA, _build.GOLD, _build.page_article, _build.span_hash,
                                                 _build.short_id)

SETS = ("tuning", "held", "train")
# the sets ``all_`` adds up and a plain run scores: the ``train`` pages (annotated to train the precision
# filter, bench/train_filter.py) are scored only when asked for (``--set train``), never in ``all_``
SCORED = ("tuning", "held")
GROUPS = {"direct": "direct", "indirect": "indirect", "mixed": "indirect"}
TITLES = {"mr", "mrs", "ms", "dr", "the", "a", "an", "sen", "rep", "gov", "president", "prime", "minister",
          "secretary", "ambassador", "lt", "col", "gen", "u.s", "us", "former", "of", "state"}
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "us", "me"}
DRIFT_WINDOW = 3000


class Att(NamedTuple):
    content: Span
    cue: Span | None
    source_span: Span | None
    source: str | None
    kind: str
    medium: str | None


class PageResult(NamedTuple):
    page: str
    set: str
    outlet: str
    gold: list[Att]
    pred: list[Att]
    text: str
    drifted: int = 0
    lost: int = 0
    missing: bool = False  # no report for this page in the --pred folder


# --- pure scoring --------------------------------------------------------------------------------

def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def name_words(name: str) -> frozenset[str]:
    """A source name as a set of words: accents, case, possessives, titles and punctuation dropped."""
    plain = re.sub(r"['’]s\b", "", name.lower())
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    words = [w.strip(".") for w in re.findall(r"[a-z0-9][a-z0-9.]*", plain)]
    kept = [w for w in words if w and w not in TITLES]
    return frozenset(kept or [w for w in words if w])


def same_source(gold: str | None, pred: str | None) -> bool:
    """Gold name (with ``/`` aliases) against a predicted name; both absent also agree."""
    if not gold or not pred:
        return not gold and not pred
    p = name_words(pred)
    for alias in gold.split(" / "):
        g = name_words(alias)
        if g and p and (g <= p or p <= g):
            return True
    return False


class Tally:
    """Counts for one slice (a set of pages, a kind): enough for every figure."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.soft: dict[str, list[float]] = {r: [0.0, 0, 0.0, 0] for r in ("source", "cue", "content")}

    def add_pairs(self, page: PageResult, gold_idx: Iterable[int], pred_idx: Iterable[int],
                  pairs: list[tuple[int, int]]) -> None:
        gold_idx, pred_idx = set(gold_idx), set(pred_idx)
        self.c["gold"] += len(gold_idx)
        self.c["pred"] += len(pred_idx)
        for gi, pi in pairs:
            g, p = page.gold[gi], page.pred[pi]
            # a pair counts for recall in the gold's slice and for precision in the prediction's
            for side, inside in (("r", gi in gold_idx), ("p", pi in pred_idx)):
                if not inside:
                    continue
                src = same_source(g.source, p.source)
                span_src = (g.source_span is None and p.source_span is None) or (
                    g.source_span is not None and p.source_span is not None and overlap(g.source_span, p.source_span) > 0)
                cue = g.cue is not None and p.cue is not None and overlap(g.cue, p.cue) > 0
                self.c[f"attr_{side}"] += 1
                self.c[f"attr_src_{side}"] += src
                self.c[f"attr_srcspan_{side}"] += span_src
                self.c[f"attr_full_{side}"] += src and cue
                if side == "r" and p.medium:
                    self.c["medium_n"] += 1
                    self.c["medium_ok"] += p.medium == g.medium

    def add_spans(self, page: PageResult, gold: list[Att], pred: list[Att]) -> None:
        for role in ("source", "cue", "content"):
            role_key = "source_span" if role == "source" else role
            G = [getattr(a, role_key) for a in gold if getattr(a, role_key)]
            P = [getattr(a, role_key) for a in pred if getattr(a, role_key)]
            gt, pt = {trim(page.text, s) for s in G}, {trim(page.text, s) for s in P}
            self.c[f"{role}_tp"] += len(gt & pt)
            self.c[f"{role}_np"] += len(pt)
            self.c[f"{role}_ng"] += len(gt)
            soft = self.soft[role]
            for p in P:
                if p[1] > p[0]:
                    soft[0] += max((overlap(p, g) for g in G), default=0) / (p[1] - p[0])
                    soft[1] += 1
            for g in G:
                if g[1] > g[0]:
                    soft[2] += max((overlap(p, g) for p in P), default=0) / (g[1] - g[0])
                    soft[3] += 1

    def figures(self, prefix: str, spans: bool) -> dict[str, float]:
        c, out = self.c, {}
        for name in ("attr", "attr_src", "attr_srcspan", "attr_full"):
            p = c[f"{name}_p"] / c["pred"] if c["pred"] else 0.0
            r = c[f"{name}_r"] / c["gold"] if c["gold"] else 0.0
            out[f"{prefix}{name}_p"], out[f"{prefix}{name}_r"] = round(p, 4), round(r, 4)
            out[f"{prefix}{name}_f1"] = round(f1(p, r), 4)
        out[f"{prefix}gold"], out[f"{prefix}pred"] = c["gold"], c["pred"]
        if spans:
            for role in ("source", "cue", "content"):
                tp, np_, ng = c[f"{role}_tp"], c[f"{role}_np"], c[f"{role}_ng"]
                out[f"{prefix}span_{role}_exact_f1"] = round(f1(tp / np_ if np_ else 0, tp / ng if ng else 0), 4)
                ps, npr, rs, ngs = self.soft[role]
                out[f"{prefix}span_{role}_soft_f1"] = round(f1(ps / npr if npr else 0, rs / ngs if ngs else 0), 4)
            out[f"{prefix}medium_accuracy"] = round(c["medium_ok"] / c["medium_n"], 4) if c["medium_n"] else 0.0
        return out


def group_of(page: PageResult, pairs: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """Kind group of every gold and every prediction (a matched prediction takes its gold's)."""
    gold_g = [GROUPS[a.kind] for a in page.gold]
    pred_g = [GROUPS.get(a.kind, "indirect") for a in page.pred]
    for gi, pi in pairs:
        pred_g[pi] = gold_g[gi]
    return gold_g, pred_g


def score(pages: list[PageResult]) -> tuple[dict[str, float], list[dict]]:
    """All figures (flat, for the gate) and one row per page."""
    tallies: dict[str, Tally] = {}

    def tally(key: str) -> Tally:
        return tallies.setdefault(key, Tally())

    rows = []
    for page in pages:
        pairs = match(page.gold, page.pred)
        gold_g, pred_g = group_of(page, pairs)
        everything = (range(len(page.gold)), range(len(page.pred)))
        for scope in (page.set, "all") if page.set in SCORED else (page.set,):
            tally(scope).add_pairs(page, *everything, pairs)
            tally(scope).add_spans(page, page.gold, page.pred)
            for grp in ("direct", "indirect"):
                gi = [i for i, g in enumerate(gold_g) if g == grp]
                pi = [i for i, g in enumerate(pred_g) if g == grp]
                tally(f"{scope}/{grp}").add_pairs(page, gi, pi, pairs)
                tally(f"{scope}/{grp}").add_spans(page, [page.gold[i] for i in gi], [page.pred[i] for i in pi])
        row = Tally()
        row.add_pairs(page, *everything, pairs)
        fig = row.figures("", spans=False)
        rows.append({"page": short_id(page.page), "set": page.set, "outlet": page.outlet, "gold": len(page.gold),
                     "pred": len(page.pred), "found": row.c["attr_r"], "attr_p": fig["attr_p"],
                     "attr_r": fig["attr_r"], "attr_f1": fig["attr_f1"], "attr_src_f1": fig["attr_src_f1"],
                     "drifted": page.drifted, "lost": page.lost})
    res: dict[str, float] = {}
    for scope in ("tuning", "held", "all", *(["train"] if "train" in tallies else [])):
        res |= tally(scope).figures(f"{scope}_", spans=True)
        for grp in ("direct", "indirect"):
            res |= tally(f"{scope}/{grp}").figures(f"{scope}_{grp}_", spans=True)
    res["pages"] = len(pages)
    res["missing_reports"] = sum(p.missing for p in pages)
    res["drifted_spans"] = sum(p.drifted for p in pages)
    res["lost_spans"] = sum(p.lost for p in pages)
    return res, rows


# --- reading gold and predictions -----------------------------------------------------------------

def relocate(text: str, stored: dict | None) -> tuple[Span | None, str]:
    """A stored span in today's text: ``ok``, ``moved`` (found nearby by its hash) or ``lost``."""
    if stored is None:
        return None, "ok"
    start, length, sha = stored["start"], stored["length"], stored["sha"]
    if span_hash(text[start:start + length]) == sha:
        return (start, start + length), "ok"
    # nearest start first, same length; then lengths a few characters off (whitespace changes)
    for delta in range(1, DRIFT_WINDOW):
        for s in (start - delta, start + delta):
            if s >= 0 and s + length <= len(text) and span_hash(text[s:s + length]) == sha:
                return (s, s + length), "moved"
    for dl in (-2, -1, 1, 2):
        for s in range(max(0, start - DRIFT_WINDOW), min(len(text), start + DRIFT_WINDOW)):
            if span_hash(text[s:s + length + dl]) == sha:
                return (s, s + length + dl), "moved"
    return None, "lost"


def gold_page(page_id: str, entry: dict, text: str) -> tuple[list[Att], int, int]:
    """Gold attributions located in ``text``; (attributions, drifted spans, lost spans)."""
    atts, drifted, lost = [], 0, 0
    for a in entry["attributions"]:
        spans, lost_here = {}, False
        for role in ("content", "cue", "source_span"):
            span, state = relocate(text, a.get(role))
            drifted += state == "moved"
            if state == "lost":
                lost += 1
                if role == "content":
                    lost_here = True
            spans[role] = span
        if lost_here:
            continue
        source = a.get("source")
        mention = spans["source_span"]
        if source and mention is not None:
            # a role noun left as its own source ("the company said") is a right source too (issue 12)
            said = " ".join(text[mention[0]:mention[1]].split())
            if said.lower() not in PRONOUNS:
                source = f"{source} / {said}"
        atts.append(Att(spans["content"], spans["cue"], mention, source, a["kind"], a["medium"]))
    return atts, drifted, lost


def span_of(x: object) -> Span | None:
    if isinstance(x, dict) and "start" in x and "end" in x:
        return int(x["start"]), int(x["end"])
    return None


def report_atts(report: dict) -> list[Att]:
    """Predicted attributions of one ``sayso.report/1`` document (those with a content span)."""
    names = {s.get("id"): s.get("name") for s in report.get("sources", [])}
    out = []
    for a in report.get("attributions", []):
        content = span_of(a.get("content"))
        if content is None:
            continue
        out.append(Att(content, span_of(a.get("cue")), span_of(a.get("source_span")), names.get(a.get("source")),
                       a.get("kind") or "indirect", a.get("medium")))
    return out


def load_pages(gold: dict, data: Path, pred_dir: Path | None, only: str | None = None) -> list[PageResult]:
    """Each gold page of set ``only`` (None: the tuning and held pages) with its predictions, from
    ``pred_dir`` or from running sayso now."""
    chosen = {pid: e for pid, e in gold["pages"].items() if e["set"] == only or (only is None and e["set"] in SCORED)}
    reports: dict[str, dict] = {}
    if pred_dir is not None:
        for pid in chosen:
            path = next((p for p in (pred_dir / f"{pid}.json", pred_dir / f"{short_id(pid)}.json") if p.exists()), None)
            if path is not None:
                reports[pid] = json.loads(path.read_text(encoding="utf-8"))
    else:
        import sayso

        articles = [page_article(data, pid)[2] for pid in chosen]
        for pid, rep in zip(chosen, sayso.analyze_many(articles, techniques=False, claims=False), strict=True):
            reports[pid] = rep.to_dict()
    pages = []
    for pid, entry in chosen.items():
        report = reports.get(pid)
        text = report["article"]["text"] if report else page_article(data, pid)[2].text
        atts, drifted, lost = gold_page(pid, entry, text)
        pages.append(PageResult(pid, entry["set"], entry.get("outlet", ""), atts,
                                report_atts(report) if report else [], text, drifted, lost, report is None))
    return pages


def evaluate(pred_dir: Path | None = None, gold_path: Path = GOLD, data: Path = DATA,
             only: str | None = None) -> tuple[dict[str, float], list[dict]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return score(load_pages(gold, data, pred_dir, only))


def print_table(res: dict[str, float], rows: list[dict]) -> None:
    print(f"{'page':12} {'set':6} {'outlet':28} {'gold':>4} {'pred':>4} {'found':>5} "
          f"{'P':>5} {'R':>5} {'F1':>5} {'srcF1':>5} drift")
    for r in rows:
        print(f"{r['page']:12} {r['set']:6} {r['outlet'][:28]:28} {r['gold']:4} {r['pred']:4} {r['found']:5} "
              f"{r['attr_p']:5.2f} {r['attr_r']:5.2f} {r['attr_f1']:5.2f} {r['attr_src_f1']:5.2f} "
              f"{r['drifted']}{'/' + str(r['lost']) + ' lost' if r['lost'] else ''}")
    print()
    print(f"{'':22} {'attr P/R/F1':>20} {'+source P/R/F1':>20} {'+cue F1':>8} {'gold':>5} {'pred':>5}")
    for scope in (*SETS, "all"):
        for grp in ("", "direct_", "indirect_"):
            k = f"{scope}_{grp}"
            if res.get(f"{k}gold", 0) == 0 and res.get(f"{k}pred", 0) == 0:
                continue
            print(f"{(scope + ' ' + grp.rstrip('_')).strip():22} "
                  f"{res[k + 'attr_p']:6.3f}/{res[k + 'attr_r']:.3f}/{res[k + 'attr_f1']:.3f} "
                  f"{res[k + 'attr_src_p']:6.3f}/{res[k + 'attr_src_r']:.3f}/{res[k + 'attr_src_f1']:.3f} "
                  f"{res[k + 'attr_full_f1']:8.3f} {res[k + 'gold']:5} {res[k + 'pred']:5}")
    print()
    for k, v in res.items():
        if "span_" in k or "medium" in k or k in ("pages", "drifted_spans", "lost_spans", "missing_reports"):
            print(f"{k}={v}")


def audit_counts(page: PageResult) -> Counter[str]:
    """A reader's tally of the predictions: correct (content found, right source), partly right (content
    found with a wrong source, or a content that only overlaps a gold one), wrong; and gold missed."""
    pairs = match(page.gold, page.pred)
    out: Counter[str] = Counter()
    for gi, pi in pairs:
        out["correct" if same_source(page.gold[gi].source, page.pred[pi].source) else "partly"] += 1
    matched = {pi for _, pi in pairs}
    for pi, p in enumerate(page.pred):
        if pi not in matched:
            out["partly" if any(overlap(p.content, g.content) for g in page.gold) else "wrong"] += 1
    out["missed"] = len(page.gold) - len(pairs)
    return out


def explain(pages: list[PageResult]) -> None:
    """Each gold attribution with what matched it, then the predictions nothing matched (for reading)."""
    def show(text: str, span: Span | None, width: int = 70) -> str:
        if span is None:
            return "-"
        t = " ".join(text[span[0]:span[1]].split())
        return t if len(t) <= width else t[:width - 25] + " … " + t[-22:]

    for page in pages:
        pairs = dict(match(page.gold, page.pred))
        tally = audit_counts(page)
        print(f"\n=== {short_id(page.page)} {page.outlet} ({page.set}): {len(page.pred)} predicted, "
              + ", ".join(f"{k} {tally[k]}" for k in ("correct", "partly", "wrong", "missed")))
        for gi, g in enumerate(page.gold):
            p = page.pred[pairs[gi]] if gi in pairs else None
            mark = "MISSED" if p is None else "ok    " if same_source(g.source, p.source) else "SOURCE"
            print(f"{mark} [{g.kind[:3]}] {g.source} <- {show(page.text, g.cue, 20)} : {show(page.text, g.content)}")
            if p is not None and mark != "ok    ":
                print(f"         pred source: {p.source!r} ({show(page.text, p.source_span, 30)})")
        for pi in sorted(set(range(len(page.pred))) - set(pairs.values())):
            p = page.pred[pi]
            part = any(overlap(p.content, g.content) for g in page.gold)
            print(f"{'PART ' if part else 'EXTRA'}  [{p.kind[:3]}] {p.source} ({show(page.text, p.source_span, 30)}) <- "
                  f"{show(page.text, p.cue, 20)} : {show(page.text, p.content)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", type=Path, help="folder of sayso.report/1 JSON files (<page id>.json)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA, help="the html-articles folder (../shared/data/html-articles)")
    ap.add_argument("--set", choices=SETS, help="score only the tuning, the held-aside or the train pages "
                                                "(default: tuning and held, whose sum is all_)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--explain", action="store_true",
                    help="list every gold attribution with its match and every unmatched prediction "
                         "(tuning pages only unless --set held is given: the held-aside pages are not for tuning)")
    args = ap.parse_args()
    if not (args.data / "ground-truth.json").exists():
        sys.exit(f"benchmark not found at {args.data} (it lives in ../shared/data/html-articles)")
    if args.pred is not None and not args.pred.is_dir():
        sys.exit(f"{args.pred}: not a folder of reports")
    if args.explain:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        explain(load_pages(gold, args.data, args.pred, args.set or "tuning"))
        return
    res, rows = evaluate(args.pred, args.gold, args.data, args.set)
    if args.json:
        print(json.dumps(res))
    else:
        print_table(res, rows)


if __name__ == "__main__":
    main()
