"""Candidate cues and contents on the dependency parse, with the features that score them.

Pure functions of a parsed ``Doc`` (never mutated). The same feature functions serve
inference (``attributions.py``) and training (``bench/train_attribution.py``), so a
model trained on PolNeAR sees exactly what it is later applied to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.according_scope import according_sides
from sayso.nlp.extract.addressees import RECIPIENT_VERBS
from sayso.nlp.extract.aside_adjuncts import adjunct_after_aside, clause_past_fronted_adverbial
from sayso.nlp.extract.asked_questions import asked_person, question_on_asker
from sayso.nlp.extract.claimed_charges import claimed_modifier
from sayso.nlp.extract.clear_words import idiom_words, past_circumstances
from sayso.nlp.extract.colon_blocks import colon_paragraph_end, title_line
from sayso.nlp.extract.coordinated_acts import coordinated_act
from sayso.nlp.extract.court_reports import court_heard
from sayso.nlp.extract.dashes import clause_past_dashed_relative
from sayso.nlp.extract.day_clauses import clause_after_adjunct, clause_on_the_day
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES, SUBJECTS, to_infinitive
from sayso.nlp.extract.free_relatives import free_relative_gap, free_relative_word
from sayso.nlp.extract.held_views import held_view, linking_words, view_clause
from sayso.nlp.extract.implicatives import implicative_words
from sayso.nlp.extract.inner_trailers import inner_lead_in, inner_trailer
from sayso.nlp.extract.inverted_asides import aside_parts, inverted_aside
from sayso.nlp.extract.layouts import Layout
from sayso.nlp.extract.lexicon import Lexicon
from sayso.nlp.extract.light_verbs import (
    copular_clause,
    copular_content,
    copular_words,
    held_claim,
    light_verb_statement,
)
from sayso.nlp.extract.manner_clauses import manner_clause
from sayso.nlp.extract.misread_main_verbs import main_verb_read_as_modifier
from sayso.nlp.extract.page_notices import poll_form_line, poll_question, poll_widget, reader_notice
from sayso.nlp.extract.participle_clauses import claimed_clause, participle_clause
from sayso.nlp.extract.phrase_quotes import clause_before_second, quote_in_cue_phrase
from sayso.nlp.extract.place_headings import place_heading
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES, OPENING_DOUBLE, OPENING_QUOTES_BUT_STRAIGHT_SINGLE
from sayso.nlp.extract.quoted_run_ons import run_on_quote
from sayso.nlp.extract.quotes import Quote, QuoteIndex, final_mark
from sayso.nlp.extract.relative_reports import bare_restrictive_gap, indefinite_gap, reported_gap, restrictive_gap
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.saying_occasions import without_occasions
from sayso.nlp.extract.self_names import names_oneself
from sayso.nlp.extract.speaking_gestures import clause_past_gesture, gesture_while_saying, report_of_its_own
from sayso.nlp.extract.surname_subjects import misparsed_surname
from sayso.nlp.extract.talking_moments import talking_moment
from sayso.nlp.extract.told_gatherings import gathering_end
from sayso.nlp.extract.transcripts import inline_turn, turn_end, written_as_name
from sayso.nlp.extract.vocabulary import (
    CLAUSE_DEPS,
    CONTENT_HEAD_DEPS,
    CONTENT_KINDS,
    CUE_CHILD_DEPS,
    NOUN_CLAUSE_DEPS,
    SUBJ_DEPS,
)
from sayso.nlp.extract.wanted_answers import asking_words
from sayso.nlp.extract.work_titles import titled_work

__all__ = ["CLAUSE_DEPS", "CONTENT_HEAD_DEPS", "SUBJ_DEPS", "Content", "content_candidates", "content_features",
           "cue_features", "cue_tokens", "is_cue_candidate", "speaker_colon"]


class Content(NamedTuple):
    """A candidate content span (character offsets) and how it was found."""

    kind: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...] = ()
    quote: bool = False


def char_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


_TRAILING_WORDS = ("and", "but", "or", "as", "so")
# "“…?” US Senator Jeff Sessions said as he ...": the words a speaker before the cue may take (a name and a title)
MAX_SPEAKER_WORDS = 6
# The verbs that report a quotation closed before them in a sentence of their own ("“…?” Trump said of Apple ...")
QUOTE_BEFORE_VERBS = read_words("quote_before_verbs.txt")
# Verbs whose object is the one spoken to ("told reporters", "asked the crowd"), not what was said
_ADDRESSEE_OBJECT_VERBS = frozenset({"tell", "ask"})
# What may follow such a cue and only tell about the saying: "of Apple", "as he launched the process", "on Monday"
_ABOUT_THE_SAYING = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "dative", "agent"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # personal pronouns a speaker is named by
_ADVERB_TOO = ("as", "so")  # "plans to do so", "see it as": a conjunction dangles only after a comma
_SO_ADVERBS = frozenset({"far", "much", "many", "long", "few", "little"})  # "so far", "so many": "so" opens the clause


def _trim_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing commas, dashes, spaces and dangling conjunctions (never quote marks)."""
    while True:
        while start < end and text[start] in " \t\n\xa0,;:—–-":
            start += 1
        while end > start and text[end - 1] in " \t\n\xa0,;:—–-(":
            end -= 1
        head_word = text[start:start + 4].lower()
        lead = next((w for w in ("and ", "but ", "or ", "so ") if head_word.startswith(w)), None)
        if lead == "so " and text[start + 3:end].split(" ", 1)[0].lower().strip(",") in _SO_ADVERBS:
            lead = None  # "So far this year, 14 states passed ...": an adverb, no conjunction
        if lead is not None and end - start > len(lead) + 1:
            start += len(lead)
            continue
        tail = text[max(start, end - 4):end].lower()
        word = next((w for w in _TRAILING_WORDS if tail.endswith(w) and (end - len(w) == start or not text[end - len(w) - 1].isalnum())
                     and (w not in _ADVERB_TOO or text[:end - len(w)].rstrip().endswith(","))), None)
        if word is None or end - len(word) <= start:
            return start, end
        end -= len(word)


# a passage quoted inside a quotation and closed with it: a mark of the sentence, then the inner and outer closes
_NESTED_CLOSE = re.compile(r"[,;:]?[’']\s*[”\"]$")


def nested_close_end(text: str, start: int, end: int) -> int:
    """The end of a content without the closing marks of a passage quoted inside a quotation that it runs to:
    '“... He said, ‘Mom is on her way,’”' reads "Mom is on her way", not "Mom is on her way,’”". Only where
    the content opens none of those marks itself (a content quoted whole keeps its marks)."""
    span = text[start:end]
    m = _NESTED_CLOSE.search(span)
    if m is None or any(c in span for c in "‘“") or m.start() == 0:
        return end
    return start + m.start()


