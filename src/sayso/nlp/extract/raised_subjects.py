"""A passive "believed to be" names what is believed, not who believes it: "Three women believed to be the
children's mothers were arrested", "A teenager said to be the gunman's cousin was questioned", "The suspect,
reported to be 19, ...". The noun is the subject of the infinitive; the believer goes unnamed, so the noun is
no source (blind audit 20 judged "Three women | believed | to be the children's mothers" wrong; the parser
often reads the participle as the noun's finite verb). The same passive with its bare predicate and no "to be"
("the Chechen leader believed responsible for the siege", "a man thought dead", "a girl reported missing") is one
too (blind audit 61).

Kept: the active with its object before it ("what many people believed to be a campaign killer", "a defeat
Obama believes to be the worst of his career": PolNeAR gold), a passive with its agent ("are believed by
police to have fled"), the passive with its auxiliary ("Sanders is said to have pressed for the plank": no
source is taken from it, and PolNeAR marks the claim of the unnamed), and verbs whose active takes an
infinitive of their own subject ("claimed to be undecided", "expected to win", "vowed to be tougher").
Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

# verbs whose passive raises the subject of the infinitive ("is said to", "believed to be") and whose active
# cannot take an infinitive of its own subject ("*she believed to be", "*he said to be"); "expect" and
# "claim" can ("he expected to win", "a woman who claimed to be undecided") and are left out
RAISING = read_words("raising_verbs.txt")

# a relative or interrogative object before the subject makes the verb active ("what many people believed to be")
_OBJECT_RELATIVES = frozenset({"what", "which", "that", "whom", "who", "whatever"})


# verbs of speech whose active takes a directive infinitive ("leaders said to keep on lying": told to): their
# passive is read only with a stative "to be" / "to have"
_DIRECTIVE = frozenset({"say", "report"})
_STATIVE = frozenset({"be", "have"})


def infinitive_after(token: Token) -> bool:
    """ "believed to be", "said to have", "widely thought to be", "thought to represent": a to-infinitive right after
    the verb (adverbs aside); after "say" and "report" only "to be" and "to have" ("said to keep on lying" is a
    directive: the active)."""
    doc = token.doc
    j = token.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if not (j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].pos_ in ("AUX", "VERB")):
        return False
    return token.lemma_.lower() not in _DIRECTIVE or doc[j + 1].lemma_.lower() in _STATIVE


_PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def predicate_after(token: Token) -> bool:
    """ "believed responsible for the siege", "thought dead", "reported missing": a bare predicate (an adjective or
    a participle the parse hangs on the verb) right after it (adverbs aside), and no object: the small clause of a
    passive, whose active needs one ("believed him responsible"). "reported strong earnings" (an adjective of the
    object) and "thought better of it" (after a pronoun: ``raised_passive`` reads the word before) are no such
    predicate."""
    doc = token.doc
    j = token.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or any(c.dep_ in ("dobj", "iobj") for c in token.children):
        return False
    word = doc[j]
    return word.head == token and word.dep_ in _PREDICATE_DEPS and (word.pos_ == "ADJ" or word.tag_ == "VBN")


def raised_passive(token: Token) -> bool:
    """The cue is a raising verb's passive participle with a to-infinitive or a bare predicate and no agent, its
    subject the thing believed about, in a reduced relative or an apposition: "women believed to be", "the suspect,
    reported to be 19", "the leader believed responsible"."""
    if token.lemma_.lower() not in RAISING or token.tag_ not in ("VBN", "VBD"):
        return False
    if not (infinitive_after(token) or predicate_after(token)):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "are believed by police to have fled": the police believe it
    if any(c.dep_ == "auxpass" for c in token.children):
        return False  # "Sanders is said to have pressed for ...": an unnamed source's claim, PolNeAR gold, no subject taken
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1  # "widely believed", "long thought"
    if k < 0:
        return False
    before = doc[k]
    if before.text == ",":
        return True  # "The suspect, reported to be 19, ..."
    if before.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False  # "he believed to be", "they said to" (an active, or a parse we cannot read)
    left = before.left_edge.i
    return not (left > 0 and doc[left - 1].lower_ in _OBJECT_RELATIVES)
