"""Attributions found by their form where no cue's parse found them: a trailing ", a new study reports."
or a noun read as the cue (``tail_report_finds``), "In the words of X" (``words_of_finds``), and the
inverted frames "Said Smith: “…”", "“…” — Smith" (``inverted_finds``). Pure, the Doc is not touched."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from spacy.tokens import Doc

from sayso.nlp.extract.assembly import kind_of
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.cue_scores import TAIL_REPORT_SCORE
from sayso.nlp.extract.found import Found, Range, overlaps
from sayso.nlp.extract.inverted_cues import inverted_cues
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.manner_trailers import manner_trailers
from sayso.nlp.extract.medium import medium_of
from sayso.nlp.extract.noun_cues import root_noun_cues
from sayso.nlp.extract.poll_findings import poll_frames
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.tail_reports import tail_reports
from sayso.nlp.extract.words_of import words_of


def tail_report_finds(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: Sequence[Found]) -> list[Found]:
    """", a new study reports." with "reports" tagged a noun (``tail_reports``), "The group state that ..." with
    "state" read as the head noun (``noun_cues``), "In a CNN poll, Clinton held a lead" (``poll_findings``, outside
    quotations), where no cue found the clause."""
    out = []
    polls = [t for t in poll_frames(doc) if quotes.containing(t.cue.idx) is None]
    for t in [*tail_reports(doc, lexicon.verbs, lexicon.documents), *root_noun_cues(doc, lexicon.verbs), *polls]:
        if any(overlaps(f.content, t.content) for f in found):
            continue
        content = Content("head_ccomp", *t.content)
        first, head = t.source
        out.append(Found(kind=kind_of(content, quotes, quotes.text, t.cue.idx), content=t.content, cue=(t.cue.idx, t.cue.idx + len(t.cue)),
                         source=(first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=t.cue.i,
                         medium=medium_of(t.cue, [t.cue], head, lexicon.media, lexicon.documents)))
    return out


def words_of_finds(doc: Doc, quotes: QuoteIndex, found: Sequence[Found]) -> list[Found]:
    """ "In the words of X: “…”", "In X's words, “…”" (``words_of``), where no cue found the quotation."""
    out = []
    for w in words_of(doc, quotes):
        if any(overlaps(f.content, w.content) for f in found):
            continue
        first, last = w.cue
        src_first, head = w.source
        content = Content("quote_after", *w.content, quote=True)
        out.append(Found(kind=kind_of(content, quotes, quotes.text, first.idx), content=w.content, cue=(first.idx, last.idx + len(last)),
                         source=(src_first.idx, head.idx + len(head)), source_head=head.i, addressee=None, addressee_head=None,
                         score=TAIL_REPORT_SCORE, cue_head=last.i, medium="unknown"))
    return out


def inverted_finds(doc: Doc, quotes: QuoteIndex, lexicon: Lexicon, found: list[Found]) -> list[Found]:
    """ "Said Smith: “…”", "“…” — Smith, in a statement", "“…,” came the reply from X" (``inverted_cues``),
    '“…,” Dan Fishback whines.' (``manner_trailers``).

    The frame's speaker replaces what a cue inside the frame made of it (a colon cue reading
    "Said Smith" as a name, "statement" with no speaker); a quotation another cue outside the
    frame already claims is left to it.
    """
    out = list(found)
    for inv in chain(inverted_cues(doc, quotes, lexicon.media), manner_trailers(doc, quotes)):
        if inv.cue[0] < inv.content[0]:
            frame = (inv.cue[0], inv.content[0])  # "Said Smith: " up to the quotation
        else:
            frame = (inv.content[1], max(inv.cue[1], inv.source.end_char) + 1)
        # what claims the quotation, and a cue of the frame's own words that took them for its content ("Said the
        # mayor, who was angry:" over the quotation's paragraph read as a report of "the mayor, who was angry")
        claims = [f for f in out if overlaps(f.content, inv.content)
                  or (frame[0] <= f.cue[0] < frame[1] and frame[0] <= f.content[0] and f.content[1] <= frame[1])]
        kept: list[Found] = []
        for f in claims:
            if frame[0] <= f.cue[0] < frame[1] or f.source is None:
                continue  # the frame's own words, misread: "Said Smith" as a name, "statement" with no speaker
            rest = tuple(p for p in f.parts if not overlaps(p, inv.content))
            if not f.parts or not rest:
                break  # '“…,” he said. — Smith': the quotation has its cue already
            kept.append(without_part(f, rest))  # '“Why?” X asked. “Never,” came the reply from Y': X keeps "Why?"
        else:
            out = [f for f in out if f not in claims] + kept
            head = inv.source.root
            cue_tok = doc.char_span(inv.cue[0], inv.cue[1], alignment_mode="expand")
            out.append(Found(kind="direct", content=inv.content, cue=inv.cue,
                             source=(inv.source.start_char, inv.source.end_char), source_head=head.i, addressee=None,
                             addressee_head=None, score=TAIL_REPORT_SCORE,
                             cue_head=cue_tok.root.i if cue_tok is not None else head.i, medium=inv.medium))
    return out


def without_part(f: Found, rest: tuple[Range, ...]) -> Found:
    """``f`` with its content cut to the parts ``rest`` (one part is a plain content)."""
    content = (rest[0][0], rest[-1][1])
    return f._replace(content=content, parts=rest if len(rest) > 1 else ())
