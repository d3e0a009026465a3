"""The sex a noun of a person states, and the name such a noun is put beside: pure functions of the parse.

"the former first lady", "a congresswoman" are a she, "the widower" a he (``noun_gender``); "Imran's brother,
Abid Awan" is a he, whatever his given name says to a reader who does not know it (``apposed_gender``)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_words

_FEMALE_NOUNS = read_words("female_nouns.txt")
_MALE_NOUNS = read_words("male_nouns.txt")


def noun_gender(head: Token) -> str | None:
    """The sex a noun of a person says: "the former first lady", "a congresswoman" are a she, "the widower" a he."""
    lemma = head.lemma_.lower()
    if lemma in _FEMALE_NOUNS or lemma.endswith("woman"):
        return "f"
    if lemma in _MALE_NOUNS:
        return "m"
    return None


def apposed_gender(ent: Span, kin: Mapping[str, str] | None = None) -> str | None:
    """The sex of a person's name the text puts beside a noun that states it: "Imran's brother, Abid Awan",
    "Abid Awan, his brother,", "his wife Jane": the apposition says the name is that noun, so a later "she" is not
    the brother; so does a participle of naming ("the little boy, named Abdul-Ghani Wahhaj", "a woman called
    Caroline": ``named_noun``). Only an apposition (or a name the parse hung on the noun as a compound, "his wife Jane"): a noun
    elsewhere in the sentence ("Abid Awan paid his sister") says nothing of the name. None where nothing says.
    ``kin``: the lexicon's nouns of relatives and their sex ("stepmother" -> "f", kin_nouns.txt), beside the nouns
    ``noun_gender`` knows."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    named = named_noun(root)
    if named is not None:
        nouns.append(named)
    said = {g for g in ((kin or {}).get(n.lemma_.lower()) or noun_gender(n) for n in nouns) if g is not None}
    return said.pop() if len(said) == 1 else None


_NAMING = frozenset({"name", "call"})


def named_noun(root: Token) -> Token | None:
    """The noun a participle of naming gives the name to: "the little boy, named Abdul-Ghani Wahhaj" (the boy), "a
    woman called Caroline". The name may be the head of a longer name the parse built of compounds. None for any
    other name ("Smith named Jones his deputy": a finite verb, no noun named)."""
    while root.dep_ in ("compound", "flat") and root.head != root:
        root = root.head
    verb = root.head
    if root.dep_ not in ("oprd", "dobj", "attr") or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in _NAMING:
        return None
    return verb.head if verb.head.pos_ == "NOUN" else None
