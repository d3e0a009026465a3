"""Adjectives that tell that their infinitive took place: "The company was quick to point out that ...".

"X was quick to say" says it happened, as "X said" does; "easy", "likely", "ready", "eager" or "reluctant to say"
leave the saying hypothetical, and so does a copula that states no fact ("would be quick to say", "was not quick
to", "to be quick to say"). Pure: a Token in, a bool out.
"""

from __future__ import annotations

from spacy.tokens import Token

# adjectives whose infinitive happened when the predicate holds: "was quick to say" said it; "easy", "likely",
# "ready", "eager" or "reluctant to say" leave the saying hypothetical
_IMPLICATIVE_ADJECTIVES = frozenset({"quick", "swift", "careful"})


def implicative_adjective(adjective: Token) -> bool:
    """ "The company was quick to point out that ...": the adjective, predicated of the speaker by a copula that
    states a fact (no negation, no modal, no infinitive: "would be quick to say", "was not quick to", "to be
    quick to say" say nothing), tells that the saying took place."""
    if adjective.lemma_.lower() not in _IMPLICATIVE_ADJECTIVES or adjective.dep_ != "acomp":
        return False
    copula = adjective.head
    if copula.lemma_.lower() != "be" or copula.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"))
                   for c in (*adjective.children, *copula.children))
