"""A body whose name ends in a place: "Cancer Research UK", "Save the Children UK", "Oxfam America". Pure.

NER tags the place alone ("UK", a GPE) and the parse makes it the name's head, so the whole name was typed by the
place: a government (audit 62, b62 S189: "Cancer Re-search UK revealed yesterday" typed government, the reader's P).
A name is a government only when all of it is the place, or it names a state body: "Police Scotland", "Health
Canada", "Statistics Canada" (a ministry's domain before the country: ``DOMAIN_WORDS``), or "North Korea" where NER
tagged only "Korea" (a compass word).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# the domain words of state bodies named "<domain> <country>": "Police Scotland", "Health Canada", "Transport
# Canada", "Statistics Netherlands", "Elections Canada", "Parks Canada", "Revenue Canada", "Border Force UK"
DOMAIN_WORDS = frozenset(
    "police health transport environment statistics revenue justice defence defense fisheries immigration industry "
    "agriculture customs finance parks elections heritage infrastructure employment border army navy forces force "
    "government ministry department office agency service services treasury".split())
# words of a place's own name NER may leave out of the entity: "North Korea", "New York", "Greater London"
PLACE_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower greater new old great "
    "united republic of the".split())


def body_ending_in_place(head: Token, ent: Span) -> bool:
    """The head is a place NER tagged alone (``ent``, a GPE ending at the head) after capitalised words of the same
    name that are no place's own ("Cancer Research UK", "Save the Children UK", "Oxfam America"). Not a whole place
    ("the UK", "New York"), a state body ("Police Scotland", ``DOMAIN_WORDS``), a possessor ("Britain's UK
    office" is another head), nor a name NER tagged as a whole (left to its label)."""
    if ent.label_ != "GPE" or ent.end - 1 != head.i:
        return False
    before = [t for t in head.doc[head.left_edge.i:ent.start] if not t.is_punct and t.lower_ not in ("the", "a")]
    if not before or any(t.dep_ in ("poss", "case") or t.tag_ == "POS" for t in head.doc[head.left_edge.i:ent.start]):
        return False
    if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in before):
        return False
    words = {t.lower_ for t in before}
    return not words & DOMAIN_WORDS and not words <= PLACE_WORDS and not any(
        t.ent_type_ in ("GPE", "LOC", "NORP") and t.ent_iob_ != "O" for t in before)


def body_noun_after_place(head: Token, ent: Span) -> Token | None:
    """The common noun a place only describes, where the parse made the place the phrase's head: "the Palo Alto,
    California company" (audit 75, a75 A1: resolved to the city Palo Alto, which says nothing), "the Austin, Texas,
    firm". The head is a place NER tagged (``ent``, a GPE ending at the head) under a "the" that a city's name does
    not take, and a common noun stands beside it as its apposition, itself modified by a place ("California
    company"): the phrase names the company, the places say where it is. Not a place set beside a description of
    its own ("Paris, the French capital": the noun has its own determiner), nor a place alone."""
    if ent.label_ != "GPE" or ent.end != head.i + 1:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" and c.i < ent.start for c in head.children):
        return None
    for noun in head.rights:
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in noun.children) \
                and any(c.dep_ in ("compound", "amod") and c.ent_type_ == "GPE" and c.i < noun.i for c in noun.children):
            return noun
    return None