trim_punct = _trim_punct  # the same trimming for a content shaped after the candidates (``according_forms``)


def _extend_to_quotes(start: int, end: int, quotes: QuoteIndex, sent_end: int) -> tuple[int, int]:
    """A content that stops inside a quotation, or right before a colon and a quotation
    in the same sentence ("the quality: “Steadiness.”"), runs to the quotation's end."""
    for q in quotes.overlapping(start - 1, sent_end):
        if q.start < end < q.end and q.start >= start - 1:
            end = q.end
        elif end <= q.start < sent_end and quotes.text[end:q.start].strip() == ":":
            end = q.end
    return start, end


def speaker_colon(token: Token, labels: frozenset[str] = frozenset()) -> bool:
    """A transcript-style colon: "PENCE: Well, ..." or "Rush Limbaugh: ..." opening a line."""
    if token.text != ":" or token.i == 0:
        return False
    if inline_turn(token, labels):
        return True  # "... Wallace pressed him. PENCE: I think ...": a transcript's turn set inside a paragraph
    doc = token.doc
    before: list[Token] = []
    for t in reversed(doc[max(0, token.i - 6):token.i]):
        if "\n" in t.text or "\n" in t.whitespace_:
            break  # the previous line
        before.insert(0, t)
    dash = _dash_before_name(before, token)
    if dash is not None:
        before = before[dash + 1:]  # "A SEISMIC SHIFT - David Wasserman: “…”": a digest's heading, a dash, the name
    elif before and before[0].text in _OPENING_QUOTES and not before[0].whitespace_:
        if not _line_break_before(before[0]):
            return False
        before = before[1:]  # '"Chris Matthews: Seriously, ...': a transcript's turn set in quotation marks
    elif before and not _line_break_before(before[0]):
        return False  # the name must open its line
    if not before or len(before) > 4 or before[0].is_space:
        return False
    first = before[0]
    if place_heading(before, token):
        return False  # "Kentucky: Republican Ernie Fletcher ... is battling ...": a roundup's heading, no speaker
    if first.lower_ in labels:
        return False  # "Note:", "Warning:", "Update:" label text, nobody speaks
    if first.lower_ == "dear":
        return False  # "DEAR ABBY:", "Dear Sir:": a letter's salutation names its addressee, not its writer
    if before[-1].like_num or (len(before) > 1 and len(before[-1]) == 1 and before[-1].is_alpha):
        return False  # "Path B:", "Group 2:", "Option A:": a list item's label; a name ends in a name
    return all(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) or t.lower_ in (".", "'s", "’s")
               or (t.text == "-" and not t.whitespace_ and 0 < k < len(before) - 1 and not before[k - 1].whitespace_)
               or written_as_name(t) for k, t in enumerate(before))
    # "Seitz-Wald" is a name in three tokens; "Matthews", which the tagger reads as a common noun at a line's
    # start, is a name the text writes with its capital inside a sentence ("led by MSNBC's Chris Matthews")


_OPENING_QUOTES = frozenset(OPENING_DOUBLE)
_SPACED_DASHES = frozenset({"-", "--", "—", "–"})


def _dash_before_name(before: Sequence[Token], colon: Token) -> int | None:
    """Where in ``before`` (the words on the colon's line before it) a dash set off by spaces stands, when a
    quotation opens right after the colon: a digest's line "INDIANA FAVORS CRUZ - David Wasserman: “…”" (a
    heading or a summary, a dash, the one quoted) names the speaker after the dash, as a transcript's line opens
    with it. Without the quotation ("Update - Note: the office is closed") the words after the colon are nobody's."""
    doc = colon.doc
    nxt = colon.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].text not in _OPENING_QUOTES:
        return None
    for k in range(len(before) - 2, 0, -1):
        t = before[k]
        if t.text in _SPACED_DASHES and t.whitespace_ and before[k - 1].whitespace_:
            return k
    return None


