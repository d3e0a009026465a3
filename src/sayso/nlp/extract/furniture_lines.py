"""A cue on a line of the page's furniture, not its prose: pure predicates on the text, split from ``filters``.

A label and a colon ("READ MORE:", "EDITOR'S NOTE:"), a reprint's credit, a heading or a short list item, a run of
other stories' titles ("... | ..."), a labelled link title: the page's frame reports no one. ``page_furniture``
reads a name's line with the same tests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.found import Range
from sayso.nlp.extract.page_notices import reading_pointer
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE
from sayso.nlp.extract.resource_files import read_words

_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—])\s+")


def boilerplate(token: Token, text: str, labels: frozenset[str] = frozenset()) -> bool:
    """ "READ MORE: Trump says ...", "WATCH:", "RELATED:": a line of page furniture, label in capitals and colon."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    return furniture_line(text[line_start:], labels)


def furniture_line(line: str, labels: frozenset[str]) -> bool:
    """A line that opens with a known label in capitals and a colon: "SEE MORE: ...", "READ MORE: ...", in a
    bracket too ("(RELATED: Becerra Tried To Block Awan ...)"), or with a label of several words in any case that
    ``labels`` lists whole: "Read more: ...", "See also: ..."."""
    m = re.match(r"\s*([(\[]?)\s*([A-Z][A-Z' ]{1,30}):", line)  # the label and the link title after it
    if m is not None:
        # a known label ("READ", "WATCH", "RELATED"), not a transcript's speaker ("PENCE: Well, ..."); in a bracket
        # only a label that heads links ("(UPDATE: A spokesman said ...)" carries the article's own news)
        label = m.group(2).split()[0].lower()
        return label in labels and (not m.group(1) or label in LINK_LABELS)
    # "Read more:" but not "Note: Smith said ...": one word in mixed case may open the article's own sentence
    m = re.match(r"\s*([A-Z][a-z]+(?: [A-Za-z]+){1,2}):", line)
    return m is not None and m.group(1).lower() in labels


def line_of(token: Token, text: str) -> tuple[int, str]:
    """Where the line ``token`` stands on starts in ``text``, and that line (without its newline)."""
    return line_at(text, token.idx)


def line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line holding character ``at`` starts in ``text``, and that line (without its newline)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start:len(text) if end < 0 else end]


# the outlet's own note under a label in capitals: "REMNANT COMMENT: ...", "EDITOR'S NOTE: ...", "OUR TAKE: ...",
# "UPDATE: ..."; the parse reads "COMMENT" as the label's verb
_EDITORIAL_LABEL = re.compile(r"[ \t\xa0]*(?:[A-Z][A-Z'’&.-]*[ \t\xa0]+){0,3}"
                              r"(?:COMMENT|NOTE|TAKE|VIEW|UPDATE|ANALYSIS|CORRECTION|CLARIFICATION)[ \t\xa0]*:")


def editorial_label(token: Token, text: str) -> bool:
    """A cue in a label in capitals that opens a line and names the outlet's own note ("REMNANT COMMENT:",
    "EDITOR'S NOTE:", "OUR VIEW:"): the label heads the outlet's words, it reports no one. Only the label's
    words: a cue in the note after the colon ("EDITOR'S NOTE: The minister said ...") is the note's own."""
    start, line = line_of(token, text)
    label = _EDITORIAL_LABEL.match(line)
    return label is not None and token.idx < start + label.end()


# a reprint's credit: "Article posted with permission from Pamela Geller", "Reprinted with permission of the author",
# "This article originally appeared on The Conversation", "Republished from RealClearPolitics"
_CREDIT_VERB = r"(?:posted|published|reprinted|republished|reproduced|shared|appeared|syndicated|cross-?posted)"


_CREDIT_NOUN = r"(?:this|the)?\s*(?:article|story|post|piece|column|essay|op-ed|commentary|report)"


_CREDIT = re.compile(
    rf"\s*(?:{_CREDIT_NOUN}\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?{_CREDIT_VERB}\b"
    rf"|(?:originally\s+|first\s+)?{_CREDIT_VERB}\b(?=.*\b(?:with permission|by permission|courtesy of|originally)\b)"
    rf"|(?:reprinted|republished|reproduced|cross-?posted)\s+(?:from|with|by|courtesy)\b)", re.IGNORECASE)


_CREDIT_WORDS = 25  # a credit line is short; a sentence that opens "Published ..." and runs on is prose


def credit_line(token: Token, text: str) -> bool:
    """A cue on a reprint's credit line ("Article posted with permission from Pamela Geller", "This article originally
    appeared on The Conversation", "Reprinted from RealClearPolitics"): the page's furniture, no one's statement; the
    quote above it stays its speaker's. A line that opens with a name ("Smith posted on Facebook that ...") or a
    finding ("Published in The Lancet, the study found ...") is not one."""
    return credit_text(line_of(token, text)[1])


