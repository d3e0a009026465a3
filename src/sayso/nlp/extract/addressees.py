"""Whom a cue addresses ("told Y", "said to Y", "asked Y"), read off the parse: pure, the Doc is not touched."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.quote_trailers import inverted_asker

RECIPIENT_VERBS = ("tell", "ask", "inform", "assure", "warn", "remind", "brief", "urge")


def addressee_head(token: Token) -> Token | None:
    """Whom the cue addresses: "told Y", "said to Y", "asked Y".

    ``source_pronouns.addressees`` reads every object of a pronoun's verb instead (who the pronoun cannot be),
    a wider net on purpose; this one names the addressee of an attribution and so stays with verbs of telling."""
    lem = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "dative":
            if child.pos_ == "ADP":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
            return child
        if child.dep_ == "dobj" and lem in RECIPIENT_VERBS:
            return None if child == inverted_asker(token) else child  # '“Why?” asked the boy': the boy asks
        if child.dep_ == "nsubjpass" and lem in RECIPIENT_VERBS and any(c.dep_ == "auxpass" for c in token.children):
            return child  # "Employees were told that ...", "We've been told": the passive subject is told
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to" and lem in ("say", "write", "explain", "speak", "complain", "talk"):
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and token.head.i < token.i and token.head.lemma_.lower() in RECIPIENT_VERBS:
        return addressee_head(token.head)  # "he told the BBC, adding that ...": the twin is said to the BBC too
    return None


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its subtree, less trailing relative clauses and punctuation."""
    toks = [t for t in head.subtree]
    cut = [c for c in head.children if c.dep_ in NOUN_MODIFIER_CLAUSES and c.i > head.i]
    if cut:
        stop = min(c.left_edge.i for c in cut)
        toks = [t for t in toks if t.i < stop]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks or [head]
