"""The speaker's next act at a content's end, told by the writer (wire readers: content bounds, run_on).

``without_next_act``: the parse hangs a verb phrase after "and" on the content's verb, but the phrase is the
speaker's act, not what was said, when it has no subject of its own and

- a dash sets it off: "Gamarekian told The News she remembers only the woman's first name - and refused to reveal
  it" (the writer's turn to what she did; the cue's form, a past tense, after a content in another tense);
- it repeats the cue's own perfect: "Blair has said there is not a shred of truth in allegations ..., and has
  resisted calls for a full public inquiry" ("has resisted", like "has said", after a content verb with no "have").

Kept: a conjunct with its own subject ("said X, and Y has resisted"), one in another form than the cue's ("told
reporters he would resign - and leave the city", "has said the plan would work, and would have worked"), one
inside a quotation, a quotation or a content in parts, and a cue after the content.

Tables of tests: ``tests/test_next_acts.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.source_spans import DASHES


def without_next_act(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """``content`` ending before the speaker's next act (see the module), else ``content``."""
    if content.quote or content.parts or content.end <= token.idx or token.pos_ not in ("VERB", "AUX"):
        return content
    span = content_span(doc, content)
    if span is None or len(span) < 4:
        return content
    for t in span[2:]:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or not span.start <= t.head.i < t.i:
            continue
        if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children) or quotes.containing(t.idx) is not None:
            continue
        cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
        if cc is None or cc.i <= span.start:
            continue
        if not (_dashed_act(t, cc, token) or _repeated_perfect(t, cc, token)):
            continue
        cut = cc.i
        while cut > span.start and (doc[cut - 1].is_punct or doc[cut - 1].is_space) and not doc[cut - 1].is_quote:
            cut -= 1
        if cut > span.start:
            return content._replace(end=doc[cut - 1].idx + len(doc[cut - 1]))
    return content


def _dashed_act(verb: Token, cc: Token, cue: Token) -> bool:
    """ "... first name - and refused to reveal it": a dash right before the "and", the verb right after it, in the
    cue's past tense, joined to a content verb of another form."""
    doc = verb.doc
    return cc.i > 0 and doc[cc.i - 1].text in DASHES and verb.i == cc.i + 1 and verb.tag_ == "VBD" \
        and cue.tag_ == "VBD" and verb.head.tag_ != "VBD"


def _repeated_perfect(verb: Token, cc: Token, cue: Token) -> bool:
    """ "has said ..., and has resisted calls": the cue's own "have" (the same word) before a participle right after
    ", and", joined to a content verb with no "have" of its own."""
    doc = verb.doc
    have = _have(cue)
    mine = _have(verb)
    if have is None or mine is None or have.lower_ != mine.lower_ or verb.tag_ != "VBN":
        return False
    if cc.i < 1 or doc[cc.i - 1].text != "," or mine.i != cc.i + 1:
        return False
    return _have(verb.head) is None


def _have(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have"), None)
