"""A fronted prepositional phrase NER ran across its comma into the subject's name: pure functions of the parse.

"To the frightened Burns, Richardson said, ...": NER reads "Burns, Richardson" as one organisation, though "Burns"
is the object of the fronted "To" (the one spoken to) and "Richardson" alone the subject who speaks. A reader
sees two people; the speaker's name is the words after the comma.

The cut is made only where every word of the entity before the comma hangs from a preposition that is outside the
token's own phrase (the words are no part of the token's subtree and reach a ``pobj``): a name written with a
comma of its own stays whole ("Washington, D.C.", "Smith, Jones & Co": the parse keeps them one phrase), and so
does any entity the comma does not split.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def _in_fronted_phrase(word: Token, token: Token) -> bool:
    """The word is the object of a preposition (or inside one) and no part of the token's phrase."""
    if word.i in (t.i for t in token.subtree):
        return False
    node = word
    for _ in range(8):
        if node.dep_ == "pobj":
            return not node.head.is_ancestor(token) and node.head != token
        if node.head == node or node.dep_ not in ("compound", "amod", "det", "poss", "nmod", "flat"):
            return False
        node = node.head
    return False


def without_fronted_phrase(ent: Span, token: Token) -> Span:
    """NER's entity without the fronted phrase's words it ran into before a comma ("Burns, Richardson":
    Richardson), its label kept; the entity itself where it holds no such comma before ``token``."""
    commas = [t.i for t in ent if t.text == "," and t.i < token.i]
    if not commas:
        return ent
    cut = commas[-1]
    words = [t for t in ent if t.i < cut]
    if not words or not all(_in_fronted_phrase(w, token) for w in words):
        return ent
    return Span(ent.doc, cut + 1, ent.end, label=ent.label_)  # a slice would lose the label
