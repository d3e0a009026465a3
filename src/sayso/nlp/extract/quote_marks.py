"""The quotation-mark characters, owned in one place: the sets that the extractors test a character or a token
against.

Each name is one set a caller uses; where callers differ, each keeps its own variant, named for what it leaves out or
adds (``DOUBLE_MARKS_BUT_LOW``, ``OPENING_QUOTES_BUT_GUILLEMET``), so that moving them here changed nothing a caller
reads. A caller that tests membership of a whole token keeps its own container type (``frozenset(OPENING_QUOTES)``,
not the string: ``"" in "…"`` holds where ``"" in frozenset(...)`` does not).

Single marks are apostrophes far more often than quotations (It's, the Smiths' house, ’90s, rock ’n’ roll): the sets
that hold ``’`` or ``'`` are those of callers that look for a closing or any mark, never for a quotation's start alone.
"""

from __future__ import annotations

# every quotation mark, opening or closing: straight and curly, double and single, and guillemets
QUOTE_MARKS = "\"'“”‘’«»"
# the same and the rarer marks: the low and reversed double marks, the single guillemets, the backtick
QUOTE_MARKS_WIDE = "\"“”„‟«»‹›'‘’`"
# the marks that end a quotation, which the extractors strip or look past to the sentence mark inside ('… it?"'):
# the straight and the right double mark and the right single mark (of a nested quotation, or ’’ of wire copy)
CLOSING_QUOTES = "\"”’"
# the same and the straight single mark (the '' that closes ``typewriter'' and ''wire'' quotations, or a lone ')
CLOSING_QUOTES_AND_APOSTROPHE = CLOSING_QUOTES + "'"
# the right curly marks, double and single: a closing mark that is never an opening one
CURLY_CLOSING = "’”"
# the straight and curly double marks, no guillemets
DOUBLE_MARKS_BUT_GUILLEMETS = "\"“”"
# the marks that open a double quotation, straight and curly
OPENING_DOUBLE = "\"“"
# the double marks, opening or closing, with the low opening mark („) of German-style copy
DOUBLE_MARKS = "\"“”«»„"
# the same without the low mark
DOUBLE_MARKS_BUT_LOW = "\"“”«»"
# the marks that open a quotation: straight and curly, double and single, and the opening guillemet
OPENING_QUOTES = "\"“‘'«"
# the same without the guillemet
OPENING_QUOTES_BUT_GUILLEMET = "\"“‘'"
# the same without the straight single mark, an apostrophe too often
OPENING_QUOTES_BUT_STRAIGHT_SINGLE = "\"“‘«"
# the two-character marks of typewriter and wire copy (``like this'' and ''like this''), tokens of their own
TYPEWRITER_MARKS = ("``", "''")
