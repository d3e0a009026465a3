"""The extraction never reads ``Doc.text`` but through ``doc_text`` (``nlp/extract/doc_text.py``).

spaCy joins every token's text on each ``Doc.text``; a rule that reads it per candidate made the
analysis quadratic (review10: an 80K-character one-line text took 192 s, 10 s with ``doc_text``).
"""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parent.parent / "src" / "sayso" / "nlp" / "extract"


def doc_text_reads(source: str) -> list[int]:
    """The lines of ``source`` that read ``.text`` of a Doc: a name ``doc`` or ``*_doc``, or an attribute ``doc``
    (``token.doc.text``, ``span.doc.text``)."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr == "text" and _is_doc(node.value)]


def _is_doc(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "doc" or node.id.endswith("_doc")
    return isinstance(node, ast.Attribute) and (node.attr == "doc" or node.attr.endswith("_doc"))


def test_the_check_finds_a_read() -> None:
    assert doc_text_reads('def f(doc):\n    """doc.text in a docstring"""\n    return doc.text[0]\n') == [3]
    assert doc_text_reads("def f(doc):\n    return doc_text(doc)\n") == []
    assert doc_text_reads("def f(token):\n    return token.doc.text[token.idx:]\n") == [2]
    assert doc_text_reads("def f(span):\n    return span.doc.text\n") == [2]
    assert doc_text_reads("def f(span):\n    return span.text, span.sent.text\n") == []


def test_extract_reads_doc_text_once_per_doc() -> None:
    offenders = [f"{path.name}:{line}" for path in sorted(EXTRACT.glob("*.py")) if path.name != "doc_text.py"
                 for line in doc_text_reads(path.read_text(encoding="utf-8"))]
    assert offenders == [], offenders
