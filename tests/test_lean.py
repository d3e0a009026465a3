"""``sayso._lean``: spaCy imported without torch for models that need nothing but spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sayso._lean import DEFAULT_MODEL, torch_free


def _meta(tmp_path: Path, requirements: object) -> Path:
    (tmp_path / "meta.json").write_text(json.dumps({"name": "x", "requirements": requirements}), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("requirements", "expected"), [
    ([], True),
    (["spacy>=3.7.5,<3.9.0"], True),
    (["spacy-transformers>=1.3.4,<1.4.0"], False),
    (["spacy>=3.7", "spacy-curated-transformers>=0.2"], False),
    (["torch"], False),
    ("spacy", False),
])
def test_torch_free_reads_the_requirements(tmp_path: Path, requirements: object, expected: bool) -> None:
    assert torch_free(str(_meta(tmp_path, requirements))) is expected


def test_unknown_or_broken_models_keep_torch(tmp_path: Path) -> None:
    assert torch_free("no_such_model_package_xyz") is False
    assert torch_free(str(tmp_path)) is False  # no meta.json
    (tmp_path / "meta.json").write_text("{not json", encoding="utf-8")
    assert torch_free(str(tmp_path)) is False


def test_default_model_is_the_pipeline_default() -> None:
    from sayso.nlp.pipeline import DEFAULT_MODEL as PIPELINE_DEFAULT

    assert DEFAULT_MODEL == PIPELINE_DEFAULT


@pytest.mark.slow
def test_spacy_imported_without_torch_and_torch_still_importable() -> None:
    pytest.importorskip("torch")
    if not torch_free(DEFAULT_MODEL):
        pytest.skip(f"{DEFAULT_MODEL} is not installed")
    code = ("import sys; from sayso._lean import import_spacy; kept_out = import_spacy(); "
            "import thinc.compat; print(kept_out, 'torch' in sys.modules, thinc.compat.has_torch); "
            "import torch; print(torch.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "True False False"
    assert out[1] == "torch"
