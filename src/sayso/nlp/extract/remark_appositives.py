"""A content ends before the writer's naming of the saying set after it: pure trims of a chosen content.

"Israel said all of Jerusalem is its capital, a claim not recognized internationally", "Iran announced that it
was moving ahead with enrichment — the sharpest response to date by the Islamic Republic", "He said he had found
the weapon and that it discharged by itself, both utterly unbelievable claims": a noun phrase set off by a comma
or a dash at the content's end, whose head names a remark or an act (``remark_nouns.txt``: claim, comment, move,
response, sign ...), stands in apposition to the whole saying. It is the writer's account of what was said, not
a word of it (blind audits 34 and 35: run_on). PolNeAR's gold contents end before it in about 9 of 10 cases.

Tables of tests: ``tests/test_remark_appositives.py``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.content_trails import last_word
from sayso.nlp.extract.filters import content_span, trimmable_span
from sayso.nlp.extract.lexicon import read_words
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_SEPARATORS = frozenset({",", "—", "–", "--"})
# what opens the phrase: an article, a quantifier or a demonstrative ("a claim", "both claims", "one more sign")
_OPENERS = frozenset({"a", "an", "the", "both", "one", "another", "this", "these", "those", "all"})


@cache
def remark_nouns() -> frozenset[str]:
    """``remark_nouns.txt``: read once."""
    return read_words("remark_nouns.txt")


def without_remark_appositive(content: Content, token: Token, doc: Doc, quotes: QuoteIndex) -> Content:
    """The content ends before a noun phrase of the writer's, set off by a comma or a dash at its end, whose head
    names a remark or an act (``remark_nouns``): ", a claim not recognized internationally", "— a move that may
    help trigger opposition", ", remarks that were featured on state news", ", both utterly unbelievable claims".

    The phrase must open with an article, a quantifier or a demonstrative, or be a plural noun with a clause of its
    own ("claims that the report could not corroborate"; "Nazi terms, ideas, and notions" is a list), and hold nothing outside its head's own words (no verb of its own: ", a claim
    that he denies" is the noun's relative clause; ", the claim is false" is a clause, kept). Kept: a phrase inside
    a quotation, a cue inside a quotation, a phrase that renames a noun of the same kind just before it ("rejected
    the proposal, a plan to cut taxes": the noun's own apposition) and any other noun ("said he would veto the
    bill, a measure that ..."; "met the governor, a former ally"), and a phrase that holds a name (a name left
    in the speaker's words is no antecedent of the next "he"; cut out, it would be one: NER may call a person an
    organisation, so any proper noun)."""
    span = trimmable_span(doc, content)
    if span is None or quotes.containing(token.idx) is not None:
        return content
    last = last_word(span)
    for t in span[3:]:
        if t.text not in _SEPARATORS or t.i + 1 > last.i:
            continue
        if quotes.containing(t.idx) is not None and not _closing_mark(doc[t.i + 1], quotes):
            continue
        after = t.i + 1
        if after < span.end - 1 and doc[after].is_quote:
            if not _closing_mark(doc[after], quotes):
                continue
            after += 1  # 'was a “loss,” another indication that ...': the quotation keeps its comma
        phrase = doc[after:last.i + 1]
        if quotes.overlapping(phrase.start_char, phrase.end_char) or not _remark_phrase(phrase):
            continue
        if t.sent.start != token.sent.start or phrase.end > t.sent.end:
            continue  # another sentence: a block after the cue's colon is the cited text's own words
        before = doc[t.i - 1]
        if before.lemma_.lower() in remark_nouns() or before.lower_ in remark_nouns():
            continue  # "rejected his claims, allegations that ...": the noun's own apposition
        if before.pos_ == "ADJ":
            continue  # "no specific, credible threats": one noun phrase, its adjectives set off by a comma
        if any(w.pos_ == "PROPN" for w in phrase) and not _writers_own_finding(phrase):
            continue  # "..., a swipe at the recent fights at some of Trump's rallies. He said": cut, the phrase
            # would set a name in the writer's text, for the next "he" to reach instead of the speaker
        cut = t.idx if after == t.i + 1 else doc[t.i + 1].idx + len(doc[t.i + 1])
        end = _trimmed_end(quotes.text, content.start, cut)
        if end > content.start:
            return content._replace(end=end)
    return content


def _closing_mark(mark: Token, quotes: QuoteIndex) -> bool:
    """``mark`` closes a quotation (the comma before it is the quotation's: 'a “loss,” another ...')."""
    return any(q.closed and q.end == mark.idx + len(mark) for q in quotes.overlapping(mark.idx, mark.idx + len(mark)))


# what opens a phrase that only the writer says: "another indication that ...", "yet another sign"
_WRITERS_OPENERS = frozenset({"another", "yet"})


def _writers_own_finding(phrase: Span) -> bool:
    """ "another indication that Google's efforts were clearly attempting to elect Clinton": opened by "another" or
    "yet", with a clause of its own on the noun: the writer's conclusion from the saying (blind audit 45: run_on),
    whatever names it holds."""
    head = next((w for w in phrase if w.pos_ == "NOUN"), None)
    return phrase[0].lower_ in _WRITERS_OPENERS and head is not None \
        and any(c.dep_ in ("acl", "relcl", "ccomp") for c in head.children)


def _remark_phrase(phrase: Span) -> bool:
    """``phrase`` is one noun phrase whose head names a remark: its opener (an article, a quantifier, a
    demonstrative, or the plural head itself with adjectives before it), then the head, every word of the phrase
    within the head's own subtree, and no finite verb outside a clause that hangs on the head."""
    head = next((w for w in phrase if w.pos_ == "NOUN"), None)
    if head is None or head.lemma_.lower() not in remark_nouns() or head.i > phrase.start + 4:
        return False
    listed = head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN")
    if listed or any(c.dep_ in ("cc", "conj") for c in head.children):
        return False  # "constitute Nazi terms, ideas, and notions": a list's next item, no apposition
    first = phrase[0]
    if first.lower_ not in _OPENERS and not (head.tag_ == "NNS" and all(
            w.pos_ in ("ADJ", "ADV") for w in phrase[:head.i - phrase.start])
            and any(c.dep_ in ("relcl", "acl") for c in head.children)):
        return False  # a bare plural only with a clause of its own: ", claims that the report could not corroborate"
    if any(w.pos_ in ("VERB", "AUX") and w.tag_ in FINITE_OR_MODAL_TAGS for w in phrase[:head.i - phrase.start]):
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "expl"):
        return False  # ", the claim is false": a clause of its own
    if _partitive(head):
        return False  # "would cost jobs, a number of them in rural areas": a share of what the content names
    inside = {w.i for w in head.subtree}
    return all(w.i in inside or w.is_punct for w in phrase)


