"""A concession the writer fronts to a reported claim is the writer's framing: a pure function of the parse.

"Though he has no shot at the nomination, Kasich has the best odds against Clinton, according to three polls",
"Although turnout was high, there is no link between turnout and who wins, political scientists say": the clause
that opens with "though" or "although" sets the claim against what the writer knows; the polls and the scientists
report only the main clause. So where the cue comes after an unquoted content, the content starts after the
concession's comma.

Left as it is: a content after its cue ("said that although sales fell, profits rose" is all the speaker's), a
content in the speaker's own voice ("Although we disagree ..., we share ..., the leaders said": ``speakers_voice``),
any concession inside quotation marks (the speaker's words), and a concession with no comma closing it before the
main clause, which the parse does not set apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.genre import FIRST_PERSON
from sayso.nlp.extract.quotes import QuoteIndex

_CONCESSIVE = frozenset(("though", "although"))
_MIN_REST_WORDS = 4  # the main clause left must still read as a claim


def concession_end(doc: Doc, start: int, end: int) -> int | None:
    """The index of the comma that closes a fronted "though"/"although" clause opening the span at ``start``,
    or None. "Even though" counts as "though"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    first = span[1] if span[0].lower_ == "even" else span[0]
    if first.lower_ not in _CONCESSIVE or first.dep_ != "mark" or first.head.dep_ != "advcl":
        return None
    clause = first.head
    last = max(t.i for t in clause.subtree)
    comma = last + 1
    if comma >= span.end or doc[comma].text != ",":
        return None
    return comma


def without_writers_concession(best: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """``best`` without the writer's concession that opens it, where the cue comes after it (module doc)."""
    if best.quote or best.parts or best.end > token.idx:
        return best
    comma = concession_end(doc, best.start, best.end)
    if comma is None:
        return best
    if quotes.overlapping(best.start, doc[comma].idx):
        return best  # the concession is (partly) quoted: the speaker's words
    if speakers_voice(doc, best):
        return best
    rest = [t for t in doc[comma + 1:] if t.idx < best.end and not t.is_space]
    if sum(not t.is_punct for t in rest) < _MIN_REST_WORDS:
        return best
    return best._replace(start=rest[0].idx)


def speakers_voice(doc: Doc, best: Content) -> bool:
    """The content speaks in the first person, so its concession is the speaker's too: "Although we disagree on many
    things, we share a commitment to the country, the two leaders said" (not "US", the country)."""
    span = doc.char_span(best.start, best.end, alignment_mode="expand")
    return span is not None and any(t.text == "I" or (t.lower_ in FIRST_PERSON and not t.text.isupper()) for t in span)
