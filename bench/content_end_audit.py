"""Which judged contents of the blind audits would the learned content-end chooser change?

    python bench/content_end_audit.py WEIGHTS.json [--show]

For every indirect attribution sayso finds today on the audited articles (``verdict_gold/verdicts.jsonl``)
that matches a judged row (``train_filter.judged``: same cue, content Dice >= 0.5), the chooser's end is
compared with the rules'; the changes are counted by verdict and W class, and ``--show`` prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content_ends import EndModel, trimmed_end  # noqa: E402
from sayso.analyzer import heading_ranges  # noqa: E402
from sayso.nlp.extract.attributions import find_attributions  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.extract.quotes import find_quotes  # noqa: E402
from sayso.nlp.pipeline import load_pipeline  # noqa: E402
from train_filter import audited_article, judged, judged_verdicts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("weights", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    model = EndModel.from_json(json.loads(args.weights.read_text()))
    verdicts = judged_verdicts()
    nlp = load_pipeline(with_sayso=False)
    lexicon = load_lexicon(acceptance=False)
    seen, changed = Counter(), Counter()
    for (audit, art), vs in sorted(verdicts.items()):
        article, _, chunks = audited_article(art)
        for (offset, chunk), doc in zip(chunks, nlp.pipe(c for _, c in chunks), strict=True):
            heads = heading_ranges(article, offset, len(chunk))
            for f in find_attributions(doc, find_quotes(doc.text), lexicon, headings=heads):
                if f.kind != "indirect" or f.parts or f.cue[1] <= f.cue[0]:
                    continue
                v = judged(vs, (f.cue[0] + offset, f.cue[1] + offset), (f.content[0] + offset, f.content[1] + offset))
                if v is None:
                    continue
                key = f"{v['verdict']}:{v['w_class']}" if v["verdict"] == "W" else v["verdict"]
                seen[key] += 1
                end = model.choose(doc, f)
                if end is None:
                    if args.show and key in ("W:run_on", "W:content_wrong"):
                        s, e = f.content
                        print(f"[{audit} {art} {v['id']} {key} KEPT] {doc.text[s:e]!r}\n    next: {doc.text[e:e + 80]!r}\n")
                    continue
                changed[key] += 1
                if args.show:
                    s, e = f.content
                    old = doc.text[s:trimmed_end(doc.text, s, e)]
                    lo, hi = sorted((end, trimmed_end(doc.text, s, e)))
                    mark = "CUT" if end < e else "EXTEND"
                    print(f"[{audit} {art} {v['id']} {key} {mark}] {old!r}\n    -> diff {doc.text[lo:hi]!r}\n")
    for k in sorted(seen):
        print(f"{k}: judged {seen[k]}, changed {changed[k]}")


if __name__ == "__main__":
    main()
