"""A person named with the body they speak for after a comma: "Vasile Ionescu, of the Roma Centre for public
policies, said". Pure predicates on the parse.

The small English model tags a name it does not know ORG ("Vasile Ionescu"), and the source phrase runs on into
the affiliation, so the whole read as a body. A name of two to four capitalised words followed by ", of" or ",
from" and a body (NER's ORG, or an organisation's noun: "the association", "the Roma Centre") is a person's: a
body is not said to be "of" another body so. What it keeps: a body's name of one word ("Hamas, of Gaza"), a name
with an organisation's word in it ("Royal Dutch Shell, of the Netherlands": a company), a place after the comma
("John Smith, of Boston": no body, left to NER), and a name with no comma before "of" ("Bank of America").
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import read_first_names
from sayso.nlp.extract.resource_files import read_list, read_words

_ORG_NOUNS = read_words("organisation_nouns.txt")
_SURNAMES = read_words("census_surnames.txt")
_FOUNDERS = frozenset(e.split()[0].lower() for e in read_list("founder_companies.txt"))
_JOINING = frozenset({"of", "from"})


def _name_words(head: Token) -> list[Token]:
    words = [head] + [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    return sorted(words, key=lambda t: t.i)


def _person_like(words: list[Token]) -> bool:
    """A name a person bears: its last word a census surname or its first a given name ("Vasile Ionescu", "Maria
    Lopez"), and no word of it a company's founder but a given name first ("Goldman Sachs", "Morgan Stanley",
    "Mercedes Benz" are companies; "Morgan Freeman" is not)."""
    first_names = read_first_names()
    low = [w.lower_ for w in words]
    if low[-1] not in _SURNAMES and low[0] not in first_names:
        return False
    return not any(w in _FOUNDERS and not (i == 0 and w in first_names) for i, w in enumerate(low))


def affiliated_person(head: Token) -> bool:
    """ "Vasile Ionescu, of the Roma Centre for public policies": a name of two to four capitalised words, then ",
    of" or ", from" and a body (NER's ORG or an organisation's noun). Not "Hamas, of Gaza" (one word), "Royal Dutch
    Shell, of the Netherlands" (a place after it), nor "Bank of America" (no comma)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return False
    words = _name_words(head)
    if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
        return False
    if any(not w.text[:1].isupper() or w.is_upper or w.lower_ in _ORG_NOUNS for w in words):
        return False
    if not _person_like(words):
        return False  # "Amnesty International, of ...", "General Motors, of ...", "Goldman Sachs, of ...": a body's name
    doc = head.doc
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _JOINING or prep.i != head.i + 2 or doc[head.i + 1].text != ",":
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and (body.ent_type_ == "ORG" or body.lemma_.lower() in _ORG_NOUNS):
            return True
    return False
