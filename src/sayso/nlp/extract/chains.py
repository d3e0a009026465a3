"""Chains of reports: the inner speaker an outer report passes on (SPEC's ``via``).

"According to RT, the State Department said X", "CNN reported that the FBI told lawmakers X",
"Reuters quoted a spokesman as saying X": a reader takes two attributions, the official's
(X) reported through the outlet's. The cue model scores the inner verb of saying low (it
stands inside someone else's content, where most verbs are not cues), so the official's
statement was dropped while the outlet kept it whole. These forms name the inner speaker
outright; pure functions of the parse.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.quote_marks import DOUBLE_MARKS
from sayso.nlp.extract.resource_files import read_words

# Verbs that pass another's words on: "quoted a spokesman as saying", "cited officials as saying", "was reported as
# saying", "describes the minister as telling aides"
QUOTING_VERBS = frozenset({"quote", "cite", "report", "describe"})
# Outer verbs whose clause is no statement of the inner speaker: "denied that he told them", "asked whether she said".
_NOT_PASSED_ON = frozenset({"deny", "dispute", "reject", "refute", "dismiss", "ask", "wonder", "question", "inquire"})
# Inner senses that are statements (a thought or an aim reported second-hand is the reporter's guess).
_STATEMENT_SENSES = ("saying", "writing")
_MODALS = read_words("modals.txt")


def quoted_as_saying(token: Token) -> Token | None:
    """ "Reuters quoted a spokesman as saying X", "a spokesman was quoted as saying X": the one quoted
    (the quoting verb's object, or its passive subject) is who says X, not the outlet that quotes him."""
    frame = _frame(token)
    return None if frame is None else frame[1]


def quoting_verb(token: Token) -> Token | None:
    """The quoting verb of "Reuters reports Langone as saying" on its "saying" ``token``, else None."""
    frame = _frame(token)
    return None if frame is None else frame[0]


def _frame(token: Token) -> tuple[Token, Token] | None:
    """(quoting verb, one quoted) of the "as saying" ``token``, else None."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp":
        return None
    prep = token.head
    if prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    if prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in QUOTING_VERBS:
        return prep.head.head, prep.head  # "the Post reports the senator as telling aides": "as" hung on the one quoted
    if prep.head.lemma_.lower() not in QUOTING_VERBS:
        return None
    quoted = next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None if quoted is None else (prep.head, quoted)


def quoting_frames(doc: Doc) -> dict[int, int]:
    """Token index of each "as saying" of "Reuters reports Langone as saying" to the index of its quoting verb: where
    both cues claim one quotation ('“...,” Reuters reports Langone as saying') the one who says it is Langone."""
    return {t.i: verb.i for t in doc if (verb := quoting_verb(t)) is not None}


def passed_on(token: Token, senses: Mapping[str, str]) -> Token | None:
    """The outer report's word when the verb ``token`` is the inner report of a chain, else None.

    - "According to RT, the State Department said X": the "according" its clause hangs on;
    - "CNN reported that the FBI told lawmakers X": the verb of saying whose clause it is;
    - "Reuters quoted a spokesman as saying X": the quoting verb.
    The inner verb is one of saying or writing, with a speaker and a clause of its own, neither negated nor
    modal ("said he would tell the committee", "said she never told anyone" report no statement);
    a denial or a question around it passes nothing on ("denied that he told them"), and nor does
    a speaker's own quotation ('“She has told her class that ...,” Branch added': left to the model).
    """
    if senses.get(token.lemma_.lower()) not in _STATEMENT_SENSES or token.pos_ != "VERB":
        return None
    verb = quoting_verb(token)
    if verb is not None:
        return verb
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in token.children):
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or not any(c.dep_ == "ccomp" for c in token.children):
        return None  # a speaker of its own, and a clause said: "the investigation was continuing" is no report
    according = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    if according is not None:
        return None if _quoted_between(token, according) else according
    outer = token.head
    if token.dep_ != "ccomp" or outer.pos_ != "VERB" or outer.lemma_.lower() in _NOT_PASSED_ON:
        return None
    if senses.get(outer.lemma_.lower()) not in _STATEMENT_SENSES or any(c.dep_ == "neg" for c in outer.children):
        return None
    if _quoted_between(token, outer):
        return None
    return outer if any(c.dep_ in SUBJECTS for c in outer.children) else None


_QUOTE_MARKS = frozenset(DOUBLE_MARKS)


def _quoted_between(inner: Token, outer: Token) -> bool:
    """A quotation mark between the two: the inner verb stands in the outer speaker's own quoted words
    ('“... She has told her class that ...,” Branch added'), whatever lines the quotation runs over."""
    lo, hi = sorted((inner.i, outer.i))
    return any(ch in _QUOTE_MARKS for t in inner.doc[lo + 1:hi] for ch in t.text)
