"""Whose act a trailing participle of saying reports, where the verb it hangs on is no one's speech.

The parse hangs "..., saying ..." on the nearest verb and the participle is that verb's subject's act. Three shapes
the blind readers of the PTC articles marked wrong, each narrow, since the same shape is mostly right (C 168 / P 46 /
W 60 over all participle cues):

- ``inference_from_a_deed``: "Paddock ordered a burger, ..., suggesting that there was another person", "The purge
  happened at 12:30 — implying that they were given the heads up": "implying" / "suggesting" on a clause that says
  nothing (no verb of saying or writing) is the writer's inference from the deed, no one's words (dropped). Kept: a
  verb of saying or writing under it ("O'Rourke said, implying ...", "Ms. Sanders wrote, suggesting ..."), a
  document for subject ("The report ... singled out Strzok, suggesting ...": a finding), a cue in a quotation.
- ``reported_speaker``: "Court documents say Patel lied about his travel history, saying ...": the participle hangs
  on a reported clause whose own verb is "lied" (speech that is no cue) with a subject of its own; the participle
  is what the lie said, so its speaker is that subject, not the reporter's. A reported clause of any other verb
  ("Mr Scott has not said he will back it, telling reporters ...", "Police said the man called 911, saying ...",
  "Officials said the user posted the video saying ...": tests/test_source_heads.py) still goes up to the reporter
  (``source_heads.participle_subject``).
- ``seeming_clause``: "It now seems obvious that one of those memos has gone out ..., saying ...": the climb out of
  the reported clause reaches an expletive "it" ("it seems", "it is clear that"), which stands for nobody (dropped).

Pure functions of the parse. Tests: ``tests/test_participle_controllers.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.writers_voice import quoted

# participles by which the writer draws a conclusion from what the clause tells
_INFERRING = frozenset({"imply", "suggest"})
# verbs of speaking that are no cue of their own: one who lied spoke
_SPEAKING = frozenset({"lie"})
_TALKING_SENSES = ("saying", "writing")
# saying verbs that also name getting goods: "ordered a burger" says nothing
_PURCHASES = frozenset({"order"})
_SEEMING = frozenset({"seem", "appear", "be", "become", "look"})


def _speaks(verb: Token, senses: Mapping[str, str]) -> bool:
    """``verb`` is one of speaking or writing: "said", "wrote", "told", "lied"; "ordered" only with a
    clause or an infinitive ("ordered them to leave"), not with a bare thing ("ordered a burger")."""
    lemma = verb.lemma_.lower()
    if lemma in _SPEAKING:
        return True
    if senses.get(lemma) not in _TALKING_SENSES:
        return False
    if lemma in _PURCHASES:
        return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    return True


def inference_from_a_deed(token: Token, subject: Token | None, quotes: QuoteIndex, senses: Mapping[str, str],
                          documents: frozenset[str]) -> bool:
    """ "Paddock ordered a burger, ..., suggesting that ...": "implying" / "suggesting" hung (through "and" or a "had
    to go" infinitive) on verbs none of which is one of saying or writing, whose subject ``subject`` is the
    participle's source: the writer's inference from the deed. Kept: a verb of saying or writing on the way ("Clinton
    said, implying ...", "Sanders wrote on Monday, suggesting ..."), a document for subject ("The report faulted the
    bureau ... and singled out Strzok, suggesting ..."), a cue inside a quotation, and a source that is not the
    verb's own subject (a reporter the climb reached: ``source_heads.participle_subject``)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.lemma_.lower() not in _INFERRING or subject is None:
        return False
    if quoted(token, quotes):
        return False
    verb = token.head
    while True:
        if verb.pos_ not in ("VERB", "AUX") or _speaks(verb, senses):
            return False
        if subject.head == verb:
            break
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return False  # the source is not the subject of the clause the participle goes on with
        verb = verb.head
    if subject.lemma_.lower() in documents or subject.lower_ in documents:
        return False
    return subject.dep_ in ("nsubj", "nsubjpass")


def reported_speaker(verb: Token, senses: Mapping[str, str]) -> Token | None:
    """ "Court documents say Patel lied about his travel history, saying ...": the subject (Patel) of a reported clause
    whose verb is "lied" (``_SPEAKING``), which the participle goes on with. Only a complement clause (``ccomp``) with
    a subject of its own before its verb that can be a speaker (a name, a noun, a personal pronoun; not "it", "that",
    "what"). None otherwise: the reporter keeps a participle on a clause of any other verb ("Mr Scott has not said he
    will back it, telling reporters ...", "Police said the man wrote to his friends, asking them ..."; the readers'
    "The Guardian reported that Chris Bryant has written to May, urging her" is left to that rule)."""
    if verb.dep_ != "ccomp" or verb.head == verb or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if verb.lemma_.lower() not in _SPEAKING or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in ("it", "that", "this", "what", "which", "there"):
        return None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject


def seeming_clause(token: Token, subject: Token | None) -> bool:
    """ "It now seems obvious that one of those memos has gone out ..., saying ...": the source the climb out of the
    participle's clause reached is an expletive "it" of a verb of seeming or a copula whose "that" clause holds the
    participle; it stands for nobody. Kept: an "it" that stands for something ("It calls for the visit to be
    cancelled, adding ...": the motion), and an "it" subject of the very verb the participle hangs on."""
    if token.tag_ != "VBG" or subject is None or subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.lemma_.lower() not in _SEEMING or verb == token.head:
        return False
    if not any(c.dep_ in ("oprd", "acomp", "attr") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and clause.left_edge.i <= token.i <= clause.right_edge.i


# verbs of answering or reacting, whose "to" names what is answered: "reacted to news that ..."
_REACTING = frozenset({"react", "respond", "reply", "answer", "retort"})


def reaction_by_means(token: Token) -> Token | None:
    """ "A panel on CNN reacted live on air to news that the Mueller report has concluded and resulted in no new
    indictments by admitting that ...": the parse hangs the "by" of the reaction's means on the last verb of the
    news's "that" clause, whose subject (the report) admits nothing; the one who reacts does it (returned). Only a
    "by" + gerund cue inside a "that" clause of a noun that is the object of "to" (or the direct object) of a verb of
    reacting or answering with a subject of its own. None otherwise ("She resigned by sending a letter ...")."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "by" or token.head.dep_ != "prep":
        return None
    clause = token.head.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "has concluded and resulted in ... by admitting": up to "concluded"
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _REACTING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
