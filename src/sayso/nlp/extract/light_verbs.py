"""A noun of saying made the object of a light verb: "Cruz made the claim that Trump would raise taxes" says what
"Cruz claimed that Trump would raise taxes" says (a pure function of the parse).

The cue model scores the noun "claim" under "made" low (PolNeAR annotates few such nouns), so these attributions
fell below the report's threshold. The form is unmistakable when the noun is one of saying, the verb only carries
it ("make", "issue", "deliver", "level", "voice", "repeat"), the noun has its own that-clause, and the verb is
not negated ("never made the claim that" says the claim was not made).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import object_after
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.time_words import DAY_WORDS  # the words of a day the parse may leave without a DATE

# Verbs that carry a noun of saying and add nothing of their own
LIGHT_VERBS = frozenset({"make", "issue", "deliver", "level", "voice", "repeat", "reiterate", "offer"})
# Nouns of saying whose light-verb phrase is the verb of saying ("made the claim" = "claimed")
SAYING_NOUNS = read_words("light_verb_saying_nouns.txt")
# Verbs by which a view is reached or held and the nouns of a view they carry: "reached the conclusion that",
# "drew the conclusion that", "took the view that", "holds the position that", "shares the belief that" say
# what "concluded that", "holds that" and "believes that" say
VIEW_VERBS = frozenset({"reach", "draw", "take", "adopt", "hold", "share", "embrace"})
VIEW_NOUNS = frozenset({"conclusion", "view", "position", "belief", "opinion", "stance"})
# nouns of a view shared among a group: "a consensus among economists that ..."
SHARED_NOUNS = frozenset({"consensus"})
# nouns whose holder, named with their own clause, says it (``held_claim``)
HELD_NOUNS = SAYING_NOUNS | VIEW_NOUNS | SHARED_NOUNS
_NEGATIONS = frozenset({"not", "n't", "never"})
# Verbs that take a claim for their object: "the claim that he has made many times" is a relative clause whose
# gap is that object, no claim's content
_TAKING_A_CLAIM = LIGHT_VERBS | VIEW_VERBS | read_words("claim_object_verbs.txt")
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")
# nouns of a statement or a view that say it as the subject of "is": "His position is that ...", "Rubio's answer was
# that ...", "Their bet is that ...", "My impression is that ..." (``copular_clause``); not "problem", "question",
# "idea", "goal" ("His problem is that he cannot win": the writer's, no one's statement)
_COPULAR_NOUNS = HELD_NOUNS | read_words("copular_statement_nouns.txt")


def light_verb_statement(token: Token) -> bool:
    """``token`` is the noun of "made the claim that ...", "issued a warning that ...", "reached the conclusion
    that ...", "takes the view that ...": the phrase says it."""
    if token.pos_ != "NOUN":
        return False
    verb = _carrier(token)
    if verb is None or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children):
        return False
    return any(c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
               and _complete(c) for c in token.children)


def _carrier(token: Token) -> Token | None:
    """The light verb that carries the noun ``token``: "made" of "made the claim", "reached" of "reached the
    conclusion", "came" of "came to the conclusion"; None when the noun is no such verb's object."""
    noun = token.lemma_.lower()
    if token.dep_ == "dobj" and noun in SAYING_NOUNS and token.head.lemma_.lower() in LIGHT_VERBS:
        return token.head
    if noun not in VIEW_NOUNS:
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in VIEW_VERBS:
        return token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() == "come" and noun == "conclusion":
        return prep.head  # "came to the conclusion that"
    return None



