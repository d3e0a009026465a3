"""The clause a cue reports when the parse hangs it on the cue's channel: a pure function of the parse.

"The Justice Ministry said in a brief statement issued Saturday that Barbieri's extradition has
been requested": the parse makes the that-clause part of "a brief statement issued Saturday"
(a clause of the noun or of its participle), and the content chosen for "said" came out as the
whole phrase, channel included. The channel ("in a statement ...") is part of the cue; what was
said is the that-clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.candidates import CUE_ADJUNCT_NOUNS, Content


def channel_noun(token: Token) -> Token | None:
    """The noun of the cue's "in a statement" / "in an interview" right after it, else None."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == token.i + 1:
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in CUE_ADJUNCT_NOUNS:
                return pobj
    return None


def clause_after_channel(best: Content, token: Token) -> Content:
    """``best`` from the "that" of the clause it reports, when it starts at the cue's channel noun phrase.

    The clause must hang inside the channel's phrase (on the noun or a word of its subtree: "issued
    Saturday", "released by his office") and end the content; a quotation is left alone, and so is
    a content with no that-clause ("said in a statement released Friday" reports nothing here).
    """
    noun = channel_noun(token)
    if noun is None or best.quote or best.parts:
        return best
    phrase = range(noun.left_edge.i, noun.right_edge.i + 1)
    if not noun.left_edge.idx <= best.start <= noun.idx:
        return best
    for mark in noun.doc[noun.i + 1:noun.right_edge.i + 1]:
        verb = mark.head
        if mark.dep_ == "mark" and mark.lower_ == "that" and verb.i in phrase and verb.head.i in phrase \
                and mark.idx < best.end:
            end = verb.right_edge
            if end.idx + len(end) < best.end - 1:
                return best  # the content runs on past the clause: not this form
            return best._replace(kind="channel_clause", start=mark.idx)
    return best
