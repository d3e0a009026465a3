"""When something was said is not what was said: a pure function of the parse.

"The ministry said Tuesday the plant would close next year": wire copy puts the day of the
statement right after the verb, with no "on" and no "that", and the parse hangs it on the
reported clause ("close"), so the content came out as "Tuesday the plant would close next
year". The day is the cue's; what was said starts after it. A date that is the clause's own
subject ("He said Tuesday was the deadline") is what was said.
The same day read as a relative clause's noun is ``day_clauses``.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.circumstances import TIME_ENTS

_MAX_TIME_WORDS = 4  # "Tuesday", "this morning", "late Friday night", "the day before yesterday"
_MIN_REST_WORDS = 3  # what is left must still be a clause


def time_of_saying(token: Token, start: int) -> tuple[int, int] | None:
    """The token range of a time expression starting at character ``start`` right after the cue ``token``,
    hung on the reported clause as an adverb (npadvmod), else None."""
    doc = token.doc
    first = token.i + 1
    if first >= len(doc) or doc[first].idx != start or doc[first].ent_type_ not in TIME_ENTS:
        return None
    end = first
    while end < len(doc) and doc[end].ent_type_ in TIME_ENTS and not doc[end].is_punct and end - first <= _MAX_TIME_WORDS:
        end += 1
    if end - first > _MAX_TIME_WORDS or end >= len(doc) or doc[end].is_punct:
        return None
    heads = [t for t in doc[first:end] if not first <= t.head.i < end]
    if len(heads) != 1 or heads[0].dep_ != "npadvmod" or heads[0].head.i == token.i:
        return None
    return first, end


def without_time_of_saying(best: Content, token: Token) -> Content:
    """``best`` without the time of the statement that opens it ("said Tuesday the plant would close")."""
    if best.quote or best.parts:
        return best
    span = time_of_saying(token, best.start)
    if span is None:
        return best
    rest = token.doc[span[1]]
    # only the words up to the content's end count: a walk to the Doc's end made each call O(n)
    words = takewhile(lambda t: t.idx < best.end, token.doc[span[1]:])
    if sum(not t.is_punct for t in words) < _MIN_REST_WORDS:
        return best
    return best._replace(start=rest.idx)