def carrier_subject(token: Token) -> Token | None:
    """Who says the noun of saying ``token`` that a light verb carries where the noun has a possessor: "he reiterated
    his claim that Mrs. Clinton had bullied ...", "De Blasio repeated his claim that profit-making was the motive",
    "civil rights groups embraced his argument that federal courts are the best venue": the light verb's subject,
    who makes, repeats or holds the claim now, not the possessor ("his", whoever first made it). None where the noun
    has no possessor (the subject is found as for any light verb), the phrase is no light verb's (``_carrier``) or
    the verb names no subject ("his claim that ... was repeated")."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in token.children) or not light_verb_statement(token):
        return None
    verb = _carrier(token)
    if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)

# what names no one after "by" or "from": a date or a time ("claims from the 1990s")
_NOT_HOLDERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def noun_holder(token: Token) -> Token | None:
    """Who holds the noun of saying ``token``: its possessor ("Trump's claim", "his warning", "budget hawks'
    warnings") or the object of its "by" or "from" ("allegations by two former aides", "warnings from his
    attorney"), or of "among" for a view shared ("a consensus among economists"); None when it names none.

    Not ``held_claims.held``, which only asks whether a holder is named (any possessor or "by"): the holder found
    here becomes a source, so the object must be a word that can hold a claim and no date or number."""
    for child in token.children:
        if child.dep_ == "poss" and not time_possessor(child):
            return child
    holders = ("by", "from", "among") if token.lemma_.lower() in SHARED_NOUNS else ("by", "from")
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in holders and child.i > token.i:
            # "pcomp": a name the parse hung as a clause ("complaints from Trump that ...")
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in _NOT_HOLDERS and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
    return None


def time_possessor(token: Token) -> bool:
    """A possessive that names a time, not a holder: "Tuesday's warning from Japan's top financial diplomat",
    "last week's claim by the ministry", "yesterday's statement" (a DATE or TIME entity, or a day's word). A
    time never speaks; the holder is the "from" or "by" after the noun, or no one. A person's or a body's
    possessive ("Mizoguchi's warning", "the ministry's claim") holds it."""
    return token.dep_ == "poss" and (token.ent_type_ in ("DATE", "TIME") or token.lower_ in DAY_WORDS)


def held_claim(token: Token) -> bool:
    """``token`` is a noun of saying or of a view with its holder named and a that-clause of its own ("Donald
    Trump's claim that Obama founded ISIS", "warnings from his attorney that the deal was illegal", "Comey's
    conclusion that ...", "a consensus among economists that tariffs raise prices"): the phrase says the
    holder said it, as "made the claim that" does. A claim nobody holds ("the claim that he lied") is left to
    the cue model."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in HELD_NOUNS or noun_holder(token) is None:
        return False
    if token.lemma_.lower() not in SAYING_NOUNS and token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return False  # "Sanders reiterated his belief that ...", "defended its position that ...": the verb tells it
    # a "relcl" too when its "that" is a conjunction (the parse's "mark"), not a relative pronoun
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
               and _complete(c) for c in token.children)


_FIRST_PERSON = frozenset({"my", "our"})


def copular_clause(token: Token) -> Token | None:
    """The that-clause the noun ``token`` says as the subject of "be": "His position is that the tax cut will pay for
    itself", "Rubio's response was that it is unfair", "Their fear is that it could be too late". The noun is one of
    a statement or a view (``_COPULAR_NOUNS``) with its holder named (``noun_holder``: "his", "Rubio's", "by X");
    the clause opens with the conjunction "that" after the verb. None otherwise: no holder ("The idea is that ..."),
    a noun of no statement ("His problem is that ..."), the writer's own ("My guess is that ..."), a negated verb ("His view is not that ..."), a predicate
    that is no clause ("His claim is false")."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.lemma_.lower() not in _COPULAR_NOUNS:
        return None
    verb = token.head
    holder = noun_holder(token)
    if verb.lemma_.lower() != "be" or verb.i < token.i or holder is None:
        return None
    if holder.lower_ in _FIRST_PERSON:
        return None  # "My guess is that ...", "Our view is that ...": the writer's own view (a quoted speaker's is
        # inside the quotation's attribution)
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ == "mark" and _complete(c)), None)


def copular_content(token: Token) -> list[Token]:
    """The words of ``copular_clause``'s clause, with what the parse hung on "is" after it but belongs to the clause
    ("Beck's contention was that Trump is, in fact, appealing to the alt-right": "appealing ..." on "was"); a
    clause of its own after it (", he said") is not the content's. Empty when the noun has no such clause."""
    clause = copular_clause(token)
    if clause is None:
        return []
    words = list(clause.subtree)
    for child in token.head.children:
        if child.i <= clause.i or child.is_punct or any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        if child.dep_ not in ("advcl", "conj", "prep", "advmod", "xcomp", "npadvmod"):
            continue
        words += [t for t in child.subtree if t.i > words[-1].i]
    return sorted(words, key=lambda t: t.i)


def copular_words(token: Token) -> list[Token]:
    """The verb "is" of ``copular_clause`` with its auxiliaries, the cue's words after the noun as PolNeAR marks them
    ("position is", "message has long been"); none for any other noun."""
    if copular_clause(token) is None:
        return []
    verb = token.head
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "advmod") and token.i < c.i < verb.i)]


def _complete(verb: Token) -> bool:
    """The clause says something beyond its subject and has no gap where the noun would stand: "that nobody
    believed", "that he has made many times" and "that everyone was waiting for" are relative clauses the parse
    read as the claim's own (the "that" its object or a preposition's); "that the economy was growing" is a
    claim's content."""
    if not any(c.dep_ not in ("nsubj", "nsubjpass", "mark", "punct") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children):
        return False  # "waiting for": a preposition left without its object
    return not (verb.lemma_.lower() in _TAKING_A_CLAIM and not any(c.dep_ in _OBJECTS and not _how_often(c) for c in verb.children))


def _how_often(token: Token) -> bool:
    """ "many times", "last week": an object by the parse that says when or how often, no object of the verb."""
    return token.lemma_.lower() == "time" or token.ent_type_ in ("DATE", "TIME")


def clause_of_the_claim(token: Token, clause_start: int) -> bool:
    """The that-clause the parse hung on the verb ``token`` (starting at character ``clause_start``) is its object's:
    "He ignored warnings from his attorney that the deal was illegal" puts the clause on "ignored", but the
    warnings say it, not he. The object is a noun of saying, and only it and a "by"/"from" phrase naming its
    holder stand between the verb and the clause."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() in LIGHT_VERBS:
        return False  # "made the claim that ...": ``light_verb_statement``
    obj = object_after(token)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in SAYING_NOUNS or obj.idx >= clause_start:
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.left_edge.idx == clause_start), None)
    if clause is None or clause.left_edge.lower_ != "that" or clause.left_edge.dep_ != "mark":
        return False
    between = [c for c in token.children if obj.right_edge.i < c.i < clause.left_edge.i]
    return all(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in between) and not any(
        t.is_punct for t in token.doc[obj.right_edge.i + 1:clause.left_edge.i])