def _line_break_before(token: Token) -> bool:
    """``token`` opens its line: the text's first token, or one after a line break."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def is_cue_candidate(token: Token, lexicon: Lexicon) -> bool:
    if token.text == ":":
        return speaker_colon(token, lexicon.colon_labels)
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    if token.pos_ in ("ADJ", "VERB") and held_view(token):
        return True  # "are worried that ...", "is frustrated that ...": a view held
    if token.pos_ in ("VERB", "AUX"):
        if names_oneself(token):
            return False  # "who identified himself only as “Eleonora67”": a name given, no statement
        if clause_past_gesture(token) is not None:
            return False  # "said, pointing to the chart, that the rate fell": a gesture; the clause is the cue's
        if any(report_of_its_own(c) for c in token.children):
            return False  # "told reporters, pointing out that sales fell": one statement, the participle's
        return token.lemma_.lower() in lexicon.verbs or court_heard(token) or manner_clause(token)
    if token.pos_ in ("NOUN", "PROPN"):
        # "made the case that ...": a noun the lexicon leaves out (a court's "case") is a cue under a light verb,
        # and so is a view with its holder and its clause ("Comey's conclusion that ...")
        return token.lemma_.lower() in lexicon.nouns or light_verb_statement(token) or held_claim(token) \
            or copular_clause(token) is not None  # "His position is that ...": the noun says it through "is"
    return False


CUE_ADJUNCT_NOUNS = frozenset(
    "statement interview email e-mail letter tweet post speech release conference call briefing memo "
    "op-ed column appearance remarks testimony filing motion brief complaint affidavit lawsuit declaration "
    "message podcast newsletter essay editorial blog".split()
)


def cue_tokens(token: Token, content: tuple[int, int] | None = None) -> list[Token]:
    """The cue's words, as PolNeAR marks them: the verb with its auxiliaries, particles and
    adverbs ("has also said"), the preposition whose object is the content ("called for"),
    "in a statement" / "in an interview", or "according to"."""
    if token.lower_ == "according" and token.i + 1 < len(token.doc):
        return [token, token.nbor()]
    toks = [token]
    surname = misparsed_surname(token)  # "says Early": the speaker, not an adverb of the cue
    for child in token.children:
        if child == surname:
            continue
        if child.dep_ in ("aux", "auxpass", "neg", "prt", "advmod") and abs(child.i - token.i) <= 3 and not child.is_punct:
            if child.dep_ != "advmod" or child.pos_ == "ADV":
                toks.append(child)
                # "no longer believes": the "no" the parse hung on "longer" negates the cue with it
                toks += [g for g in child.children if g.dep_ == "neg" and g.i == child.i - 1 and child.dep_ == "advmod"]
        elif child.dep_ == "prep" and child.i == token.i + 1:
            pobj = next((p for p in child.children if p.dep_ in ("pobj", "pcomp")), None)
            if content is not None and pobj is not None and content[0] in (pobj.idx, pobj.left_edge.idx):
                toks.append(child)  # "called for X", "referred to X"
            elif pobj is not None and pobj.lemma_.lower() in CUE_ADJUNCT_NOUNS and child.lower_ == "in":
                toks += [t for t in child.subtree if t.i <= pobj.i]  # "said in a statement"
    toks += _clause_for(token, content)  # "called for lawmakers to pass the budget": "for" opens the clause
    toks += linking_words(token)  # "are not convinced that ...": the adjective's verb and its negation
    toks += copular_words(token)  # "His position is that ...": the noun's "is"
    toks += implicative_words(token)  # "were quick to cast": the adjective and its "were"
    idiom = idiom_words(token)
    if content is not None and any(content[0] <= t.idx < content[1] for t in idiom):
        idiom = []  # "made it clear later that ...", content "it clear later that ...": cue and content never share a word
    toks += idiom  # "made it clear that ...": the idiom's words, not the bare "made"
    toks += asking_words(token, content)  # '“Why?” Issa wanted to know': "to know"
    if idiom:  # "made clear earlier in the week": the idiom ends the cue, not an adverb of "made" after it
        toks = [t for t in toks if t.i <= idiom[-1].i]
    toks.sort(key=lambda t: t.i)
    # keep the contiguous run around the head only
    run = [token]
    for t in reversed([t for t in toks if t.i < token.i]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
    for t in [t for t in toks if t.i > token.i]:
        if t.i == run[-1].i + 1:
            run.append(t)
    return run


def _clause_for(token: Token, content: tuple[int, int] | None) -> list[Token]:
    """The "for" right after the cue that opens its clause ("called for lawmakers to pass the budget", the parse's
    one clause "for X to Y"), where the content starts after it (``demanded_things.demand_with_its_doer``): the
    cue is "called for", as PolNeAR marks it and as where the parse made "for" a preposition of the cue."""
    doc = token.doc
    if content is None or token.i + 2 >= len(doc):
        return []
    mark = doc[token.i + 1]
    if mark.lower_ == "for" and mark.dep_ == "mark" and mark.head.head == token and content[0] == doc[mark.i + 1].idx:
        return [mark]
    return []


def _subtree_without(head: Token, exclude: Token | None) -> list[Token]:
    if exclude is None:
        return list(head.subtree)
    lo, hi = exclude.left_edge.i, exclude.right_edge.i
    return [t for t in head.subtree if not lo <= t.i <= hi]


def content_candidates(token: Token, quotes: QuoteIndex) -> list[Content]:
    """Every span that could be what ``token`` (a cue) attributes."""
    out: list[Content] = []
    seen: set[tuple[int, int]] = set()
    run_ons: list[tuple[Quote, str, Token]] = []  # quoted clauses the parse ran on into the writer's "as ..."

    sent_end = token.sent.end_char

    def add(kind: str, rng: tuple[int, int] | None, parts: tuple[tuple[int, int], ...] = (), quote: bool = False) -> None:
        if rng is None:
            return
        if kind not in CONTENT_KINDS:
            raise ValueError(f"candidate kind {kind!r} is not in the feature vocabulary (vocabulary.CONTENT_KINDS)")
        s, e = _trim_punct(quotes.text, *rng)
        if not quote:
            s, e = _trim_punct(quotes.text, s, nested_close_end(quotes.text, s, e))
            s, e = _trim_punct(quotes.text, s, channel_start(token.doc, s, e))
            after_gathering = gathering_end(token, token.doc, s, e)
            if after_gathering != s:  # "told a briefing prices would rise": the clause the parse ran the hearers into
                s, e = _trim_punct(quotes.text, after_gathering, e)
                kind = "child_ccomp"
            # ", while B has 33 percent, according to X": X's finding, no narration; nor before its cue ("A is near
            # four million, while B is nearly two million, Netcraft said": the speaker's contrast, audit 67 S138)
            if token.lower_ != "according" and e > token.idx:
                s, e = _trim_punct(quotes.text, s, narration_start(token.doc, s, e))
            s, e = _extend_to_quotes(s, e, quotes, sent_end)
        if e - s < 2 or (s, e) in seen or _only_a_title(quotes, s, e):
            return
        if s <= token.idx < e and not any(ps <= token.idx < pe for ps, pe in parts) and not parts:
            return  # a content never contains its own cue (a split one runs around it)
        seen.add((s, e))
        clipped = []
        for ps, pe in parts:
            ps, pe = _trim_punct(quotes.text, max(ps, s), min(pe, e))
            if pe > ps:
                clipped.append((ps, pe))
        out.append(Content(kind, s, e, tuple(clipped) if len(clipped) > 1 else (), quote))

    inner = inner_trailer(token, quotes)
    if inner is not None:  # '“‘Take the guns first,’ Trump said.”': the inner quotation its trailer closes, alone
        add("quote_before", inner, quote=True)
        return out
    lead_in = inner_lead_in(token, quotes)
    if lead_in is not None:  # '“My father said, ‘Never give up,’” she recalled': the inner quotation it opens, alone
        add("quote_after", lead_in, quote=True)
        return out
    if token.text == ":":
        line_end = quotes.text.find("\n", token.idx)
        add("colon_rest", (token.idx + 1, turn_end(token, len(quotes.text) if line_end < 0 else line_end)))
        return out
    if free_relative_word(token) is not None and free_relative_gap(token) is None:
        # "what Trump threatened to do", "asked what she says": the relative names nothing said; but "Here is what
        # the memo says:" closing its line points at the paragraph below, which is what it says
        _colon_paragraph(token, quotes.text, add, quotes.layout)
        return out
    _colon_paragraph(token, quotes.text, add, quotes.layout)
    if token.lower_ == "according":
        before, after = according_sides(token)  # the clause the phrase qualifies, on each side of it
        add("according_before", char_range(before))
        add("according_after", char_range(after))
    elif token.pos_ in ("NOUN", "PROPN"):
        # a cue noun takes a that/to-clause or what follows "of"/"about": "the claim that ..."
        for child in token.children:
            if child.dep_ in NOUN_CLAUSE_DEPS and child.left_edge.lower_ in ("that", "to", "whether") \
                    and not relative_pronoun(child.left_edge):
                add("child_" + child.dep_, char_range(child.subtree))
            elif child.dep_ == "prep" and child.lower_ in ("of", "about", "on", "that"):
                for p in child.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        add("prep_obj", char_range(p.subtree))
        copular = copular_content(token)
        if copular:
            add("child_ccomp", char_range(copular))  # "His position is that ...": hung on "is"
    else:
        for child in token.children:
            dep = child.dep_
            if dep == "intj" and child.lower_ in ("yes", "no") and child.i == token.i + 1 and _bare_answer(child):
                add("child_dobj", char_range([child]))  # "75 percent of Democrats said yes": the answer
            if dep in CLAUSE_DEPS or dep == "prep" or dep == "acl":
                if dep == "conj" and child.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ_DEPS for c in child.children):
                    continue
                if claimed_clause(token, child):
                    continue  # "filed a motion informing Lee they intend ...": the participle's clause, not "filed"'s
                if gesture_while_saying(child) or coordinated_act(token, child):
                    # "asked Franklin, pointing to a photo": what the speaker did, never what was said; "ads that
                    # promote, support, attack or oppose a candidate": another act with the same object
                    if not gesture_while_saying(child):
                        # "derided and insulted “the professional left”": the object the acts share is the cue's
                        # too; a bare pronoun ("found and rescued her") is no content
                        for obj in (c for c in child.children
                                    if c.dep_ in ("dobj", "ccomp") and c.i > child.i and c.pos_ != "PRON"):
                            add("child_" + obj.dep_, char_range(obj.subtree))  # as if its own object
                    continue
                run_on = run_on_quote(child, quotes) if dep in ("ccomp", "xcomp") else None
                if run_on is not None:
                    run_ons.append((run_on, dep, child))
                    continue  # 'chanted "Lock her up" as Trump spoke': the quotation is what was said, not the "as"
                gestured = clause_past_gesture(child)
                if gestured is not None:  # "said, pointing to the chart, that the rate fell": the cue's clause
                    add("child_ccomp", char_range(gestured.subtree))
                    continue
                add("child_" + dep, char_range(child.subtree))
                if dep == "prep":
                    for p in child.children:
                        if p.dep_ in ("pobj", "pcomp"):
                            add("prep_obj", char_range(p.subtree))
        clause = view_clause(token) if token.pos_ == "ADJ" and held_view(token) else None
        if clause is not None and clause.head.i != token.i:
            add("child_ccomp", char_range(clause.subtree))  # "was keenly aware, however, that ...": hung on "was"
        if any(c.dep_ == "agent" for c in token.children):
            question = question_on_asker(token)
            if question is not None:  # "was asked by a caller why ...": the question the parse hung on the caller
                add("child_ccomp", char_range(question.subtree))
            # "The plan was revealed by the Post": the passive subject is what is said; not the one asked
            subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and not complement_is_content(token) and not asked_person(token):
                add("passive_subj", char_range(subj.subtree))
        dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if dobj is not None:
            # "called North Korea a threat", "accused Cruz of lying": the object and its complement
            # a second object is the name given, which the parse made a dobj: "branded the law a power grab"
            comps = [c for c in token.children if c.i > dobj.i and c.dep_ in ("oprd", "xcomp", "prep", "ccomp", "advcl", "acomp", "dobj")
                     and not comma_adjunct(c) and not claimed_clause(token, c) and not occasion_clause(c)]
            comps = without_occasions(token, comps)  # "denied the claim on Monday": when, not what
            if comps:
                add("dobj_plus", (dobj.left_edge.idx, max(c.right_edge.idx + len(c.right_edge) for c in comps)))
        gap = reported_gap(token, past_circumstances(token, cue_tokens(token)[-1].i))
        if gap is not None:
            add("head_relcl", gap)  # "the car, which Nissan claims is the safest": the rest of the clause
        restrictive = restrictive_gap(token) or bare_restrictive_gap(token)
        if restrictive is not None:  # "a tonne of TNT that officials say was intended for ...": the noun and the rest
            gap = (restrictive[0][0], restrictive[1][1])
            add("head_relcl", gap, parts=restrictive)
        free = free_relative_gap(token)
        if free is not None:  # "spreading what she says is a false sense": "is a false sense", never "spreading"
            add("head_relcl", free)
            gap = gap or free
        indefinite = indefinite_gap(token)
        if indefinite is not None and indefinite.lower_ != "nothing":
            # "Everything Trump says is a lie": "Everything"; "Nothing Smith said was true" is not "Smith said nothing"
            add("head_relcl", char_range([indefinite]))
        head = token.head
        if token.dep_ == "advcl":
            head = clause_past_dashed_relative(head) or head  # "As X reported, according to police — who ... — the officer went"
            head = clause_past_fronted_adverbial(token, head)  # "As X noted, should it spread, one can assume ..."
            head = verb_of_auxiliary(head)  # "As X documented, this official — ... — was centrally involved in ..."
        day = clause_on_the_day(token)
        if day is not None:
            add("child_ccomp", day)  # "said Wednesday the death toll stood at 207": the parse made it the day's
        told = participle_clause(token)
        if told is not None:  # "filed a motion informing Lee they intend ...": the parse made it "filed"'s
            add("child_ccomp", char_range(told.subtree))
        after = clause_after_adjunct(token)
        if after is not None:
            add("child_ccomp", after)  # "said during a news conference that he may wait": the parse made it the conference's
        if gap is None and head.i != token.i and token.dep_ in CONTENT_HEAD_DEPS and not talking_moment(token):
            # not "As the senator speaks, a man bows his head": a clause of time on a verb that takes no clause
            toks = [t for t in _subtree_without(head, token) if t.sent == token.sent and not (t.is_punct and t.i in (head.left_edge.i, head.right_edge.i))]
            side = [t for t in toks if t.i < token.left_edge.i] if token.i > head.i else [t for t in toks if t.i > token.right_edge.i]
            charge = claimed_modifier(token)
            if charge is not None:  # "for selling out America to Russia, as members of both parties claim": the charge
                side = [t for t in charge.subtree if not t.is_punct]
            add("head_" + token.dep_, char_range(side))
            left = [t for t in toks if t.i < token.left_edge.i]
            right = [t for t in toks if t.i > token.right_edge.i]
            aside = inverted_aside(token)
            if aside is not None:  # "The plan, said the mayor, would cost millions": the plan's words join the rest
                left = [t for t in aside[0].subtree if not t.is_punct]
            adjunct = adjunct_after_aside(token)
            if adjunct is not None and not right:  # "This would be achieved, the memo said, with threats": hung on "said"
                right = [t for t in token.subtree if adjunct[0] <= t.idx < adjunct[1]]
            if left and right and token.dep_ in ("parataxis", "ccomp", "advcl", "ROOT") \
                    and not opening_frame(left, right, head):
                # a parenthetical cue: "The museum, Mr. Bush said, celebrated ..."
                lr, rr = char_range(left), char_range(right)
                if lr is not None and rr is not None:
                    add("head_both", (lr[0], rr[1]), parts=(lr, rr))
    parts = aside_parts(token)
    if parts is not None:  # "Any interpretation of ..., said Michael Kofman, an expert ..., would read this as ..."
        add("head_both", (parts[0][0], parts[1][1]), parts=parts)
    if talking_moment(token):
        # "As Obama spoke, protesters chanted “No more war”": the quotation is the clause's it dates, never the
        # talker's; only one inside the clause of time is ("As she spoke of “a new chapter”, ...")
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        _quote_candidates(token, quotes, lambda kind, rng, **kw: add(kind, rng, **kw) if lo <= rng[0] and rng[1] <= hi else None)
    else:
        _quote_candidates(token, quotes, add)
    if run_ons:
        out = _quotation_alone(out, run_ons, add)
    # "pushed back on the remarks, and said that ..., and he was exposing the audience to ideas found “in the real
    # world.”": where the cue has a coordinated act, a quotation in that act's words, or in a later conjunct clause,
    # is theirs, not the cue's
    others = [char_range(c.subtree) for c in token.children if c.dep_ == "conj" and c.i > token.i] \
        if any(coordinated_act(token, c) for c in token.children) else []
    return [c for c in out if not (c.quote and any(r is not None and r[0] <= c.start < r[1] for r in others))]


_OPENING_MARKS = tuple(OPENING_QUOTES_BUT_STRAIGHT_SINGLE)


def _quotation_alone(out: list[Content], run_ons: list[tuple[Quote, str, Token]], add) -> list[Content]:  # noqa: ANN001
    """The candidates that hold the quotation a run-on clause opened ('chanted "Lock her up" as Trump spoke'): it is
    what was said, and no other candidate stands beside it ('said "X" as the vote began, aides said' is not "aides
    said"; 'said "X" as the team left, but added that ...' is not "added that ..."). Without one (a title the quote
    candidates pass over), the clause comes back as before."""
    held = [c for c in out if c.quote and any(c.start <= q.start and q.end <= c.end for q, _, _ in run_ons)]
    if held:
        return held
    for _, dep, clause in run_ons:
        add("child_" + dep, char_range(clause.subtree))
    return out


def opening_frame(left: list[Token], right: list[Token], head: Token) -> bool:
    """The words before a parenthetical cue are only the phrase that opens the sentence and a quotation follows the
    cue ('In an advertisement for the book, Berg says, "More than my remembrances, ..."'): where and how it was
    said, which the parse hung on the quotation's verb, no first half of what was said. A subject before the cue
    ("The museum, Mr. Bush said, celebrated ...") is, and so is an opening phrase with no quotation after the cue
    ("In the end, he said, the plan failed": the speaker's words may be both halves)."""
    words = [t for t in left if not t.is_punct]
    if not words or not right:
        return False
    # the opening mark is the quotation's own, or the cue's where the parse hung it there ('Heyer said, "Dan ...')
    before = right[0].doc[right[0].i - 1] if right[0].i > 0 else right[0]
    if right[0].text not in _OPENING_MARKS and before.text not in _OPENING_MARKS:
        return False
    first = next((t for t in right if not t.is_punct), None)
    if first is None or first.text[:1].islower():
        return False  # 'Without the deal, he said, "we would be at war."': a quotation that goes on the sentence; the
        # opening phrase may be the speaker's own first half
    opener = words[0]
    if fronted_circumstance(words, head):
        return True
    return opener.dep_ == "prep" and opener.head == head and opener.i == opener.sent.start \
        and all(t.i in range(opener.left_edge.i, opener.right_edge.i + 1) for t in words)


_CIRCUMSTANCE_MARKS = read_words("circumstance_subordinators.txt")
_FIRST_SECOND = read_words("first_second_person.txt")


def fronted_circumstance(words: list[Token], head: Token) -> bool:
    """The words before the cue are one clause of time, cause or condition that opens the sentence ('When he first
    described the wall in December, he said, "We're going to do a wall ..."'; "As she left the court, she said,
    “I am innocent.”"): the writer's setting of the saying, hung by the parse on the quotation's verb, not a
    first half of what was said. The clause opens with a subordinator of ``circumstance_subordinators.txt`` (its
    mark, or "when" as its adverb), is an adverbial clause of the quotation's verb and holds every word before the
    cue. The caller asks only where a capitalised quotation follows the cue.

    A clause in the first or second person ('When we win, he said, "We will celebrate."'; ``first_second_person.txt``)
    is the speaker's own first half, not the writer's setting: it stays content."""
    opener = words[0]
    clause = opener.head
    return opener.lower_ in _CIRCUMSTANCE_MARKS and opener.dep_ in ("mark", "advmod") and opener.i == opener.sent.start \
        and clause.dep_ == "advcl" and clause.head == head \
        and all(clause.left_edge.i <= t.i <= clause.right_edge.i for t in words) \
        and not any(t.lower_ in _FIRST_SECOND for t in words)


def verb_of_auxiliary(head: Token) -> Token:
    """The verb an auxiliary serves, where the parse hung the fronted "as" clause (and the subject) on the
    auxiliary: "As Miller documented, this official — whom the paper did not name — was centrally involved in the
    worst abuses": a dash pair in the subject sends the parse astray, and the clause under "was" alone stops at
    "was", before its predicate (blind audit 47: content_wrong). An auxiliary heads no clause; its verb does."""
    if head.dep_ in ("aux", "auxpass") and head.head.i > head.i and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _bare_answer(word: Token) -> bool:
    """ "Asked if he was ever bullied, the candidate said no.": the word ends its clause and answers a question
    put in its sentence; "said no to the Iraq war", "Ford said no and that was it" (refused) are no answers."""
    doc = word.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if not (nxt is None or nxt.is_punct or nxt.dep_ in ("cc", "mark")):  # "said yes while 48 percent ..."
        return False
    return any(t.lemma_.lower() == "ask" for t in doc[word.sent.start:word.i])


def channel_start(doc: Doc, start: int, end: int) -> int:
    """Where a trailing "in a statement shared to its website" / "in an interview on Sunday"
    begins in a content ending with it, else ``end``: how something was said is not what was
    said ("denied the allegations in a statement ..." -> "the allegations")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return end
    for t in span[1:]:
        if t.dep_ == "prep" and t.lower_ in ("in", "via", "through") and t.right_edge.i >= span.end - 1:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in CUE_ADJUNCT_NOUNS and t.head.i == span.root.i:
                return t.idx
    return end


_NARRATION_MARKS = frozenset({"as", "while"})


def narration_start(doc: Doc, start: int, end: int) -> int:
    """Where a trailing ", as he deflected Republican attacks ..." begins in a content ending with it, else ``end``.

    A comma and "as"/"while" with a clause of its own subject closing the content is the
    writer's narration of the moment, not part of what was told ("told lawmakers it was his
    duty to report his concerns, as he deflected attacks on his loyalty"). ``content_candidates`` asks it only of a
    content after its cue: before it ("A is near four million, while B is nearly two million, Netcraft said") the
    clause is the speaker's.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 6:
        return end
    for t in span[2:]:
        if t.dep_ == "mark" and t.lower_ in _NARRATION_MARKS and t.head.dep_ == "advcl" and t.head.right_edge.i >= span.end - 1:
            before = doc[t.i - 1]
            if before.text == "," and any(c.dep_ in SUBJECTS for c in t.head.children):
                return before.idx
    return end


def relative_pronoun(token: Token) -> bool:
    """ "a statement that appeared to ...": "that" is the relative clause's subject or object,
    so the clause describes the noun; in "the claim that he lied" it is a conjunction and
    the clause is what is claimed (a conjunction, whatever relation the parse gives it)."""
    return token.lower_ in ("that", "which") and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass", "dobj")


def fronted_adjunct(child: Token) -> bool:
    """ "In a lengthy report by Rosiak, he writes:": a prepositional phrase before its verb, set off by a comma, is
    the saying's circumstance (where, when, in what), never what was said; "About the plan he said little" has no
    comma and a phrase after the verb ("spoke about the plan") is left to the other candidates."""
    if child.dep_ != "prep" or child.i > child.head.i:
        return False
    after = child.right_edge.i + 1
    return after < child.head.i and child.doc[after].text == ","


def complement_is_content(token: Token) -> bool:
    """A passive cue with a clause of its own: "Nine countries were urged by the WHO to prepare for an attack" (what
    is urged is the infinitive "to prepare ...", not "Nine countries"), "It was reported by the hotel there was a
    shooter" ("It" is a placeholder for the clause). "The plan was revealed by the Post" has none, "She is seen
    by party leaders as credible" no infinitive, and in "The initiative was called by the SVP to force a vote" the
    infinitive is the act's purpose, "call" no verb of telling someone (``RECIPIENT_VERBS``): their subject stays."""
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    placeholder = subj is not None and subj.lower_ == "it"
    addressed = token.lemma_.lower() in RECIPIENT_VERBS  # "were urged", "was told", "was asked": the subject is whom
    return any((c.dep_ == "ccomp" and placeholder) or (c.dep_ == "xcomp" and addressed and to_infinitive(c))
               for c in token.children)


# the words that open a clause of the time or occasion of an act ("when introducing Pence", "while opening the library")
_OCCASION_WORDS = frozenset({"when", "while", "whenever", "before", "after", "until", "till", "since", "once", "during"})
# verbs whose object may be followed by the question they ask ("asked the minister when the plant would close")
_QUESTION_VERBS = frozenset({"ask", "question", "quiz", "press", "wonder", "inquire", "query"})


def occasion_clause(child: Token) -> bool:
    """ "addressed the controversy when introducing Pence Thursday": an adverbial clause that opens on a word of time
    is the occasion of the act, never the complement of its object (the object alone is what the act was about)."""
    if child.dep_ != "advcl":
        return False
    first = child.left_edge
    if child.head.lemma_.lower() in _QUESTION_VERBS:
        return False  # "asked Horowitz when his team had discovered the message": the clause is the question asked
    if child.lemma_.lower() == "come" and any(c.lower_ == "it" and c.dep_ == "nsubj" for c in child.children):
        return False  # "when it comes to the tax code": what the object is about, no occasion
    if any(_names_act(s) for s in child.head.children if s.i < child.i):
        return False  # "accused X of misleading parliament before the war began": it may date the act, not the cue
    return first.lower_ in _OCCASION_WORDS and first.dep_ in ("advmod", "mark", "prep") and first.head.i == child.i


def _names_act(sibling: Token) -> bool:
    """Whether a complement of the cue (or its object) names a charge or a reason, an act of its own ("accused X of
    misleading parliament", "blamed X for stopping play", "urged X to act"), which a clause of time after it may date
    (the parse often hangs "of"/"for" on the object and tags the gerund a noun)."""
    if sibling.dep_ == "xcomp" and sibling.pos_ in ("VERB", "AUX"):
        return True
    if sibling.dep_ == "prep":
        return sibling.lower_ in ("of", "for")
    return sibling.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in sibling.children)


