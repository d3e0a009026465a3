"""A view held, said with an adjective: "X is convinced that ...", "are worried that ...", "remain hopeful that ...".

The adjective (``view_adjectives.txt``) is the cue, the clause it takes is the content and the subject of
its copula holds the view (medium thought), as PolNeAR marks it and a reader takes it. Only with a clause
of its own, its own subject in it, and a holder: "It is certain that ..." is the writer's, "is sure to
win" and "are worried about the economy" state nothing. The parse reads some of these as passives ("is
convinced", "is frustrated that"): the subject of the passive holds the view there too. Pure.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.vocabulary import SUBJ_DEPS

# verbs that link a subject to the adjective: "is", "seemed", "remain", "grew", "are starting to feel"
_LINKING = read_words("view_linking_verbs.txt")
_CONTRACTED = frozenset({"'re", "’re", "'s", "’s", "'m", "’m"})  # "they're hopeful that ...": the parse's lemma varies
_NO_HOLDER = frozenset({"it", "there", "this", "that", "what", "which"})


@cache
def view_adjectives() -> frozenset[str]:
    """``view_adjectives.txt``: read once (the source finder, which has no lexicon, needs it too)."""
    return read_words("view_adjectives.txt")


def held_view(token: Token) -> bool:
    """An adjective of a view held, with its clause and its holder: a cue."""
    return view_holder(token) is not None


def view_clause(token: Token) -> Token | None:
    """The head of the clause the adjective ``token`` takes, with its own subject: "worried that [it could fail]";
    the parse may hang it on the linking verb ("was keenly aware, however, that ...")."""
    heads = [token, token.head] if token.dep_ == "acomp" else [token]
    for head in heads:
        for c in head.children:
            if c.dep_ == "ccomp" and c.i > token.i and any(g.dep_ in SUBJ_DEPS or g.dep_ == "expl" for g in c.children):
                return c
    return None


def _linking(verb: Token) -> bool:
    return verb.lemma_.lower() in _LINKING or verb.lower_ in _CONTRACTED


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("yearn for a comeback and are not confident
    that ...")."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return subj
    return None


def view_holder(token: Token) -> Token | None:
    """Who holds the view the adjective ``token`` states, where it is one: the subject of its linking verb
    ("Politicians are worried that ..."), or of the passive the parse made of it ("Smith is convinced ...")."""
    if token.lower_ not in view_adjectives() or view_clause(token) is None:
        return None
    if token.pos_ in ("ADJ", "VERB") and token.dep_ == "acomp" and _linking(token.head):
        verb = token.head
        subj = _subject(verb)
        if subj is None and verb.dep_ == "xcomp":  # "are starting to feel more confident that ..."
            subj = _subject(verb.head)
    elif token.pos_ == "VERB" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) \
            and not any(c.dep_ == "agent" for c in token.children):
        subj = _subject(token)  # "Not everyone is convinced ...": the parse may call it nsubj
    else:
        return None
    if subj is None or subj.lower_ in _NO_HOLDER:
        return None
    if subj.head.dep_ in ("ccomp", "relcl"):
        return None  # "Both sides said they were hopeful that ...": a view inside what is reported, the report's
    return subj


def linking_words(token: Token) -> list[Token]:
    """The linking verb of a view adjective ``token`` with its auxiliaries and negation, the cue's words
    before it as PolNeAR marks them: "are [not] convinced", "has been worried"; none for a passive."""
    if token.dep_ != "acomp" or not held_view(token):
        return []
    verb = token.head
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < token.i)]
