"""A Doc's text, built once per Doc.

spaCy's ``Doc.text`` joins every token's text on each access: O(length of the document). The
extraction's rules look at the text around one token or one quotation many times per document,
so reading ``doc.text`` there made the analysis quadratic (a 100k-character article took minutes).
The text of a Doc never changes (retokenising keeps it), so it is kept per Doc, weakly: it goes
when the Doc goes.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
