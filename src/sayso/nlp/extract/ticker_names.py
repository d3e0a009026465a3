"""A wire ticker right after a company's name belongs to the name: "International Business Machines Inc. IBM.N said".

Wire copy writes a listed company's instrument code after its name, in parentheses or (where the parentheses were
stripped) bare: "Acme Widgets Corp. (ACME.O)", "Acme Widgets Corp. ACME.O". The parser may make the code the
subject of the verb and leave the name elsewhere (the object of "after"); the source is then the company, not the
code. Only a code of the instrument shape (letters or digits, a dot, a known exchange suffix) counts, and only when
it follows the last word of an organisation's name at once (an opening parenthesis between them allowed): a code
after a comma, a person's name or a common noun is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_list

EXCHANGE_SUFFIXES = frozenset(read_list("exchange_suffixes.txt"))
# "IBM.N", "SIEGn.DE" (letters, digits maybe), "7203.T" (four digits: Tokyo, Hong Kong)
_CODE = re.compile(r"^(?:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{1,6}[a-z]?|\d{4})\.([A-Z]{1,2})$")


def instrument_code(token: Token) -> bool:
    """``token`` has the shape of a wire instrument code: "IBM.N", "VOD.L", "BMWG.DE" (not "U.S.", "Inc.")."""
    m = _CODE.match(token.text)
    return m is not None and m.group(1) in EXCHANGE_SUFFIXES


def company_before_ticker(token: Token) -> Span | None:
    """The organisation name that ticker ``token`` follows at once ("International Business Machines Inc. IBM.N"),
    or None."""
    if not instrument_code(token):
        return None
    doc = token.doc
    k = token.i - 1
    if k >= 0 and doc[k].text == "(":
        k -= 1
    if k < 0 or doc[k].ent_type_ != "ORG":
        return None
    ent = next((e for e in doc.ents if e.start <= k < e.end), None)
    if ent is None or ent.label_ != "ORG" or ent.end not in (k + 1, token.i + 1):
        return None
    return doc[ent.start:k + 1]
