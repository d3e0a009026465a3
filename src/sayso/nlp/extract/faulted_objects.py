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


``faulted_remark_clause``: the same shape with a noun of saying for the gerund, owned by someone ("Rubio and Cruz
challenged him over his comments that he would be a 'neutral guy'", "Democrats criticized the governor for her claim
that the budget was balanced", "Critics mocked the senator over his remark that the war was over"): the that-clause
says what the owner of the comments said, and the challengers are not saying it (blind audit p84: W when it was
given to Rubio and Cruz). The clause is then no content of the challenging verb: the verb keeps the noun phrase, a
stance on the remark ("challenging him over his comments that ...", as PolNeAR annotates it), and the noun of
saying reports the owner's words (``noun_cues``). Only a verb of holding to account (``_ON_VERBS`` and verbs of
mockery), a person object, "for" / "on" / "over", a noun of ``said_thing_nouns.txt`` or ``statement_nouns.txt``
with a possessive, and the noun's own that-clause. Kept: no possessive ("criticized him over claims that ..." is
left to ``disputed_claims``), no person object ("criticized the report for its claim that ...": a document's
claim, read elsewhere), no holding verb ("thanked him for his comment that ..."), a clause of the verb ("challenged
him, saying that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.resource_files import read_words

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
    return _person_object(verb, prep)


def _person_object(verb: Token, prep: Token) -> Token | None:
    """The direct object of ``verb`` before ``prep`` when it is a person: "him", a person's name, "the governor"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return None
    if obj.lower_ in _PERSONS or obj.ent_type_ == "PERSON":
        return obj
    lex = load_lexicon()
    return obj if obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.person_roles | lex.person_nouns else None


# nouns of a thing said: "his comments", "her claim", "his remark", "their statement"
_REMARKS = read_words("said_thing_nouns.txt") | read_words("statement_nouns.txt")
# verbs of mockery that hold one to account like "criticized": "mocked him over his claim that ..."
_MOCKING = read_words("mocking_verbs.txt")


def faulted_remark(noun: Token, verb: Token) -> bool:
    """``noun`` is a noun of saying with a possessive ("his comments") that ``verb``, a verb of holding to account
    with a person object, holds that person to account for through "for" / "on" / "over": "challenging him over his
    comments". See the module."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ON_VERBS | _MOCKING:
        return False
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or (noun.lemma_.lower() not in _REMARKS and noun.lower_ not in _REMARKS):
        return False
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in _HOLDING or prep.head != verb:
        return False
    return any(c.dep_ == "poss" for c in noun.children) and _person_object(verb, prep) is not None


def faulted_remark_clause(token: Token, clause_start: int) -> bool:
    """The that-clause at character ``clause_start`` is what the person ``token`` holds to account said, named by a
    noun of saying that person owns: "challenging him over his comments that ...". See the module."""
    mark = next((t for t in token.doc if t.idx == clause_start), None)
    if mark is None or mark.lower_ != "that" or mark.dep_ != "mark":
        return False
    clause = mark.head
    if clause.dep_ in ("acl", "ccomp", "relcl") and faulted_remark(clause.head, token):
        return True
    # "attacked Smith on his statement that crime had fallen": the parse gave the noun's clause to the verb
    before = token.doc[mark.i - 1]
    return clause.head == token and clause.dep_ in ("advcl", "ccomp") and before.pos_ == "NOUN" \
        and faulted_remark(before, token)


def remark_owner(poss: Token) -> Token | None:
    """The person object a possessive stands for in "challenging him over his comments that ...": "his" owns the
    comments the verb holds "him" to account for, so it is "him" (the challengers are not the owners). None outside
    that shape (``faulted_remark``)."""
    noun = poss.head
    if poss.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return _person_object(verb, noun.head) if faulted_remark(noun, verb) else None
