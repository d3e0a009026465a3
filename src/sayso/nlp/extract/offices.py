"""An office that speaks: a person's ("His office said", "the governor's office said") or a body so named ("the U.S.
Attorney's Office for the Western District of New York"). Pure predicates on the parse.

A holder's office is the staff that speaks for them, a body, never the holder: a reader types "His office said" (of a
governor) and "Bolivia's public defender's office said" a government, as they do "the State Department".
``holders_office`` types a common noun "office" a person's possessive owns: a government where the holder holds a
public office (a role noun or a title of ``public_offices.txt``: "the governor's office", "the district attorney's
office", "Public Ombudsman Nadia Cruz's office", and "His office" or "Wolf's office" where the text titles the person
it names before "Gov." or "Sen."), else an organisation ("the chief executive's office", "his office" of a person the
text gives no public title). ``office_body`` types NER's ORG whose head word is "Office" ("the U.S. Attorney's Office",
"the Office of Emergency Services", "the House Office of Inspector General") a government.

What they keep: an office with no person's possessive ("the office said", "its office in Paris", "the company's
office": left as typed), the plural "offices"; a body of the United Nations or another international one ("the UN
Office for the Coordination of Humanitarian Affairs", "the International Labour Office": an organisation), and a name
with "Office" inside it that is no office ("Box Office Mojo", "Office Depot": not its head word).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_words

PUBLIC_OFFICES = read_words("public_offices.txt")
# role nouns that are a public office only with the words that make them one: "the district attorney's office", "the
# attorney general's office", "the public defender's office", "the medical examiner's office" (not "his attorney's")
_QUALIFIED = {"attorney": frozenset({"district", "state", "state's", "u.s.", "us", "county", "city", "general"}),
              "general": frozenset({"attorney", "inspector", "solicitor", "surgeon"}),
              "defender": frozenset({"public"}),
              "examiner": frozenset({"medical"})}
# words of an international body's name: its office is no government's
_INTERNATIONAL = frozenset({"un", "u.n.", "united", "nations", "international", "world"})
# how far back a "his" or "her" looks for the person it stands for (characters)
_LOOKBACK = 600


def public_role(token: Token) -> bool:
    """A role noun or title of public office: "governor", "Gov.", "Sen."; "attorney" of "district attorney", "general"
    of "attorney general", "defender" of "public defender" (``_QUALIFIED``)."""
    low = token.lower_
    if low in PUBLIC_OFFICES or token.lemma_.lower() in PUBLIC_OFFICES:
        return True
    words = _QUALIFIED.get(token.lemma_.lower())
    if words is None:
        return False
    doc = token.doc
    before = {doc[k].lower_ for k in range(max(token.sent.start, token.i - 3), token.i)}
    after = {doc[k].lower_ for k in range(token.i + 1, min(token.sent.end, token.i + 2))}
    return bool(words & (before | after))


def titled_person(name: Token) -> bool:
    """A person's name the text titles with a public office: here ("Gov. Tom Wolf", "Public Ombudsman Nadia Cruz") or
    at another mention of the same surname ("Republican Gov. Eric Holcomb ... Holcomb's office")."""
    return _titled(name, lambda w: public_role(w) and w.text[:1].isupper())


def role_titled_person(name: Token, roles: frozenset[str]) -> bool:
    """A person's name the text gives a role that is no public office ("Apple chief executive Tim Cook"): the holder
    of a private office, whose office is an organisation's."""
    return _titled(name, lambda w: w.lemma_.lower() in roles or w.lower_ in roles)


def _titled(name: Token, title) -> bool:  # noqa: ANN001
    doc = name.doc
    for t in doc:
        if t.text != name.text or t.pos_ != "PROPN":
            continue
        k = t.i - 1
        while k >= max(t.sent.start, t.i - 4) and doc[k].pos_ == "PROPN" and not title(doc[k]):
            k -= 1  # the given names before the surname
        if k >= t.sent.start and title(doc[k]):
            return True
    return False


def _holder_before(pronoun: Token) -> Token | None:
    """The last word of the last person's name before a "his" or "her", within ``_LOOKBACK`` characters."""
    doc = pronoun.doc
    for t in reversed(doc[:pronoun.i]):
        if pronoun.idx - t.idx > _LOOKBACK:
            return None
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"):
            return t
    return None


def holders_office(head: Token, roles: frozenset[str]) -> str | None:
    """The type of a person's office that speaks (see the module): "government" for a public office's, "organization"
    for anyone else's (a person's role noun of ``roles`` that is no public office: "the chief executive's office");
    None for a word that is no person's office ("its office", "the company's office")."""
    if head.lower_ != "office" or not (head.tag_ == "NN" or (head.tag_ == "NNP" and head.text == "Office")):
        return None
    # the nearest possessive: "Bolivia's public defender's office" (the parse hangs both on "office") is the defender's
    poss = next((c for c in reversed(list(head.lefts)) if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if public_role(poss):
        return "government"  # "the governor's office", "The U.S. Attorney's Office" (no entity NER saw)
    if poss.lower_ in ("his", "her"):
        holder = _holder_before(poss)
        if holder is None:
            return None
        if titled_person(holder):
            return "government"
        # a holder the text gives a private role ("Apple chief executive Tim Cook"); a name with no title at all
        # ("Netanyahu met Biden. His office said ...", "Putin") may hold a public office the text never spells out:
        # left as it was typed, no organisation
        return "organization" if role_titled_person(holder, roles) else None
    if poss.pos_ == "PROPN" and titled_person(poss):
        return "government"  # "Franken's office" after "Sen. Al Franken", whatever NER made of the surname here
    if poss.pos_ == "PROPN" and poss.ent_type_ == "PERSON":
        return "organization" if role_titled_person(poss, roles) else None
    if poss.pos_ == "NOUN" and poss.tag_ == "NN" and poss.lemma_.lower() in roles:
        return "organization"  # "the chief executive's office"
    return None


def office_body(ent: Span) -> bool:
    """NER's ORG whose head word is "Office", or that opens with it ("the U.S. Attorney's Office for the Western
    District of New York", "Office of Emergency Services"): a government's office, not an international body's ("the
    UN Office for ...")."""
    if ent.label_ != "ORG":
        return False
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    # the head word, or the first where "of" or "for" follows it ("Office of Emergency Services"); not a name that only
    # opens with the word ("Office Depot", "Office Depot Inc.": a company)
    opens = len(words) > 1 and words[0].text == "Office" and words[1].lower_ in ("of", "for")
    return (ent.root.text == "Office" or opens) and not any(t.lower_ in _INTERNATIONAL for t in ent)
