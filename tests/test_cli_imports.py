"""The console script starts light: ``import sayso.cli``, ``sayso --help`` and ``sayso --version``
load neither spaCy nor ONNX Runtime nor numpy (their start-up times are bench/throughput.py's)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "onnxruntime", "numpy", "torch", "tokenizers", "trafilatura", "sayso.analyzer", "sayso.nlp")

SCRIPT = """
import json, sys
args = sys.argv[1:]
if args:
    from sayso.cli import main
    sys.argv = ["sayso", *args]
    try:
        main()
    except SystemExit:
        pass
else:
    import sayso.cli
heavy = {heavy!r}
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy))))
"""


@pytest.mark.parametrize("args", [[], ["--help"], ["--version"], ["analyze", "--help"]], ids=str)
def test_start_up_imports_nothing_heavy(args: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY), *args], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [], f"sayso {' '.join(args) or '(import)'} loads {loaded}"


@pytest.mark.parametrize("module", ["sayso", "sayso.cli"])
def test_python_dash_m_runs_the_cli(module: str) -> None:
    # ``python -m sayso.cli analyze ...`` once printed nothing and exited 0 (no __main__ entry)
    import sayso

    out = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert sayso.__version__ in out.stdout
