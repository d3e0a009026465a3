"""How time grows with hostile input: runs of quote marks, closing brackets, "!" and
ordinary text, at doubling sizes, through spaCy's own tokenizer and through sayso.

    python bench/scaling.py                 # attribution analysis (no persuasion stages)
    python bench/scaling.py --persuasion    # with techniques and claims (the encoder)
    python bench/scaling.py --max 40000     # largest size

Linear time shows as a ratio near 2 between successive (doubling) sizes; quadratic near 4.
The bare spaCy tokenizer on runs is skipped above 10,000 characters (it takes minutes).
Peak RSS of the process is printed at the end.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "sayso" / "samples" / "sample_article.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max", type=int, default=20000, help="largest run length (default 20000)")
    parser.add_argument("--persuasion", action="store_true", help="run the techniques and claims stages too")
    args = parser.parse_args()

    import sayso
    from sayso.nlp.pipeline import load_pipeline

    nlp = load_pipeline(with_sayso=False)
    article = SAMPLE.read_text(encoding="utf-8")
    kinds = {
        'quote marks (")': lambda n: '"' * n,
        "curly quotes (“”)": lambda n: "“" * (n // 2) + "”" * (n - n // 2),
        "closing brackets": lambda n: ")" * n,
        "exclamation marks": lambda n: "!" * n,
        "ordinary text": lambda n: (article * (n // len(article) + 1))[:n],
    }
    sizes = []
    n = 1250
    while n <= args.max:
        sizes.append(n)
        n *= 2
    print(f"{'input':22} {'chars':>8} {'spaCy tok s':>12} {'sayso s':>9} {'ratio':>6}")
    for kind, make in kinds.items():
        previous = None
        for n in sizes:
            text = make(n)
            bare = ""
            if kind == "ordinary text" or n <= 10000:
                t = time.perf_counter()
                nlp.tokenizer.tokenizer(text)  # spaCy's own, unwrapped
                bare = f"{time.perf_counter() - t:.2f}"
            t = time.perf_counter()
            sayso.analyze(text, nlp=nlp, techniques=args.persuasion, claims=args.persuasion)
            took = time.perf_counter() - t
            ratio = f"{took / previous:.1f}" if previous else ""
            previous = took
            print(f"{kind:22} {n:>8,} {bare:>12} {took:>9.2f} {ratio:>6}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
