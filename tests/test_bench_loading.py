"""bench/loading.py: a bench script loaded by path as a module, registered under its own name."""

from __future__ import annotations

import sys

import pytest

from _gate import load_bench


def test_a_script_loads_as_a_module_under_the_name_given(tmp_path) -> None:
    path = tmp_path / "script.py"
    path.write_text("from dataclasses import dataclass\n\n@dataclass\nclass Row:\n    n: int\n\nVALUE = Row(3)\n",
                    encoding="utf-8")
    module = load_bench("loading").load_module("bench_test_script", path)
    assert module.VALUE.n == 3 and sys.modules["bench_test_script"] is module  # a dataclass finds its module


def test_a_missing_script_is_an_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        load_bench("loading").load_module("bench_test_missing", tmp_path / "none.py")
