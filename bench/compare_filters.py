"""Two precision-filter weight files on the same extraction: the html gold's aggregate figures per set.

    python bench/compare_filters.py OLD.json [NEW.json] [--t 0.40] [--cache DIR]

(NEW defaults to the bundled ``attribution_filter.json``; OLD e.g. ``git show
REV:src/sayso/nlp/resources/attribution_filter.json > /tmp/old.json``.) Every page of
``bench/html_gold/gold.json`` is analysed once as ``sayso.analyze`` analyses it
(``train_filter.reader_pages``), every attribution found scored by both files as they are (a
feature a file does not know weighs 0, so a file of an older feature schema compares with
today's), and the html-gold scorer's figures at the threshold ``--t`` printed per set: what the
filter alone changed, the extraction held fixed. Aggregates only: the held pages' errors are not
for reading. The new filter was trained on the tuning and train pages, so their figures are
in-sample; the held ones are the check.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_filter as tf  # noqa: E402
from sayso.nlp.analysis import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from sayso.nlp.extract.lexicon import load_lexicon  # noqa: E402
from sayso.nlp.pipeline import load_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=tf.OUT)
    ap.add_argument("--t", type=float, default=DEFAULT_MIN_CONFIDENCE, help="the minimum confidence")
    ap.add_argument("--cache", type=Path, help="folder for the parsed pages (DocBin), reused when present")
    args = ap.parse_args()
    files = {"old": args.old, "new": args.new}
    models = {}
    for name, path in files.items():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            models[name] = (tf.Model(float(data["bias"]), data["weights"]), float(data.get("blend", 1.0)))
        except (OSError, ValueError, KeyError, TypeError) as e:
            sys.exit(f"{path}: not a filter weight file ({e})")
    sets = ("tuning", "held", "train")
    pages = tf.reader_pages(load_pipeline(with_sayso=False), load_lexicon(acceptance=False), args.cache, "src", sets)
    for name, (model, blend) in models.items():
        tf.predict(model, [p.rows for p in pages], name, blend)
    print(f"html gold at t = {args.t}: old {args.old} | new {args.new}")
    print(f"  {'set':12} {'':4} {tf.HEAD}")
    for group in (("tuning",), ("held",), ("tuning", "held"), ("train",)):
        if not any(p.set in group for p in pages):
            continue
        for name in models:
            s = tf.reader_scores(pages, f"{name}_blend", args.t, group)
            print(f"  {'+'.join(group):12} {name:4} {tf.figures(s)}")


if __name__ == "__main__":
    main()
