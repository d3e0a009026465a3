"""How much of a document is the writer's own voice: document-level evidence of opinion prose.

A reader knows the genre of what they read. In partisan commentary and opinion prose the writer
argues in their own voice (``I``, ``my``, the ``we`` of writer and reader), turns to the reader
(``you``), asks rhetorical questions and exclaims, and quotes little; there the reports a parser finds
are more often the writer's own view, sarcasm or speculation pinned on a person or a crowd ("the family
likely sees this as", "the Russians are realizing"). A wire story quotes much and speaks little of
itself. Everything here is counted outside quotation marks (a quoted ``I`` is the speaker's, a quoted
question theirs).

Pure functions of the text, its sentences and its quotations:

- ``writers_words``: the writer's own I / we / you in a cue's sentence, outside the reported content:
  the precision filter's ``self_voice`` (``acceptance.py``), where the reader's gold shows the signal;
- ``genre_of`` counts a whole Doc and ``voice`` buckets it (opinion prose ``own``, ``some``, ``none``):
  ``bench/train_filter.py`` reports the filter's errors by it. As filter features, these page-level
  counts (and the share of plain "said" among the cues) did not improve the out-of-fold reader figures
  beyond the sentence-level signal (105 pages, 16 of them ``own``: page-to-page variance swamps it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words

# the writer (and the writer with the reader): "I", "my", "we", "our"; "us" too ("they want us to believe")
FIRST_PERSON = read_words("writer_first_person.txt")
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})


@dataclass(frozen=True)
class Genre:
    """Counts of a document's own voice, all outside quotation marks."""

    words: int = 0  # words outside quotation marks
    first_person: int = 0  # the writer's I / we
    second_person: int = 0  # the reader addressed: you
    sentences: int = 0  # sentences that end outside quotation marks
    questions: int = 0  # ... of which end in "?"
    exclamations: int = 0  # ... of which end in "!"
    quoted: float = 0.0  # the share of the text's non-space characters inside quotation marks

    @property
    def self_rate(self) -> float:
        """First- and second-person words per 100 words of the writer's own."""
        return 100.0 * (self.first_person + self.second_person) / self.words if self.words else 0.0

    @property
    def ask_rate(self) -> float:
        """The share of the writer's own sentences asked or exclaimed."""
        return (self.questions + self.exclamations) / self.sentences if self.sentences else 0.0


def _in_quote(quotes: QuoteIndex, idx: int) -> bool:
    return quotes.containing(idx) is not None


def _sentence_end(text: str, start: int, end: int) -> tuple[int, str]:
    """The offset and character of a sentence's last mark, closing quotation marks and brackets skipped."""
    i = end - 1
    while i >= start and (text[i].isspace() or text[i] in CLOSING_QUOTES_AND_APOSTROPHE + ")]»"):
        i -= 1
    return (i, text[i]) if i >= start else (start, "")


def _pronoun(token: Token) -> bool:
    """A personal pronoun, not the letter of "World War I" or the capitals of "the US": "I" is only ever a subject."""
    if token.pos_ != "PRON" or token.text == "US":
        return False
    if token.lower_ != "i":
        return True
    before = token.nbor(-1) if token.i > 0 and not token.is_sent_start else None  # Token.sent scans the Doc
    # "World War I", "Richard I": a numeral after a name, however the parser reads it
    return token.dep_ in ("nsubj", "nsubjpass", "conj") and not (before is not None and before.pos_ == "PROPN")


def quoted_share(text: str, quotes: Iterable) -> float:  # noqa: ANN001 - quotes: Quote (start, end)
    """The share of the text's non-space characters that lie inside quotation marks."""
    total = sum(not c.isspace() for c in text)
    inside = sum(sum(not c.isspace() for c in text[q.start:q.end]) for q in quotes)
    return min(1.0, inside / total) if total else 0.0


def genre_of(doc: Doc, quotes: QuoteIndex) -> Genre:
    """The counts of one Doc's own voice (``quotes``: the Doc's quotations, ``find_quotes(doc.text)``)."""
    text = quotes.text or doc_text(doc)
    words = first = second = 0
    for token in doc:
        if token.is_punct or token.is_space or _in_quote(quotes, token.idx):
            continue
        words += 1
        low = token.lower_
        if low in FIRST_PERSON and _pronoun(token):
            first += 1
        elif low in SECOND_PERSON and _pronoun(token):
            second += 1
    sentences = questions = exclamations = 0
    for sent in doc.sents:
        idx, mark = _sentence_end(text, sent.start_char, sent.end_char)
        if not mark or _in_quote(quotes, idx) or not any(t.is_alpha for t in sent):
            continue
        sentences += 1
        questions += mark == "?"
        exclamations += mark == "!"
    return Genre(words, first, second, sentences, questions, exclamations, quoted_share(text, quotes))


def voice(genre: Genre) -> str:
    """The document's voice in three steps, for the filter to cross with what an attribution is:
    ``own`` (opinion prose: the writer speaks of themself or to the reader, or asks and exclaims, often),
    ``some`` (either now and then), ``none`` (reported news). Thresholds from the reader's gold pages:
    wire and mainstream stories stay under 0.5 self-words per 100 and 3% questions."""
    if genre.words < 40:  # a caption, a headline chunk: too little to judge
        return "none"
    self_rate, ask = genre.self_rate, genre.ask_rate
    if self_rate >= 2.0 or ask >= 0.10 or (self_rate >= 1.0 and ask >= 0.05):
        return "own"
    if self_rate >= 0.5 or ask >= 0.03:
        return "some"
    return "none"



def writers_words(sent: Span, quotes: QuoteIndex, content: tuple[int, int]) -> list[Token]:
    """The writer's own I / we / you in one sentence: first- and second-person pronouns outside quotation marks
    and outside the reported ``content`` (char offsets): "As I see it, the family likely sees this as revenge",
    "You'd think the Russians are realizing it". Not the speaker's ("I will run," she said; she said we should
    go: the content's "we" is hers)."""
    return [t for t in sent if t.lower_ in FIRST_PERSON | SECOND_PERSON and _pronoun(t)
            and not content[0] <= t.idx < content[1] and not _in_quote(quotes, t.idx)]
