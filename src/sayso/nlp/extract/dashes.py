"""Whether a dash sets words off (an aside, a clause boundary) or joins two words into one: a pure reading.

"the new exam – one of the top concerns of the unions" and "the exam—one of the top concerns" set
words off; "one-third", "her then–IT aide Imran Awan" and "the Dallas–Fort Worth area" join them.
An en dash or a hyphen with no space on either side joins; an em dash or "--" sets off however it
is spaced (the house style of many papers writes it unspaced), except after a word that only ever
prefixes a title ("then—IT aide", "ex—husband" where a font or a converter lengthened the dash).
"""

from __future__ import annotations

from spacy.tokens import Token

_LONG_DASHES = frozenset({"—", "--"})
_SHORT_DASHES = frozenset({"–", "-"})
_TITLE_PREFIXES = frozenset({"then", "ex", "now", "vice", "co", "soon", "non", "anti", "pro", "self", "former"})


def set_off_dash(token: Token) -> bool:
    """``token`` is a dash that sets words off, not one that joins the words on either side."""
    if token.text not in _LONG_DASHES and token.text not in _SHORT_DASHES:
        return False
    doc = token.doc
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(doc[token.i - 1].whitespace_))
    if spaced:
        return True
    if token.text in _SHORT_DASHES:
        return False
    return not (token.i > 0 and doc[token.i - 1].lower_ in _TITLE_PREFIXES)
