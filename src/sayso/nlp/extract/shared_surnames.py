"""People named by their given names sharing one surname: "Daren and Barbara Jensen", "John and Mary Smith", "Mr. and
Mrs. Smith". Pure predicates on the parse.

The parse makes the first given name the head and the surname its conjunct ("Daren" <- conj "Jensen", with
"Barbara" a compound of it); NER tags the lone first name ORG or nothing, so the members do not read as people one
by one (``source_refs.joined_people``) and the whole typed as a body. Two known given names (``first_names``: the
census's and the international lists) or two courtesy titles joined by "and" before one capitalised surname are a
couple, a group of people as "John Smith and Mary Jones" is. What it keeps: companies named for two people
("Johnson and Johnson": the same word twice, and "Johnson" no given name; "Procter and Gamble", "Marks and
Spencer": no given names), a name with a possessive ("Ben and Jerry's": a company's name), one with a company's
word for its last ("John and Mary Smith Foundation" has its own head), and names joined by "&" ("Simon &
Schuster").
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.person_signs import HONORIFICS
from sayso.nlp.extract.source_types import ORG_NOUNS, ORG_SUFFIXES


def _given(token: Token, first_names: frozenset[str]) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper and token.lower_ in first_names


def shared_surname(head: Token, first_names: frozenset[str]) -> bool:
    """ "Daren and Barbara Jensen": a given name (the head), "and", a given name and a surname (the head's conjunct),
    or "Mr. and Mrs. Smith"; both given names or both titles. Not "Ben and Jerry's", "Johnson and Johnson",
    "Procter and Gamble"."""
    doc = head.doc
    if head.i + 4 > len(doc):
        return False
    first, joiner, second, surname = doc[head.i:head.i + 4]
    if joiner.lower_ != "and" or surname.dep_ != "conj" or surname.head.i != head.i or second.head.i != surname.i:
        return False
    if surname.pos_ != "PROPN" or not surname.text[:1].isupper() or surname.is_upper or surname.lower_ == first.lower_:
        return False
    if surname.lower_ in ORG_SUFFIXES or surname.lower_ in ORG_NOUNS or surname.lower_ in first_names:
        return False  # "John and Mary Foundation"; "Tom and Jerry Lewis" may be two people named, left to NER
    after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.lower_ in ("'s", "’s") or after.pos_ == "PROPN"):
        return False  # "Ben and Jerry Smith's", "John and Mary Smith Foundation": a company's or another's name
    titles = first.lower_ in HONORIFICS and second.lower_ in HONORIFICS
    return titles or (_given(first, first_names) and _given(second, first_names))


def company_of_two(head: Token) -> bool:
    """Two names joined by "and" that are one company's name: the same word twice ("Johnson and Johnson": no given
    name, one surname twice) or a possessive that ends the name and owns nothing after it ("Ben and Jerry's said":
    the "'s" hangs on the last name, which is the subject's conjunct, not a possessor of a noun). Not two people
    ("Smith and Jones said", "John and Mary Smith"), nor their thing ("Smith and Jones's lawyers said": "Jones"
    owns "lawyers"), nor names joined with a third ("Smith, Smith and Jones")."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or head.pos_ != "PROPN":
        return False
    last = conjuncts[0]
    doc = head.doc
    if last.pos_ != "PROPN" or last.i != head.i + 2 or doc[head.i + 1].lower_ not in ("and", "&"):
        return False
    if last.text == head.text and head.text[:1].isupper() and not head.is_upper:
        return True  # "Johnson and Johnson"
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in last.children) and not any(
        c.dep_ in ("compound", "flat") for c in last.children)
