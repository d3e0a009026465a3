"""Reading the word lists of ``nlp/resources``: one entry a line, ``#`` comments, ``SAYSO_RESOURCES`` overrides.

A module of its own, importing nothing of ``extract``, so that any extractor can read its list at import,
including those the lexicon itself imports (``lexicon`` re-exports these names).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from sayso.errors import ResourceError


def _resource_text(name: str) -> str:
    override = os.environ.get("SAYSO_RESOURCES")
    if override:
        path = Path(override) / name
        if path.exists():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:  # a broken install of the user's own: exit 4, not a crash
                raise ResourceError(f"{path} (SAYSO_RESOURCES) cannot be read as UTF-8 text ({e}); "
                                    f"fix it or remove it to use the bundled {name}", source=str(path)) from e
            if "\x00" in text:
                raise ResourceError(f"{path} (SAYSO_RESOURCES) is binary, not a word list; "
                                    f"fix it or remove it to use the bundled {name}", source=str(path))
            return text
    try:
        return resources.files("sayso.nlp.resources").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ResourceError(f"bundled resource {name!r} is missing: reinstall sayso") from e


def read_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line resource as written (names keep their capitals), comments and blanks dropped."""
    out = []
    for line in _resource_text(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


def read_words(name: str) -> frozenset[str]:
    """The entries of a one-per-line word list (``read_list``), lower-cased: what a token's lower form is looked up in."""
    return frozenset(w.lower() for w in read_list(name))