def credit_text(line: str) -> bool:
    """The line is a reprint's credit ("Reprinted from RealClearPolitics"), short and opening with its words."""
    return len(line.split()) <= _CREDIT_WORDS and _CREDIT.match(line) is not None


def heading_or_list_item(token: Token, text: str, headings: Sequence[Range] = ()) -> bool:
    """A cue in a heading ("2. Never urged Ukraine to investigate Joe Biden") or a short list item.

    HTML gives headings as blocks; in plain text a numbered or bulleted line of at most
    twelve words with no closing full stop reads as one.
    """
    if any(s <= token.idx < e for s, e in headings):
        return True
    _, line = line_of(token, text)
    line = line.strip()
    if not _LIST_ITEM.match(line):
        return False
    return len(line.split()) <= 12 and not line.rstrip(CLOSING_QUOTES_AND_APOSTROPHE).endswith((".", "!", "?"))


# a sentence's end: a full stop, "!" or "?", closing quotes or brackets, then a space or the end
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")


def link_list_item(token: Token, text: str) -> bool:
    """A cue in a run of other stories' titles: "Progressives oppose funding bill | Senators call for ...".

    A line that separates items with " | " (words on both sides) is a list of links or
    titles, not the article's prose. A title ends at a bar: the words of an item after its
    last sentence end, when a bar follows and they are few, are one; so is the start of an
    item after a bar, up to its first sentence end, when the cue is in the present tense of
    headlines ("... | Omar asks court to apply ... MORE (D-Minn.), the office announced
    Monday." keeps "announced"). Prose set in a table ("| “If you ...,” Stafford said. |")
    has bars at the line's edges only and is untouched.
    """
    line_start, line = line_of(token, text)
    items = line.split("|")
    if len(items) < 2:
        return False
    at = token.idx - line_start
    k, item_start = 0, 0
    while item_start + len(items[k]) < at:  # the item the cue is in
        item_start += len(items[k]) + 1
        k += 1
    item, at = items[k], at - item_start
    ends = [m.end() for m in SENTENCE_END.finditer(item)]
    if k + 1 < len(items) and _has_word(items[k + 1]):
        tail = max([e for e in ends if e <= at], default=0)
        if not any(e > at for e in ends) and len(item[tail:].split()) <= _TITLE_WORDS:
            return True  # the title the bar closes
    if k > 0 and _has_word(items[k - 1]):
        return not any(e <= at for e in ends) and token.tag_ in ("VBZ", "VBP")  # the title the bar opens
    return False


_TITLE_WORDS = 20


_LABELLED_TITLE = re.compile(r"^[ \t\xa0]*[A-Z][a-z][\w'’-]*(?:[ \t\xa0]+[\w'’-]+){0,2}[ \t\xa0]*:[ \t\xa0]+(?P<title>[^\n]+)$")


_LINK_TITLE_WORDS = 12


# labels that only ever head a link to another page, however long its title: "Related: ..., lawyers say"
# ("Update:" and "Note:" head the writer's own sentences, and stay to the word limit)
LINK_LABELS = read_words("link_labels.txt")


def labelled_title_line(token: Token, text: str) -> bool:
    """A line of a label, a colon and a short title with no sentence end: "Internal memo: Staff shortages,
    inmate counts", "Related: Prison guards quit in record numbers". A link to another story, no prose;
    a transcript's "PENCE: ..." (a label in capitals), a sentence and a quotation are not such lines. A label
    that heads only links ("Related:", "Watch:", ``LINK_LABELS``) makes a link of a title of any length
    ("Related: Federal prison guards falsified inmate counts at the Brooklyn jail for years, lawyers say")."""
    line_start, line = line_of(token, text)
    return labelled_title(line, token.idx - line_start) or reading_pointer(line, token.idx - line_start)


def labelled_title(line: str, at: int) -> bool:
    """Character ``at`` of ``line`` stands in the title of a labelled title line (``labelled_title_line``)."""
    line = line.rstrip()
    m = _LABELLED_TITLE.match(line)
    if m is None or at < m.start("title"):
        return False
    title = m.group("title")
    label = line[:line.index(":")].split()
    short = len(title.split()) <= _LINK_TITLE_WORDS or (len(label) == 1 and label[0].lower() in LINK_LABELS)
    return short and not SENTENCE_END.search(title + " ") and not any(q in title for q in "\"“”‘’«»")


_LINK_LABEL = re.compile(r"[ \t\xa0]*(?P<label>[A-Za-z]+)[ \t\xa0]*:[ \t\xa0]+\S")


def link_labelled(line: str, at: int) -> bool:
    """Character ``at`` of ``line`` stands after a label that only ever heads a link (``LINK_LABELS``: "Related:",
    "Trending:", "Watch:"): a title of another page, whatever its words ("Trending: Donald Trump Jr. Slams Media")."""
    m = _LINK_LABEL.match(line)
    return m is not None and m.group("label").lower() in LINK_LABELS and at >= m.end() - 1


def _has_word(s: str) -> bool:
    return any(ch.isalpha() for ch in s)
