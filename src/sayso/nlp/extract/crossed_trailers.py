"""A content that runs across another speaker's trailer (blind audit p77: content_wrong): each trailer closes its own
clause. Pure trims of a chosen content.

"In Denver, crowds lined the streets, the Post reported, while in Boston a vigil opened with a prayer, the Globe
reported": two sources, two trailers, each closing the clause before it. The parse hangs the first trailer and its
clause on the second cue, so the Globe's content ran from the sentence's start across "the Post reported"; and a
first trailer's clause may swallow the rest of the sentence ("Sales rose, the chairman said, but profits fell, the
finance chief added": the chairman's content ran to the end, over his own cue and the finance chief's). A reader gives
each speaker the clause their own trailer closes:

- ``after_crossed_trailer``: a trailer cue's content before it starts after another trailer (", <subject> <verb of
  saying>,") inside it or closing it when a clause with a subject of its own follows that trailer ("while in Boston
  a vigil opened ...": the Globe's); a second trailer right before the cue ("The talks failed, the envoy said, the agency
  reported": the agency reports what the envoy said) leaves the content whole.
- ``before_next_trailer``: a content that holds its own trailer cue and runs on to another speaker's trailer ends
  before its own ("Sales rose"); one that resumes after the cue and closes the sentence ("The plan, she said, will
  fail") is hers on both sides and stays.

Only the writer's words are read: a content with a quotation mark in it is left as it is (a quotation split by its
trailer is one content by design). Tables of tests: ``tests/test_crossed_trailers.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import _trimmed_end
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span, trimmable_span
from sayso.nlp.extract.quote_marks import QUOTE_MARKS, TYPEWRITER_MARKS
from sayso.nlp.extract.quotes import QuoteIndex

# words that join the clause after a trailer to the one before it: not the second speaker's words
_JOINING = frozenset({"and", "but", "while", "whilst", "whereas", "yet", "although", "though"})
# an inner trailer of the narrator ("He asked if I was OK, I said, and then he left, she testified"): the cue's own
# speaker quoting herself without quotation marks, not another speaker
_NARRATORS = frozenset({"i", "we"})
# what closes a trailer that ends a sentence or a clause
_CLOSERS = frozenset({",", ".", ";", "!", "?"})
_QUOTE_MARKS = frozenset(QUOTE_MARKS.replace("'", "")) | frozenset(TYPEWRITER_MARKS)


def trailer_commas(verb: Token, speech: frozenset[str], closers: frozenset[str] = frozenset({","})) -> tuple[Token, Token] | None:
    """The commas around a trailer ", <subject> <verb of saying>," (``speech`` lemmas), or None: the subject the verb's
    own, right before it, a comma before the subject and one right after the verb ("the Post reported,"), or another
    of ``closers`` (a sentence's end: ", the Globe reported.")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in speech:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None or subject.right_edge.i != verb.i - 1 or subject.left_edge.i == 0:
        return None
    doc = verb.doc
    before, after = doc[subject.left_edge.i - 1], doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if before.text != "," or after is None or after.text not in closers:
        return None
    return before, after


def _writers_words(span: Span, quotes: QuoteIndex) -> bool:
    return not any(t.text in _QUOTE_MARKS or quotes.containing(t.idx) is not None for t in span)


def _clause_opens(doc: Doc, start: int, end: int) -> Token | None:
    """The first word of a clause with a subject of its own that opens at token ``start`` and whose verb comes before
    token ``end``, a joining word before it skipped ("while in Boston a vigil opened": "in"), or None; the rest of a
    clause opened before ``start`` ("will be close, and the bill will pass") is none."""
    first = start
    while first < end and doc[first].lower_ in _JOINING:
        first += 1
    if first >= end:
        return None
    for t in doc[first:end]:
        verb = t.head
        if t.dep_ in SUBJECTS and verb.pos_ in ("VERB", "AUX") and first <= verb.i < end \
                and start <= verb.left_edge.i <= first:
            return doc[first]
    return None


def after_crossed_trailer(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                          speech: frozenset[str]) -> Content:
    """A trailer cue's content starts after the last other trailer inside it that a clause of its own follows
    ("..., the Post reported, while in Boston a vigil opened with a prayer, the Globe reported": "in Boston ...")."""
    span = trimmable_span(doc, content)
    own = trailer_commas(token, speech, _CLOSERS) if span is not None and token.idx >= content.end else None
    if own is None or not _writers_words(doc[span.start:own[0].i], quotes):
        return content
    for t in reversed(span[2:]):
        commas = trailer_commas(t, speech)
        if t.i == token.i or commas is None or _narrators_trailer(t):
            continue
        if commas[1].i >= span.end - 1:
            # the other trailer closes the content ("..., KING-TV reported"): the clause between it and the cue's
            # own trailer is the cue's ("while in Chicago the parade began ...")
            first = _clause_opens(doc, commas[1].i + 1, own[0].i)
            if first is None:
                return content
            end = _trimmed_end(quotes.text, first.idx, own[0].idx)
            return content._replace(start=first.idx, end=end) if end > first.idx else content
        first = _clause_opens(doc, commas[1].i + 1, span.end)
        return content._replace(start=first.idx) if first is not None else content
    return content


def before_next_trailer(content: Content, token: Token, doc: Doc, quotes: QuoteIndex,
                        speech: frozenset[str]) -> Content:
    """A content that holds its own trailer, then a clause of its own, then another's trailer, ends before its own
    ("Sales rose, the chairman said, but profits fell, the finance chief added": "Sales rose"). A trailer right after
    the cue's ("The talks failed, the envoy said, the agency reported") is a report of the report and stays."""
    span = content_span(doc, content) if not content.quote else None
    if span is None or not span.start < token.i < span.end:
        return content
    own = trailer_commas(token, speech)
    if own is None or not _writers_words(span, quotes):
        return content
    if _clause_opens(doc, span.start, own[0].i) is None:
        return content  # "The vote, the aide said, will be close": no clause of the speaker's before the trailer
    other = _another_trailer(doc, own[1].i + 1, span.end, speech)
    if other is None or _clause_opens(doc, own[1].i + 1, other.i) is None:
        return content
    cut = _trimmed_end(quotes.text, content.start, own[0].idx)
    return content._replace(end=cut, parts=()) if cut > content.start else content


def _narrators_trailer(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS and c.lower_ in _NARRATORS for c in verb.children)


def _another_trailer(doc: Doc, start: int, end: int, speech: frozenset[str]) -> Token | None:
    """The opening comma of a trailer (", the finance chief added") among tokens ``start``..``end`` or right after
    them, else None."""
    for t in doc[start:min(len(doc), end + 8)]:
        commas = trailer_commas(t, speech, _CLOSERS)
        if commas is not None and start < commas[0].i <= end:
            return commas[0]
    return None
