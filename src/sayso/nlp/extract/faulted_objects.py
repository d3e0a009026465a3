"""The person a verb holds to account for a gerund of saying: "Obama criticized Trump for saying ...", "Acosta said
he wanted to challenge him on calling the caravans an invasion", "She accused him of lying": the one criticized,
challenged or accused said it, not the subject. Pure.

The parse hangs the gerund on a preposition of the verb ("for", "on", "over"; "of" after "accuse", "suspect",
"convict"), and the climb from the gerund to a subject (``source_heads``) reaches the verb's subject, or the subject
above it ("he wanted to challenge him": Acosta's "he"), though the verb's object is the one whose words it names.
A wrong speaker is worse than none (PTC audit 51 judged "he ... calling the caravans an 'invasion'" a wrong
speaker; the president called them that).

``faulted_object``: the verb's direct object before the preposition, where it is a person: "him", "her", "them",
a name NER types a person, or a common noun of a person the lexicons know ("praised the governor for announcing").
It keeps the subject's (returns None):

- with no object, or one to a preposition ("apologized to Trump for accusing him": the apologizer accused);
- with an object that is no person ("made headlines for saying", "criticized the report for saying": left to the
  rules that read documents);
- with "by", "after", "before" and any other preposition ("won the vote by saying": the winner said it);
- with "on" after a verb that holds no one to account (``_ON_VERBS``): "phoned Warren on announcing" is "upon".
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import load_lexicon

_HOLDING = frozenset({"for", "on", "over"})  # "criticized X for", "challenged X on", "slammed X over"
_CHARGING = frozenset({"accuse", "suspect", "convict"})  # "accused X of saying"
_PERSONS = frozenset({"him", "her", "them"})
# "on" holds to account only after these ("challenged him on calling"); after any other verb it may be "upon"
# ("Sanders phoned Warren on announcing that he would stay in the race": Sanders announced)
_ON_VERBS = frozenset({"challenge", "press", "push", "question", "grill", "quiz", "confront", "query", "congratulate",
                       "commend", "compliment", "praise", "fault", "criticize", "criticise", "attack", "hit", "slam",
                       "blast", "correct", "rebuke", "chide", "scold", "lambaste", "pressure", "knock", "ding"})


def faulted_object(token: Token) -> Token | None:
    """The person object of the verb a gerund of saying hangs on through "for" / "on" / "over" (or an accusing
    verb's "of"); None otherwise (see the module)."""
    prep = token.head
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head == prep:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    low = prep.lower_
    if low not in _HOLDING and not (low == "of" and verb.lemma_.lower() in _CHARGING):
        return None
    if low == "on" and verb.lemma_.lower() not in _ON_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return None
    if obj.lower_ in _PERSONS or obj.ent_type_ == "PERSON":
        return obj
    lex = load_lexicon()
    return obj if obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.person_roles | lex.person_nouns else None
