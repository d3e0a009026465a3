"""A noun that carries a proposition of its own: "the idea that the plan would work", "the claim that the vote was
rigged". The act rules (``legal_acts``, ``responses``) keep such an object as what was said."""

from __future__ import annotations

from spacy.tokens import Token


def noun_with_that_clause(noun: Token) -> bool:
    """The noun has a clause of its own opened by "that": "the idea that the plan would work"."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" for c in noun.children)
