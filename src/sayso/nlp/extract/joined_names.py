"""Two one-word names joined by "and" that what they say calls "they": two people, no company. A pure predicate on
the parse.

"Grassley and Baucus said they would push the bill": a wire sentence read alone names two senators by their surnames,
and the small English model tags each its own ORG (or GPE), which typed the pair an organisation (issue 12, audit 70).
A reader takes them for two people by three signs together: NER's two names, not one spanning the "and" ("Procter and
Gamble", one entity, is one company's name); a "they" subject or a "their" in what they say, standing for no one else
(``sole_referents``); and no "it" or "its" there ("Marks and Spencer said its sales fell": one company).

What it keeps: names of more words ("Dick Clark Productions and Sony"), a name with an article or a modifier ("the
Grassley and Baucus bill"), a word in capitals ("IBM and HP said they ..."), a body's or a place's word ("Ford and the
union", "Britain and France said they": ``PLACE_NAMES``, ``ORG_NOUNS``), a pair joined by "&", and a pair without the
pronoun (left as NER read it: "Barnes and Noble said" may be the bookseller).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lone_surnames import said_clauses
from sayso.nlp.extract.place_names import PLACE_NAMES
from sayso.nlp.extract.sole_referents import sole_referent
from sayso.nlp.extract.source_types import ORG_NOUNS, ORG_SUFFIXES

_PLURAL_SIGNS = frozenset({"they", "their"})
_BODY_SIGNS = frozenset({"it", "its"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _bare_word(token: Token) -> bool:
    """One capitalised proper noun alone, a person's surname as much as a body's one word."""
    low = token.lower_
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper and len(token.text) >= 3
            and not any(c.dep_ in ("det", "compound", "amod", "poss", "nmod", "flat") for c in token.children)
            and low not in PLACE_NAMES and low not in ORG_NOUNS and low not in ORG_SUFFIXES
            and token.ent_type_ in ("", "ORG", "GPE", "PERSON"))


def two_names_called_they(head: Token, text: str) -> bool:
    """Two one-word names joined by "and", the subject of a cue, that what they say calls "they" (see the module)."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ not in _SUBJECT_DEPS or len(conjuncts) != 1 or not _bare_word(head) or not _bare_word(conjuncts[0]):
        return False
    other = conjuncts[0]
    doc = head.doc
    if other.i != head.i + 2 or doc[head.i + 1].lower_ != "and" or text.strip() != doc[head.i:other.i + 1].text:
        return False
    if other.ent_iob_ == "I":
        return False  # "Procter and Gamble": NER's one name across the "and"
    said = [t for verb in said_clauses(head) for t in verb.subtree]
    if any(t.lower_ in _BODY_SIGNS and t.pos_ == "PRON" for t in said):
        return False
    return any(t.lower_ in _PLURAL_SIGNS and t.pos_ == "PRON" and (t.dep_ in _SUBJECT_DEPS or t.dep_ == "poss")
               and sole_referent(t, head, also=frozenset({head.i + 1, other.i})) for t in said)
