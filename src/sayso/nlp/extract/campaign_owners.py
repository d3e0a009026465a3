"""Whose campaign a bare "the campaign" is: the one person whose campaign the text named before. Pure functions on
the Doc.

A writer who opened with "Ann Lee's campaign is making its biggest ad buy" or "The Lee campaign announced ..." goes on
with "The campaign is expecting to air a new ad": the Lee campaign, as a reader takes it when no other campaign is in
play. ``named_campaign_owner`` reads each campaign the text named before the mention by its owner ("Lee's campaign",
"the Lee campaign", "Ann Lee's presidential campaign") and gives the owner's family name where they are all one
person's. Any other owner leaves the mention as written (a wrong campaign puts words in the rival's mouth): a second
person's campaign ("Tom Hale's campaign"), a campaign owned by a pronoun ("her campaign", whose owner this reading does
not settle), a body's ("Greenpeace's campaign") or a party's ("the Republican campaign"). Only the bare phrase: "the
new campaign", "the 2012 campaign", "the campaign's lawyer" are left as written.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sayso.nlp.extract.source_pronouns import family_word

CAMPAIGN = "campaign"
# a word before "campaign" that names its owner: "Lee's campaign" (poss), "the Lee campaign" (compound)
_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def bare_campaign(head: Token) -> bool:
    """``head`` is a plain definite singular "the campaign": no owner, qualifier or phrase of its own."""
    children = list(head.children)
    return (head.pos_ == "NOUN" and head.lower_ == CAMPAIGN and len(children) == 1
            and children[0].dep_ == "det" and children[0].lower_ == "the")


def _unpossessed(words: str) -> str:
    """``words`` without a possessive ending: "Ann Lee" of NER's "Ann Lee's"."""
    return words[:-2] if words.endswith(("'s", "’s")) else words


def _person_families(doc: Doc, people: Iterable[str]) -> dict[str, str]:
    """Each family word of a person NER names ("lee" -> "Lee" for "Ann Lee" or "Ann Lee's") or ``people`` gives
    (the full names the article's context knows for people, where NER took one for a body)."""
    names = [_unpossessed(e.text).strip() for e in doc.ents if e.label_ == "PERSON"] + list(people)
    return {family_word(n).lower(): family_word(n) for n in names if n.strip()}


def _owner(token: Token, families: dict[str, str]) -> str | None:
    """The family name of a person a word before "campaign" names ("Ann Lee's", "Lee", "the Lee"), or "" for any
    other owner (a pronoun, a body, a party, a person the text never named in full); None for no owner at all."""
    owners = [c for c in token.children if c.dep_ in _OWNER_DEPS and c.i < token.i
              and (c.dep_ == "poss" or c.text[:1].isupper())]
    if not owners:
        return None
    owner = owners[-1]
    if owner.pos_ == "PRON":
        return ""
    ent = next((e for e in token.doc.ents if e.start <= owner.i < e.end), None)
    word = _unpossessed(owner.text if ent is None else ent.text).strip()
    return families.get(family_word(word).lower(), "") if word.strip() else ""


def named_campaign_owner(doc: Doc, head: Token, people: Iterable[str] = ()) -> str | None:
    """The family name of the one person whose campaign the text named before a bare "the campaign" (``head``):
    "Lee" after "Ann Lee's campaign" or "the Lee campaign". None where it named none, another owner besides, or the
    mention is not bare (``bare_campaign``). ``people``: full names known to be people's (``_person_families``)."""
    if not bare_campaign(head):
        return None
    families = _person_families(doc, people)
    owners = {_owner(t, families) for t in doc[:head.i] if t.lower_ == CAMPAIGN and t.pos_ in ("NOUN", "PROPN")}
    owners.discard(None)
    return owners.pop() or None if len(owners) == 1 else None

