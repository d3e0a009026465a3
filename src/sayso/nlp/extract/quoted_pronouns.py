"""A "he", "she" or "they" who speaks inside another speaker's quotation: whom it may stand for. Pure.

'“The cop came to Chris Gowen's office ... Then he came back and said, ‘I thought you guys were the other
party.’”': the "he" is someone the quoted speaker talks about, known to the speaker and named, if at all, in the
speaker's own words. A name the article gives outside the quotation, or one the quotation gives beside others
(the cop, the lawyer), is the resolver's guess at whom the speaker meant; a wrong one puts the words in a named
person's mouth. So such a pronoun stands for a name only where the quotation names exactly that one before it
(``quoted_reports.sole_quoted_name``: '“Mr. Jones called me. He said the deal was off,”'); else it stays as
written.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.non_statements import in_open_quotation
from sayso.nlp.extract.quote_marks import DOUBLE_MARKS_BUT_LOW
from sayso.nlp.extract.quotes import Quote, QuoteIndex
from sayso.nlp.extract.source_types import THIRD_PERSON_SUBJECTS


def quoted_speaker_scope(quotes: QuoteIndex, pronoun: Token, said: tuple[int, int] | None) -> Quote | None:
    """The quotation holding both the pronoun that speaks and what it says, else None: '“... Then he came back and
    said, ‘...’”' (both inside the source's quotation). A '“...,” he said' has its pronoun outside; an addressee
    (no ``said``) is not asked about."""
    if said is None or pronoun.lower_ not in THIRD_PERSON_SUBJECTS:
        return None
    quote = quotes.containing(pronoun.idx)
    if quote is None or not (quote.start <= said[0] and said[1] <= quote.end):
        return None
    return quote


def open_quotation_start(quotes: QuoteIndex, pronoun: Token, said: tuple[int, int] | None) -> int | None:
    """Where the quotation opened on an earlier line and not yet closed that holds a "he", "she" or "they" who speaks
    starts (its last opening mark before the pronoun), else None: '“Our governments,” Wilders declared, “sold us out
    with mass immigration.\n[...]\nAnd if we complain about it, they call us racists and Islamophobes.': the
    "they" is someone Wilders speaks of, in his words run over lines (``non_statements.in_open_quotation``), as in a
    closed quotation (``quoted_speaker_scope``); the quote index, which pairs marks within a paragraph's line, holds
    no such quotation. Only a pronoun whose words follow it (no '..., they said' of the writer); only where no
    quotation mark stands between the opening mark and the pronoun (a mark left unclosed before quotations opened
    and closed on their own lines is the writer's slip, not words running on); and only where someone speaks in the
    first person in those words before the pronoun ("us", "we"): a quoted passage of narrative ("“Being grieved that
    they taught the people ... they asked") is read as the writer's own lines are."""
    if said is None or pronoun.lower_ not in THIRD_PERSON_SUBJECTS or said[0] < pronoun.idx:
        return None
    text = quotes.text
    if quotes.containing(pronoun.idx) is not None or not in_open_quotation(text, pronoun.idx):
        return None
    opened = text.rfind("“", 0, pronoun.idx)
    if opened < 0 or any(mark in text[opened + 1:pronoun.idx] for mark in _DOUBLE_MARKS):
        # '... said the release “give[s] us hope ....\n“We see these developments ...”\n... he said': a mark the
        # writer left unclosed, with quotations opened and closed since, opens no words that run on to the pronoun
        return None
    if not _first_person_after(pronoun, opened):
        # '“Being grieved that they taught the people ... And when they had set them in the midst, they asked':
        # a passage of scripture or narrative the writer quotes, whose "they" the writer's line before may name
        return None
    return opened


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _first_person_after(pronoun: Token, opened: int) -> bool:
    """A first-person pronoun stands between character ``opened`` and the pronoun: someone speaks there."""
    doc = pronoun.doc
    k = pronoun.i - 1
    while k >= 0 and doc[k].idx > opened:
        if doc[k].lower_ in _FIRST_PERSON and doc[k].pos_ == "PRON":
            return True
        k -= 1
    return False


_DOUBLE_MARKS = tuple(DOUBLE_MARKS_BUT_LOW)
