"""A cue in a comparative than-clause names no claim (issue 12, blind audit m84).

"The hike had a greater effect on demand than officials expected", "Sales rose faster than analysts had predicted",
"Turnout was higher than many had thought": the clause after "than" is the standard a quantity is measured
against. What the officials expected is the lesser effect, which the sentence never states; the main clause is
the writer's (or the outer speaker's) measure, the opposite of what they expected. So the verb of the than-clause
is no attribution: neither the main clause nor anything in it is its content.

Kept: "as officials expected" (conformity: they did expect it), a that-clause or an object of the verb's own
("than analysts expected that sales would fall": rare, and then the clause is theirs), and a cue outside the
comparative ("Bryant has said that the hike had a greater effect than officials expected": Bryant's statement).
Pure; tests: ``tests/test_than_clauses.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

# the clause relations the parse gives a than-clause: an adverbial clause of the comparative ("rose faster than
# analysts predicted", "greater effect than officials expected") or a clause complement of the adjective
_THAN_RELATIONS = frozenset({"advcl", "ccomp"})


def compared_expectation(token: Token) -> bool:
    """``token`` is the verb of a than-clause ("than officials expected", "than analysts had predicted") with no
    clause of its own: the standard of a comparison, no one's claim."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ not in _THAN_RELATIONS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "than" and c.i < token.i for c in token.children):
        return False
    return not any(c.dep_ in ("ccomp", "dobj") and c.i > token.i for c in token.children)
