"""A source the parse found inside a quotation that closed before the cue: pure functions of the parse.

'“The cooldown [is] a periodic event,” researchers noted in a statement, adding that “...”': the
parse makes the quotation's verb the sentence's root and hangs "adding" on it, so the
participle's subject comes out as "The cooldown", the quotation's own first words. A reader
knows whose act "adding" is: the speaker named after the quotation closes ("researchers noted").

The test is on the subject's clause, not the word alone: 'The “Squad” said on Tuesday ...' has its
subject inside quotation marks too, but its verb, the cue, stands outside them.
"""

from __future__ import annotations

from bisect import bisect_left
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sayso.nlp.extract.pronouns import QUOTATION_WORDS
from sayso.nlp.extract.work_titles import WORK_NOUNS, title_words

_OPEN_MARKS, _CLOSE_MARKS = frozenset({"“", "``"}), frozenset({"”", "''"})
_SUBJ_DEPS = frozenset({"nsubj", "csubj"})


# marks that open and close alike, paired by their order on a line
_PAIRED_MARKS = frozenset({'"', "''"})


def quotation_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token index ranges (opening mark, closing mark) of the quotations of ``doc``, in order, by their
    marks ("“...”", "``...''", or '"..."' and "''...''" in pairs: the second is how NYT copy is often set). One pass from the Doc's start: a straight mark's
    parity is only known from the line's first mark on, so no window may start inside a line. A
    quotation stays on its line: a line break drops one still open."""
    spans, start, straight = [], None, False
    for t in doc:
        if t.text in _OPEN_MARKS or (t.text in _PAIRED_MARKS and start is None):
            start, straight = t.i, t.text in _PAIRED_MARKS
        elif start is not None and (t.text in _CLOSE_MARKS or (t.text in _PAIRED_MARKS and straight)):
            spans.append((start, t.i))
            start = None
        if "\n" in t.text_with_ws:
            start = None
    return spans


def _quotation_of(head: Token, cue: Token) -> tuple[int, int] | None:
    """The quotation that holds ``head``, else None."""
    doc = cue.doc
    found = _SPANS.get(doc)
    if found is None:  # once per Doc: each cue asks two or three times, for each subject it tries
        spans = quotation_spans(doc)
        found = _SPANS[doc] = (spans, [lo for lo, _ in spans])
    spans, starts = found
    at = bisect_left(starts, head.i) - 1  # the last quotation opened before the head
    if at >= 0 and head.i < spans[at][1]:
        return spans[at]
    return None


_SPANS: WeakKeyDictionary[Doc, tuple[list[tuple[int, int]], list[int]]] = WeakKeyDictionary()


def closing_mark(head: Token, cue: Token) -> Token | None:
    """The mark that closes a quotation holding ``head`` and its verb, before ``cue``, on one line; else None.
    The quotation may open in an earlier sentence ('“The cooldown is a periodic event. It is rare,”')."""
    if head.i >= cue.i:
        return None
    span = _quotation_of(head, cue)
    if span is None or span[1] >= cue.i:
        return None
    if not span[0] < head.head.i < span[1]:
        return None  # 'The “Squad” said ...': the quoted word is the subject of a verb outside the marks
    return cue.doc[span[1]]


def in_other_quotation(head: Token, cue: Token) -> bool:
    """The source's head stands inside a quotation that does not hold the cue: 'She claims
    “Brett’s assault on me drastically altered my life,” but acknowledges “...”' (the parse joined
    "acknowledges" to the quoted clause, whose subject is no speaker)."""
    span = _quotation_of(head, cue)
    if span is None:
        return False
    lo, hi = span
    words = sum(1 for t in cue.doc[lo + 1:hi] if not t.is_punct)
    # a short one is a name or a scare quote ('“Creepy Lawyer” claims', '“multiple credible sources” told')
    return words >= QUOTATION_WORDS and not lo < cue.i < hi


def in_title_after(head: Token, cue: Token) -> bool:
    """The source's head stands inside the quoted title of a work after the cue, introduced by a possessive or a
    work noun: '“…,” Flynn, a top Trump surrogate, said on Fox News’s “Fox and Friends.”' (the parse made the show
    the subject of "said"); the show is where it was said, not who said it."""
    if head.i <= cue.i:
        return False
    span = _quotation_of(head, cue)
    if span is None or span[0] < 1:
        return False
    lo, hi = span
    doc = cue.doc
    before = doc[lo - 1]
    introduced = before.tag_ == "POS" or before.lower_ in ("'s", "’s") or before.lower_ in WORK_NOUNS
    return introduced and title_words([t.text for t in doc[lo + 1:hi] if not t.is_punct])


def subject_outside_quotation(token: Token) -> Token | None:
    """The nearest subject up the cue's heads that stands outside the quotations it is not in."""
    t = token
    for _ in range(6):
        if t.head == t:
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None and not in_other_quotation(subj, token):
            return subj
    return None


def speaker_after_quotation(head: Token, cue: Token) -> Token | None:
    """The speaker of a quotation that closed before ``cue``, for a ``head`` found inside it.

    The subject of the first verb between the closing mark and the cue, itself after the mark
    ('“...,” researchers noted ..., adding'); None when no speaker is named there (no source
    beats the quotation's own words).
    """
    close = closing_mark(head, cue)
    if close is None:
        return head
    for verb in cue.doc[close.i + 1:cue.i]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i > close.i), None)
        if subj is not None:
            return subj
    return None
