"""Hedges and scare quotes: pure functions of the text, the quotes and the attributions.

A hedge ("reportedly", "it appears", "allegedly") is linked to the attribution it
qualifies: the one whose content holds it, else the nearest cue in its sentence.
A quotation that is neither an attribution's content nor inside one, and reads as a
word or phrase rather than speech ("another “atrocity”", "the “Assad is gassing his own
people” card"), is a scare quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.dep_labels import COMPLEMENT_CLAUSES
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.language import reads_as_english
from sayso.nlp.extract.lexicon import Lexicon, load_lexicon
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE
from sayso.nlp.extract.quote_uses import (
    clipped_quotation,
    ironic_lead,
    is_title,
    named_thing,
    quoting_word_before,
    someones_words,
)
from sayso.nlp.extract.quotes import Quote, QuoteIndex, is_nominal_quote
from sayso.nlp.extract.source_types import phrase_regex

SCARE_MAX_WORDS = 8


class FoundMarker(NamedTuple):
    type: str
    label: str
    start: int
    end: int
    attribution: int | None  # index into the found attributions


class ContentIndex:
    """Which attributions' contents hold a position, and which cues lie in a range: O(log n)."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.found = found
        self._by_start = sorted(range(len(found)), key=lambda i: found[i].content[0])
        self._starts = [found[i].content[0] for i in self._by_start]
        self._max_end: list[int] = []
        best = -1
        for i in self._by_start:
            best = max(best, found[i].content[1])
            self._max_end.append(best)
        self._by_cue = sorted(range(len(found)), key=lambda i: found[i].cue[0])
        self._cues = [found[i].cue[0] for i in self._by_cue]

    def holding(self, pos: int) -> list[int]:
        """Indices of the attributions whose content holds ``pos``."""
        out = []
        k = bisect_right(self._starts, pos) - 1
        while k >= 0 and self._max_end[k] > pos:
            i = self._by_start[k]
            if self.found[i].content[1] > pos:
                out.append(i)
            k -= 1
        return out

    def starting_in(self, start: int, end: int) -> list[int]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self._by_start[k] for k in range(lo, hi)]

    def cues_in(self, start: int, end: int) -> list[int]:
        lo, hi = bisect_left(self._cues, start), bisect_left(self._cues, end)
        return [self._by_cue[k] for k in range(lo, hi)]


def find_hedges(doc: Doc, found: Sequence[Found], lexicon: Lexicon, index: ContentIndex | None = None) -> list[FoundMarker]:
    out: list[FoundMarker] = []
    if not lexicon.hedges:
        return out
    index = index or ContentIndex(found)
    for m in phrase_regex(lexicon.hedges).finditer(doc_text(doc)):
        s, e = m.start(), m.end()
        out.append(FoundMarker("hedge", m.group(0).lower(), s, e, _hedged_attribution(doc, s, index)))
    return out


def _hedged_attribution(doc: Doc, at: int, index: ContentIndex) -> int | None:
    found = index.found
    inside = index.holding(at)
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return min(inside, key=lambda i: found[i].content[1] - found[i].content[0]) if inside else None
    sent = span.sent
    # a hedge on the attribution itself ("reportedly said", "it appears X confirmed"): a cue
    # in the hedge's sentence, not itself inside a content that leaves the hedge out, whose
    # clause the hedge is in ("He allegedly threatened her, and prosecutors said ..." hedges
    # the threat, not what prosecutors said)
    holding_hedge = set(inside)
    clause = hedge_clause(span)
    same = [
        i for i in index.cues_in(sent.start_char, sent.end_char)
        if i not in holding_hedge and all(j in holding_hedge for j in index.holding(found[i].cue[0]))
        and qualifies_cue(clause, doc[found[i].cue_head])
    ]
    if same:
        return min(same, key=lambda i: abs(found[i].cue[0] - at))
    if inside:
        # the innermost content holding the hedge
        return min(inside, key=lambda i: found[i].content[1] - found[i].content[0])
    return None


