"""A company's name NER splits in two: "Sony Ericsson" read as the company "Sony" and the person "Ericsson" (blind
audit 65, S236: "Sony Ericsson also said it plans to close ..." typed the person "Ericsson"). A pure function on
the parse.

``with_company_before`` gives the whole name as one organization when a person's entity has a company's entity
right before it, hung on it as a compound ("Sony Ericsson", "Toyota Lexus"): one noun phrase of proper nouns, a
company's name. Kept apart: a possessive between them ("Apple's Tim Cook": the company's person), a role between
them ("IBM spokesperson Trink Guarino"), a company after the person, and an entity that is no person's.
"""

from __future__ import annotations

from spacy.tokens import Span


def with_company_before(ent: Span) -> Span:
    """``ent``, or the company's name it ends when NER read its first words as a company and its last as a person:
    "Sony Ericsson" (ORG "Sony", PERSON "Ericsson") is the organization "Sony Ericsson"."""
    if ent.label_ != "PERSON" or ent.start == 0 or len(ent) != 1:  # "Microsoft Bill Gates": a full name is a person
        return ent
    doc = ent.doc
    before = doc[ent.start - 1]
    if before.ent_type_ != "ORG" or before.pos_ != "PROPN" or before.dep_ != "compound" \
            or not ent.start <= before.head.i < ent.end:
        return ent
    start = ent.start - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if any(t.pos_ != "PROPN" for t in doc[start:ent.end]):
        return ent
    return Span(doc, start, ent.end, label="ORG")
