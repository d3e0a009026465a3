"""A term defined is no statement: "Monastery sui juris refers to the religious house of a female monastic community
that ...", "Gerrymandering refers to the drawing of districts to favor one party", "Article 39 refers to the criteria
that ...". The present-tense "refers to" of a term, a concept or a provision says what the words mean or point to;
no one states a view, and the parse hands the cue a fragment of the definition for content (the relative clause,
"to favor one party"). Blind audit 19 marks it wrong. A speaker who refers to something ("Smith refers to the plan
in every speech") and a naming ("refers to the plan as a disaster": ``naming``) stay. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

# entity types of a speaker; a term, a law or an article is none of them
_SPEAKERS = frozenset({"PERSON", "NORP", "ORG"})
# pronouns that stand for a term or a text, not a speaker: "It refers to the drawing of districts"
_TERM_PRONOUNS = frozenset({"it", "this", "that"})


def term_defined(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """``token`` is a present-tense "refers to" (no "as") whose subject is no speaker: not a person, a group or an
    organization by the parse's entities, nor a word of ``people`` (person roles and nouns: "the senator refers to
    ...")."""
    if token.lemma_.lower() != "refer" or token.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False  # "refers to the plan as a disaster": a naming
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _TERM_PRONOUNS
    if subj.ent_type_ in _SPEAKERS or _named_speaker(subj):
        return False
    return subj.lemma_.lower() not in people and subj.lower_ not in people


def _named_speaker(subj: Token) -> bool:
    """ "Sean Hannity hosts a show. Hannity refers to ...": a word the parse tagged no entity here that ends the name
    of a person, a group or an organization elsewhere in the text."""
    return any(ent.label_ in _SPEAKERS and ent[-1].text == subj.text for ent in subj.doc.ents)
