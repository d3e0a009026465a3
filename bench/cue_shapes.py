"""Which cue senses and content shapes PolNeAR's gold agrees with: predictions grouped by cue lemma and content shape.

    python bench/eval_polnear.py --split train --out /tmp/reports    # the reports, once
    python bench/cue_shapes.py /tmp/reports [--split train] [--min 4] [--negated]

For every predicted attribution of the reports (``eval_polnear``'s JSON, one per article) the cue's lemma (its last
verb, noun or adjective on the parse) and the shape of its content: ``quote``, ``comp`` (a clause opened by "that",
"whether" or a wh-word), ``finite`` (a clause with a subject or a finite verb), ``to-inf``, ``gerund``, ``as``, ``np`` (a
noun phrase), ``pp``. Each group is printed with its predictions, those whose content matches a gold attribution
(char Dice >= 0.5, the scorer's attr_f1 test) and those whose cue overlaps no gold cue either (no attribution at all
in PolNeAR's eyes, not a span mismatch). A group PolNeAR almost never agrees with is evidence of a sense that is no
attribution; a group it agrees with is one a filter must not drop, whatever one reader said. ``--negated`` prints
the groups of cues with a negation of their own ("did not say", "has never claimed").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import articles  # noqa: E402
from span_match import dice, overlap  # noqa: E402

_COMPLEMENTIZERS = frozenset("that whether if how what why when where who".split())


def content_shape(span) -> str:  # noqa: ANN001 - a spaCy Span
    """The shape of a content span on the parse (see the module's docstring)."""
    first = span[0]
    root = span.root
    if span.text[:1] in "\"“‘'«":
        return "quote"
    if first.lower_ == "to" and root.pos_ in ("VERB", "AUX"):
        return "to-inf"
    if first.lower_ == "as":
        return "as"
    if first.lower_ in _COMPLEMENTIZERS:
        return "comp"
    if root.pos_ in ("VERB", "AUX") and (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
                                         or "Fin" in root.morph.get("VerbForm")):
        return "finite"
    if root.tag_ == "VBG" or first.tag_ == "VBG":
        return "gerund"
    if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"):
        return "np"
    return "pp" if first.pos_ == "ADP" else "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", type=Path, help="the folder of eval_polnear's reports")
    ap.add_argument("--split", default="train")
    ap.add_argument("--min", type=int, default=4, help="print groups of at least this many predictions")
    ap.add_argument("--negated", action="store_true", help="only cues with a negation of their own")
    args = ap.parse_args()
    import spacy

    from sayso.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, disable=["ner"])
    groups: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for stem, text, gold in articles(args.split):
        path = args.reports / f"{stem}.json"
        preds = json.loads(path.read_text(encoding="utf-8")).get("attributions", []) if path.exists() else []
        if not preds:
            continue
        doc = nlp(text)
        for pred in preds:
            content, cue = pred.get("content"), pred.get("cue")
            if not content or not cue:
                continue
            span = doc.char_span(content["start"], content["end"], alignment_mode="expand")
            cue_span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
            if span is None or cue_span is None or not len(span) or not len(cue_span):
                continue
            heads = [t for t in cue_span if t.pos_ in ("VERB", "NOUN", "ADJ")] or list(cue_span)
            head = heads[-1]
            if args.negated and not any(c.dep_ == "neg" for c in head.children):
                continue
            c_range, q_range = (content["start"], content["end"]), (cue["start"], cue["end"])
            matched = any(dice(c_range, g.content) >= 0.5 for g in gold)
            cue_matched = any(g.cue is not None and overlap(q_range, g.cue) > 0 for g in gold)
            row = groups[(head.lemma_.lower(), content_shape(span))]
            row[0] += 1
            row[1] += matched
            row[2] += not matched and not cue_matched
    print("lemma\tshape\tpredictions\tgold-matched\tno gold cue either")
    for (lemma, shape), (n, matched, none) in sorted(groups.items(), key=lambda kv: -(kv[1][0] - kv[1][1])):
        if n >= args.min:
            print(f"{lemma}\t{shape}\t{n}\t{matched}\t{none}")


if __name__ == "__main__":
    main()
