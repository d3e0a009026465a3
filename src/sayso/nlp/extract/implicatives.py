"""Adjectives and nouns that tell that their infinitive took place: "The company was quick to point out that ...",
"Kerry had the gall to say that ...".

"X was quick to say" says it happened, as "X said" does; "easy", "likely", "ready", "eager" or "reluctant to say"
leave the saying hypothetical, and so does a copula that states no fact ("would be quick to say", "was not quick
to", "to be quick to say"). Pure: a Token in, a bool out.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import subject_of, to_infinitive

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
    return states_a_fact(adjective, copula)


def states_a_fact(*words: Token) -> bool:
    """Whether no word of ``words`` is negated, under a modal or an infinitive's "to": "was quick to", "had the
    gall to" tell a fact; "was not", "would be", "to be", "would not have" do not."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"))
                   for w in words for c in w.children)


# nouns of daring whose "had the ... to say" said it: "had the gall to label", "had the nerve to claim"
_DARING_NOUNS = frozenset({"gall", "nerve", "audacity", "temerity", "effrontery", "chutzpah"})


def daring_holder(cue: Token) -> Token | None:
    """The subject of "had the gall to say" for the infinitive ``cue`` (the parse hangs it on "had" or on the
    noun): the saying took place, as "said" tells. None where "had" is negated or under a modal ("would not
    have the nerve to say"), in a relative clause ("some superior who had the nerve to tell Rome", wished for), or
    the form is another."""
    if not to_infinitive(cue):
        return None
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in _DARING_NOUNS and cue.head.dep_ == "dobj":
        have = cue.head.head
    elif cue.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in _DARING_NOUNS and c.i < cue.i
                                     for c in cue.head.children):
        have = cue.head
    else:
        return None
    if have.lemma_.lower() != "have" or have.dep_ not in ("ROOT", "conj", "ccomp") or not states_a_fact(have):
        return None
    return subject_of(have)


def implicative_words(cue: Token) -> list[Token]:
    """The words before an infinitive cue that say it took place, as PolNeAR marks the cue: "were quick to" of "were
    quick to cast", "are all quick to" of "are all quick to point out"; none where other words stand between
    ("was, as always, quick to say") or the adjective is no implicative one."""
    adjective = cue.head
    if cue.dep_ != "xcomp" or not implicative_adjective(adjective):
        return []
    copula = adjective.head
    if not copula.i < adjective.i < cue.i:
        return []
    words = list(cue.doc[copula.i:cue.i])
    if any(t.is_punct or t.head not in (copula, adjective, cue) for t in words if t not in (copula, adjective)):
        return []
    return words