def hedge_clause(span: Span) -> Token:
    """The verb heading the clause a hedge sits in: "reportedly" -> "said", "Unconfirmed reports" -> "said"."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def qualifies_cue(clause: Token, cue: Token) -> bool:
    """Does a hedge whose clause is headed by ``clause`` qualify the cue ``cue``?

    Its own clause ("reportedly said"), the clause the cue's clause completes ("it appears
    that X confirmed", "seems to believe"), or a cue word of that clause ("a purported
    statement said"). A hedge in another clause of the sentence qualifies that clause.
    """
    if cue.i == clause.i or cue.head.i == clause.i and cue.dep_ in COMPLEMENT_CLAUSES:
        return True
    return cue.head.i == clause.i and cue.pos_ in ("NOUN", "PROPN") or cue.text == ":"


_CLAUSE_HINT = re.compile(r"[.!?]$")


_WORD = re.compile(r"[^\W_]")  # a letter or digit
_LATIN = re.compile(r"[A-Za-z]")
def partial_quotation(doc: Doc, q_start: int, found: Sequence[Found], index: ContentIndex, text: str) -> bool:
    """The words of a named speaker quoted inside the writer's sentence, not the writer's distance.

    "warning of “dangerous consequences”", "called it an “extremely adverse development”",
    "Netanyahu cheered the “historic” move": the sentence holds a cue, or a quoting word
    stands right before the quotation.
    """
    if quoting_word_before(text, q_start):
        return True
    span = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span.sent
    return bool(index.cues_in(sent.start_char, sent.end_char))


def find_scare_quotes(doc: Doc, quotes: QuoteIndex, found: Sequence[Found], index: ContentIndex | None = None,
                      headings: Sequence[tuple[int, int]] = (), *, lexicon: Lexicon | None = None) -> list[FoundMarker]:
    """Quotations by which the writer distances itself from a word; not titles, names, headings or
    a speaker's words. None in a text that does not read as English: the rules read English."""
    out: list[FoundMarker] = []
    index = index or ContentIndex(found)
    lexicon = lexicon or load_lexicon()
    text = quotes.text or doc_text(doc)
    if not reads_as_english(text):
        return out
    for q in quotes:
        if any(s <= q.start < e for s, e in headings):
            continue  # a quoted heading ("“The Gordon problem”") is a heading
        if any(q.end <= found[i].content[1] + 1 for i in index.holding(q.start)):
            continue  # part of what someone said: "Trump said the probe was a “witch hunt”" (their word)
        if any(found[i].content[1] <= q.end for i in index.starting_in(q.start, q.end + 1)):
            continue  # it is (or holds) an attribution's content: speech
        inner = text[q.inner_start:q.inner_end].strip()
        words = len(inner.split())
        if not _WORD.search(inner) or not _LATIN.search(inner):
            continue  # only punctuation inside, or a word of another script (no English word to keep at a distance)
        if words == 0 or words > SCARE_MAX_WORDS or _CLAUSE_HINT.search(inner.rstrip(CLOSING_QUOTES_AND_APOSTROPHE)):
            continue
        if inner.endswith(","):
            continue
        if not ironic_lead(text, q.start) and not_the_writers(doc, q, text, found, index, lexicon):
            continue
        out.append(FoundMarker("scare_quote", inner, q.start, q.end, None))
    return out


def not_the_writers(doc: Doc, q: Quote, text: str, found: Sequence[Found], index: ContentIndex, lexicon: Lexicon) -> bool:
    """A title or name ("War & Peace", a “green shoe” option) or someone's words in the writer's sentence."""
    inner = text[q.inner_start:q.inner_end].strip()
    if is_title(inner, text, q.start) or named_thing(text, q.start, q.end) or quoting_word_before(text, q.start):
        return True
    if someones_words(doc, q.inner_start, q.inner_end, lexicon) or clipped_quotation(doc, q.inner_start, q.inner_end):
        return True
    return not is_nominal_quote(text, q) and partial_quotation(doc, q.start, found, index, text)


def nested_via(found: Sequence[Found], index: ContentIndex | None = None) -> list[int | None]:
    """For each attribution, the innermost other attribution whose content holds its cue."""
    index = index or ContentIndex(found)
    via: list[int | None] = []
    for i, f in enumerate(found):
        own = f.content[1] - f.content[0]
        holders = [j for j in index.holding(f.cue[0]) if j != i and found[j].content[1] - found[j].content[0] > own]
        via.append(min(holders, key=lambda j: found[j].content[1] - found[j].content[0]) if holders else None)
    return acyclic(via)


def acyclic(via: Sequence[int | None]) -> list[int | None]:
    """``via`` with every cycle broken: a chain is a path, never a loop (the report, its
    diagram and ``Report.chain`` walk it). The link that closes a cycle is dropped."""
    out = list(via)
    state = [0] * len(out)  # 0 unseen, 1 on the current walk, 2 done
    for start in range(len(out)):
        walk, node = [], start
        while node is not None and 0 <= node < len(out) and state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = out[node]
        if node is not None and 0 <= node < len(out) and state[node] == 1:
            out[walk[-1]] = None  # the last step came back onto this walk
        elif node is not None and not 0 <= node < len(out):
            out[walk[-1]] = None  # points outside: no such attribution
        for n in walk:
            state[n] = 2
    return out
