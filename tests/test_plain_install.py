"""``pip install sayso`` without extras, as a new user does it: the system Python's own pip
(3.11 ships pip 23.x, which drops trafilatura's ``lxml[html_clean]`` extra), no upgrade.

The wheel is built from the tracked files, installed into a fresh venv with its
dependencies from PyPI (pip's cache makes reruns fast), and ``sayso analyze`` must give
attributions for a text file and an HTML page, with the coded warning that the persuasion
stages were skipped. Slow: about a minute with a warm pip cache.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("<html><head><title>Talks fail</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Talks fail</h1><p>“We will respond,” the minister said. Officials said that the talks had "
        "failed on Tuesday in Geneva.</p></article></body></html>")


def _system_python() -> str:
    # the interpreter's own (base) executable: its ensurepip pip, never the dev venv's upgraded one
    return shutil.which("python3") or getattr(sys, "_base_executable", sys.executable)


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    # without the caller's PYTHONPATH: a source tree on it (PYTHONPATH=src, with its egg-info) makes the fresh
    # venv's pip believe sayso is installed already, so the wheel's own install and entry point would be skipped
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(args, capture_output=True, text=True, timeout=1500, env=env, **kwargs)


@pytest.mark.slow
def test_plain_install_analyses_text_and_html(tmp_path) -> None:
    venv = tmp_path / "venv"
    made = _run([_system_python(), "-m", "venv", str(venv)])
    if made.returncode != 0 or not (venv / "bin" / "pip").exists():
        pytest.skip(f"cannot create a venv with the system Python ({made.stderr.strip()[-300:]})")
    pip, python = str(venv / "bin" / "pip"), str(venv / "bin" / "python")
    assert _run([pip, "--version"]).stdout.startswith("pip ")

    # the files a clone has (plus new, not ignored ones), built into a wheel outside the worktree
    src = tmp_path / "src"
    files = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT).stdout.split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    built = _run([pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path / "dist"), str(src)])
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("sayso-*.whl")
    installed = _run([pip, "install", "--quiet", str(wheel)])
    assert installed.returncode == 0, installed.stderr[-2000:]
    assert _run([python, "-c", "import torch"]).returncode != 0, "the plain install pulled the persuasion extra"

    (tmp_path / "a.txt").write_text("“We will respond,” the minister said. Officials said that the talks had failed.",
                                    encoding="utf-8")
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    for name in ("a.txt", "p.html"):
        result = _run([str(venv / "bin" / "sayso"), "analyze", str(tmp_path / name), "--format", "json"])
        assert result.returncode == 0, f"{name}: exit {result.returncode}: {result.stderr[-2000:]}"
        doc = json.loads(result.stdout)
        assert doc["attributions"], name
        assert [w["code"] for w in doc["coded_warnings"]] == ["W003"], doc.get("coded_warnings")
        assert "sayso: warning: persuasion techniques and claims skipped" in result.stderr
