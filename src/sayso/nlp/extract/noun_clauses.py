"""A noun that carries a proposition of its own: "the idea that the plan would work", "the claim that the vote was
rigged". The act rules (``legal_acts``, ``responses``) keep such an object as what was said."""

from __future__ import annotations

from spacy.tokens import Token


def noun_with_that_clause(noun: Token) -> bool:
    """The noun has a clause of its own opened by "that": "the idea that the plan would work"."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" for c in noun.children)


_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def noun_with_proposition(noun: Token) -> bool:
    """``noun_with_that_clause``, less a relative clause whose "that" is its subject or object: "the claim that the
    vote was rigged" carries a proposition, "the survey that ranked 45 large companies" and "the report that he
    wrote" only say which survey or report (the relative pronoun stands for the noun)."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that"
               and not (c.left_edge.dep_ in _RELATIVE_ROLES and c.left_edge.head.i == c.i)
               for c in noun.children)
