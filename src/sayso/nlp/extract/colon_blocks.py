"""The paragraphs a colon frame introduces after its first: pure functions of the found attributions and the Doc.

A frame that closes its line with a colon gives the next paragraph to its speaker (``candidates``' "colon_para"):

    In the letter, the bishop wrote:

    I have read the working document with great concern.

    We must not be silent when the faith is obscured.

    The letter was read at every Mass in the diocese.

The second paragraph is the bishop's too, as a reader takes it, and the third is the writer's again. Plain text
does not mark where the block ends; a reader goes by its voice. So a paragraph carries the block on only while
the speaker speaks in the first person ("I", "we", "our"), as the first paragraph must too ("He explained the
find:" then a paragraph in the third person may be the writer's summary: the first paragraph alone, precision
first). In text set one sentence a line, where a paragraph of the block is several lines with none marked, one
line with no first person may stand between two that have it ("It departs from what the Church taught.").

The block ends at a paragraph that another attribution claims (a cue or content of its own: "he said", a new
frame), that names the speaker (the writer speaking of them: "Weinandy sent the letter in July."), that opens a
frame or label of its own ("Related:", "BISHOP: ..."), a stage direction ("(APPLAUSE)"), a question, or a short
line (a heading). A reader's notice ("ADVERTISEMENT") between paragraphs is skipped. A post ("tweeted:",
"posted:") is one paragraph, and what follows it the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.embedded_posts import before_post_signature
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.layouts import BLANK_LINE, Layout
from sayso.nlp.extract.page_notices import reader_notice
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.transcripts import says_something
from sayso.nlp.extract.turn_continuations import next_label, stage_direction

# the speaker's own voice; "I" only as written, "us" in lower case (a capital "US" is the country)
_SINGULAR = re.compile(r"\b(?:I(?:['’](?:m|ve|ll|d))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_PLURAL = re.compile(r"\b(?:[Ww]e(?:['’](?:re|ve|ll|d))?|[Oo]ur|[Oo]urs|us|[Oo]urselves)\b")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 4  # a shorter line is a heading or a caption, not the block's sentence
_SPACE = " \t\xa0\r"
_MAX_PARAGRAPH_LINES = 10  # a hard-wrapped paragraph has fewer lines; more are lines set one sentence each
# a post is one paragraph: after "Trump tweeted:" and the tweet, the writer's "I doubt it." is no second tweet
_ONE_POST = frozenset({"tweet", "retweet", "post"})


def first_person(passage: str, *, plural_only: bool = False) -> bool:
    """Whether ``passage`` speaks in the first person: "I have read ...", "We must not ...", "... to our parish";
    with ``plural_only``, in its plural ("we", "our"): the voice of a frame whose first paragraph has no "I"."""
    return _PLURAL.search(passage) is not None or (not plural_only and _SINGULAR.search(passage) is not None)


# the small words a title leaves in lower case ("Rescript from an Audience with His Holiness")
_TITLE_SMALL_WORDS = read_words("title_small_words.txt")
_MAX_TITLE_WORDS = 10


def title_line(line: str) -> bool:
    """Whether ``line`` is a document's title set over its text ('Rescript "from an Audience with His Holiness"' after
    "the rescript reads as follows:"): a few words, each capitalised but a title's small words, no sentence end
    and no verb's lower-case word. The text is the paragraph below it. A line that ends a sentence ("Sad!", "We
    will win."), one in lower case ("no comment") and a single word (a name, a greeting) are no title."""
    words = [w.strip("\"“”‘’'()[]") for w in line.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or re.search(r"[.!?;:,]\W*$", line.strip()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
        and words[0][0].isupper()


def colon_paragraph_end(text: str, start: int, layout: Layout) -> int:
    """Where the paragraph opening at ``start`` after a colon frame ends: the next blank line in blank-line
    paragraphs ("He wrote:\\n\\nI have read the document with great concern. It departs from\\nwhat the Church
    taught.\\n\\n": a hard-wrapped paragraph's lines are all his), else the line's end; spaces trimmed.
    Blank-line paragraphs of more than ``_MAX_PARAGRAPH_LINES`` lines are the line alone: a page whose blank lines
    stop (one sentence a line after its top) would otherwise give the frame everything to the next blank line, or
    to the end of the article (audit 19: a museum's website "tells us:" took 4,900 characters, the writer's too).
    A paragraph that holds an embedded post's signature ends before it (``embedded_posts.before_post_signature``).
    """
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    end = line_end
    if layout is Layout.BLANK_LINE_PARAGRAPHS:
        m = BLANK_LINE.search(text, start)
        block_end = len(text) if m is None else m.start()
        if text.count("\n", start, block_end) < _MAX_PARAGRAPH_LINES:
            end = block_end
    while end > start and text[end - 1].isspace():
        end -= 1
    # an embedded post's lines and its signature set one under the other: the post ends at its link and signature,
    # the page's credit line ("Take a look at what PFF said:\n<post> pic.twitter.com/x\n— PFF (@PFF) May 1, 2019")
    return before_post_signature(text, start, end)


def paragraphs_from(text: str, start: int, layout: Layout) -> Iterator[Range]:
    """The paragraphs from ``start`` on (blank-line paragraphs, else lines), each as (its start, its end) trimmed."""
    at = start
    while at < len(text):
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return
        end = colon_paragraph_end(text, at, layout)
        yield at, end
        at = max(end, at + 1)


def frame_colon(text: str, found: Found, layout: Layout) -> bool:
    """``found`` is a colon frame's first paragraph: its cue's line ends with a colon ("In the letter, the bishop
    wrote:") and its content is the whole paragraph after that line."""
    start, end = found.content
    if found.continues is not None or found.source is None or found.cue[1] > start:
        return False
    colon = text.rfind(":", found.cue[1], start)
    between = text[colon + 1:start].split("\n")
    if colon < 0 or "\n" in text[found.cue[1]:colon] or len(between) < 2 or between[0].strip() \
            or not all(not line.strip() or reader_notice(line.strip()) for line in between[1:]):
        return False  # the words after the colon on its line are the content of "colon_rest", no frame's
    return not text[end:colon_paragraph_end(text, start, layout)].strip(" \t\xa0." + CLOSING_QUOTES)


def _claimed(unit: Range, found: Sequence[Found]) -> bool:
    """Another attribution stands in ``unit``: its content, or a cue of its own ("he said", a new frame)."""
    return any(overlaps(f.content, unit) or (f.cue[0] < f.cue[1] and overlaps(f.cue, unit)) for f in found)


def _ends_block(doc: Doc, unit: Range, speaker: str | None, found: Sequence[Found]) -> bool:
    text = doc_text(doc)
    line = text[unit[0]:unit[1]]
    return (_claimed(unit, found) or next_label(line) or stage_direction(line) or line.rstrip(_SPACE + "\"”").endswith(":")
            or len(_WORDS.findall(line)) < _MIN_WORDS or (speaker is not None and re.search(
                rf"\b{re.escape(speaker)}\b", line) is not None) or not says_something(doc, *unit))


def block_paragraphs(doc: Doc, frame: Found, found: Sequence[Found], layout: Layout) -> list[Range]:
    """The paragraphs after ``frame``'s first that go on its block: in the first person, up to the first that
    ends it (``_ends_block``); in one sentence a line, one line without the first person may stand between two.
    A block that opens in the plural ("We regret the error.") goes on in it: a paragraph with "I" alone after it is
    the writer's ("I doubt that very much.")."""
    text = doc_text(doc)
    first = text[frame.content[0]:frame.content[1]]
    if not first_person(first) or doc[frame.cue_head].lemma_.lower() in _ONE_POST:
        return []
    plural_only = _SINGULAR.search(first) is None
    head = doc[frame.source_head] if frame.source_head is not None else None
    speaker = head.text if head is not None and head.pos_ in ("PROPN", "NOUN") else None
    out: list[Range] = []
    pending: Range | None = None
    for unit in paragraphs_from(text, colon_paragraph_end(text, frame.content[0], layout), layout):
        if reader_notice(text[unit[0]:unit[1]]):
            continue
        if _ends_block(doc, unit, speaker, found):
            break
        if first_person(text[unit[0]:unit[1]], plural_only=plural_only):
            out += [pending, unit] if pending is not None else [unit]
            pending = None
        elif layout is Layout.SENTENCE_LINES and pending is None:
            pending = unit
        else:
            break
    return out


def colon_blocks(doc: Doc, found: Sequence[Found], layout: Layout) -> list[Found]:
    """Each colon frame's paragraphs after its first (``block_paragraphs``), the frame's speaker's, with no cue of
    their own (``continues`` names the frame's cue)."""
    text = doc_text(doc)
    out: list[Found] = []
    for frame in found:
        if not frame_colon(text, frame, layout):
            continue
        for start, end in block_paragraphs(doc, frame, [*found, *out], layout):
            out.append(Found(kind=frame.kind, content=(start, end), cue=(start, start), source=None, source_head=None,
                             addressee=None, addressee_head=None, score=frame.score, cue_head=frame.cue_head,
                             medium=frame.medium, continues=frame.cue))
    return out
