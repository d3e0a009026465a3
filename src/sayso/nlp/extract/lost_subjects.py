"""A cue verb whose speaker the parse lost, with only a thing for content: "The only two Arab states to have signed
peace treaties with Israel - Egypt and Jordan - also sharply criticised the US policy shift" (the dash aside breaks
the parse: "Israel - Egypt" reads as one name and the verb keeps no subject). Pure, on the parse.

``sourceless_thing``: the attribution has no source span, its cue is an active verb, and its content is a plain
noun phrase (``np_contents.noun_phrase_with_modifiers``), no quotation and no clause. A reader gets neither who
nor what was said, so it is dropped: the blind readers never judged such a row right (verdict gold: none of the six
sourceless cue rows has a noun-phrase content; the real-page W "- also sharply criticised | the US policy shift").
Kept: a clause or a quotation without a source ("was announced that Green will replace Park", a quotation whose
speaker a later step finds), and a passive's subject ("was released | The report", PolNeAR's sourceless rows).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex


def sourceless_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                     source: tuple[int, int] | None) -> bool:
    """No source, an active cue verb, and a plain noun phrase for all the content."""
    if source is not None or token.pos_ != "VERB" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if content.kind == "passive_subj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    return span is not None and len(span) > 0 and noun_phrase_with_modifiers(span)
