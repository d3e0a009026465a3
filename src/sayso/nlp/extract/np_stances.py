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

# Verbs whose noun-phrase object is a proposition of its own or a clause the parser misread:
# denying, confirming or admitting a thing asserts (or denies) that it is so ("denied any
# responsibility", "confirmed the presence of water vapor"), and a verb of plain saying takes no
# object at all, so "said more than 15,000 people registered" is a clause without its "that".
_PROPOSITIONAL_OBJECT = frozenset({
    "deny", "confirm", "admit", "acknowledge",
    "say", "claim", "allege", "state", "insist", "argue", "contend", "maintain", "assert", "add", "explain",
    "testify", "tell",
})


# nouns of intention whose infinitive says what will be done: "announced plans to close the bridge"
# ("praised his ability to run a country" names a quality, and states nothing)
_INTENTION_NOUNS = frozenset({
    "plan", "decision", "intention", "intent", "proposal", "bid", "move", "effort", "commitment", "promise", "pledge",
    "vow", "offer", "threat", "readiness", "willingness", "refusal", "determination", "desire", "wish", "goal", "aim",
})
_PREDICATION_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "advcl"})
# prepositions that complete what is said of the object ("attributed the rally to the ruling", "charged
# Assange with espionage", "compared him to Nixon"); time, place and occasion ("in 1984", "during the
# rally", "for months") only frame the act
_COMPLEMENT_PREPS = frozenset({"as", "to", "with", "into", "against", "over", "about"})


def stance_on_a_thing(token: Token, content: Content, doc: Doc, quotes: QuoteIndex,
                      proposition_nouns: frozenset[str]) -> bool:
    """A verb cue whose content is its direct object (with adjuncts), a noun phrase that names no proposition."""
    if token.pos_ != "VERB" or content.kind not in ("child_dobj", "dobj_plus") or content.quote:
        return False
    if token.lemma_.lower() in _PROPOSITIONAL_OBJECT or any(c.dep_ == "prt" for c in token.children):
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
    if obj.lemma_.lower() in _INTENTION_NOUNS and any(
            c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children):
        return False  # "announced plans to close the bridge", "the decision to withdraw": what will be done is said
    if obj.pos_ in ("PRON", "NUM") or obj.tag_ in ("WP", "WDT"):
        return False  # "denied it", "confirmed this", "said much the same": a proposition by reference
    return obj.lemma_.lower() not in proposition_nouns and obj.lower_ not in proposition_nouns


def _charge(prep: Token) -> bool:
    """ "of preventing her ...", "for failing to ...": a preposition with a gerund says what the object did."""
    return prep.lower_ in ("of", "for") and any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in prep.children)
