"""A shopping or review page's heading run into the name that opens the next line: pure functions of the tokens.

Deal and review pages set a short bold heading over each item ("Stadia Offer", "Best Overall", "Editor's Pick",
"Galaxy Buds Deal"); text extraction may run it into the sentence under it, so that the parse and NER read
"Best Overall Sony says ...", "Editor's Pick Apple says ..." or "PlayStation Plus Deal Sony says ..." as one
name. A reader sees the heading and then "Sony", "Apple": the heading is no part of who speaks.

A heading is told by a word of the trade's headings (``HEADING_WORDS``: "Deal", "Offer", "Pick", "Overall",
"Verdict", ...) among the capitalised words that open a line, with at least one capitalised word before it (a
heading names the item: "Stadia Offer") and one after it (the name it ran into). A name that holds such a word
mid-line ("the Fair Deal Coalition said"), or that opens with it ("Sale Sharks said"), stays whole; "Best" and
"Top" are no heading words ("Best Buy", "Top Rank"); a headline's line is left alone ("Trump Picks Kavanaugh for
Supreme Court": its capitals are the headline's, and the heading word a verb).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from sayso.nlp.extract.inverted_cues import title_line
from sayso.nlp.extract.resource_files import read_words

HEADING_WORDS = read_words("heading_words.txt")


def _line_start(token: Token) -> bool:
    doc = token.doc
    return token.i == 0 or "\n" in doc[token.i - 1].text_with_ws


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit() or token.lower_ in ("'s", "’s", "&")


# words that make a name of "Deal" ("the New Deal", "a Fair Deal", "Square Deal"): no heading
_NAMED_DEALS = frozenset({"new", "fair", "square", "raw", "real"})


def heading_end(words: Sequence[Token]) -> int:
    """How many of ``words`` (a name's tokens, in order) are a heading run into it: the words up to the last heading
    word, when they and the capitalised words before them on the line open that line; 0 when there is none. NER
    may start the name inside the heading ("Editor's Pick Apple": "Pick Apple")."""
    if not words:
        return 0
    first = words[0]
    while not _line_start(first) and _capitalised(first.doc[first.i - 1]):
        first = first.doc[first.i - 1]
    if not _line_start(first) or first.lower_ in ("the", "a", "an") or title_line(first):
        return 0  # a headline's words are the headline's ("Trump Picks Kavanaugh for Supreme Court")
    run = [*first.doc[first.i:words[0].i], *words]
    end = 0
    for k in range(1, len(run) - 1):
        if not _capitalised(run[k - 1]) or not _capitalised(run[k]):
            break
        if run[k].lower_ in HEADING_WORDS and run[k].pos_ != "VERB" and run[k + 1].text[:1].isupper() and run[k + 1].is_alpha \
                and not (run[k].lower_ in ("deal", "deals") and run[k - 1].lower_ in _NAMED_DEALS):
            end = k + 1
    return max(0, end - (len(run) - len(words)))


def without_heading(ent: Span) -> Span:
    """The entity without a heading NER ran into it ("Best Overall Sony" -> "Sony"), its label kept."""
    cut = heading_end(list(ent))
    return ent if not cut else Span(ent.doc, ent.start + cut, ent.end, label=ent.label_)


def words_without_heading(words: list[Token]) -> list[Token]:
    """A source mention's tokens without a heading run into it ("Galaxy Buds Deal Samsung" -> "Samsung")."""
    return words[heading_end(words):]
