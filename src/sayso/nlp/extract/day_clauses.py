"""The clause the parse hung on the day of the statement: a pure function of the parse.

"The authorities recorded more than 2,000 cases, and Tedros said Wednesday the death toll stood at
207": the parse reads "Wednesday the death toll stood ..." as a relative clause of the day, leaving
"said" no clause of its own, and the content chosen was the clause before "and", which Tedros did
not say. The clause on the day is a content candidate of the cue (``candidates``); the day itself is
the cue's (``time_of_saying``).

The same misreading after a longer adjunct: "Adelson said earlier on Friday during a news conference
that he may wait until February": the parse makes "that he may wait ..." a relative clause of
"conference", and "said" has no clause (``clause_after_adjunct``); and after a span of time: "Austria
argued for decades that it was the first victim", where the parse makes it a clause of "decades".
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import COMPLEMENT_CLAUSES, NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.resource_files import read_words


def clause_on_the_day(token: Token) -> tuple[int, int] | None:
    """ "said Wednesday the death toll stood at 207": the clause the parse made a relative clause of the cue's
    day (a date right after the cue), as a character range; else None."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    day = doc[token.i + 1]
    if day.head.i != token.i or day.dep_ != "npadvmod" or day.ent_type_ != "DATE":
        return None
    clause = next((c for c in day.children if c.dep_ == "relcl" and c.i > day.i), None)
    if clause is None or any(c.lower_ in ("that", "which", "who", "when") for c in clause.children):
        return None  # a real relative clause ("the day when he left")
    first = doc[day.i + 1]
    if first.i > clause.left_edge.i or first.is_punct:
        return None
    last = clause.right_edge
    return first.idx, last.idx + len(last)


# The adjuncts a clause of saying may follow: "said [on Friday] [during a call] [following a vote] that ...".
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})
# How far the "that" may stand from the cue: room for two or three prepositional phrases.
_MAX_GAP = 14
# The occasions of a saying a misread clause hangs on ("during a news conference that ...", "following a vote
# in 2001 that ..."); a thing's relative clause stays the thing's ("asked about the hours of overtime that
# officers have logged": the parse marks that "that" a complementizer too).
OCCASION_NOUNS = frozenset(
    "conference call briefing interview statement speech remarks testimony hearing meeting rally event session "
    "debate vote visit trip dinner lunch breakfast forum summit ceremony appearance address broadcast show "
    "podcast panel discussion talk lecture sermon service program programme chat exchange "
    "email e-mail letter tweet post release memo op-ed column filing court message piece editorial article "
    "essay book blog video".split()
)
# Entities a clause of saying may follow: a day ("said Friday that"), an outlet or a body ("said on CNN that");
# not a time, which is as often an amount ("asked about the 50,000 hours of overtime that officers logged")
_OCCASION_ENTITIES = frozenset({"DATE", "ORG"})


# verbs that take the occasion itself for their object: "said in a statement that she posted on Instagram" is a
# relative clause of the statement ("that" its object), no content
_TAKING_AN_OCCASION = read_words("occasion_object_verbs.txt")


def _complementizer(that: Token) -> bool:
    """ "that" opening a reported clause: the parse's ``mark``, or its relative object where the clause's verb
    cannot take the occasion for its object ("said in a filing that Smith lied": "lied" takes none)."""
    if that.dep_ == "mark":
        return True
    if _second_object(that):
        return True  # "that she entered the apartment": a verb with an object of its own has no room for a relative one
    return that.dep_ == "dobj" and that.head.lemma_.lower() not in _TAKING_AN_OCCASION and not any(
        c.dep_ in ("dobj", "ccomp") and c != that for c in that.head.children) and that.head.pos_ in ("VERB", "AUX")


# verbs whose "to" names whom the words went to ("said to reporters", "reported to police"); "pointed to reports
# that ...", "referred to claims that ..." name a thing, whose own clause it is
_SAID_TO = read_words("said_to_verbs.txt")


def _second_object(that: Token) -> bool:
    """Whether the parse made "that" the object of a verb that has an object after it already."""
    return that.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i > that.i for c in that.head.children)


