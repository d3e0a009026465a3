"""Score sayso on a PolNeAR split with the shared scorer.

    python bench/eval_polnear.py [--split dev] [--out DIR] [--json] [--attributions-only]

Writes one ``sayso.report/1`` JSON per article into DIR (a temporary folder by default)
and runs ``../shared/tools/score_polnear.py`` on it, printing every figure.

PolNeAR annotates a stance toward a thing ("denied the allegations", ``Report.stances``) as an
attribution, so by default the score counts the attributions and the stances together (each
stance is written into the JSON's ``attributions``: this is the figure the CI gate holds);
``--attributions-only`` scores the report's attributions alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sayso  # noqa: E402
from polnear import POLNEAR, SCORER, scorable_gold  # noqa: E402


def scored_dict(report: sayso.Report, *, attributions_only: bool = False) -> dict:
    """The report's JSON as the scorer reads it: its stances counted as attributions unless ``attributions_only``."""
    data = report.to_dict()
    if not attributions_only:
        data["attributions"] = data["attributions"] + data.pop("stances", [])
    return data


def evaluate(split: str = "dev", out: Path | None = None, model: str | None = None, *,
             attributions_only: bool = False) -> dict[str, float]:
    folder = POLNEAR / split
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no PolNeAR {split} articles under {folder}")
    out = out or Path(tempfile.mkdtemp(prefix=f"sayso-polnear-{split}-"))
    out.mkdir(parents=True, exist_ok=True)
    texts = [f.read_text(encoding="utf-8") for f in files]
    for f, report in zip(files, sayso.analyze_many(texts, model=model, techniques=False, claims=False), strict=False):
        (out / f"{f.stem}.json").write_text(json.dumps(scored_dict(report, attributions_only=attributions_only), ensure_ascii=False), encoding="utf-8")
    with scorable_gold(folder) as gold:
        res = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--model")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--attributions-only", action="store_true",
                    help="score the attributions alone (by default the stances count too: PolNeAR annotates them)")
    args = ap.parse_args()
    t0 = time.time()
    scores = evaluate(args.split, args.out, args.model, attributions_only=args.attributions_only)
    if args.json:
        print(json.dumps(scores))
    else:
        for k, v in scores.items():
            print(f"{k}={v}")
        print(f"# {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
