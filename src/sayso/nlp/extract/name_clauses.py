"""A clause the parse made of a word inside a proper name: "rovers like the agency's new Volatiles Investigating Polar
Exploration Rover (VIPER) to the moon's south pole" ("Investigating" read as a gerund hung on "plans", its "clause"
the rest of the rover's name; the real-page audit p68's W content "Investigating Polar Exploration Rover (VIPER) to
the moon's south pole"). Pure, on the parse.

``clause_inside_name``: the candidate's head is a verb written with a capital inside the sentence, right after a
capitalised proper noun, with no auxiliary, "to" or subject of its own: a word of the name, not a clause. The cue
keeps its other candidates ("to use private moon landers ..."), and ``through_name`` runs the one it picks on over
the rest of the name when the name's word follows it. Kept: a capitalised verb opening a sentence or a
line, and a verb after a name with its own subject or auxiliary ("Smith Said He Would Run" in a headline has a
subject: left to the headline rules).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span


def clause_inside_name(content: Content, doc: Doc) -> bool:
    """The candidate's head verb is a capitalised word of a proper name the parse read as a clause."""
    if content.quote:
        return False
    span = content_span(doc, content)
    return span is not None and len(span) > 0 and span.root.i == span.start and name_word(span.root)


def through_name(content: Content, token: Token, doc: Doc) -> Content:
    """The content runs on over the rest of a name the parse hung on the cue as a clause of its own: "to use private
    moon landers ... to deliver rovers like the agency's new Volatiles" + "Investigating Polar Exploration Rover (VIPER)
    to the moon's south pole", the name's word right after the content's last word."""
    if content.quote or content.parts:
        return content
    span = content_span(doc, content)
    if span is None or span.end >= len(doc):
        return content
    verb = doc[span.end]
    if verb.head.i != token.i or not name_word(verb) or verb.right_edge.i < verb.i:
        return content
    last = verb.right_edge
    while last.i > verb.i and last.is_punct and last.text not in (")", "”", '"'):
        last = doc[last.i - 1]
    return content._replace(end=last.idx + len(last))


def name_word(verb: Token) -> bool:
    """A verb written with a capital inside the sentence, right after a capitalised proper noun, with no auxiliary,
    "to", mark or subject of its own, in a sentence not written in title case: a word of a name."""
    doc = verb.doc
    if verb.pos_ != "VERB" or not verb.text[:1].isupper() or verb.is_sent_start or verb.i == 0:
        return False
    before = doc[verb.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.whitespace_ != " ":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    # a headline has a capital on every word; a sentence of prose on a few
    words = [t for t in verb.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)