# verbs of telling whose object is whom the words went to: those of ``addressees.RECIPIENT_VERBS`` that tell, not
# "ask" or "urge" ("asked the court in a filing that it ..." may ask a question of its own)
_TELLING = frozenset({"tell", "inform", "assure", "warn", "remind", "brief"})


def _addressee_object(child: Token, cue: Token) -> bool:
    """The object of a verb of telling, a noun phrase of a person or people ("told his ex-wife"), is whom it told."""
    return cue.lemma_.lower() in _TELLING and child.dep_ in ("dobj", "dative") and child.pos_ in ("NOUN", "PROPN", "PRON")


def _trailing_participle(clause: Token, cue: Token) -> bool:
    """A participle the parse hung on the cue after its adjuncts ("reported to officers that she entered the
    apartment believing it was hers"): an adjunct of the misread clause, not the cue's own complement."""
    return clause.tag_ == "VBG" and clause.dep_ == "xcomp" and clause.i > cue.i + 2 and any(
        t.lower_ == "that" for t in cue.doc[cue.i + 1:clause.i])


def addressed_to(noun: Token, cue: Token) -> bool:
    """Whether ``noun`` is whom the cue's words went to: the object of its "to" ("reported to the responding
    officers that she entered the apartment", "explained to the court that ...")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == cue.i \
        and noun.pos_ in ("NOUN", "PROPN") and cue.lemma_.lower() in _SAID_TO


def clause_after_adjunct(token: Token) -> tuple[int, int] | None:
    """ "said during a news conference that he may wait": the that-clause the parse hung on a word of the
    adjuncts after the cue (a relative clause of "conference"), as a character range from "that"; else None.

    Only a relative clause of an occasion (``OCCASION_NOUNS``, a date, an outlet) or of whom the words went to
    ("reported to the responding officers that she entered the apartment": ``addressed_to``) opened by a
    complementizer "that" (the parse's ``mark``, not the relative pronoun of "a conference that lasted an
    hour") with a subject of its own, standing right after the cue's adjuncts, counts, and only for a cue
    with no clause of its own; a noun's own clause ("asked about Trump's declaration that it had been a
    bomb": ``acl``) is the noun's.
    """
    doc = token.doc
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ in COMPLEMENT_CLAUSES and not _trailing_participle(c, token)
                                                for c in token.children):
        return None
    adjuncts = [c for c in token.children if c.i > token.i and c.dep_ in _ADJUNCT_DEPS]
    if not adjuncts:
        return None
    end = min(len(doc), token.i + _MAX_GAP + 1)
    covered = {t.i for c in adjuncts for t in c.subtree}
    # "told his ex-wife in an angry phone call that ...": whom a verb of telling addresses stands before its adjuncts
    covered |= {t.i for c in token.children if c.i > token.i and _addressee_object(c, token) for t in c.subtree}
    for that in doc[token.i + 1:end]:
        if that.lower_ != "that":
            continue
        clause = that.head
        if not _complementizer(that) or clause.dep_ not in NOUN_MODIFIER_CLAUSES or clause.i <= that.i \
                or clause.head.i not in covered or clause.head.i >= that.i:
            return None
        occasion = clause.head
        addressee = addressed_to(occasion, token)
        if clause.dep_ == "acl" and occasion.ent_type_ != "DATE" and not addressee:
            return None  # a noun's own clause ("the claim that ..."); a date, a span of time or a person holds none
        if occasion.lemma_.lower() not in OCCASION_NOUNS and occasion.ent_type_ not in _OCCASION_ENTITIES \
                and not addressee:
            return None
        if addressee and that.dep_ != "mark" and not _second_object(that):
            return None  # "talked to the man that she met": a person is what the relative's verb may take
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return None
        between = [t for t in doc[token.i + 1:that.i] if not t.is_punct]
        if not between or any(t.i not in covered for t in between):
            return None  # a word between the cue and "that" outside its adjuncts: another construction
        if clause.left_edge.i != that.i:
            return None
        last = clause.right_edge
        return that.idx, last.idx + len(last)
    return None
