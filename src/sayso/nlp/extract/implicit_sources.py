"""Source heads the parse does not put on the cue: pure functions of the parse.

A passive cue delivered in a message names its sender ("In a company email sent by chairman
Marcelo Claure, employees were told ..."); a participle in a reduced relative clause belongs
to the noun that clause describes ("The group, X, formed ... and sent a letter ..., stating").
``source_heads.source_head`` consults them where its own rules find no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_SENT = frozenset({"send", "write", "issue", "release", "sign", "post", "publish", "circulate", "distribute"})


def channel_sender(token: Token) -> Token | None:
    """Who sent the message a passive cue was delivered in: "In a company email sent by chairman Marcelo
    Claure, employees were told that ...": Claure; "In his letter, staff were informed ..." is left alone
    (a possessive pronoun needs resolving, which is not this rule's job)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
            continue
        for channel in (c for c in prep.children if c.dep_ == "pobj"):
            for acl in (c for c in channel.children if c.dep_ == "acl" and c.lemma_.lower() in _SENT):
                agent = next((p for c in acl.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
    return None


def reduced_relative_head(verb: Token) -> Token | None:
    """The noun a participle clause describes is its doer: "The group, WeWorkers Coalition, formed in recent
    weeks and sent a letter ..., stating that ...": the group (the parse hangs "formed ... and sent" on it)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None
