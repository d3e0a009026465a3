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
in the coming days'). Tables of tests: ``tests/test_quoted_run_ons.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

_CIRCUMSTANCE_MARKS = read_words("circumstance_subordinators.txt")


def clause_run_past_quote(clause: Token, quotes: QuoteIndex) -> bool:
    """Whether ``clause`` (a clause child of a cue) opens with the first word inside a closed quotation after the
    cue and its words run past the closing mark into a clause of circumstance the parse hung on it (opened by
    "as", "while", "when", "before", "after", "because" ...)."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return False
    quote = quotes.containing(words[0].idx)
    if quote is None or not quote.closed or quote.inner_start != words[0].idx or not _right_after(clause.head, quote.start):
        return False
    after = [t for t in words if t.idx >= quote.end]
    if not after or quotes.overlapping(quote.end, after[-1].idx + len(after[-1].text)):
        return False  # 'says “the game is screwed up” because “football has become soft”': the speaker's words too
    return _circumstance_opening(after[0], quote.end)


def _right_after(cue: Token, opening: int) -> bool:
    """The quotation opens right after the cue, a comma or a colon between at most ('chanted "Lock her up"'); one
    further on is another speaker's ('concludes with footage of Trump saying, "That makes me smart," when ...')."""
    end = cue.idx + len(cue.text)
    return end <= opening and not cue.doc.text[end:opening].strip(" ,:")


def _circumstance_opening(mark: Token, closing: int) -> bool:
    """``mark`` opens a clause of circumstance after the closing mark: the subordinator of an adverbial clause ("as
    Trump spoke"), or a preposition of time before a verb ("before firing", read as ``prep`` + ``pobj``)."""
    if mark.lower_ not in _CIRCUMSTANCE_MARKS:
        return False
    if mark.dep_ in ("mark", "advmod"):
        return mark.head.dep_ == "advcl" and mark.head.idx >= closing
    return mark.dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") and c.pos_ in ("VERB", "AUX") for c in mark.children)
