"""A cue verb whose speaker the parse lost, with only a thing for content: "The only two Arab states to have signed
peace treaties with Israel - Egypt and Jordan - also sharply criticised the US policy shift" (the dash aside breaks
the parse: "Israel - Egypt" reads as one name and the verb keeps no subject). Pure, on the parse.

``sourceless_thing``: the attribution has no source span and continues no quotation, its cue is an active verb,
and its content is a plain noun phrase (``np_contents.noun_phrase_with_modifiers``), no quotation and no clause. A
reader gets neither who nor what was said: ``DocAnalysis`` gives it no confidence (as ``nameless_they``), after the
others are scored, so their scores stay what the acceptance model makes of the sentence as found. The blind readers
never judged such a row right (verdict gold: none of the six sourceless cue rows has a noun-phrase content; the
real-page W "- also sharply criticised | the US policy shift"). Kept: a clause or a quotation without a source ("was
announced that Green will replace Park", a quotation whose speaker a later step finds), and a passive's subject
("was released | The report", PolNeAR's sourceless rows).
"""

from __future__ import annotations

from spacy.tokens import Doc

from sayso.nlp.extract.found import Found
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex


def sourceless_thing(doc: Doc, found: Found, quotes: QuoteIndex) -> bool:
    """No source, an active cue verb, and a plain noun phrase for all the content."""
    if found.source is not None or found.continues is not None or found.kind != "indirect":
        return False
    if not 0 <= found.cue_head < len(doc):
        return False
    cue = doc[found.cue_head]
    if cue.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return False
    if quotes.overlapping(found.content[0], found.content[1]):
        return False
    span = doc.char_span(found.content[0], found.content[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.head.i != cue.i:
        return False
    return noun_phrase_with_modifiers(span)
