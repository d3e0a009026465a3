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


# how the parse hangs the speaker on a fronted participle it read as the subject: "Responding, Edward Skyler ..."
_HUNG_NAME_DEPS = frozenset({"npadvmod", "appos", "dobj", "nsubj"})


def participle_read_as_subject(subject: Token) -> Token | None:
    """ "Responding, Edward Skyler, a spokesman for the mayor, said later: ...": the parse made the fronted
    participle "Responding" the cue's subject and hung the speaker on it; the speaker is the noun right after the
    participle's comma. Only a bare participle (no child before it, no object or clause of its own before the
    comma) opening its sentence, and a proper noun or a noun there: "Responding to the report, Skyler said"
    parses right and never comes here; "Speaking is hard, Smith said" has no noun hung on "Speaking"."""
    doc = subject.doc
    if subject.tag_ != "VBG" or subject.i != subject.sent.start or subject.i + 2 >= len(doc):
        return None
    if doc[subject.i + 1].text != ",":
        return None
    name = next((c for c in subject.children if c.dep_ in _HUNG_NAME_DEPS and c.left_edge.i == subject.i + 2), None)
    if name is None or name.pos_ not in ("PROPN", "NOUN"):
        return None
    return name