def _partitive(head: Token) -> bool:
    """``head`` counts a share of something: "a number of ..." ("a number of them in rural areas"), or any head
    with "of" and a pronoun ("some of which", "one of them"): the phrase goes on with the content's own things."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        if head.lemma_.lower() == "number" or any(o.pos_ == "PRON" for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,;:–—-":
        end -= 1
    return end


# the complements that give what the cue takes before a second object could: "oppose cutting off funds",
# "said the plan works"
_FIRST_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj"})


def appositive_object(token: Token, content: Content, doc: Doc) -> bool:
    """The content is a noun phrase the parse made the cue's object though a comma sets it off after another of the
    cue's complements: "Americans overwhelmingly oppose cutting off federal funds for the clinics, a new poll finds,
    a debate that is likely to come to a head this week" (blind audit P79): the noun phrase is the writer's naming
    of what came before, in apposition to it, never what the cue takes; the complement before it is."""
    if content.quote or content.parts:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    root = span.root
    if root.dep_ != "dobj" or root.head.i != token.i or root.pos_ not in ("NOUN", "PROPN") or span.start < 1:
        return False
    if doc[span.start - 1].text not in (",", "—", "–"):
        return False
    return any(c.dep_ in _FIRST_COMPLEMENTS and token.i < c.i < root.i and c.right_edge.i < span.start
               and not _adjunct_between(doc[c.right_edge.i + 1:span.start - 1], token) for c in token.children)


def _adjunct_between(between: Span, cue: Token) -> bool:
    """A phrase of time or manner on the cue stands between its first complement and the noun phrase ("promised
    voters, once again, a referendum", "told the committee, under oath, the truth"): the noun phrase is a second
    object of the cue, not an apposition (", a new poll finds," or "judge him ready for office," is none)."""
    return any(t.dep_ in ("prep", "advmod", "npadvmod") and t.head.i == cue.i for t in between)
