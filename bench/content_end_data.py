"""Collect the content-end chooser's instances on a PolNeAR split (used by ``train_content_ends.py``).

    python bench/content_end_data.py --split dev --out /tmp/ce_dev.jsonl [--limit N]

One JSON line per indirect attribution sayso finds that matches a gold attribution (content Dice >= 0.5,
the scorer's gold-major greedy): its candidate ends with their features, the rules' end, the gold end and
whether the start is the gold start (all ends trimmed as the scorer trims them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content_ends import end_candidates, end_features, trimmed_end  # noqa: E402
from polnear import articles  # noqa: E402
from sayso.nlp.extract.attributions import find_attributions  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.extract.quotes import find_quotes  # noqa: E402
from sayso.nlp.pipeline import load_pipeline  # noqa: E402
from span_match import match, trim  # noqa: E402


def instances(stem: str, doc, gold, lexicon):  # noqa: ANN001, ANN201
    text = doc.text
    found = find_attributions(doc, find_quotes(text), lexicon)
    for gi, fi in match(gold, found):  # the scorer's gold-major greedy, content Dice >= 0.5
        g, f = gold[gi], found[fi]
        if f.kind != "indirect":
            continue
        gs, ge = trim(text, g.content)
        fs, _ = trim(text, f.content)
        rules_end = trimmed_end(text, *f.content)
        cands = end_candidates(doc, f)
        if rules_end not in cands:
            continue
        yield {
            "article": stem, "content": list(f.content), "cue": list(f.cue), "gold": [gs, ge],
            "start_ok": fs == gs, "rules_end": rules_end, "gold_end": ge,
            "cands": [[c, end_features(doc, f, c, rules_end, cands)] for c in cands],
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    nlp = load_pipeline(with_sayso=False)
    lexicon = load_lexicon(acceptance=False)
    arts = list(articles(args.split))[: args.limit]
    with args.out.open("w", encoding="utf-8") as fh:
        for (stem, _text, gold), doc in zip(arts, nlp.pipe(t for _, t, _ in arts), strict=True):
            for inst in instances(stem, doc, gold, lexicon):
                fh.write(json.dumps(inst) + "\n")


if __name__ == "__main__":
    main()