def comma_adjunct(child: Token) -> bool:
    """ "welcomed the exchange, saying ...": a clause set off by a comma is an adjunct of the
    sentence (often an attribution of its own), not the complement of the object. A comma inside the closing
    quotation mark sets it off too ("called him a “fucking Islamophobe,” saying ...")."""
    if child.dep_ != "advcl":
        return False
    i = child.left_edge.i - 1
    while i > 0 and child.doc[i].is_quote and child.doc[i].is_punct:
        i -= 1
    return i >= 0 and child.doc[i].text in (",", "—", "–", ";")


def _colon_paragraph(token: Token, text: str, add, layout: Layout = Layout.PARAGRAPH_LINES) -> None:  # noqa: ANN001
    """ "RT reports:" closing a paragraph: the next paragraph is what is reported (``colon_paragraph_end``: in
    blank-line paragraphs all its lines, not its first alone)."""
    right = token.right_edge
    after = text[token.idx + len(token):right.idx + len(right) + 2] if right.i >= token.i else ""
    colon = text.find(":", token.idx + len(token), right.idx + len(right) + 2)
    if colon < 0 or colon - (token.idx + len(token)) > 40 or ":" not in after:
        return
    rest = text[colon + 1:text.find("\n", colon) if text.find("\n", colon) >= 0 else len(text)]
    if rest.strip():
        return
    nxt = _next_nonspace(text, colon + 1)
    end = text.find("\n", nxt)
    widget: set[str] = set()  # a poll widget's question, repeated on the lines after its notice
    notice = False  # a notice to the reader was passed: a poll's question may stand on the line after it
    while nxt < len(text) and end >= 0 and (reader_notice(text[nxt:end]) or text[nxt:end].strip() in widget
                                            or poll_widget(text[nxt:end]) is not None
                                            or (notice and _poll_question_at(text, nxt) is not None)):
        # "take our poll - story continues below Whom do you consider ...?", or the question on the next line
        question = poll_widget(text[nxt:end]) or (_poll_question_at(text, nxt) if notice else None)
        if question is not None:
            widget.add(question)
        notice = notice or reader_notice(text[nxt:end])
        nxt = _next_nonspace(text, end)
        end = text.find("\n", nxt)
    if nxt >= len(text) or (widget and poll_form_line(text[nxt:end if end >= 0 else len(text)])):
        return  # the poll's answers and fields follow its question: what the frame gives is not found
    # only a document's frame ("reads:", "as follows:"): after "tweeted:" a line in capitals is the post itself
    if end >= 0 and (token.lemma_.lower() == "read" or "follows" in after) and title_line(text[nxt:end]):
        below = _next_nonspace(text, end)  # "reads as follows:" then the document's title: its text is below
        if below < len(text) and re.search(rf"[.!?][{CLOSING_QUOTES}]?\s*$", text[below:colon_paragraph_end(text, below, layout)]):
            nxt = below
    add("colon_para", (nxt, colon_paragraph_end(text, nxt, layout)))


