"""A second "that" clause joined to the cue is the speaker's too: pure widenings of a chosen content.

"Tyco has said the loan was not forgiven, but that Swartz fully repaid it with interest": the parse hangs the clause
after "but that" on "said" (a conjunct of the cue), and the content stopped at the first clause; a "that" clause
cannot be an act of the speaker's, so it is the cue's second complement (wire audit m60: content bounds).
So is a clause joined to a past cue by "but" or "and" with a noun subject and a backshifted modal ("Ms Pike said it
was not unusual for hospitals to go into deficit, but the Government would ensure they remained viable": the writer's
own clause would say "will"; ``with_backshifted_conjunct``, wire audit 74).
Tests: ``tests/test_that_conjuncts.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex

_JOINS = frozenset({"and", "but", "or"})


def with_that_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content runs on over a clause joined to the cue right after it by "and that", "but that" or "or that"
    with a subject of its own ("said the loan was not forgiven, but that Swartz fully repaid it"), to that clause's
    end, before an "according to" that closes it (the writer's source for the saying).

    Kept as they are: a conjunct with no "that" ("said X, but some were thrown ...": a clause of its own that may
    be the writer's), one with words between the content and the joining word ("said X on Monday, and that ..."
    stays too: only punctuation may stand there), a cue inside a quotation, and a content that is a quotation."""
    if content.quote or content.parts or quotes.containing(token.idx) is not None:
        return content
    span = content_span(doc, content)
    if span is None or span.root.head.i != token.i or span.start < token.i:
        return content
    for conj in (c for c in token.children if c.dep_ == "conj" and c.i >= span.end):
        mark = conj.left_edge
        if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i != conj.i:
            continue
        if not any(c.dep_ in SUBJECTS for c in conj.children):
            continue
        between = doc[span.end:mark.i]
        joins = [w for w in between if not w.is_punct]
        if len(joins) != 1 or joins[0].lower_ not in _JOINS:
            continue
        last = conj.right_edge
        according = next((c for c in conj.children if c.lower_ == "according" and c.i > conj.i), None)
        if according is not None and according.right_edge.i >= last.i:
            last = doc[according.i - 1]  # ", according to his lawyer": the writer's source, not the clause
        while last.i > conj.i and last.is_punct:
            last = doc[last.i - 1]
        if quotes.overlapping(mark.idx, last.idx + len(last)) and quotes.containing(last.idx) is None:
            continue  # a quotation opened inside the clause and closed past it: not this simple case
        return content._replace(end=last.idx + len(last))
    return content


# the modals a past cue shifts "will", "can", "may", "shall" back to: a clause in them after "said" is still reported
_BACKSHIFTED_MODALS = frozenset({"would", "could", "might", "should", "'d"})
# adverbs that make a "would" the writer's future in the past ("but the party would later pick Jones")
_NARRATING_ADVERBS = frozenset({"later", "eventually", "ultimately", "subsequently", "then", "soon", "afterwards",
                                "afterward", "finally"})
# a refusal or a rebuttal in the conjunct: the writer's account of another act ("but the company would not comment",
# "but engineers would disagree")
_OTHER_ACTS = frozenset({"decline", "refuse", "comment", "elaborate", "disagree", "dispute", "differ", "object",
                         "contest", "deny", "reject"})


def with_backshifted_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                              speech: frozenset[str]) -> Content:
    """The content runs on over a clause joined to a past-tense cue right after it by "but" or "and", whose own
    subject is a noun phrase and whose verb stands under a backshifted modal: "Ms Pike said it was not unusual for
    hospitals to go into deficit, but the Government would ensure they remained viable". The writer's own clause
    would say "will"; "would" is the past cue's tense carried into what was said (wire audit 74: content bounds).

    Kept as they are: a pronoun subject ("but he would not comment", "but it would be months before ...": the
    speaker again, or the writer's narration), a verb of saying or a refusal ("but the company would not comment"),
    "will" or no modal at all (may be the writer's clause), a "would" with a narrating adverb ("but the board would
    later reject it"), a present-tense cue, a clause with a quotation mark, a cue inside a quotation."""
    if content.quote or content.parts or token.tag_ != "VBD" or quotes.containing(token.idx) is not None:
        return content
    span = content_span(doc, content)
    if span is None or span.root.head.i != token.i or span.start < token.i:
        return content
    for conj in (c for c in token.children if c.dep_ == "conj" and c.i >= span.end):
        if not _backshifted_clause(conj, speech):
            continue
        joins = [w for w in doc[span.end:conj.left_edge.i] if not w.is_punct]
        if len(joins) != 1 or joins[0].lower_ not in ("and", "but"):
            continue
        last = conj.right_edge
        while last.i > conj.i and last.is_punct:
            last = doc[last.i - 1]
        if quotes.overlapping(doc[span.end].idx, last.idx + len(last)):
            continue
        return content._replace(end=last.idx + len(last))
    return content


def _backshifted_clause(conj: Token, speech: frozenset[str]) -> bool:
    """ "the Government would ensure ...": a subject of its own that is a noun phrase, a backshifted modal, no verb
    of saying or refusal, no adverb of narration."""
    subject = next((c for c in conj.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > conj.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED_MODALS for c in conj.children):
        return False
    if conj.lemma_.lower() in speech or conj.lemma_.lower() in _OTHER_ACTS:
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in _NARRATING_ADVERBS for c in conj.subtree)
