"""Quotations with no cue of their own that continue the speaker before them: pure functions of the found attributions.

``“A,” X said.`` then a paragraph ``“B.”``: B is X's too, as a reader assumes, unless another
speaker intervenes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sayso.nlp.extract import furniture_lines
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.layouts import Layout
from sayso.nlp.extract.name_forms import given_gender
from sayso.nlp.extract.quote_marks import QUOTE_MARKS
from sayso.nlp.extract.quotes import Quote, QuoteIndex


def continuation_quotes(found: Sequence[Found], quotes: QuoteIndex, labels: frozenset[str] = frozenset(),
                        given: Mapping[str, str] | None = None, turns: frozenset[Range] | None = None) -> list[Found]:
    """Quote paragraphs with no cue of their own continue the previous paragraph's speaker.

    ``“A,” X said.`` then a paragraph ``“B.”``: B is X's too, as a reader assumes, unless
    another speaker intervenes (the previous paragraph must end with X's attribution, a
    quotation or a statement with a named source, and nothing else may stand on B's line, but a
    sentence of narration in text set one sentence a line: ``narration_after``). A line of page furniture between
    them ("SEE MORE: ...", a ``labels`` word in capitals and a colon) interrupts nobody. The new attribution has no cue
    and no source mention of its own (``continues`` names the cue it follows). ``given`` (given name -> "m" | "f")
    lets a "he"/"she" after the quotation speak again only for a speaker of that gender. ``turns`` (the colons of
    turns whose label is known to name a speaker; None: every colon turn) decides which labels open a turn
    (``labelled_turn``).
    """
    text = quotes.text
    out: list[Found] = []
    for q in quotes:
        para_start = text.rfind("\n", 0, q.start) + 1
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[para_start:q.start].strip() or not q.closed:
            continue
        if any(_claims(f, q) for f in (*found, *out)):
            continue  # already someone's content
        if any(labelled_turn(text, f, q, turns) for f in found):
            continue  # '"Chris Matthews: Seriously ..."': the label names its own speaker
        if quoted_heading(text[q.start:q.end]) or quoted_label(text[q.start:q.end], labels):
            continue
        last = _said_in_previous_paragraph(text, para_start, (*found, *out), labels)
        if last is None:
            continue
        if text[q.end:line_end].strip() and not (quotes.layout is Layout.SENTENCE_LINES and narration_after(
                text, q, line_end, found, _speaker_of(text, last, (*found, *out)), given)):
            continue
        out.append(Found(kind="direct", content=(q.start, q.end), cue=(q.start, q.start), source=None, source_head=None,
                         addressee=None, addressee_head=None, score=last.score, cue_head=last.cue_head,
                         medium=last.medium, continues=last.continues or last.cue))
    return out


def narration_after(text: str, quote: Quote, line_end: int, found: Sequence[Found], speaker: str | None = None,
                    given: Mapping[str, str] | None = None) -> bool:
    """A sentence of narration after a whole-sentence quotation on its line: '“Our life was prayer.” Khweis
    graduated in 2007.'

    Sentence splitters (PTC's) leave the sentence after a quotation's close on the quotation's line; the
    quotation still stands as its own sentence. It must end with a stop inside its marks, the words
    after it must start a sentence (a capital), and no cue may open it ('“B.” Smith said the plan
    failed.': Smith may be the next speaker; within ``NEXT_SPEAKER_WORDS`` words, room for a name and a
    title), but an "according to" that credits the clause after it (``reports_onward``) or a statement of
    the same ``speaker`` again ('“B.” Speier said one of them ...', '“B.” She added that ...':
    ``speaks_again``). A cue later in that sentence is somebody else's statement ('... in 2007, where friends
    described him as ...').
    """
    inner = text[quote.inner_start:quote.inner_end].rstrip()
    rest = text[quote.end:line_end]
    if not inner.endswith((".", "!", "?", "…")) or not rest[:1].isspace() or not rest.lstrip()[:1].isupper():
        return False
    opening = _OPENING_WORDS.match(rest)
    window_end = quote.end + (opening.end() if opening else 0)
    return not any(quote.end <= f.cue[0] < window_end and not reports_onward(text, f)
                   and not speaks_again(text, f, speaker, given) for f in found)


def speaks_again(text: str, found: Found, speaker: str | None, given: Mapping[str, str] | None = None) -> bool:
    """Whether ``found``, a statement in the sentence after a cue-less quotation, is made by ``speaker`` (the
    source of the statement before the quotation) once more: named again by the same last word ("Jackie Speier"
    then "Speier said ...") or by a personal pronoun ("she said ...") of the speaker's gender where ``given`` tells
    it (not "she" after "John Smith"), with a content of its own after its cue.
    The quotation between two statements of one speaker is that speaker's, as a reader takes it; another name
    ('“B.” Smith said the plan failed.') may be the quotation's own speaker, and leaves it."""
    if speaker is None or found.source is None or found.content[0] < found.cue[0]:
        return False
    said = text[found.source[0]:found.source[1]].split()
    if not said:
        return False
    if len(said) == 1 and said[0].lower() in _PERSONAL:
        gender = given_gender(speaker, dict(given or {}))
        return gender is None or gender == _PERSONAL[said[0].lower()]
    if not speaker.split():
        return False
    surname = _last_word(speaker.split()[-1])
    if _last_word(said[-1]) == surname:
        return True
    return said[0].lower() == "the" and len(said) > 1 and described_as(text, surname, " ".join(said[1:]))


def described_as(text: str, surname: str, role: str) -> bool:
    """Whether the text sets ``role`` ("pastoral assistant") beside the name ending in ``surname`` as its
    description: "Irmgard Lehner, the pastoral assistant of the church" or "the pastoral assistant Irmgard
    Lehner"; "the pastoral assistant adds" then names her again."""
    name, words = re.escape(surname), re.escape(role.lower())
    low = text.lower()
    return re.search(rf"\b{name},\s+(?:the|a|an)\s+{words}\b", low) is not None \
        or re.search(rf"\b{words},?\s+(?:[a-z.'’-]+\s+){{0,3}}{name}\b", low) is not None


_PERSONAL = {"he": "m", "she": "f"}


def _last_word(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s").strip(",.")


def _speaker_of(text: str, last: Found, found: Sequence[Found]) -> str | None:
    """The text naming the source of ``last``, or of the attribution it continues (a cue-less quotation has none
    of its own)."""
    if last.source is None and last.continues is not None:
        last = next((f for f in found if f.cue == last.continues and f.continues is None), last)
    return None if last.source is None else text[last.source[0]:last.source[1]]


def reports_onward(text: str, found: Found) -> bool:
    """An "according to" whose content comes after it: '“B.” But according to Natural News, it isn't just ...'
    credits the clause it introduces, never the quotation before it, so its source is no next speaker of that
    quotation ('“B.” Smith said the plan failed.' may be)."""
    return text[found.cue[0]:found.cue[1]].lower().startswith("according") and found.content[0] >= found.cue[1]


NEXT_SPEAKER_WORDS = 8
_OPENING_WORDS = re.compile(rf"(?:\s*\S+){{1,{NEXT_SPEAKER_WORDS}}}")


_HEADING_WORDS = 8


def quoted_heading(quote: str) -> bool:
    """ '“A new beginning”' alone on its line: a short quotation with no closing punctuation inside its marks
    is a sub-heading set in quotation marks, not the previous speaker going on ('“Absolutely.”' is one)."""
    inner = quote.strip().strip(QUOTE_MARKS).strip()
    return bool(inner) and len(inner.split()) <= _HEADING_WORDS and inner[-1] not in ".!?,;:…-—–"


def quoted_label(quote: str, labels: frozenset[str] = frozenset()) -> bool:
    """ '"Related:"', '“See also:”' alone on its line: a label of the page's furniture and its colon set in quotation
    marks (a link label, ``furniture_lines.LINK_LABELS``, or a ``labels`` word: "Note:", "Update:"), heading the
    links or lines below it; nobody says it (blind audit P74). A quoted sentence that ends in a colon ('“Here is what
    I told them:”') is no label and continues its speaker."""
    inner = quote.strip().strip(QUOTE_MARKS).strip()
    if not inner.endswith(":"):
        return False
    label = " ".join(inner[:-1].split()).lower()
    return bool(label) and (label in furniture_lines.LINK_LABELS or label in labels)


def _said_in_previous_paragraph(text: str, para_start: int, found: Sequence[Found],
                                labels: frozenset[str]) -> Found | None:
    """The attribution closing the previous paragraph, whose speaker a cue-less quote paragraph continues:
    a quotation (“A,” X said.) or a statement with a named source ("X said it was only the latest
    move." then “They wanted us on our knees.”), ending the paragraph (else someone else may speak)."""
    prev_start, prev_end = previous_paragraph(text, para_start, labels)
    # a quotation set over lines ('“A.\nB,” X said.') starts before the line that ends it: it counts there too
    before = [f for f in found if prev_start <= f.content[0] < prev_end
              or (f.kind == "direct" and f.content[0] < prev_start < f.content[1] <= prev_end
                  and "\n\n" not in text[f.content[0]:f.content[1]])]  # lines, not paragraphs set apart
    if not before:
        return None
    last = max(before, key=lambda f: (f.content[1], f.cue[1]))
    last = quotation_under_aside(text, before, last)
    last = quotation_reported(text, before, last)
    if last.kind == "direct":
        # the paragraph ends with the quotation's own sentence ('“A,” X told reporters on Tuesday after the
        # meeting.', '“A,” said X, who has served since 2017.'); another sentence after it may be someone else's
        return last if max(last.content[1], last.cue[1]) >= prev_end - 40 or _same_sentence(text, _end(last), prev_end) \
            else None
    ends = max(last.content[1], last.cue[1], last.addressee[1] if last.addressee else 0)
    if ends < prev_end - 3 or last.source is None or last.continues is not None:
        return None  # the paragraph goes on after the statement, or nobody is named
    words = text[last.content[0]:last.content[1]].split()
    return last if len(words) >= 4 and last.medium != "thought" else None  # a statement, not "disagreed with him"


def quotation_reported(text: str, before: Sequence[Found], last: Found) -> Found:
    """The quotation an "according to" reports, when its content holds it with the quotation's own cue: '“A,”
    Schaaf said Friday, according to NBC Bay Area.' then “B.”: B goes on with Schaaf's words (the outlet only
    reports them), as a reader takes it. Any other ``last`` stands."""
    if not text[last.cue[0]:last.cue[1]].lower().startswith("according"):
        return last
    inner = [f for f in before if f is not last and f.kind == "direct" and f.continues is None
             and last.content[0] <= f.cue[0] < last.content[1] and f.source is not None]
    return max(inner, key=_end) if inner else last


def quotation_under_aside(text: str, before: Sequence[Found], last: Found) -> Found:
    """The paragraph's quotation when all that follows it in its sentence is an aside that states nothing:
    '“A,” Clinton said, pointing to the allegations against Trump, who has denied them.' ends with Trump's
    "denied them" (no statement: under four words), and the next quote paragraph is still Clinton's. A
    statement after the quotation ("..., Clinton said, and Trump replied that it was false.") or a second
    sentence keeps ``last``: someone else may speak on."""
    quotations = [f for f in before if f.kind == "direct" and f.continues is None and _end(f) <= last.cue[0]]
    if last.kind == "direct" or not quotations:
        return last
    quotation = max(quotations, key=_end)
    after = [f for f in before if f is not quotation and _end(f) > _end(quotation)]
    if not _same_sentence(text, _end(quotation), max(_end(f) for f in after)):
        return last
    if any(len(text[f.content[0]:f.content[1]].split()) >= 4 for f in after):
        return last
    return quotation


def previous_paragraph(text: str, para_start: int, labels: frozenset[str] = frozenset()) -> Range:
    """The paragraph before the one starting at ``para_start``, passing over lines of page furniture."""
    prev_end = para_start - 1
    while True:
        while prev_end > 0 and text[prev_end - 1] in "\n\r \t\xa0":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if prev_start == 0 or not furniture_lines.furniture_line(text[prev_start:prev_end], labels):
            return prev_start, prev_end
        prev_end = prev_start - 1


def quote_after_statement(found: Sequence[Found], quotes: QuoteIndex, turns: frozenset[Range] | None = None) -> list[Found]:
    """A quotation standing as its own sentence right after a statement, in the same paragraph, continues its speaker.

    "Swift's rep told Fox News that this was not the whole truth. “Big Machine is trying to
    deflect ...”": the quotation, with no cue of its own, is the rep's, as a reader takes it.
    The statement must end right before the quotation (a sentence end between them, nothing
    else), name its source and say something (four words or more, not a thought); the
    quotation must close its paragraph, so that no cue after it can claim it. It is reported by the
    same act as the statement, so it takes the statement's cue and source (PolNeAR makes the two
    one attribution in two parts; a reader counts two statements). A quotation opened by a speaker's label
    (``labelled_turn``, ``turns`` as for ``continuation_quotes``) is the label's turn.
    """
    text = quotes.text
    out: list[Found] = []
    for q in quotes:
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        if not q.closed or text[q.end:line_end].strip():
            continue
        if any(_claims(f, q) for f in (*found, *out)):
            continue  # already someone's content
        if any(labelled_turn(text, f, q, turns) for f in found):
            continue  # '"Chris Matthews: Seriously ..."': the label names its own speaker
        para_start = text.rfind("\n", 0, q.start) + 1
        before = [f for f in (*found, *out) if para_start <= f.content[0] and _end(f) <= q.start]
        if not before:
            continue
        last = max(before, key=_end)
        if not sentence_between(text, _end(last), q.start, partial=last.kind != "direct"):
            continue
        if last.source is None and last.continues is None or last.medium == "thought":
            continue
        if len(text[last.content[0]:last.content[1]].split()) < 4:
            continue
        out.append(last._replace(kind="direct", content=(q.start, q.end), parts=()))  # the same act of saying: its cue and source
    return out


def sentence_between(text: str, end: int, start: int, *, partial: bool = True) -> bool:
    """Whether a sentence ends between a statement ending at ``end`` and a quotation starting at ``start``, and
    nothing else stands there: a stop ('... the whole truth. “Big Machine ...'), or, for a ``partial`` quotation
    (a statement in the writer's words), one that ends with a quotation closing its own sentence ('some victims
    have had “their private parts grabbed on the House floor.” “All they ask ...'). A comma or a word between
    them, or a line break, leaves the quotation to its own reading; so does a whole quotation right before it
    ('the document states: “some LGBT youth ...” “This acknowledgement ...': the second may be the words of
    whoever quotes the document, the quotation around both)."""
    gap = text[end:start]
    if "\n" in gap:
        return False
    if gap.strip() in (".", "!", "?", ".”", '."'):
        return True
    return partial and not gap.strip() and text[max(0, end - 2):end] in _CLOSED_SENTENCES


_CLOSED_SENTENCES = frozenset({".”", '."', "!”", '!"', "?”", '?"'})


def labelled_turn(text: str, found: Found, quote: Quote, turns: frozenset[Range] | None = None) -> bool:
    """Whether ``found`` is a turn whose speaker's label opens the quotation: '"Chris Matthews: Seriously, the tax
    sounds great."' set as a paragraph of its own after "... Lopez argued that the plan was naive." The label gives
    the words to its own person (the turn, its source the label and its cue the colon), whatever speaker the
    paragraph before closed with; the quotation continues nobody. A colon later inside the quotation ('"We told
    them: no."'), a report with a cue of words ('"The governor said help is coming."'), and a label that names
    nobody ("Note:", "Q:", a time stamp, found as no turn upstream: ``transcripts``) leave it a continuation; so
    does a turn whose colon is not in ``turns`` (None: any), the turns whose label is known to name a speaker
    (``transcripts.known_speaker``): a quoted '"Oklahoma: that is where this race will be decided."' on a
    transcript's page, a label seen once that names nobody, is no one's turn, and the speaker before goes on."""
    if found.source is None or text[found.cue[0]:found.cue[1]] != ":" or turns is not None and found.cue not in turns:
        return False
    if not quote.inner_start <= found.source[0] < found.cue[0] < quote.inner_end:
        return False
    return not text[quote.inner_start:found.source[0]].strip() and not text[found.source[1]:found.cue[0]].strip()


def _claims(f: Found, quote: Quote) -> bool:
    """Whether ``f``'s content takes up part of ``quote``: a report the speaker makes inside the quotation
    ('“My lawyer told me the case was strong.': cue and content within the marks) claims nothing; the
    quotation is still the speaker's, and the report inside it stands as well."""
    if min(f.content[1], quote.end) <= max(f.content[0], quote.start):
        return False
    inside = quote.start < f.cue[0] and f.cue[1] <= quote.end and quote.start < f.content[0] and f.content[1] <= quote.end
    return not inside


def _end(f: Found) -> int:
    """Where the words of ``f`` end: its content, cue, source or addressee, whichever is last."""
    return max(f.content[1], f.cue[1], f.source[1] if f.source else 0, f.addressee[1] if f.addressee else 0)


def split_at_paragraphs(found: Sequence[Found], text: str) -> list[Found]:
    """A content that runs from its cue's paragraph into the next is two attributions.

    'Pompeo said the release “gives us hope for the talks.\n“We see these developments as
    hopeful signs.”': the quotation left open runs on into the next paragraph, but the first
    paragraph is a statement and the second a quotation of its own, continuing the same
    speaker (``continues``). So with a quotation resumed after its cue ('“A,” the statement
    continued. “B.\n“C.”': A and B, then C). A quotation whose cue comes after it ("“A.\n“B,”
    she said") is one quotation across paragraphs, and stays whole; so does one whose last
    paragraph goes on after it, where a cue of its own may follow ('“A.\n“B,” added X.').
    """
    out: list[Found] = []
    for f in found:
        start, end = f.content
        cut = text.find("\n", max(start, f.cue[1]), end)
        if cut < 0 or f.continues is not None or f.cue[0] >= cut or f.cue[0] == f.cue[1]:
            out.append(f)
            continue
        first_end = cut
        while first_end > start and text[first_end - 1].isspace():
            first_end -= 1
        rest = cut
        while rest < end and text[rest].isspace():
            rest += 1
        line_end = text.find("\n", end)
        if rest >= end or text[rest] not in "\"“«„" or first_end - start < 2 \
                or text[end:len(text) if line_end < 0 else line_end].strip():
            # the last paragraph goes on after the quotation ('…,” added Rep. Clyburn'): its own cue may claim it
            out.append(f)
            continue
        parts = tuple((s, min(e, first_end)) for s, e in f.parts if s < first_end)
        first = text[start:first_end]
        kind = f.kind if f.kind == "direct" and first.lstrip()[:1] in "\"“«„" else \
            "mixed" if any(m in first for m in "\"“”«") else "indirect"
        out.append(f._replace(content=(start, first_end), kind=kind, parts=parts if len(parts) > 1 else ()))
        out.append(Found(kind="direct", content=(rest, end), cue=(rest, rest), source=None, source_head=None,
                         addressee=None, addressee_head=None, score=f.score, cue_head=f.cue_head, medium=f.medium,
                         continues=f.cue))
    return out


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` finishes a sentence without starting another or quoting anyone."""
    rest = text[start:end].rstrip()
    return not any(m in rest for m in "\"“”«»") and re.search(r"[.!?]\s", rest) is None
