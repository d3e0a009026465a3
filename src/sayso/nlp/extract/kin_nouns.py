"""Whom a possessive kin noun ("her husband", "Jane Roe's son") stands for: the one person the text put beside that
noun of that owner before. Pure functions on the Doc.

A writer who named "Anne Hale and her husband, Tom Hale," or "Jane Roe's son, Sam Roe," goes on with "her husband
said" or "Roe's son said": the person named beside the noun, as a reader takes it. Only a partner the text itself
named beside the noun of the same owner counts, never one a reader knows of: a kin noun the text gives no name
(``by_kin_noun`` leaves "her husband" as written), a possessive that may stand for two people (``rival_owner``),
two people named by the noun for that owner ("his son, Tom, ... his son, Sam"), and a noun with words of its own
("her late husband", "her former wife", "his eldest son") leave the mention as written: a wrong kin puts words in
another's mouth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from sayso.nlp.extract.name_forms import surname
from sayso.nlp.extract.pronouns import pronoun_gender
from sayso.nlp.extract.source_context import Ref, Resolution, SourceContext, bare_name, norm_name
from sayso.nlp.extract.source_pronouns import by_pronoun, rival_owner

# nouns of kin that a possessive names one person by
KIN_NOUNS = frozenset({"husband", "wife", "spouse", "son", "daughter", "father", "mother", "brother", "sister",
                       "fiance", "fiancé", "fiancee", "fiancée"})
PERSON_POSSESSIVES = frozenset({"his", "her"})
# the labels of a name put beside a kin noun and its commas: "her husband, Tom Hale,"
_NAME_BESIDE = frozenset({"appos", "punct"})


def by_kin_noun(ctx: SourceContext, ref: Ref) -> Resolution | None:
    """ "her husband said" after "Anne Hale and her husband, Tom Hale,": the one person the text put beside the kin
    noun of the same owner (``kin_partners``); None where the owner or the partner is not one person."""
    poss = kin_possessor(ref.head)
    if poss is None:
        return None
    owner = owner_family(ctx, poss)
    if owner is None:
        return None
    partner = one_partner(kin_partners(ctx.roles, ref.head.lemma_.lower(), ref.start,
                                       lambda p: named_owner(ctx, p), owner))
    if partner is None or surname(partner) == partner and partner.lower() not in ctx.surnames:
        return None
    return Resolution(partner, "person", f"person:{norm_name(partner)}", ref.text)


def owner_family(ctx: SourceContext, poss: Token) -> str | None:
    """The name (``full_name``) of the one person a kin noun's possessive stands for: "her" by ``by_pronoun`` where no
    other person of her sex is named in its sentence or the one before (``rival_owner``), "Roe's" by its name."""
    if poss.lower_ in PERSON_POSSESSIVES:
        ref = Ref(poss.idx, poss.idx, poss.idx + len(poss), poss, poss.text, "person")
        owner = by_pronoun(ctx, ref)
        if owner is None or owner.key is None or owner.type != "person" or rival_owner(ctx, poss, owner.name):
            return None
        return full_name(ctx, owner.name)
    ent = next((e for e in poss.doc.ents if e.start <= poss.i < e.end), None)
    return full_name(ctx, (ent.text if ent is not None else poss.text).removesuffix("'s").removesuffix("’s"))


def full_name(ctx: SourceContext, name: str) -> str:
    """A person's name as one key: a surname the text gave a full name for is that full name ("Roe": "jane roe");
    two people of one family stay two ("Jane Roe" and "Mary Roe")."""
    bare = bare_name(name)
    return norm_name(ctx.surnames.get(bare.lower(), bare) if len(bare.split()) == 1 else bare)


def named_owner(ctx: SourceContext, poss: Token) -> str | None:
    """The name (``full_name``) of the owner of a kin noun put beside a name: "Jane Roe's" by its name; "her" of "Anne Hale
    and her husband, Tom Hale," the one person of her sex named before it in its sentence, where no other person
    there may be of that sex."""
    if poss.lower_ not in PERSON_POSSESSIVES:
        return owner_family(ctx, poss)
    sex = pronoun_gender(poss)
    people = [n for n in ctx.names_between(poss.sent.start_char, poss.idx) if n.type == "person"]
    fits = {full_name(ctx, n.name) for n in people if ctx.genders.get(norm_name(n.name)) == sex}
    if len(fits) != 1 or any(ctx.genders.get(norm_name(n.name)) not in (sex, other_sex(sex)) for n in people):
        return None
    return next(iter(fits))


def other_sex(sex: str | None) -> str | None:
    """ "m" for "f" and "f" for "m"."""
    return {"m": "f", "f": "m"}.get(sex or "")


def kin_possessor(head: Token, *, beside: frozenset[str] = frozenset()) -> Token | None:
    """The possessive of a bare kin noun ("her" of "her husband", "Roe" of "Jane Roe's son"); None where the noun
    has words of its own ("her late husband", "his son in Ohio") or is no kin noun. ``beside``: the labels of the
    noun's words that are no words of its own (the name put beside it: "her husband, Tom Hale,")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in KIN_NOUNS or head.tag_ != "NN":
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or any(c != poss and c.dep_ not in beside for c in head.children):
        return None
    if poss.lower_ in PERSON_POSSESSIVES:
        return poss
    if poss.pos_ == "PROPN" and poss.ent_type_ == "PERSON" and all(
            t.dep_ in ("compound", "case", "flat") or t == poss for t in poss.subtree):
        return poss
    return None


def kin_partners(roles: dict[int, Token], lemma: str, before: int, owner_of: Callable[[Token], str | None],
                 owner: str) -> set[str]:
    """The names the text put beside ``lemma`` ("husband") of ``owner`` before character
    ``before``: ``roles`` maps a role noun's index to the name beside it (``appositions``), ``owner_of`` gives the
    name of a possessive's owner (None where it cannot tell: then an empty name joins the set, which no one
    partner fits)."""
    found: set[str] = set()
    for i, named in roles.items():
        noun = named.doc[i]
        if noun.idx >= before or noun.lemma_.lower() != lemma:
            continue
        poss = kin_possessor(noun, beside=_NAME_BESIDE)
        if poss is None:
            continue
        held = owner_of(poss)
        if held is None:
            # "Her son, Tim Roe, stayed home": a holder of the noun whose owner is not told may be the one meant
            return {_name_of(named), *found, ""}
        if held == owner:
            found.add(_name_of(named))
    return found


def _name_of(named: Token) -> str:
    """The full name of the entity a name's token is part of, or the token itself."""
    doc = named.doc
    ent = next((e for e in doc.ents if e.start <= named.i < e.end), None)
    return ent.text if ent is not None else named.text


def one_partner(names: Iterable[str]) -> str | None:
    """The one person among ``names``: a given name and a full name of the same family are one ("Tom", "Tom
    Hale"); two families or two people leave None."""
    names = sorted(set(names), key=len, reverse=True)
    if not names or "" in names:
        return None
    full = names[0]
    if all(n == full or n in full.split() for n in names):
        return full
    return None
