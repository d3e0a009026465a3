"""The clause the parse hung on the day of the statement: a pure function of the parse.

"The authorities recorded more than 2,000 cases, and Tedros said Wednesday the death toll stood at
207": the parse reads "Wednesday the death toll stood ..." as a relative clause of the day, leaving
"said" no clause of its own, and the content chosen was the clause before "and", which Tedros did
not say. The clause on the day is a content candidate of the cue (``candidates``); the day itself is
the cue's (``time_of_saying``).
"""

from __future__ import annotations

from spacy.tokens import Token


def clause_on_the_day(token: Token) -> tuple[int, int] | None:
    """ "said Wednesday the death toll stood at 207": the clause the parse made a relative clause of the cue's
    day (a date right after the cue), as a character range; else None."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    day = doc[token.i + 1]
    if day.head.i != token.i or day.dep_ != "npadvmod" or day.ent_type_ != "DATE":
        return None
    clause = next((c for c in day.children if c.dep_ == "relcl" and c.i > day.i), None)
    if clause is None or any(c.lower_ in ("that", "which", "who", "when") for c in clause.children):
        return None  # a real relative clause ("the day when he left")
    first = doc[day.i + 1]
    if first.i > clause.left_edge.i or first.is_punct:
        return None
    last = clause.right_edge
    return first.idx, last.idx + len(last)
