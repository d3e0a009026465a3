"""Real processes on one corpus: two readers query while a writer stores, and nobody waits or fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sayso.corpus.api import Corpus

ROOT = Path(__file__).resolve().parents[1]

WRITER = """
import sys
from _corpus import make_report
from sayso.corpus.api import Corpus
with Corpus(sys.argv[1]) as c:
    for n in range(int(sys.argv[2])):
        c.add(make_report([("Anna Berg", "person", f"Statement number {n} about the plant")],
                          url=f"https://x.example/{n}", outlet="Daily", published="2016-01-01"))
"""

READER = """
import json, sys, time
from sayso.corpus.api import Corpus
seen = []
with Corpus(sys.argv[1], create=False) as c:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        n = c.counts()["articles"]
        hits = c.search("plant", limit=5)
        assert n == 0 or hits, n
        seen.append(n)
        if n >= int(sys.argv[2]):
            break
print(json.dumps(seen))
"""


def _env() -> dict[str, str]:
    paths = [str(ROOT / "src"), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def test_two_readers_while_a_writer_stores(tmp_path):
    db = tmp_path / "c.db"
    Corpus(db).close()  # the schema exists before the readers open it
    total = 150
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(total)], env=_env(), stderr=subprocess.PIPE)
    readers = [subprocess.Popen([sys.executable, "-c", READER, str(db), str(total)], env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    assert writer.wait(timeout=180) == 0, writer.stderr.read() if writer.stderr else ""
    for reader in readers:
        out, err = reader.communicate(timeout=180)
        assert reader.returncode == 0, err
        seen = json.loads(out)
        assert seen == sorted(seen)  # each reader saw whole articles appear, never vanish
        assert seen[-1] == total
    with Corpus(db) as c:
        assert c.counts()["articles"] == total
