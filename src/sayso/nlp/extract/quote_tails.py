"""The writer's words after a quotation are not the speaker's: where a content that holds a quotation ends.

A reported clause may work a quotation in ('said the plan was “reckless” and would fail' is one
clause, the speaker's), but once the quotation is closed and set off by a comma or a dash, what
follows is often the writer's: an apposition that explains it ('will stop the "war games," an
apparent reference to joint exercises'), a relative remark ('is “considering all options,” which
also includes federal remedies'), a dash aside ('met Assange “around March 2016” — the same month
that ...'), a participle of the writer's narration ('“all quiet right now,” followed by a door
knock'), a gloss with no comma at all ('"points to a group that has been arrested recently" an apparent reference
to Salafist Jihad', blind audit 61); or the writer's next sentence. The content then ends at the closing mark (or at the end
of the sentence that holds the quotation). Pure functions of the text, the parse and the quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sayso.nlp.extract.assembly import ended_at
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.quotes import Quote, QuoteIndex
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_DASH = re.compile(r"^\s*,?\s*(?:—|–|--|\s-\s)")
# what opens the writer's remark on a quotation set off by a comma: a relative pronoun, an apposition led by an
# article, "as well as", "according to"
# ("who ..." and "where ..." after a quoted noun describe it as often in the speaker's words as in the writer's:
# '“a third-world country,” where teachers didn't have supplies'; they stay)
_REMARK_LEAD = re.compile(r"^(?:which|as well as|according to|a|an|the)\b", re.IGNORECASE)
# the writer's gloss on what a quotation meant, with or without a comma before it ('"points to a group that has been
# arrested recently" an apparent reference to Salafist Jihad', "apparently referring to", "in an apparent allusion to")
_GLOSS = re.compile(r"^(?:in\s+)?an?\s+(?:(?:apparent|clear|obvious|veiled|thinly\s+veiled|oblique|indirect)\s+)?"
                    r"(?:reference|allusion)\s+to\b"
                    r"|^(?:apparently|presumably|evidently|clearly|possibly)?\s*(?:referring|alluding)\s+to\b",
                    re.IGNORECASE)
# a gloss with no comma before it that a comma closes mid-sentence is a parenthesis the speaker's clause resumes
# after ('"certain players" presumably referring to the strikers, had not worked hard enough')
_RESUMED = re.compile(r"^[^.!?;,\n]*,\s*\w")
# participles that still list what the speaker said ("do whatever it takes, including a filibuster")
_LISTING = frozenset({"include", "exclude", "especially", "particularly"})


def _token_at(doc: Doc, pos: int) -> Token | None:
    """The first token at or after character ``pos``."""
    i = bisect_left(doc, pos, key=lambda t: t.idx)
    return doc[i] if i < len(doc) else None


def set_off_remark(text: str, quote: Quote, doc: Doc) -> bool:
    """Whether the words right after the closed ``quote`` are a remark set off from it: a dash, the writer's gloss on
    what it meant ("an apparent reference to", "apparently referring to", comma or not), or a comma (inside
    the closing mark or after it) and then a relative pronoun, an article-led apposition, "as well as",
    "according to" or a participle ("followed by", "citing"). '“reckless” and would fail', '“unfair,” particularly
    to farmers' and '“whatever it takes,” including a filibuster' go on with the speaker's clause."""
    tail = text[quote.end:quote.end + 80]
    if _DASH.match(tail):
        return True
    gloss = _GLOSS.match(tail.lstrip(" ,"))
    if gloss and (tail.lstrip().startswith(",") or text[quote.inner_end - 1:quote.inner_end] == ","
                  or not _RESUMED.match(text[quote.end:])):
        return True  # '"points to a group" an apparent reference to Salafist Jihad'
    inner = text[quote.inner_start:quote.inner_end].rstrip()
    stripped = tail.lstrip()
    if not (inner.endswith(",") or stripped.startswith(",")):
        return False
    rest = stripped.lstrip(", ")
    if not rest:
        return False
    if listed_quotation(rest):
        return False
    if _REMARK_LEAD.match(rest):
        return True
    token = _token_at(doc, quote.end + (len(tail) - len(rest)))
    return token is not None and writers_participle(token)


def writers_participle(token: Token) -> bool:
    """A participle opening the writer's narration ("followed by", "citing", "sparking"), not a verb of the
    speaker's series the tagger read as one ('"browsed the Internet," lingered in an office and appeared to
    sleep': a clause of the cue, or with a finite verb joined to it) nor one that lists ("including")."""
    if token.tag_ not in ("VBG", "VBN") or token.lemma_.lower() in _LISTING or token.dep_ in ("conj", "ccomp"):
        return False
    return not any(c.dep_ == "conj" and c.tag_ in FINITE_OR_MODAL_TAGS for c in token.children)


_LIST_WORDS = 3  # 'a “bully,” an “anchor baby” and a “narcissist”': an article, maybe a word, and the next quotation


