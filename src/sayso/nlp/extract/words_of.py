"""A quotation led in by "in the words of X" or "in X's words": a pure function of the parse and the quotes.

"In the words of the governor: “We will not raise taxes.”" names its speaker in a
prepositional phrase, with no verb of saying for the cue model to score. The form is
unmistakable all the same: "in the words of" and a short noun phrase (or "in" and a
possessive before "words", "in his own words"), then a comma or colon and a quotation. The
quotation is the content, the noun phrase the source, "in the words of" the cue. A trailer
('"…," in the words of one aide') and a phrase with no quotation after it are left alone.

A sentence that opens with a possessive and a noun for what was said, then a colon and a quotation ("His
response: “I never took the money.”", "Trump's reply: “…”") is the same form: the possessor the source, the
noun the cue, the quotation the content (``_x_answer``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON", "ADP", "CCONJ"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})
_MAX_NP = 8


class WordsOf(NamedTuple):
    cue: tuple[Token, Token]  # first and last word of the lead-in ("In" ... "of" / "words")
    source: tuple[Token, Token]  # first and head (last) word of the speaker's noun phrase
    content: tuple[int, int]  # the quotation, marks included


def words_of(doc: Doc, quotes: QuoteIndex) -> Iterator[WordsOf]:
    """Every "in the words of X: “…”" and "in X's words, “…”" of ``doc``."""
    for t in doc:
        if t.lemma_.lower() in _ANSWER_NOUNS and t.pos_ == "NOUN":
            answer = _x_answer(doc, t)
            quote = _quote_after(doc, t, quotes) if answer is not None else None
            if answer is not None and quote is not None:
                yield WordsOf((t, t), answer, quote)
            continue
        if t.lower_ != "words" or t.i < 2:
            continue
        found = _words_of_x(doc, t) or _x_words(doc, t)
        if found is None:
            continue
        cue, source, after = found
        quote = _quote_after(doc, after, quotes) or _quote_before(doc, cue[0], quotes)
        if quote is not None:
            yield WordsOf(cue, source, quote)


def _words_of_x(doc: Doc, words: Token) -> tuple[tuple[Token, Token], tuple[Token, Token], Token] | None:
    """ "in the words of <NP>" with the NP ending at a comma or colon."""
    if doc[words.i - 1].lower_ != "the" or doc[words.i - 2].lower_ != "in" or words.i + 2 >= len(doc) \
            or doc[words.i + 1].lower_ != "of":
        return None
    np: list[Token] = []
    for t in doc[words.i + 2: words.i + 2 + _MAX_NP + 1]:
        if t.text in (",", ":", ".", ";") or t.is_space:
            break
        np.append(t)
    else:
        if words.i + 2 + _MAX_NP + 1 < len(doc):
            return None
    if not np or any(t.pos_ not in _NP_POS for t in np) or np[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return (doc[words.i - 2], doc[words.i + 1]), (np[0], np[-1]), np[-1]


def _x_words(doc: Doc, words: Token) -> tuple[tuple[Token, Token], tuple[Token, Token], Token] | None:
    """ "in <NP>'s words" / "in his (own) words"."""
    j = words.i - 1
    if doc[j].lower_ == "own":
        j -= 1
    if doc[j].lower_ in _POSSESSIVES:
        if j < 1 or doc[j - 1].lower_ != "in":
            return None
        return (doc[j + 1], words), (doc[j], doc[j]), words
    if doc[j].lower_ not in ("'s", "’s", "'", "’"):
        return None
    start = j - 1
    while start > 0 and doc[start - 1].lower_ != "in" and j - start < _MAX_NP:
        start -= 1
    if start < 1 or doc[start - 1].lower_ != "in":
        return None
    np = list(doc[start:j])
    if not np or any(t.pos_ not in _NP_POS for t in np) or np[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return (words, words), (np[0], np[-1]), words


# what a speaker's words are called in a frame that opens a sentence with them: "His response: “…”"
_ANSWER_NOUNS = read_words("answer_nouns.txt")


def _x_answer(doc: Doc, noun: Token) -> tuple[Token, Token] | None:
    """ "His response: “…”", "Trump's reply: “…”", "The senator's blunt assessment: “…”": a sentence that opens
    with a possessive and a noun for what was said, then a colon; the possessor is the speaker (first and head
    word). The noun must be the colon's word and the possessive the sentence's first words; "The response: “…”"
    (no possessor) and "He gave his response: “…”" (a verb's object: the verb's cue) are left to the cues."""
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ":":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.i > noun.i:
        return None
    first = owner.left_edge
    if first.i != noun.sent.start and not (doc[first.i - 1].is_space or "\n" in doc[first.i - 1].whitespace_):
        return None
    if any(t.pos_ not in _NP_POS for t in doc[first.i:noun.i]) or noun.i - first.i > _MAX_NP:
        return None
    if owner.lower_ in _POSSESSIVES:
        return owner, owner
    head = owner if owner.pos_ in ("PROPN", "NOUN") else None
    return None if head is None else (first, head)


def _quote_before(doc: Doc, first: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """The quotation closing right before the lead-in ('"…," in the words of one aide.'), if one does."""
    text = doc_text(doc)
    lead = first
    while lead.lower_ != "in" and lead.i > 0 and first.i - lead.i < _MAX_NP:
        lead = doc[lead.i - 1]  # "in his own words": the cue starts at "own"/"words", the phrase at "in"
    i = lead.idx if lead.lower_ == "in" else first.idx
    j = i
    while j > 0 and text[j - 1] in " \t\xa0,":
        j -= 1
    prev = quotes.overlapping(max(0, j - 1), j)
    if not prev or prev[-1].end != j or "\n" in text[j:i]:
        return None
    return prev[-1].start, prev[-1].end


def _quote_after(doc: Doc, last: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """The quotation opening right after ``last`` and its comma or colon, if one does."""
    text = doc_text(doc)
    i = last.idx + len(last)
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    if i >= len(text) or text[i] not in ",:":
        return None
    q = quotes.first_after(i)
    if q is None or text[i + 1:q.start].strip():
        return None
    return q.start, q.end
