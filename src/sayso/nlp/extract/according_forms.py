"""Forms of "according to" a reader accepts that the parse reads wrong: pure functions.

- "That's according to a new survey from Pew.": the demonstrative points back; what the
  survey says is the sentence before, not "That's" (``content_pointed_back``).
- "New York, NY – Local newsrooms lost a quarter ..., according to analysis from Poynter":
  the dateline opening the line is the story's place, not part of what Poynter found
  (``without_dateline``, for any content that opens its line).
- "according to analysis from Poynter", "according to research by Harvard": a finding with
  its issuer named is cited, although the noun has no article; "according to plan",
  "according to tradition" stay out (``issued_finding``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.according_scope import according_sides, inside_clause
from sayso.nlp.extract.candidates import Content, char_range, trim_punct
from sayso.nlp.extract.datelines import dateline_dash
from sayso.nlp.extract.doc_text import doc_text

_POINTERS = frozenset({"that", "this"})
_BE = frozenset({"be", "'s", "’s", "is", "was"})
_ISSUERS = frozenset({"from", "by"})


def content_pointed_back(content: Content, token: Token, doc: Doc) -> Content:
    """ "That's according to a new survey from X": the previous sentence is the content.

    Only a bare demonstrative with "is" before "according to" points back ("That's", "This
    is", "That was"); "That figure is up 5%, according to X" has its own content. The
    sentence before must be in the same paragraph: across a blank line the pointer has
    nothing a reader would join it to.
    """
    if token.lower_ != "according" or content.kind != "according_before":
        return content
    words = [t for t in doc.char_span(content.start, content.end, alignment_mode="expand") or () if not t.is_punct]
    if not (1 <= len(words) <= 2 and words[0].lower_ in _POINTERS and all(t.lower_ in _BE for t in words[1:])):
        return content
    sent = token.sent
    if sent.start == 0:
        return content
    words_before = [t for t in doc[sent.start - 1].sent if not t.is_space]
    if not any(t.is_alpha for t in words_before):
        return content
    last = words_before[-1]
    if "\n\n" in doc_text(doc)[last.idx + len(last):sent.start_char]:
        return content
    end = last.idx if last.is_punct and last.text in ".!?" else last.idx + len(last)  # the sentence's own stop is not said
    start = words_before[0].idx
    return Content("according_before", start, end)


def without_dateline(content: Content, doc: Doc) -> Content:
    """A content that opens its line with a dateline ("New York, NY – ", "LONDON (Reuters) — ") starts after it
    (``dateline_dash``)."""
    if content.quote or content.parts:
        return content
    text = doc_text(doc)
    if content.start > 0 and text[content.start - 1] != "\n":
        return content
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return content
    dash = dateline_dash(span)
    if dash is None or dash.i + 1 >= span.end:
        return content
    return content._replace(start=doc[dash.i + 1].idx)


def issued_finding(pobj: Token, documents: frozenset[str]) -> bool:
    """ "according to analysis from Poynter", "according to research by two economists": a document
    noun with the one who issued it is a source, article or not."""
    return pobj.lemma_.lower() in documents and any(
        c.dep_ == "prep" and c.lower_ in _ISSUERS and any(p.dep_ == "pobj" for p in c.children) for c in pobj.children)


def whole_clause(content: Content, token: Token, doc: Doc) -> Content:
    """ "Fundraising, according to the campaign, has surged", "Other major cleavages, according to the poll,
    include ideology": a phrase inside its clause vouches for the words on both sides of it, the phrase
    left out (two parts). A phrase that opens or closes its clause, or that follows "and"
    (``according_scope``), keeps the one side it has."""
    if token.lower_ != "according" or content.kind not in ("according_before", "according_after") \
            or content.parts or content.quote:
        return content
    if not inside_clause(token):
        return content
    before, after = according_sides(token)
    b, a = char_range(before), char_range(after)
    if b is None or a is None:
        return content
    text = doc_text(doc)
    b, a = trim_punct(text, *b), trim_punct(text, *a)
    if content.kind == "according_before":
        b = (content.start, content.end)  # the side chosen keeps the edges it was given
    else:
        a = (content.start, content.end)
        b = (without_dateline(Content("according_before", *b), doc).start, b[1])
    if not (b[0] < b[1] <= token.idx and token.idx < a[0] < a[1]):
        return content
    return Content(content.kind, b[0], a[1], parts=(b, a))
