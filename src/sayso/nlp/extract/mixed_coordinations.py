"""A body and private people who speak together: "police and neighbours said", "the school and parents say".
Pure predicates on the parse.

The source phrase's head is the body ("police"), so the head word alone would type the whole a government or an
organisation; but neighbours are no government. A coordination that joins a body to people with no office (a
noun of people, ``person_nouns.txt``, or a group's, ``groups.txt``: "neighbours", "witnesses", "parents") is a
group of speakers. What it keeps: bodies joined to bodies ("the ministry and the police": the head's type),
a body joined to its officials ("police and officials", "police and officers": the head's type),
and people joined to people ("Vindman and Williams": ``source_refs.joined_people``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import Lexicon

# people of an office, the body's own ("police and officers", "police and the authorities")
_OFFICE = frozenset("officer authority official agent investigator prosecutor detective trooper deputy soldier".split())


def _private_people(token: Token, lexicon: Lexicon) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma, low = token.lemma_.lower(), token.lower_
    if lemma in _OFFICE or (lemma in lexicon.anonymous and lemma not in lexicon.person_nouns):
        return False  # "police and officials said": the officials are the body's own ("witnesses" are no one's)
    return lemma in lexicon.person_nouns or low in lexicon.groups or lemma + "s" in lexicon.groups


def body_with_people(head: Token, lexicon: Lexicon) -> bool:
    """The head of a coordination whose other members are private people: "police and neighbours" (the head
    "police"), "the school and parents". Not "the ministry and the police", nor "police and officials"."""
    members = [c for c in head.children if c.dep_ == "conj"]
    members += [c for m in list(members) for c in m.children if c.dep_ == "conj"]
    return bool(members) and any(_private_people(m, lexicon) for m in members)
