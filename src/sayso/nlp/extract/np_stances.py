"""A stance on a thing is no statement: "praised the judge's decision", "defended Clinton".

Issue 12's line: a content is a clause, a quotation or a proposition, not a bare object noun
phrase. PolNeAR marks many stance verbs with a noun-phrase object as attributions ("attacked each
other's policies"); a reader, and every hand audit of unseen news, does not: nothing is said that
could be true or false. A noun that stands for a proposition keeps the stance ("denied the
allegations": that X did Y), and so do a pronoun ("denied it"), a predication ("called him a liar",
"condemned the move as illegal") and a noun with its own clause ("the claim that ..."). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex

_PREDICATION_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "advcl"})
# prepositions that complete what is said of the object ("attributed the rally to the ruling", "charged
# Assange with espionage", "compared him to Nixon"); time, place and occasion ("in 1984", "during the
# rally", "for months") only frame the act
_COMPLEMENT_PREPS = frozenset({"as", "to", "with", "into", "against", "over", "about"})


def stance_on_a_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, *,
                      proposition_nouns: frozenset[str], propositional_verbs: frozenset[str],
                      intention_nouns: frozenset[str]) -> bool:
    """A verb cue whose content is its direct object (with adjuncts), a noun phrase that names no proposition.

    ``proposition_nouns``, ``propositional_verbs`` and ``intention_nouns`` are the word lists of
    ``proposition_nouns.txt``, ``propositional_object_verbs.txt`` and ``intention_nouns.txt``.
    """
    if token.pos_ != "VERB" or content.kind not in ("child_dobj", "dobj_plus") or content.quote:
        return False
    if token.lemma_.lower() in propositional_verbs or any(c.dep_ == "prt" for c in token.children):
        return False  # a phrasal verb is another word: "pointed out each other's failings" says they fail
    if any(c.dep_ in _PREDICATION_DEPS or (c.dep_ == "prep" and (c.lower_ in _COMPLEMENT_PREPS or _charge(c)))
           for c in token.children):
        return False  # "defended the record as the best", "called him a liar", "charged X with espionage": a predication
    if quotes.overlapping(content.start, content.end):
        return False  # "praised the “brave” decision": a quotation is someone's words
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    span = doc[obj.left_edge.i:obj.right_edge.i + 1]
    if not noun_phrase_with_modifiers(span):
        return False
    if any(t.dep_ == "prep" and _charge(t) for t in span):
        return False  # "accusing the company of preventing her ...": a charge, hung on the noun by the parse
    if obj.lemma_.lower() in intention_nouns and any(
            c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children):
        return False  # "announced plans to close the bridge", "the decision to withdraw": what will be done is said
    if obj.pos_ in ("PRON", "NUM") or obj.tag_ in ("WP", "WDT"):
        return False  # "denied it", "confirmed this", "said much the same": a proposition by reference
    return obj.lemma_.lower() not in proposition_nouns and obj.lower_ not in proposition_nouns


def _charge(prep: Token) -> bool:
    """ "of preventing her ...", "for failing to ...": a preposition with a gerund says what the object did."""
    return prep.lower_ in ("of", "for") and any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in prep.children)
