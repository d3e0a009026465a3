"""Whose campaign a bare "the campaign" is: the one person whose campaign the text named before. Pure functions on
the Doc.

A writer who opened with "Ann Lee's campaign is making its biggest ad buy" or "The Lee campaign announced ..." goes on
with "The campaign is expecting to air a new ad": the Lee campaign, as a reader takes it when no other campaign is in
play. ``named_campaign_owner`` reads each campaign the text named before the mention by its owner ("Lee's campaign",
"the Lee campaign", "Ann Lee's presidential campaign") and gives the owner's family name where they are all one
person's. Any other owner leaves the mention as written (a wrong campaign puts words in the rival's mouth): a second
person's campaign ("Tom Hale's campaign"), a campaign owned by a pronoun ("her campaign", whose owner this reading does
not settle), a body's ("Greenpeace's campaign") or a party's ("the Republican campaign"), one named after the noun
("the campaign of Tom Hale", "a campaign of his own") or through its post ("Tom Hale's campaign spokesman"), "the rival
campaign" and more than one ("both campaigns", "the Lee and Hale campaigns"). A campaign of years before ("Obama's 2008
campaign", "Romney's campaign four years ago") is no candidate: it does not speak now. Only the bare phrase: "the new
campaign", "the 2012 campaign", "the campaign's lawyer" are left as written.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sayso.nlp.extract.source_pronouns import family_word

CAMPAIGN = "campaign"
CAMPAIGNS = "campaigns"
# a word before "campaign" that names its owner: "Lee's campaign" (poss), "the Lee campaign" (compound)
_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
# a word that makes a campaign another one than the one in play: "the rival campaign", "both campaigns"
_OTHER_WORDS = frozenset({"rival", "other", "opposing", "competing", "another", "both", "each", "either"})
# a word that dates a campaign to years before ("his failed campaign", "Romney's campaign four years ago")
_PAST_WORDS = frozenset({"previous", "past", "former", "last", "earlier", "prior", "failed", "ago", "unsuccessful"})
_DATE_DEPS = frozenset({"nummod", "amod", "advmod", "npadvmod", "compound"})


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


def _past(token: Token) -> bool:
    """``token`` ("campaign") is a campaign of years before, dated by its own words: "Obama's 2008 campaign", "Romney's
    campaign in 2012", "his failed campaign", "Romney's campaign four years ago". Not the one that speaks now."""
    words = [c for c in token.children if c.dep_ in _DATE_DEPS]
    words += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lower_ in _PAST_WORDS or (w.like_num and len(w.text) == 4 and w.text[:2] in ("19", "20"))
               for w in words)


def _owner_words(token: Token) -> list[Token]:
    """The words before "campaign" that name its owner: its own ("Lee's campaign", "the Lee campaign", "the rival
    campaign") and, where "campaign" names a post ("Tom Hale's campaign spokesman", "the Hale campaign manager"), the
    post's; then a person after "of" ("the campaign of Tom Hale", "a campaign of his own")."""
    heads = [token, token.head] if token.dep_ == "compound" and token.head.i > token.i else [token]
    words = [c for h in heads for c in h.children if c.dep_ in _OWNER_DEPS and c.i < token.i
             and (c.dep_ == "poss" or c.text[:1].isupper() or c.lower_ in _OTHER_WORDS)]
    words += [c for c in token.children if c.dep_ == "det" and c.lower_ in _OTHER_WORDS]
    of_words = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    words += [g for g in of_words if g.pos_ in ("PRON", "PROPN") or any(k.dep_ == "poss" for k in g.children)]
    return words


def _owner(token: Token, families: dict[str, str]) -> str | None:
    """The family name of a person a word before "campaign" names ("Ann Lee's", "Lee", "the Lee"), or "" for any
    other owner (a pronoun, a body, a party, a person the text never named in full, "the rival campaign", "both
    campaigns"); None for no owner at all or a campaign of years before (``_past``)."""
    if token.lower_ != CAMPAIGN:
        return ""  # "both campaigns", "the Lee and Hale campaigns": more than one in play
    if _past(token):
        return None
    owners = _owner_words(token)
    if not owners:
        return None
    owner = next((w for w in owners if w.dep_ == "poss"), owners[-1])  # "Ann Lee's second campaign": Lee's
    if owner.pos_ == "PRON" or owner.lower_ in _OTHER_WORDS or any(k.dep_ == "poss" for k in owner.children):
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
    owners = {_owner(t, families) for t in doc[:head.i]
              if t.lower_ in (CAMPAIGN, CAMPAIGNS) and t.pos_ in ("NOUN", "PROPN")}
    owners.discard(None)
    return owners.pop() or None if len(owners) == 1 else None

