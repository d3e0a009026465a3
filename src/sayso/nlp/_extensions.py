"""Every ``._`` extension sayso sets, registered in one place."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("sayso", "attributions", "sources", "markers")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
