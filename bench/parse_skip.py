"""How much of the spaCy pipeline sayso could skip: CPU per component, and the sentences that need no parse.

    python bench/parse_skip.py [--limit N]

Two figures decide whether the attribution core can run less of the model than a bare
``nlp.pipe``:

- CPU seconds per pipeline component over PolNeAR dev (each component over all the Docs
  in turn, after the tokenizer), stock (``spacy.load``) and as sayso loads it
  (``sayso.nlp.pipeline.load_pipeline``: the run-safe tokenizer, the line-break sentence
  starts, the fast attribute ruler and lemmatizer of ``nlp/speedups.py``);
- the share of sentences (and of their characters and tokens) that could skip the parser
  because nothing in them can start an attribution: no quote mark (a quote mark opening or
  closing a word, not an apostrophe inside one), no colon, no "according to", no cue of the
  lexicon (a VERB/AUX whose lemma is a cue verb, a NOUN/PROPN whose lemma is a cue noun).
  The loose variant counts any token whose lemma is a cue word and any apostrophe. Sentences
  are the full parse's (with sayso's line-break starts).

Run on demand; never a timed test.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
QUOTE = re.compile(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)")
QUOTE_LOOSE = re.compile(r"[\"“”«»'‘’]")


def component_cpu(nlp, texts: list[str]) -> dict[str, float]:  # noqa: ANN001
    """CPU seconds of each component of ``nlp`` over ``texts`` (the tokenizer first)."""
    out = {}
    c0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - c0
    for name, proc in nlp.pipeline:
        c0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=8)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - c0
    return out


def skippable(nlp, texts: list[str]) -> dict[str, dict[str, float]]:  # noqa: ANN001
    """Shares of sentences, characters and tokens with nothing an attribution could start from."""
    from sayso.nlp.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    totals = {"strict": [0, 0, 0], "loose": [0, 0, 0]}
    n_sents = n_chars = n_tokens = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            text = sent.text
            n_sents, n_chars, n_tokens = n_sents + 1, n_chars + len(text), n_tokens + len(sent)
            common = ":" in text or "according to" in text.lower()
            strict = common or QUOTE.search(text) or any(
                (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lexicon.verbs)
                or (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lexicon.nouns) for t in sent)
            loose = common or QUOTE_LOOSE.search(text) or any(t.lemma_.lower() in lexicon.verbs | lexicon.nouns for t in sent)
            for name, needed in (("strict", strict), ("loose", loose)):
                if not needed:
                    totals[name][0] += 1
                    totals[name][1] += len(text)
                    totals[name][2] += len(sent)
    return {name: {"sentences": s / n_sents, "chars": c / n_chars, "tokens": k / n_tokens, "n_sentences": n_sents}
            for name, (s, c, k) in totals.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    args = ap.parse_args()
    import spacy

    from sayso.nlp.pipeline import load_pipeline, model_name

    files = sorted(POLNEAR_DEV.glob("*.txt"))[: args.limit]
    if not files:
        raise SystemExit(f"no PolNeAR dev articles under {POLNEAR_DEV}")
    texts = [f.read_text(encoding="utf-8") for f in files]
    stock, sayso_nlp = spacy.load(model_name()), load_pipeline(with_sayso=False)
    for nlp in (stock, sayso_nlp):
        nlp("Warm up the pipeline, he said.")
    cpu = {"stock": component_cpu(stock, texts), "sayso": component_cpu(sayso_nlp, texts)}
    print(f"PolNeAR dev, {len(texts)} articles, {sum(map(len, texts)):,} chars; CPU seconds per component")
    print(f"  {'component':<18}{'stock':>8}{'sayso':>8}")
    for name in dict.fromkeys([*cpu["stock"], *cpu["sayso"]]):
        a, b = cpu["stock"].get(name), cpu["sayso"].get(name)
        print(f"  {name:<18}{'' if a is None else f'{a:.2f}':>8}{'' if b is None else f'{b:.2f}':>8}")
    print(f"  {'total':<18}{sum(cpu['stock'].values()):>8.2f}{sum(cpu['sayso'].values()):>8.2f}")
    shares = skippable(sayso_nlp, texts)
    print(f"\nsentences that could skip the parser (of {shares['strict']['n_sentences']:,}):")
    for name, s in shares.items():
        print(f"  {name:<7} {s['sentences']:6.1%} of sentences, {s['chars']:6.1%} of chars, {s['tokens']:6.1%} of tokens")
    parser = cpu["sayso"].get("parser", 0.0) / sum(cpu["sayso"].values())
    print(f"\nthe parser is {parser:.1%} of the pipeline's CPU: skipping it on those tokens saves at most "
          f"{parser * shares['strict']['tokens']:.1%} of the parse")


if __name__ == "__main__":
    main()
