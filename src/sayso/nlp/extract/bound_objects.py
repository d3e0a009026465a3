"""Whom an object "him" or "her" cannot stand for: the subject of its own clause. Pure.

"Acosta said he wanted to challenge him on calling the caravans an invasion": the "him" is not Acosta, whom the
"he" who wants to challenge stands for; "Trump forced him to resign" is not Trump. A reader never takes an object
pronoun for its own clause's subject (that would be "himself"), but the ranking of names (``pronouns``) sees only
names and gives the "him" to the nearest one, the subject's. ``clause_subject`` finds that subject:

- the verb's own subject ("Trump fired him": Trump);
- for an infinitive with none, the one who does it: the object of the verb above before it ("forced Smith to fire
  him": Smith), else that verb's subject ("he wanted to challenge him": he).

It finds none (the "him" is left to the ranking) for a possessive ("his"), a subject pronoun, an object of a
preposition ("spoke with him": "Smith spoke with him about himself" is rare, "Smith's aide spoke with him" is not),
and a clause with no subject the parse shows ("Asked about him, ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS

_OBJECT_FORMS = frozenset({"him", "her", "them"})


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause whose verb takes the pronoun as its direct or indirect object (an infinitive's
    controller where it has none); None otherwise."""
    if pronoun.lower_ not in _OBJECT_FORMS or pronoun.dep_ not in ("dobj", "dative") or pronoun.tag_ != "PRP":
        return None
    verb = pronoun.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ != "xcomp" or verb.head == verb:
            return None
        controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
        if controller is not None:
            return controller
        verb = verb.head
    return None
