"""A vote to say something is the saying: "PeopleSoft Inc.'s board of directors voted unanimously on Friday to
recommend that stockholders reject Oracle's upgraded bid" (blind audit 67 S91: the reader's P, the cue is the
recommendation, not "voted unanimously").

"vote" is an act (``cue_senses.txt``) that frames a statement of its subject's ("voted to recommend", "voted to
urge"): the body's words are the infinitive's, and what they say is that verb's clause. The attribution keeps the
voters for its source and takes the infinitive's verb for its cue and its clause for its content. Kept as they
are: a vote for an act ("voted to approve the merger", "voted to condemn the ban": PolNeAR's "Votes | To Condemn
..." row, no clause), an infinitive of no saying, one with no clause of its own ("voted to recommend the bid":
its object), and a negated vote. Pure; tests: ``tests/test_voted_statements.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.candidates import char_range
from sayso.nlp.extract.found import Found

_VOTING = frozenset({"vote"})
_SAYING = frozenset({"saying", "writing"})


def voted_saying(token: Token, senses: Mapping[str, str]) -> tuple[Token, tuple[int, int]] | None:
    """The verb of saying a vote frames and the range of its clause ("recommend", "that stockholders reject ...")
    when ``token`` votes to say something with a clause of its own; None otherwise."""
    if token.lemma_.lower() not in _VOTING or token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return None
    verb = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                 and any(a.tag_ == "TO" for a in c.children)), None)
    if verb is None or senses.get(verb.lemma_.lower()) not in _SAYING or any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    span = char_range(clause.subtree)
    return None if span is None else (verb, span)


def as_voted_saying(found: Found, token: Token, senses: Mapping[str, str], media: Mapping[str, str]) -> Found:
    """``found`` (cued by ``token``) with the framed verb of saying for its cue and that verb's clause for its
    content, where ``token`` votes to say something (``voted_saying``); unchanged otherwise."""
    said = voted_saying(token, senses)
    if said is None or found.parts:
        return found
    verb, (start, end) = said
    if not found.content[0] <= start < end <= found.content[1]:
        return found  # the content is not the vote's infinitive: left alone
    return found._replace(cue=(verb.idx, verb.idx + len(verb)), cue_head=verb.i, content=(start, end),
                          medium=media.get(verb.lemma_.lower(), found.medium))
