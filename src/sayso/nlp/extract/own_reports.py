"""The outlet pointing at its own earlier reporting: "As we previously reported, ...", "as we noted last week",
"we told you on Monday that ...", "As we previously reported:" over a paragraph. No one is cited; the writer
vouches for the claim in its own voice.

Blind audit 20 judged every such row wrong (a self-citation is not a borrowed claim), and PolNeAR train holds
no attribution with "we" for a publishing outlet's source. An outlet named in the third person ("As The
Huffington Post previously reported", "first reported by The Washington Post") stays: PolNeAR marks it, and
a reader cannot tell it from another outlet's report. The writer's "I" is ``non_statements.authors_own_voice``'s
case, and so are "we believe", "we found". Pure, the Doc is not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.non_statements import in_writers_text
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

# verbs of publishing: what an outlet does with a story ("we reported", "we revealed", "as we have noted",
# "we told you", "as we detailed")
PUBLISHING = read_words("publishing_verbs.txt")


def publishing_we(token: Token, subject: Token | None) -> bool:
    """The cue ``token`` is a verb of publishing whose subject is the plural pronoun "we" ("our team reported"
    names people of the outlet, "I reported" the writer's own piece)."""
    if subject is None or subject.pos_ != "PRON" or subject.lower_ != "we":
        return False
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in PUBLISHING


def outlets_own_report(token: Token, content: Content, subject: Token | None, quotes: QuoteIndex) -> bool:
    """The outlet's "we" publishing, in the writer's voice: "As we previously reported, the mayor resigned",
    "In March, we reported that ...", "As we previously reported:" and a paragraph. Kept: a "we" inside a
    quotation ("“As we reported to the board, revenue fell,” Smith said"), in a letter, in a paragraph of a
    quotation left open, in a clause someone else reports ("Smith said that, as we reported, ...")."""
    if not publishing_we(token, subject):
        return False
    assert subject is not None
    return in_writers_text(token, subject, quotes, (content.start, content.end))


# verbs by which a writer points at its own earlier words: "As I've said before", "As I wrote elsewhere", "I warned"
_SAYING_AGAIN = PUBLISHING | frozenset({"say", "warn", "argue", "predict", "point"})
# adverbs that send the reader to the writer's earlier text: "said before", "wrote elsewhere", "noted previously"
_BACK_ADVERBS = frozenset({"before", "elsewhere", "previously"})
# the writer's own pieces it points at: "what I warned about in my book", "As I wrote in my October 11 article"
_OWN_WRITINGS = frozenset({"book", "article", "column", "piece", "post", "essay", "blog", "op-ed", "report"})


def writers_earlier_words(token: Token, content: Content, subject: Token | None, quotes: QuoteIndex) -> bool:
    """The writer's "I" pointing at its own earlier words, outside any quotation: "As I've said before, I don't
    support Kavanaugh's appointment", "As I wrote elsewhere, ... “the US bishops gave themselves a pass”", "I wrote
    at the time, “Alex Jones is just the beginning of this purge.”" (PTC blind audits 29, 41, 50 judged each the
    writer's voice). The quotation is the writer's own, so it is no borrowed claim either. Kept: an "I" with no
    pointer back ("I said, “Mom, ...”": a memoir's narrated speech), "Earlier today I wrote: “...”" (a time, not
    a pointer to other writing; judged partly right), an "I" in a quotation, a letter or someone else's paragraph
    (``in_writers_text``)."""
    if subject is None or subject.pos_ != "PRON" or subject.lower_ != "i":
        return False
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _SAYING_AGAIN:
        return False
    if not any(_points_back(c) for c in token.children):
        return False
    return in_writers_text(token, subject, quotes, _aside_range(token) or (content.start, content.end))


def _aside_range(token: Token) -> tuple[int, int] | None:
    """ "As I wrote elsewhere, most Catholics know ... that “...”": the "as" aside hangs on the clause it comments;
    that clause (its characters) is the writer's, not a report of the writer (``reported_by_other``)."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return None
    head = token.head
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge)


def _points_back(child: Token) -> bool:
    """ "before", "elsewhere", "previously", "at the time", "in my book" / "in my October 11 article": a pointer to
    what was written earlier."""
    if child.dep_ == "advmod" and child.lower_ in _BACK_ADVERBS:
        return True
    if child.dep_ == "prep" and child.lower_ == "in":
        return any(g.dep_ == "pobj" and g.lemma_.lower() in _OWN_WRITINGS
                   and any(d.dep_ == "poss" and d.lower_ in ("my", "our") for d in g.children) for g in child.children)
    return child.dep_ == "prep" and child.lower_ == "at" and any(
        g.dep_ == "pobj" and g.lower_ == "time" and any(d.lower_ == "the" for d in g.children) for g in child.children)
