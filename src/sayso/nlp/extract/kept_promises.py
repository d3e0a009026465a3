"""A promise kept or broken: the time it was kept is the writer's, not what was promised.

"The nominee made good on a promise to give $1 million to a veterans charity only after intense media scrutiny": the
cue is the noun "promise", the object of an act of keeping it ("made good on", "kept", "broke": resources
``fulfilment_verbs.txt``), and its content the infinitive after it. The parse hangs the closing phrase of time
("only after intense media scrutiny", "just before the election") on the infinitive, but with its focus word it
tells when the promise was kept or broken: the writer's account of the deed. The content stops
before it (blind audit p85: content_wrong).
Tests: ``tests/test_kept_promises.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.resource_files import read_words

_FULFILMENT_VERBS = read_words("fulfilment_verbs.txt")
_TIME_WORDS = read_words("circumstance_subordinators.txt") | {"following"}
_FOCUS = frozenset({"only", "just", "not", "even", "finally", "shortly", "soon", "immediately"})


def kept_by(token: Token) -> Token | None:
    """The verb of keeping or breaking that takes the cue noun ``token`` as its object ("kept his promise", "made
    good on a promise", "reneged on her pledge"), or None. "make" only with "good" ("made a promise" is the
    promising itself)."""
    if token.pos_ != "NOUN":
        return None
    verb = token.head if token.dep_ == "dobj" else None
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _FULFILMENT_VERBS:
        return None
    if verb.lemma_.lower() == "make" and not any(c.lower_ == "good" for c in verb.children):
        return None
    return verb


def without_time_of_keeping(content: Content, token: Token, doc: Doc) -> Content:
    """The content of a promise noun kept or broken (``kept_by``) ends before a phrase or clause of time that closes
    it, opened by "after", "before", "until", "when", "once", "following" with a focus word before it ("only",
    "just", "not", "shortly", ...): "kept his promise to cut taxes only after the election" -> "to cut taxes". The
    focus word ties the time to the keeping; a bare time phrase is left, for it is as often what was promised
    ("kept his promise to withdraw the troops before the election", "broke its promise to keep the plant open until
    2025"). A time phrase inside the content ("a promise to cut taxes after the election and to ...") is left, as is
    a content of any other cue ("promised to cut taxes after the election": the speaker's own timing) and a
    quotation."""
    if content.quote or content.parts or kept_by(token) is None:
        return content
    span = content_span(doc, content)
    if span is None or span.start <= token.i:
        return content
    for word in span:
        if word.lower_ not in _TIME_WORDS or word.dep_ not in ("prep", "mark", "advmod") or word.i == span.start:
            continue
        adjunct = word if word.dep_ == "prep" else word.head
        if adjunct.i < span.start or adjunct.right_edge.i < span.end - 1 - _trailing_punct(span):
            continue  # not the content's closing words
        first = word.left_edge if word.dep_ == "prep" else adjunct.left_edge
        if first.i > span.start and doc[first.i - 1].lower_ in _FOCUS:
            first = doc[first.i - 1]  # "only" the parse hung elsewhere
        if first.lower_ not in _FOCUS:
            return content  # "kept his promise to withdraw the troops before the election", "to keep the plant open
            # until 2025": the time may be what was promised
        last = doc[first.i - 1]
        while last.i > span.start and last.is_punct:
            last = doc[last.i - 1]
        if last.i <= span.start:
            return content
        return content._replace(end=last.idx + len(last))
    return content


def _trailing_punct(span) -> int:  # noqa: ANN001
    n = 0
    for t in reversed(span):
        if not t.is_punct:
            break
        n += 1
    return n
