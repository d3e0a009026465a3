"""A content before its cue ends before the speaker's title the parse ran into it (blind audit 65, S97).

"The federal government intends to introduce legislation ... that will ban unsolicited commercial e-mail, the
Minister for Communications and Information Technology, Senator Richard Alston announced today": the parse hangs
"the Minister for ..." on the reported clause, and the content ran on into it; it is the title of the speaker named
right after it. ``without_speakers_title`` cuts a tail of ", the" and a capitalised title with no verb in it, when
only a comma and the speaker's name stand between it and the cue.

Kept: a tail with a verb ("..., the Minister said was wrong"), a tail in lower case ("..., the minister's plan"),
a content after its cue, a quotation, and a name that does not follow the tail.
Table of tests: ``tests/test_title_tails.py``. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.resource_files import read_words

# a title: "the Minister for ...", "the Secretary", "the FCC Chairman", "the Speaker"
_TITLES = read_words("person_roles.txt") | frozenset({"speaker"})


def without_speakers_title(content: Content, token: Token, doc: Doc) -> Content:
    """``content`` less a trailing ", the <Title> ..." that is the title of the speaker named between it and the
    cue ("..., the Minister for Communications, Senator Richard Alston announced")."""
    if content.quote or content.kind in QUOTE_KINDS or content.parts or content.end > token.idx:
        return content
    span = content_span(doc, content)
    if span is None or len(span) < 6:
        return content
    commas = [t for t in span if t.text == ","]
    if not commas:
        return content
    comma = commas[-1]
    tail = doc[comma.i + 1:span.end]
    if len(tail) < 2 or len(tail) > 12 or tail[0].lower_ != "the" or not tail[1].text[:1].isupper():
        return content
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in tail):
        return content
    # "the Salvation Army", "the United Kingdom": a list's item, no title; "Jane Doe, the Deputy Secretary of State":
    # the title of a person the content names
    if not any(t.lower_ in _TITLES for t in tail) or doc[comma.i - 1].ent_type_ == "PERSON":
        return content
    between = doc[span.end:token.i]  # ", Senator Richard Alston" (and an adverb: "also")
    words = [t for t in between if not t.is_punct]
    if not between or between[0].text != "," or not words or words[0].pos_ != "PROPN" \
            or any(t.pos_ not in ("PROPN", "ADV") for t in words):
        return content
    end = comma.idx
    return content._replace(end=end) if end > content.start else content
