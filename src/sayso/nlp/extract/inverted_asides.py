"""The speaker of an inverted aside: "The plan, said the mayor, would cost millions." (a pure function of the parse).

The parser hangs "said" on "cost" as a parataxis and gives it both noun phrases as subjects: "The plan"
before it and "the mayor" after it. A reader hears the mayor say that the plan would cost millions; read
as the parse has it, the plan said something. The speaker is the subject after the cue, set off by the
aside's commas; the subject before it is the first part of what was said (``candidates`` adds it).
"""

from __future__ import annotations

from spacy.tokens import Token

# Subject dependencies the parse gives the two noun phrases of the aside.
_SUBJECTS = ("nsubj", "nsubjpass")


def inverted_aside(token: Token) -> tuple[Token, Token] | None:
    """(the clause's subject before the aside, the speaker after the cue) for ``token``, the verb of an aside
    "<subject>, said <speaker>, <rest>"; else None.

    The verb must stand right after a comma, hang on the rest of the sentence (``parataxis``), and have one
    subject ending right before that comma and another starting right after the verb and followed by a comma.
    """
    doc = token.doc
    if token.dep_ != "parataxis" or token.i < 2 or doc[token.i - 1].text != "," or token.head.i < token.i:
        return None
    before = next((c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i), None)
    after = next((c for c in token.children if c.dep_ in _SUBJECTS and c.i > token.i), None)
    if before is None or after is None or before.right_edge.i != token.i - 2 or after.left_edge.i != token.i + 1:
        return None
    end = after.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    return before, after
