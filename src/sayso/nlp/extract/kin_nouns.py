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
# words of a marriage or a life ended or begun again between the holder and the mention: "her husband, Tom Hale,
# divorced her in 2012"; "her husband" may be another since
_CHANGED = frozenset({"divorce", "divorced", "remarry", "remarried", "marry", "married", "wed", "widow", "widower",
                      "widowed", "estrange", "estranged", "die", "died", "death", "kill", "killed", "ex"})
# nouns of a person of one sex no name stands for: "Police said a woman was hurt. ... her husband said" may be hers
_SEXED_NOUNS = {"woman": "f", "girl": "f", "lady": "f", "man": "m", "boy": "m", "gentleman": "m"}


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
    if changed_since(ctx, ref.head.lemma_.lower(), ref.head):
        return None  # "Anne Hale's husband, Tom Hale, divorced her in 2012 ... her husband said": maybe another
    return Resolution(partner, "person", f"person:{norm_name(partner)}", ref.text)


def owner_family(ctx: SourceContext, poss: Token) -> str | None:
    """The name (``full_name``) of the one person a kin noun's possessive stands for: "her" by ``by_pronoun`` where no
    other person of her sex is named in its sentence or the one before (``rival_owner``), "Roe's" by its name."""
    if poss.lower_ in PERSON_POSSESSIVES:
        ref = Ref(poss.idx, poss.idx, poss.idx + len(poss), poss, poss.text, "person")
        owner = by_pronoun(ctx, ref)
        if owner is None or owner.key is None or owner.type != "person" or rival_owner(ctx, poss, owner.name) \
                or unnamed_of_sex(ctx, poss):
            return None
        return full_name(ctx, owner.name)
    ent = next((e for e in poss.doc.ents if e.start <= poss.i < e.end), None)
    return full_name(ctx, (ent.text if ent is not None else poss.text).removesuffix("'s").removesuffix("’s"))


def unnamed_of_sex(ctx: SourceContext, poss: Token) -> bool:
    """A person of the possessive's sex no name stands for ("a woman", "his mother", "the boy") in its sentence
    before it or the sentence before, no name put beside it: "Police said a woman was hurt. 'She is in pain,' her husband said" may be
    the woman's husband, whom ``by_pronoun`` (reading names only) does not see."""
    sex = pronoun_gender(poss)
    start = poss.doc[poss.sent.start - 1].sent.start if poss.sent.start > 0 else poss.sent.start
    return any(not t.ent_type_ and t.pos_ == "NOUN" and t.tag_ == "NN" and t.i not in ctx.roles
               and (_SEXED_NOUNS.get(t.lemma_.lower()) or ctx.lexicon.kin_genders.get(t.lemma_.lower())) == sex
               for t in poss.doc[start:poss.i])


def changed_since(ctx: SourceContext, lemma: str, head: Token) -> bool:
    """A word of a marriage ended or begun, or a death, from the sentence of the first holder of ``lemma`` to the
    mention ``head``: the holder named then may not be the one now."""
    first = min((i for i in ctx.roles if ctx.doc[i].lemma_.lower() == lemma), default=None)
    if first is None:
        return False
    return any(t.lower_ in _CHANGED or t.lemma_.lower() in _CHANGED or t.lower_.startswith("ex-")
               for t in head.doc[head.doc[first].sent.start:head.i])


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
    doc = next(iter(roles.values())).doc if roles else None
    for noun in doc[:] if doc is not None else ():
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.idx >= before or noun.lemma_.lower() != lemma or poss is None:
            continue
        if noun.i in roles and kin_possessor(noun, beside=_NAME_BESIDE) is not None:
            held = owner_of(poss)
            if held is None:
                # "Her son, Tim Roe, stayed home": a holder of the noun whose owner is not told may be the one meant
                return {_name_of(roles[noun.i]), *found, ""}
            if held == owner:
                found.add(_name_of(roles[noun.i]))
        elif (noun.tag_ == "NNS" or any(c != poss and c.dep_ not in _NAME_BESIDE | {"case"} for c in noun.children)) \
                and owner_of(poss) in (None, owner):
            # "Her other son, Tim Roe,", "her younger son", "her sons": another holder of the noun, or more than one
            return {*found, ""}
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
