"""A hand's gesture told with a cue verb: "One man had brandished an English-Turkish dictionary and pointed to the
word "refugee"" (the blind readers' W of audit 68: a physical gesture, no reported statement). Pure, on the parse.

``pointed_at_thing``: "point" (or "gesture") with "to"/"at" whose object, the whole content, is a thing a hand shows
(``pointed_things.txt``: a word, a map, a sign, the sky). Kept: evidence pointed to ("pointed to his record in the
Florida Legislature", "pointed to the poll that shows him beating Trump": PolNeAR marks them), and a clause or a
quotation of its own ("pointed out that ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.resource_files import read_words

_POINTING = frozenset({"point", "gesture"})
_SHOWN = read_words("pointed_things.txt")
_PREPOSITIONS = frozenset({"to", "at", "toward", "towards"})
_FIGURATIVE = frozenset({"sign", "signs", "picture", "image"})  # read as evidence when a clause says which


def pointed_at_thing(token: Token, content: Content, doc: Doc) -> bool:
    """The cue points "to"/"at" a thing a hand shows (``_SHOWN``), and that thing is all the content."""
    if token.lemma_.lower() not in _POINTING or token.pos_ != "VERB":
        return False
    span = content_span(doc, content)
    if span is None or span.start == 0:
        return False
    prep = doc[span.start - 1]  # "pointed to | the word": the content opens right after the cue's preposition
    if prep.dep_ != "prep" or prep.head.i != token.i or prep.lower_ not in _PREPOSITIONS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in [*token.children, *span.root.children]):
        return False  # "point to the phrase ... as evidence of intent": a thing cited as proof
    root = span.root
    if any(c.dep_ == "acl" for c in root.children) and root.lemma_.lower() in _FIGURATIVE:
        return False  # "the picture emerging from the data", "the signs that the economy is slowing": evidence
    return root.head.i == prep.i and (root.lemma_.lower() in _SHOWN or root.lower_ in _SHOWN)
