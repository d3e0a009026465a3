"""A quoted clause the parse ran on into the writer's clause of circumstance is no content of its own (pure).

'The crowd chanted "Lock her up" as Trump spoke', 'The officer yelled "Drop the weapon" before firing': the
quotation's first word heads a clause of the cue (an imperative read as ``xcomp``, "I love you" as ``ccomp``),
and the parse hung the writer's "as Trump spoke" on that clause's verb. The clause's words then ran from inside
the quotation over its closing mark to the end of the sentence: a content that lost its opening mark and took
the time of the chant for what was chanted (or, with the circumstance filter, no attribution at all). The
quotation alone is what was said; the clause is left out and the quotation candidate stands.

Kept: a clause that does not open right inside a quotation ('said the plan was "dead" because ...'), a
quotation that does not open right after the cue (another speaker's words may come between: 'concludes with
footage of Trump saying, "That makes me smart," when ...'), a clause of circumstance that quotes the speaker
too ('says "the game is screwed up" because "football has become soft"': a mixed content), a quotation not closed, and words after the closing mark that are no clause of circumstance ('urged "restraint"
in the coming days'). Only a clause of the time of saying told in the writer's past counts: a condition, reason
or limit after a quotation is often the speaker's own ('said "we will strike" unless the offer improves', 'said "we
will not stop" until every vote is counted', 'said "rates will rise" when inflation picks up'), and cutting it
puts an unconditional claim in the speaker's mouth. Tables of tests: ``tests/test_quoted_run_ons.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.quotes import Quote, QuoteIndex

# The subordinators of the time of saying ("as Trump spoke", "while the owner looked on", "when asked", "before
# firing"); not the reasons, conditions and limits of ``circumstance_subordinators.txt`` (because, unless, until,
# once, although, so, where ...), which after a quotation are as often the speaker's own.
_TIME_MARKS = frozenset({"as", "while", "whilst", "when", "whenever", "before", "after"})
# A verb or auxiliary in the present or future: the circumstance is the speaker's frame, not the writer's narration.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PRESENT_MODALS = frozenset({"will", "shall", "can", "may", "must", "'ll", "wo", "ca"})


def clause_run_past_quote(clause: Token, quotes: QuoteIndex) -> bool:
    """Whether ``clause`` (a clause child of a cue) opens with the first word inside a closed quotation after the
    cue and its words run past the closing mark into the writer's clause of the time of saying that the parse hung
    on it (``run_on_quote``)."""
    return run_on_quote(clause, quotes) is not None


def run_on_quote(clause: Token, quotes: QuoteIndex) -> Quote | None:
    """The quotation ``clause`` (a clause child of a cue) opens right inside, where its words run past the closing
    mark into the writer's clause of the time of saying ("as", "while", "when", "before", "after" with a verb in the
    past or a participle); else None."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return None
    quote = quotes.containing(words[0].idx)
    if quote is None or not quote.closed or quote.inner_start != words[0].idx or not _right_after(clause.head, quote.start):
        return None
    after = [t for t in words if t.idx >= quote.end]
    if not after or quotes.overlapping(quote.end, after[-1].idx + len(after[-1].text)):
        return None  # 'says “the game is screwed up” because “football has become soft”': the speaker's words too
    return quote if _circumstance_opening(after[0], quote.end) else None


def _right_after(cue: Token, opening: int) -> bool:
    """The quotation opens right after the cue, a comma or a colon between at most ('chanted "Lock her up"'); one
    further on is another speaker's ('concludes with footage of Trump saying, "That makes me smart," when ...')."""
    end = cue.idx + len(cue.text)
    return end <= opening and not doc_text(cue.doc)[end:opening].strip(" ,:")


def _circumstance_opening(mark: Token, closing: int) -> bool:
    """``mark`` opens the writer's clause of the time of saying after the closing mark: the subordinator of an
    adverbial clause told in the past ("as Trump spoke", "when asked"; not "when inflation picks up", "before the
    winter comes"), or "before"/"after" before a participle ("before firing", read as ``prep`` + ``pcomp``)."""
    if mark.lower_ not in _TIME_MARKS:
        return False
    if mark.dep_ in ("mark", "advmod"):
        verb = mark.head
        return verb.dep_ == "advcl" and verb.idx >= closing and not _present(verb)
    return mark.lower_ in ("before", "after") and mark.dep_ == "prep" \
        and any(c.dep_ in ("pobj", "pcomp") and c.tag_ == "VBG" for c in mark.children)


def _present(verb: Token) -> bool:
    """The clause's finite word is in the present or future ("picks up", "is counted", "will come"; not "spoke",
    "were asked", "could finish")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = auxes[0] if auxes else verb
    return finite.tag_ in _PRESENT_TAGS or finite.lower_ in _PRESENT_MODALS
