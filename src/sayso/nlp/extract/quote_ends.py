"""A quotation before its speaker ends the content at its closing mark: a pure trim of a chosen content.

'"We have found the smoking gun," investigating board member Scott Hubbard said.': the parse hangs "investigating"
on the quotation's verb (a participle), and the content took it; it opens the speaker's name (wire audit: content
bounds). Tests: ``tests/test_quote_ends.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import _trimmed_end
from sayso.nlp.extract.dep_labels import subject_of
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex


def without_speakers_first_words(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """A content that opens a quotation closed inside it ends at the closing mark when every word after the mark
    runs straight into the cue's subject, after it in the text ('"...," investigating board member Scott Hubbard
    said': "investigating" is the start of the name).

    Kept: words after the mark that do not run into the subject ('"We won," Smith said, standing': the subject's
    phrase comes first), a quotation not at the content's start, a quotation left open, and a subject before the
    quotation."""
    span = content_span(doc, content)
    subject = subject_of(token)
    if span is None or subject is None or subject.i < span.end:
        return content
    opening = quotes.containing(content.start)
    if opening is None or not opening.closed or opening.end >= content.end or content.start > opening.inner_start:
        return content
    after = [t for t in span if t.idx >= opening.end and not t.is_punct]
    if not after or span.end >= len(doc) or span.end != subject.left_edge.i:
        return content
    end = _trimmed_end(quotes.text, content.start, opening.inner_end)
    return content._replace(end=end) if end > content.start else content
