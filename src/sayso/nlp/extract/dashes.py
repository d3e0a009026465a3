"""Whether a dash sets words off (an aside, a clause boundary) or joins two words into one: a pure reading.

"the new exam – one of the top concerns of the unions" and "the exam—one of the top concerns" set
words off; "one-third", "her then–IT aide Imran Awan" and "the Dallas–Fort Worth area" join them.
An en dash or a hyphen with no space on either side joins; an em dash or "--" sets off however it
is spaced (the house style of many papers writes it unspaced), except after a word that only ever
prefixes a title ("then—IT aide", "ex—husband" where a font or a converter lengthened the dash).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

_LONG_DASHES = frozenset({"—", "--"})
# the horizontal bar (U+2015) some sites set for the em dash ("WASHINGTON ― Sen. ... said", HuffPost's house style)
_EM_DASH_LOOKALIKES = str.maketrans({"\u2015": "—"})


def with_em_dashes(text: str) -> str:
    """``text`` with each horizontal bar ("―", U+2015) read as the em dash it stands for, the same length: every
    rule that knows "—" (a dateline's dash, an aside, a clause boundary) then knows it, and offsets stay."""
    return text.translate(_EM_DASH_LOOKALIKES)

_SHORT_DASHES = frozenset({"–", "-"})
_TITLE_PREFIXES = read_words("title_prefixes.txt")


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


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def clause_past_dashed_relative(head: Token) -> Token | None:
    """The verb of the clause after a relative set off by dashes, where the parse made that relative the clause:
    in "As the Herald reported, according to police — who continue to insist this was an accident — the officer
    went into the wrong apartment", "continue" (the relative's verb, hung on "went" as a ccomp) is not the clause
    the aside reports; "went" is. None where ``head`` is no such relative."""
    if head.dep_ != "ccomp" or head.head.i <= head.i:
        return None
    doc = head.doc
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _RELATIVE_TAGS), None)
    if subject is None or subject.i == 0 or not set_off_dash(doc[subject.i - 1]):
        return None
    close = next((t for t in doc[head.right_edge.i + 1:head.head.i] if set_off_dash(t)), None)
    return head.head if close is not None else None
