"""A family called by its name in the plural: "the Ebelings" after "Betsy Ebeling". Pure reading of the Doc.

"The Kowalczyks said the drought had ruined them": NER often tags a surname in the plural as an organization,
and "the Yankees" or "the Packers" is one. The article itself tells them apart: a family's name is some person's
family name the article gives in full ("Tom Kowalczyk", "Betsy Ebeling"). Only then is the phrase the people of
that family, a group; a plural name no full name of the article ends in stays whatever it was, and so does one
NER reads as a person's name ("the Obamas").
"""

from __future__ import annotations

from spacy.tokens import Token

_MIN_NAME_TOKENS = 2  # a full name: a given name and a family name at least ("Betsy Ebeling"), not "Ebeling" alone


def singulars(word: str) -> tuple[str, ...]:
    """The singular forms a plural family name may have: "Ebelings" -> "Ebeling", "Joneses" -> "Jones" (and the
    "Jonese" no one is called)."""
    out = []
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("'s") and len(word) > 2:
        out.append(word[:-1])
    return tuple(out)


def family_plural(head: Token) -> bool:
    """``head`` is a capitalised plural proper noun right after "the", alone in its phrase ("The Ebelings said"),
    and one of its singulars is the last word of a full name the article gives a person (NER's PERSON of two words
    or more, elsewhere in the Doc)."""
    doc = head.doc
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON" or head.i == 0:
        return False
    before = doc[head.i - 1]
    if before.lower_ != "the" or before.head.i != head.i or any(c.i != before.i for c in head.lefts):
        return False
    forms = set(singulars(head.text))
    if not forms:
        return False
    return any(_full_name_ending(doc[i], forms) for i in range(len(doc)) if doc[i].text in forms)


def _full_name_ending(token: Token, forms: set[str]) -> bool:
    """``token`` ends a person's name of two words or more: "Ebeling" of "Betsy Ebeling"."""
    doc = token.doc
    if token.ent_type_ != "PERSON" or token.text not in forms:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return token.i + 1 - start >= _MIN_NAME_TOKENS
