"""A verb of the manner of speaking with a that-clause: a pure reading of the parse.

"Trump scoffed that the report was fake news", "The mayor fumed that the council had ignored him", "He huffed
that the deal was dead", 'Critics scoffed: “This is a joke.”': the clause or quotation is what was said, the
manner verb says how. Elsewhere these verbs report
no words ("the crowd raged", "the ice cracked", "she scoffed at the idea"), so only a that-clause, the
conjunction written out, or a colon before a quotation makes one a cue here; a quotation it trails is
``manner_trailers``' frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.manner_trailers import manner_verbs

_OPENERS = frozenset({'"', "“", "‘", "'"})


def that_clause(token: Token) -> Token | None:
    """The head of the clause after ``token`` that opens with the conjunction "that" ("fumed that the council
    had ignored him"), or None ("fumed for weeks", "scoffed the idea was absurd": no conjunction written)."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.i > token.i and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == child.left_edge.i for m in child.children):
            return child
    return None


def colon_quotation(token: Token) -> bool:
    """A colon right after ``token`` and a quotation opening right after it: 'Critics scoffed: “This is a joke.”'."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == ":" and doc[token.i + 2].text in _OPENERS


def manner_clause(token: Token) -> bool:
    """``token`` is a verb of the manner of speaking (``manner_verbs``) with its subject and a that-clause, or a
    colon and a quotation."""
    return (token.pos_ == "VERB" and token.lower_ in manner_verbs()
            and any(c.dep_ in SUBJECTS for c in token.children)
            and (that_clause(token) is not None or colon_quotation(token)))