def listed_quotation(rest: str) -> bool:
    """Whether the words after a quotation's comma open another quotation within a few words: a list of quoted
    names ('called him a “pathological liar,” a “serial philanderer,” a “bully”'), all the speaker's."""
    mark = min((i for i in (rest.find(m) for m in "“\"‘«") if i >= 0), default=-1)
    return mark >= 0 and len(rest[:mark].split()) <= _LIST_WORDS and "." not in rest[:mark]


def sentence_end_after(doc: Doc, quote: Quote, end: int, cue_start: int) -> int | None:
    """The end of the sentence that holds the quotation's closing mark and the cue, when the content (ending at
    ``end``) runs past it into words of the next sentence; None when the content stays in that sentence, or the cue
    stands in another (a colon's paragraph of several sentences is all the cue's)."""
    token, cue = _token_at(doc, quote.end - 1), _token_at(doc, cue_start)
    if token is None or cue is None or token.sent.start != cue.sent.start:
        return None
    sent_end = token.sent.end_char
    if sent_end >= end or not re.search(r"\w", doc_text(doc)[sent_end:end]):
        return None
    return _back_over(doc_text(doc), sent_end, " \n\t")


def predicate_after(doc: Doc, content: tuple[int, int], cut: int) -> bool:
    """Whether the content's clause goes on past ``cut``: a finite verb after it that governs words before it (its
    subject, or the clause the parse took for one). "''The Sopranos,'' a show that had its premiere in 1999, ...
    were among the most popular shows" and 'Clinton's call to “make America whole again” — itself a rebuttal — was
    an inferior slogan': the remark is an aside inside the clause, whose verb comes after it; 'warned that while
    “logic would suggest X,” the attacks “may trigger a reaction”': the clause before the quotation hangs on the
    main clause after it."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None:
        return False
    return any(t.idx < cut and t.head.idx >= cut and t.head.i < span.end and _finite(t.head) and not t.is_punct
               for t in span)


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("may trigger", "will go")."""
    return verb.tag_ in FINITE_OR_MODAL_TAGS or (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL_TAGS for c in verb.children))


_DASH_ANYWHERE = re.compile(r"—|–|--|\s-\s")


def paired_dash(text: str, cut: int, end: int) -> bool:
    """Whether a dash after the closing mark opens an aside that a second dash closes before the content goes on:
    '“every candidate on stage” - including Cruz - favored legalization'."""
    dashes = list(_DASH_ANYWHERE.finditer(text, cut, end))
    return len(dashes) >= 2 and re.search(r"\w", text[dashes[1].end():end]) is not None


def closes_aside(text: str, start: int, quote: Quote) -> bool:
    """Whether a dash after the quotation closes an aside the content opened before it: 'her safe messages - like
    ''I'm a progressive who gets results'' - were far less compelling'."""
    return len(_DASH_ANYWHERE.findall(text, start, quote.start)) % 2 == 1 and _DASH.match(text[quote.end:quote.end + 8]) is not None


def writers_tail_start(found: Found, doc: Doc, quotes: QuoteIndex) -> int | None:
    """Where the writer's words begin in a content that runs on past a closed quotation in it (the closing
    mark, or the end of the quotation's sentence), else None. The cue must stand before that point: in '“A,” Taylor
    wrote. “B' the words after the first quotation are the trailer and the next quotation."""
    if found.parts or found.continues is not None:
        return None
    start, end = found.content
    text = quotes.text
    if quotes.containing(end - 1) is not None and quotes.containing(end - 1).end > end:
        return None  # the content already stops inside a quotation: its edge is the parse's, not this form's
    inside: Sequence[Quote] = [q for q in quotes.overlapping(start, end) if q.closed and start <= q.start + 1
                               and q.end < end]
    for q in inside:
        if not re.search(r"\w", text[q.end:end]):
            continue
        cut = q.end if set_off_remark(text, q, doc) else sentence_end_after(doc, q, end, found.cue[0])
        if cut is None or found.cue[0] >= cut or quotes.containing(cut - 1) not in (None, q):
            continue  # the cue after the cut, or a sentence end the parse put inside a quotation ('“A. B”')
        if closes_aside(text, start, q) or predicate_after(doc, found.content, cut) or paired_dash(text, cut, end):
            continue
        return cut
    return None


def _back_over(text: str, i: int, chars: str) -> int:
    """``i`` moved back over any of ``chars`` before it."""
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def without_writers_tail(found: Found, doc: Doc, quotes: QuoteIndex) -> Found:
    """``found`` with its content ended where the writer's words begin after a quotation (``writers_tail_start``)."""
    cut = writers_tail_start(found, doc, quotes)
    if cut is None:
        return found
    end = _back_over(quotes.text, cut, " ,;—–-\n\t")
    if end <= found.content[0]:
        return found
    return ended_at(found, end, quotes)
