"""What became of a thing asked for is the writer's narration, not the request (a pure trim of a chosen content).

"he asked for six pepperoni pizzas and two six-packs of soft drinks, which officers delivered": the request is the
pizzas and the drinks; ", which officers delivered" tells what others then did with them. PolNeAR marks concrete
requests ("asked for a photo", "asking for money", "asked for copies"), so the request stays, ended before the
relative clause.

Only that shape: a request's cue ("asked for", "requested", "demanded", "sought"), a content that is a noun phrase,
and at its end a relative clause set off by a comma whose pronoun is the object of a verb with a subject of its own
(someone else acted on the thing). Kept: a relative clause that describes the thing ("asked for an inquiry, which
would cost millions": the pronoun is the subject), one inside the phrase, and every other cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import trimmable_span
from sayso.nlp.extract.quotes import QuoteIndex

_REQUESTING = frozenset({"ask", "request", "demand", "seek"})
_RELATIVE_OBJECTS = frozenset({"which", "whom"})


def without_fulfilment(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """``content`` ended before a closing ", which X did" that tells what others did with the thing ``token`` (a
    request's cue) asked for; ``content`` itself otherwise."""
    if token.lemma_.lower() not in _REQUESTING:
        return content
    span = trimmable_span(doc, content)
    if span is None or span.root.pos_ not in ("NOUN", "PROPN", "NUM"):
        return content
    last = span[-1] if not span[-1].is_punct else span[-2]
    for t in span:
        if t.dep_ != "relcl" or t.right_edge.i != last.i or not span.start <= t.head.i < t.i:
            continue
        opener = t.left_edge
        if opener.lower_ not in _RELATIVE_OBJECTS or opener.dep_ != "dobj" or doc[opener.i - 1].text != ",":
            continue
        if not any(c.dep_ in SUBJECTS and c.i != opener.i for c in t.children) or quotes.containing(opener.idx):
            continue
        end = doc[opener.i - 1].idx
        while end > content.start and quotes.text[end - 1].isspace():
            end -= 1
        return content._replace(end=end) if end > content.start else content
    return content
