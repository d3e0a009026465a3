"""A verb coordinated with the cue is the speaker's next act: a content ends before it (a pure function of the parse).

"Among those values is privacy, which Apple views as “a fundamental human right” and embeds into its products"
(wire page audit h32: run_on): "embeds" is Apple's next act, a conjunct of "views", not what Apple views privacy
as; the gap the relative clause leaves ran over it. ``coordinated_acts`` keeps such a conjunct from being a content
of its own; this keeps it out of a content that runs past it. Tables of tests: ``tests/test_cue_conjuncts.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.filters import unquoted_span
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.verb_tags import FINITE_TAGS

_CUT_BACK = frozenset({"cc", "punct"})


def without_cues_own_conjunct(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content in the writer's words ended before a verb conjunct of the cue ``token`` after it with no subject of
    its own and the cue's own finite form ("views ... and embeds"), inside the content after its first word (with the
    "and" and comma before it). Kept: a gerund the parse joined to a finite cue ("accused the utility of overkill and
    using blackouts as a crutch": a second charge, hung on "of" in the sentence's sense), a conjunct with a
    subject of its own (another clause: ``candidates`` leaves it out), a conjunct of the content's own verb ("said
    he would resign and leave the city"), a conjunct inside a quotation ('commented dryly, “Rejoice and be glad ...”',
    'charges that the Bible class “advances and endorses one religion, improperly entangles ...”': the speaker's
    words, whatever the parse hangs them on)."""
    span = unquoted_span(doc, content)
    if span is None:
        return content
    for t in span[1:]:
        if t.dep_ != "conj" or t.head.i != token.i or t.i < token.i or t.pos_ not in ("VERB", "AUX") \
                or t.tag_ != token.tag_ or token.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECTS for c in t.children):
            continue
        if quotes.containing(t.idx) is not None:
            continue  # 'charges that the class “advances and endorses one religion, improperly entangles ...”': quoted
        cut = t.left_edge.i
        while cut > span.start and doc[cut - 1].dep_ in _CUT_BACK and doc[cut - 1].head.i in (token.i, t.i) \
                and not doc[cut - 1].is_quote:
            cut -= 1
        if cut > span.start:
            return content._replace(end=doc[cut - 1].idx + len(doc[cut - 1]))
    return content
