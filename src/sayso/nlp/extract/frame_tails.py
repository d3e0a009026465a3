"""Another source's frame is not what was said: a content ends where a trailing attribution frame begins.

A content may run to the end of its sentence over the frame of another attribution that reports the whole
sentence: 'The staff member recalled that he said, "I'll put a bullet in her skull," the U.S. attorney's office
said.' The staff member recalled the quotation; "the U.S. attorney's office said" is the office's frame around
the staff member's report, not part of what the staff member recalled. The frame is a comma, then a subject and
a finite verb of saying ("the office said", "officials told reporters") or the verb and then its subject ("said
the office"), to the content's end; its verb governs the words before the comma only as the clause it reports
(a clause that is the speaker's condition or cause, 'if the bill passes, the public will know', is one sentence
of the speaker's). Pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.assembly import ended_at
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.verb_tags import FINITE_TAGS

# what a frame verb may govern before its comma: the clause it reports, and punctuation
_REPORTED = frozenset({"ccomp", "parataxis", "punct"})
# what a frame verb may govern after it: its subject, addressee, a "in a statement" phrase, a time, an adverb
_FRAME_DEPS = SUBJECTS | {"dobj", "dative", "prep", "npadvmod", "advmod", "punct", "agent"}
_MAX_FRAME = 14  # tokens: ", a spokeswoman for the agency said in a statement" and no longer


def _words(span: Span) -> list[Token]:
    """The span's tokens without the punctuation and spaces at its end."""
    toks = list(span)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks


def frame_verb(span: Span, speech: frozenset[str]) -> Token | None:
    """The finite verb of saying of a frame that ends ``span`` ('..., the office said', '..., said the office'),
    with its subject after the last comma before the frame; None when the span ends otherwise."""
    toks = _words(span)
    if not toks:
        return None
    last = toks[-1]
    for verb in (last, *(t for t in toks[-_MAX_FRAME:] if t.i < last.i)):
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in FINITE_TAGS or verb.lemma_.lower() not in speech:
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.i > span.start and _frame_is_tail(span, verb, subj, last):
            return verb
    return None


def _frame_start(verb: Token, subj: Token) -> int:
    """Token index where the frame begins: its subject's first word, or the verb when the subject follows it."""
    return min(subj.left_edge.i, verb.i)


def _frame_is_tail(span: Span, verb: Token, subj: Token, last: Token) -> bool:
    """Whether the frame of ``verb`` runs from a comma to ``last``: a comma (maybe with a closing quotation mark)
    just before the frame's first word, every word after it the frame's, and the verb governing the words before
    the comma only as the clause it reports."""
    start = _frame_start(verb, subj)
    if start - span.start < 2 or last.i - start + 1 > _MAX_FRAME:
        return False
    before = span.doc[start - 1]
    while before.i > span.start and before.is_quote:
        before = span.doc[before.i - 1]
    if before.text != ",":
        return False
    if any(t.i != verb.i and not t.is_punct and not _under(t, verb) for t in span.doc[start:last.i + 1]):
        return False
    if any(c.dep_ not in _FRAME_DEPS for c in verb.children if c.i > verb.i and c.i <= last.i):
        return False
    return all(c.dep_ in _REPORTED for c in verb.children if span.start <= c.i < start)


def _under(token: Token, head: Token) -> bool:
    """Whether ``head`` is an ancestor of ``token``."""
    return any(a.i == head.i for a in token.ancestors)


def frame_tail_start(found: Found, doc: Doc, quotes: QuoteIndex, speech: frozenset[str]) -> int | None:
    """Character offset where another attribution's frame begins at the end of ``found``'s content (the
    first word of "the U.S. attorney's office said"), else None. The frame's verb is never the cue's own, and
    the frame stands outside any quotation."""
    if found.parts or found.continues is not None:
        return None
    span = doc.char_span(found.content[0], found.content[1], alignment_mode="contract")
    if span is None or len(span) < 4:
        return None
    verb = frame_verb(span, speech)
    if verb is None or verb.i == found.cue_head:
        return None
    subj = next(c for c in verb.children if c.dep_ in SUBJECTS)
    cut = doc[_frame_start(verb, subj)].idx
    if found.cue[0] >= cut:
        return None  # '“…,” Hewitt said, according to a transcript': the frame is part of what the later cue reports
    if quotes.overlapping(cut, found.content[1]):
        return None  # 'focusing on “he said this, he tweeted that”': words quoted, not a frame
    return cut


def without_frame_tail(found: Found, doc: Doc, quotes: QuoteIndex, speech: frozenset[str]) -> Found:
    """``found`` with its content ended before a trailing frame of another attribution (``frame_tail_start``)."""
    cut = frame_tail_start(found, doc, quotes, speech)
    if cut is None:
        return found
    text = quotes.text
    end = cut
    while end > found.content[0] and text[end - 1] in " ,\n\t":
        end -= 1
    if end <= found.content[0] or not any(ch.isalnum() for ch in text[found.content[0]:end]):
        return found
    return ended_at(found, end, quotes)
