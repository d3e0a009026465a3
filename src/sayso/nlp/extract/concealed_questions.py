"""A noun that stands for a question is no proposition: "Hoy confirmed the woman's age" says nothing of her age.

"the woman's age", "the victim's identity", "his whereabouts", "the name of the driver" each stand for a question
(what age? who? where?) and do not answer it; a cue whose whole content is such a noun phrase names a fact and
reports no claim a reader could check (blind audit 61, S99). PolNeAR's "confirmed <noun phrase>" rows are events and
statements ("confirmed the meeting", "confirmed a few of his revelations", "confirmed that observation"), which stay,
as do "confirmed the report", "confirmed the deal" and "confirmed that ...". The value given keeps the cue: "confirmed
her age as 23" (a predication), "confirmed his age, 23" (an apposition), "gave her age at 23", a number in the phrase,
and for a noun of place a phrase of place that answers it ("confirmed the whereabouts of the missing ship near Bermuda":
a checkable claim, rev61a hand2 H014).
Nouns: ``concealed_question_nouns.txt``. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.np_contents import noun_phrase_with_modifiers
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

QUESTION_NOUNS = read_words("concealed_question_nouns.txt")
_VALUE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "dative"})
# nouns that ask "where?", answered by a phrase of place
_PLACE_NOUNS = frozenset({"whereabouts", "address", "birthplace", "location"})
# prepositions that locate whatever their object is ("near Bermuda", "off the coast"); others ("in", "at") locate only
# with a place named in their object ("in a hotel in Miami", not "at the time of the attack")
_PLACE_PREPOSITIONS = frozenset({"near", "off", "outside", "inside", "beside", "behind", "along", "beneath", "under",
                                 "within", "across", "aboard"})
_LOCATING = frozenset({"in", "at", "on", "to", "from", *_PLACE_PREPOSITIONS})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def concealed_question(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """The verb cue's content is its direct object, a noun phrase headed by a noun of ``QUESTION_NOUNS`` that gives
    no value: no number, quotation, apposition, or predication hung on the verb ("as 23", "at 23")."""
    if token.pos_ != "VERB" or content.quote or content.kind not in ("child_dobj", "dobj_plus"):
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in QUESTION_NOUNS:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    if any(c.dep_ in _VALUE_DEPS or (c.dep_ == "prep" and c.lower_ in ("as", "at")) for c in token.children):
        return False  # "confirmed her age as 23"
    phrase = doc[obj.left_edge.i:obj.right_edge.i + 1]
    if any(t.like_num or t.pos_ == "NUM" or t.dep_ == "appos" for t in phrase):
        return False  # "confirmed the name, John Smith", "the age of 23"
    if any(c.i > obj.i and (c.like_num or c.pos_ == "NUM" or c.dep_ == "appos") for c in token.children):
        return False  # "confirmed her age, 23": the parse hangs the value on the verb
    if obj.lemma_.lower() in _PLACE_NOUNS and any(_place_phrase(t) for t in (*phrase, *token.children)
                                                  if t.i > obj.i and not (t in phrase and _in_clause(t, obj))):
        return False  # "confirmed the whereabouts of the missing ship near Bermuda": the place is given
    span = content_span(doc, content)
    return span is not None and noun_phrase_with_modifiers(phrase)


def _place_phrase(word: Token) -> bool:
    """``word`` is a preposition of place whose phrase names a place: "near Bermuda", "off the coast", "in a hotel in
    Miami"; not "of the suspect" nor "at the time of the attack"."""
    if word.dep_ != "prep" or word.lower_ not in _LOCATING:
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    if any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_NOUNS for o in objects):
        return False  # "within hours", "under a day": a time, not a place (rev63w)
    # a place in the phrase's own noun, not in a clause on it ("in the complaint filed in Miami": rev63w)
    return word.lower_ in _PLACE_PREPOSITIONS or any(t.ent_type_ in _PLACE_ENTITIES and not _in_clause(t, word)
                                                      for t in word.subtree)


_TIME_NOUNS = frozenset({"hour", "minute", "day", "week", "month", "year", "time", "moment", "period"})


def _in_clause(t: Token, top: Token) -> bool:
    """``t`` hangs under a clause (relative, participle) between it and ``top``."""
    while t != top and t.head != t:
        if t.dep_ in ("acl", "relcl", "advcl", "ccomp"):
            return True
        t = t.head
    return False
