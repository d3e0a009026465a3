"""The parts of an inverted clause a parenthetical cue splits: "Complicating the situation, he continued, are
companies that ..." (a pure function of the parse).

A fronted predicate ("Complicating the situation", "Adding to the confusion", "Among the victims") opens the
sentence, the cue's aside follows it set off by commas, and the clause's verb ("are") comes right after the aside,
its subject after it. Where the parse makes the aside the verb's ``parataxis`` and hangs the fronted phrase on the
verb, ``candidates`` takes both sides already. The other parse hangs the fronted phrase on the cue (an ``advcl``)
and the cue on the verb as a ``ccomp``; then the content was the verb's side alone ("are companies that ..."), which
says nothing without the words before the aside. What was said is the whole sentence less the aside, in two parts.

Tables of tests: ``tests/test_fronted_predicates.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, SUBJECTS

# how the parse hangs the fronted phrase on the cue: a participle or infinitive clause, a preposition
_FRONTED = frozenset({"advcl", "prep", "csubj", "xcomp"})


def _predicate_phrase(fronted: Token) -> bool:
    """A phrase with no clause of its own: a participle ("Complicating the situation", "Adding to the confusion") or a
    preposition ("Among the victims"); not a clause of time ("When he first put up WikiLeaks, he wrote that ...,
    was the central aim": a subject and a mark of its own, and the verb after the aside is the content's)."""
    if fronted.pos_ == "ADP":
        return True
    return fronted.tag_ in ("VBG", "VBN") and not any(c.dep_ in ALL_SUBJECTS or c.dep_ == "mark"
                                                      for c in fronted.children)


def fronted_predicate_parts(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the fronted phrase, the clause after the aside) as character ranges for the cue ``token`` of "<fronted
    phrase>, <speaker> <cue>, <verb> <subject> ...", where the parse hung the fronted phrase on the cue; else None.

    The cue hangs on the clause's verb after it (``ccomp`` or ``parataxis``) and has a subject of its own (the
    speaker) right after the comma that closes the fronted phrase; the fronted phrase opens the sentence (a
    conjunction may stand before it); the verb stands right after the comma that closes the aside and has no
    subject before it (the order is inverted). Not this form: "In a statement, the company said, “...”" (the cue is
    the root), "Complicating the situation, he said, the company has no cash" (the verb has its own subject before
    it: the fronted phrase is that clause's adjunct, and ``candidates`` reads it)."""
    doc = token.doc
    verb = token.head
    if token.dep_ not in ("ccomp", "parataxis") or verb.i <= token.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    speaker = next((c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if speaker is None or speaker.left_edge.i < 2 or doc[speaker.left_edge.i - 1].text != ",":
        return None
    opening = speaker.left_edge.i - 1
    fronted = next((c for c in token.children if c.dep_ in _FRONTED and c.right_edge.i == opening - 1), None)
    if fronted is None or not _predicate_phrase(fronted) or any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[token.sent.start:fronted.left_edge.i]):
        return None
    closing = token.right_edge.i if doc[token.right_edge.i].text == "," else token.right_edge.i + 1
    if closing + 1 != verb.i or doc[closing].text != ",":
        return None
    if any(c.dep_ in ALL_SUBJECTS and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ in SUBJECTS or c.dep_ == "attr" for c in verb.children if c.i > verb.i):
        return None
    said = list(fronted.subtree)
    rest = [t for t in verb.subtree if t.i > closing]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not rest:
        return None
    return (said[0].idx, said[-1].idx + len(said[-1])), (rest[0].idx, rest[-1].idx + len(rest[-1]))