def _poll_question_at(text: str, at: int) -> str | None:
    """The poll's question on the line at ``at``, read with the few non-blank lines after it (``poll_question``)."""
    return poll_question([line for line in text[at:].split("\n", 8)[:8] if line.strip()])


def _only_a_title(quotes: QuoteIndex, start: int, end: int) -> bool:
    """The span is one quotation that is the title of a work ("said on CBS's “Face the Nation.”", the parse's
    clause of "Face"): a name, never what was said (``work_titles``)."""
    found = quotes.overlapping(start, end)
    return len(found) == 1 and found[0].start >= start - 2 and found[0].end <= end + 2 \
        and titled_work(quotes.text, found[0])


def _next_nonspace(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _quote_candidates(token: Token, quotes: QuoteIndex, add) -> None:  # noqa: ANN001
    """Quotes in or next to the cue's sentence, and quote pairs split by the cue."""
    sent = token.sent
    s0, s1 = sent.start_char, sent.end_char
    cue_at = token.idx
    near: list[Quote] = []
    for q in quotes.overlapping(s0, s1 + 4):
        if q.start <= cue_at < q.end:
            continue
        if q.start < s1 and q.end > s0:
            near.append(q)
        elif s0 <= q.start <= s1 + 3 and q.start >= s1 and sent.text.rstrip().endswith((":", ",")):
            near.append(q)
        elif q.start >= s1 and q.start - s1 <= 2 and _colon_before(quotes.text, q.start):
            near.append(q)
    if not any(q.end <= cue_at for q in near):
        prev = _quote_ending_before(sent, quotes, token)
        if prev is not None:
            near.insert(0, prev)
    before = [q for q in near if q.end <= cue_at]
    # '“…,” Pence said on CNN's “State of the Union.”': a title after the cue is a name, not the quotation's rest
    after = [q for q in near if q.start > cue_at and not titled_work(quotes.text, q)]
    if before:
        q = before[-1]
        add("quote_before", (q.start, q.end), quote=True)
    if after:
        q = after[0]
        add("quote_after", (q.start, q.end), quote=True)
    if before and after:
        a, b = before[-1], after[0]
        # 'Chiodi, a “moral theologian” ..., proposed that “…”', '“…,” He added that Francis has revealed “…”'
        if not quote_in_cue_phrase(token, a.start, a.end) and not clause_before_second(token, b.start):
            add("quote_pair", (a.start, b.end), parts=((a.start, a.end), (b.start, b.end)), quote=True)
    elif before and not after:
        # "“A,” said X. “B.”": the quote resumes right after the cue's sentence
        text = quotes.text
        a = before[-1]
        nxt = quotes.first_after(cue_at)
        while nxt is not None and titled_work(text, nxt):  # '“A,” Flynn said on Fox News’s “Fox and Friends.” “B'
            nxt = quotes.first_after(nxt.start)
        gap = text[a.end:nxt.start] if nxt is not None else ""
        if nxt is not None and nxt.start - s1 <= 3 and "\n" not in gap and any(c in gap for c in ".!?"):
            add("quote_pair_next", (a.start, nxt.end), parts=((a.start, a.end), (nxt.start, nxt.end)), quote=True)


def _quote_ending_before(sent: Span, quotes: QuoteIndex, cue: Token) -> Quote | None:
    """ "“…right?” Sanborn said.": the parser ended the sentence inside the quotation.

    A quotation that closes on ". ? !" right before a short cue sentence ("Sanborn
    said.", "the reporter asked.") on the same line is that sentence's quote; so it is before a
    longer one that opens with its speaker and ``cue`` ("“Who do they think they are?” Trump said of
    Apple in February, when ...": ``_speaker_cue``), and then for that cue only ("... after an appearance
    during which callers asked how much ...": not the callers' quotation).
    """
    text = quotes.text
    if (len(sent) > 8 and _speaker_cue(sent) != cue) or any(t.is_quote for t in sent):
        return None
    prev = quotes.overlapping(max(0, sent.start_char - 4), sent.start_char)
    if not prev:
        return None
    q = prev[-1]
    gap = text[q.end:sent.start_char]
    if q.end > sent.start_char or gap.strip() or not q.closed:
        return None
    if "\n" in gap and not (gap.count("\n") == 1 and _whole_line(sent, text)):
        return None  # across a line only as one sentence a line: '“…!”\nTrump tweeted.'
    if len(sent) > 8 and cue.i > sent.start and _manner_adverb(cue.doc[cue.i - 1], cue):
        # '“Can I give it to James?” Brooke tearfully asked': only after a question or an exclamation, where the
        # parser's sentence break is the quotation's own mark; after a full stop a new sentence may say more
        return q if final_mark(text, q) in ("?", "!") else None
    return q if final_mark(text, q) in (".", "?", "!", ",") else None


@cache
def not_manner_adverbs() -> frozenset[str]:
    """``not_manner_adverbs.txt``: adverbs in -ly of when, how often or how known ("previously", "reportedly")."""
    return read_words("not_manner_adverbs.txt")


def _manner_adverb(token: Token, cue: Token) -> bool:
    """ "tearfully", "angrily": an adverb of how the cue was said, not of when or how often ("later", "also")."""
    return token.dep_ == "advmod" and token.head == cue and token.pos_ == "ADV" and token.lower_.endswith("ly") \
        and token.lower_ not in not_manner_adverbs()


def _speaker_cue(sent: Span) -> Token | None:
    """The verb of saying a sentence opens with after its speaker: "Trump said of Apple ...", "US Senator Jeff
    Sessions said as he launched ..." (the words before the verb are its subject, a name, a title or a personal
    pronoun, and all that follows the verb tells about the saying (``_ABOUT_THE_SAYING``) or is the one spoken
    to); else None."""
    cue = next((t for t in sent[:MAX_SPEAKER_WORDS + 1] if t.pos_ == "VERB" and t.lemma_ in QUOTE_BEFORE_VERBS), None)
    if cue is None or cue.i == sent.start or cue.dep_ != "ROOT":
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    # "Brooke tearfully asked": an adverb of manner may stand between the speaker and the cue ("She also argued",
    # "He then said": another statement follows)
    if subj is None or subj.left_edge.i != sent.start or not all(
            _manner_adverb(t, cue) for t in sent.doc[subj.right_edge.i + 1:cue.i]):
        return None
    if subj.pos_ not in ("PROPN", "NOUN") and subj.lower_ not in SPEAKER_PRONOUNS:
        return None  # "That said, President Trump made clear ...": an idiom, no speaker
    for child in cue.children:
        if child.i < cue.i or child.dep_ in _ABOUT_THE_SAYING:
            continue
        if child.dep_ == "dobj" and cue.lemma_ in _ADDRESSEE_OBJECT_VERBS \
                and not any(c.dep_ in NOUN_MODIFIER_CLAUSES for c in child.children):
            continue  # "told reporters", but not "told officers they were separating" (a clause the parse hung on them)
        return None  # a clause, an object or a conjunct of its own: what it says may stand after it
    return cue


def quote_before_speaker(token: Token, quotes: QuoteIndex) -> bool:
    """ "“Who do they think they are?” Trump said of Apple in February, when ...": ``token`` is the cue of a
    sentence that opens with its speaker right after a quotation the parser closed the sentence before in.

    What follows such a cue ("of Apple", "as he launched the process") tells about the saying, never what
    was said: the quotation is the content (``content_choice.pick_content``).
    """
    sent = token.sent
    return len(sent) > 8 and _speaker_cue(sent) == token and _quote_ending_before(sent, quotes, token) is not None


def _whole_line(sent: Span, text: str) -> bool:
    """The sentence is its line, alone: "Trump tweeted." under the quotation it closes."""
    line_end = text.find("\n", sent.start_char)
    rest = text[sent.end_char:len(text) if line_end < 0 else line_end]
    return not rest.strip() and (sent.start_char == 0 or text[sent.start_char - 1] == "\n")


def _colon_before(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \n\t\xa0":
        j -= 1
    return j >= 0 and text[j] == ":"


def in_quote(quotes: QuoteIndex, idx: int) -> bool:
    return quotes.containing(idx) is not None


def cue_features(token: Token, quotes: QuoteIndex, contents: Sequence[Content]) -> list[str]:
    lem = token.lemma_.lower() if token.lower_ != "according" else "according"
    deps = {c.dep_ for c in token.children}
    subj = next((c for c in token.children if c.dep_ in SUBJ_DEPS), None)
    dep, tag, head_pos = token.dep_, token.tag_, token.head.pos_
    if main_verb_read_as_modifier(token):
        # "The company, which ..., confirmed on Monday that": scored as the main verb it is, its subject the noun
        subj, dep, tag, head_pos = token.head, "ROOT", "VBD" if tag == "VBN" else tag, token.pos_
    feats = [
        "bias",
        f"lem={lem}",
        f"pos={token.pos_}",
        f"dep={dep}",
        f"tag={tag}",
        f"lem_dep={lem}|{dep}",
        f"lem_tag={lem}|{tag}",
        f"head_pos={head_pos}",  # a root's own: the cue model was trained so (a root is its own head)
    ]
    for d in CUE_CHILD_DEPS:
        if d in deps:
            feats.append(f"has_{d}")
            feats.append(f"lem_has_{d}={lem}")
    preps = sorted(c.lower_ for c in token.children if c.dep_ == "prep")
    for p in preps[:2]:
        feats.append(f"lem_prep={lem}|{p}")
    if subj is not None:
        ent = subj.ent_type_ or next((t.ent_type_ for t in subj.subtree if t.ent_type_), "")
        feats += [f"subj_pos={subj.pos_}", f"subj_ent={ent}", f"lem_subj={lem}|{subj.pos_}"]
        if subj.lower_ in ("it", "this", "that", "which"):
            feats.append(f"lem_subj_it={lem}")
    else:
        feats.append("no_subj")
        feats.append(f"lem_no_subj={lem}")
    if in_quote(quotes, token.idx):
        feats.append("in_quote")
        feats.append(f"lem_in_quote={lem}")
    kinds = {c.kind for c in contents}
    for k in kinds:
        feats.append(f"cand={k}")
        feats.append(f"lem_cand={lem}|{k}")
    if not contents:
        feats.append("no_cand")
    if token.i > 0:
        feats.append(f"prev={token.nbor(-1).lower_}")
    if token.i + 1 < len(token.doc):
        nxt = token.nbor(1)
        feats.append(f"next={nxt.lower_ if not nxt.is_punct else nxt.text}")
        feats.append(f"lem_next={lem}|{nxt.pos_}")
    head = token.head
    if dep in ("xcomp", "acl", "relcl", "pcomp", "ccomp"):  # never the root
        feats.append(f"head_lem={head.lemma_.lower()}")
    return feats


def content_features(token: Token, cand: Content, quotes: QuoteIndex) -> list[str]:
    doc = token.doc
    lem = token.lemma_.lower() if token.lower_ != "according" else "according"
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    n = len(span) if span is not None else 0
    bucket = "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"
    side = "before" if cand.end <= token.idx else "after"
    first = span[0] if span is not None and n else None
    feats = [
        "bias",
        f"kind={cand.kind}",
        f"lem_kind={lem}|{cand.kind}",
        f"len={bucket}",
        f"kind_len={cand.kind}|{bucket}",
        f"side={side}",
        f"kind_side={cand.kind}|{side}",
    ]
    if first is not None:
        feats.append(f"first={first.lower_ if first.is_stop or first.is_punct else first.pos_}")
        feats.append(f"kind_first={cand.kind}|{first.lower_ if first.is_stop else first.pos_}")
    if span is not None and n:
        root = span.root
        has_subj = any(c.dep_ in SUBJ_DEPS for c in root.children)
        feats.append(f"clause={has_subj}")
        feats.append(f"kind_clause={cand.kind}|{has_subj}")
        feats.append(f"root_pos={root.pos_}")
        if any(q.start >= cand.start and q.end <= cand.end for q in quotes.overlapping(cand.start, cand.end)):
            feats.append("has_quote")
        if len({t.sent.start for t in span}) > 1:
            feats.append("multi_sent")
    if cand.quote:
        feats.append("quote")
        feats.append(f"lem_quote={lem}")
    return feats


def sentence_of(doc: Doc, char: int) -> Span | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent if span is not None and len(span) else None
