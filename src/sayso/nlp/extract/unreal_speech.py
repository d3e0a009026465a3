"""Speech nobody made, in the writer's own text: pure predicates on the parse (blind audit 25).

``writers_voice.hypothetical_speech`` reads the cue's own modal ("others may argue"); these read the frame a
cue borrows from the verb or noun it hangs on:

- ``borrowed_modal``: a cue joined to, or set under, a verb of possibility: "Francis may come forward one day
  and declare that ...", "he might decide to argue that ...", "Trump should come out and say ...";
- ``led_to_say``: a cue that a causative verb puts in the mouth of anybody: "any honest review would lead one
  to admit that ...", "it makes one wonder whether ...", "which leads us to believe ...";
- ``abstraction_speaks``: a figure of speech: "History tells us why ...", "Experience teaches that ...";
- ``reasoning_seeing``: "seeing that ..." (since): the writer's reasoning, no one's view;
- ``wished_for``: "the perfect time for Trump to call for ...", "it is crucial for him to admit that ...": the act the
  writer wishes for, nobody did it.

Kept: a cue inside a quotation (someone's words), a negated modal ("could not say": the refusal filters judge
it), a real report with a time word ("would later say"), "it took him a week to admit" (it happened).
Tables of tests: ``tests/test_unreal_speech.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_types import NAME_LABELS
from sayso.nlp.extract.writers_voice import MAYBE_MODALS, modals, negated, quoted

_LINKS = frozenset({"conj", "xcomp"})


def borrowed_modal(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is a conjunct or a to-infinitive of a verb with a modal of possibility: "Francis may come forward
    one day and declare ...", "he might decide to argue ...". Kept: the cue's own modal (``hypothetical_speech``
    reads it), a negated head ("could not come and say"), a quoted cue, a participle ("could be heard saying", "may
    be ..., saying ...": said)."""
    if token.tag_ != "VB" or modals(token) or quoted(token, quotes):
        return False  # "could be ..., saying ...": a participle shares no modal
    verb = token
    for _ in range(3):
        if verb.dep_ not in _LINKS or verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" and not to_infinitive(verb):
            return False
        verb = verb.head
        aux = modals(verb)
        if aux:
            return any(m in MAYBE_MODALS for m in aux) and not negated(verb) and verb.tag_ == "VB"
    return False


_CAUSATIVES = frozenset({"lead", "make", "cause", "force", "compel", "prompt", "drive", "push"})
_ANYBODY = frozenset({"one", "us", "you"})


def led_to_say(token: Token, quotes: QuoteIndex) -> bool:
    """A causative verb's generic object is the one who says or thinks: "would lead one to admit that ...", "makes
    one wonder whether ...", "leads us to believe ...". Kept: a named object ("led the senator to admit that ...":
    he admitted it) and a quoted cue."""
    if token.dep_ not in ("xcomp", "ccomp", "advcl") or quoted(token, quotes):
        return False
    head = token.head
    if head.lemma_.lower() not in _CAUSATIVES:
        return False
    said_by = [c for c in head.children if c.dep_ in ("dobj", "nsubj") and c.i < token.i and c.i > head.i]
    said_by += [c for c in token.children if c.dep_ == "nsubj" and head.i < c.i < token.i]  # "makes one wonder"
    return any(c.lower_ in _ANYBODY and not list(c.children) for c in said_by)


# abstractions a writer makes speak: "History tells us", "Experience teaches", "Common sense says"
_ABSTRACTIONS = frozenset({"history", "experience", "hindsight", "logic", "reason", "sense", "nature", "life", "time"})
_FIGURE_CUES = frozenset({"tell", "teach", "say", "show", "remind", "dictate", "suggest", "warn"})


def abstraction_speaks(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """A bare abstraction for speaker: "History tells us why ...", "Experience teaches that ...", "common sense
    says ...". Kept: a determined or modified noun ("the history of the case shows", "his life story"), a name
    ("Time says ...", the magazine), a quoted cue."""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != token.i or quoted(token, quotes):
        return False
    if token.lemma_.lower() not in _FIGURE_CUES or subject.lemma_.lower() not in _ABSTRACTIONS:
        return False
    if subject.pos_ == "PROPN" or subject.ent_type_ in NAME_LABELS:
        return False  # a title that speaks: the magazines Time, Nature, Reason
    modifiers = [c for c in subject.children if c.dep_ in ("det", "poss", "prep", "compound", "relcl", "acl")]
    if subject.lower_ == "sense":
        return any(c.dep_ == "amod" and c.lower_ == "common" for c in subject.children) and not modifiers
    return not modifiers and not any(c.dep_ == "amod" for c in subject.children)


def reasoning_seeing(token: Token) -> bool:
    """ "..., seeing that Facebook is ...": a connective (since); the writer's reasoning, no one's view. Kept:
    "seeing" with its own subject ("I remember him seeing that ...") and "saw that" in a finite clause."""
    if token.lower_ != "seeing" or token.dep_ not in ("advcl", "prep", "pcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in token.children)


def wished_for(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is an infinitive with a "for" subject on a noun or an adjective: "the perfect time for Trump to call
    for ...", "it is crucial for him to admit ...": the act the writer wishes for, nobody did it. Kept: "it took a
    week for him to admit that" (a verb's clause: it happened), a judged act ("it is awkward for Republicans to
    say that ...": they say it), "the first time for him to say so", a quoted
    cue."""
    if quoted(token, quotes):
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "for Trump not to appoint ... and call for ..."
    if not to_infinitive(verb) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() == "be":  # "it is crucial for him to admit": the adjective is the copula's
        head = next((c for c in head.children if c.dep_ in ("acomp", "attr")), head)
    if any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in head.children):
        return False  # "the first time for him to admit it": it happened
    return head.lemma_.lower() in _WISHED


_ORDINALS = frozenset({"first", "second", "third", "last", "only"})
# what ought to or may be done, not what is judged done: "awkward for Republicans to say" presupposes they say it
_WISHED = frozenset({"time", "moment", "chance", "opportunity", "need", "occasion", "important", "crucial", "necessary",
                     "essential", "vital", "imperative", "urgent", "critical", "best", "better", "right", "appropriate",
                     "fitting", "possible", "impossible"})
