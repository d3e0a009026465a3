"""Quotations whose speaker is named in an inverted or verbless frame: pure functions of the text and parse.

News copy names a speaker in forms with no subject-verb clause for the cue model to score,
or with one the parser reads wrong:

- a lead-in, verb first: "Said Smith: “…”", "Added Maria Lopez, a spokeswoman: “…”" (the
  parse makes "Said Smith" a name, and a colon cue would take it for the speaker);
- a dash trailer: "“…” — Smith, in a statement" at the end of its line;
- a reply: "“Never,” came the reply from the minister.";
- an "as" frame with a verb the cue list lacks: "As he related, “We walked for three days.”"

Each names the quotation (the content), the speaker's noun phrase (the source) and the words
that cue it. A frame with no quotation beside it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.lexicon import read_list
from sayso.nlp.extract.page_notices import reading_pointer
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES
from sayso.nlp.extract.quotes import Quote, QuoteIndex, final_mark

Range = tuple[int, int]


class Inverted(NamedTuple):
    cue: Range  # the cue's characters: the lead verb, the dash, "came the reply"
    source: Span  # the speaker's noun phrase
    content: Range  # the quotation, marks included
    medium: str  # speech | writing | unknown


@cache
def _verb_forms(name: str) -> Mapping[str, str]:
    """Verb form -> its lemma, from a resource of ``form lemma`` lines, both lowercased."""
    out = {}
    for line in read_list(name):
        form, lemma = line.split()
        out[form.lower()] = lemma.lower()
    return out


def lead_in_verbs() -> Mapping[str, str]:
    """Lead-in verb form -> its lemma (``resources/lead_in_verbs.txt``)."""
    return _verb_forms("lead_in_verbs.txt")


def without_lead_in(ent: Span) -> Span:
    """A name NER ran into the lead verb before it ("Said Smith", "Added Maria Lopez"), without the verb; the verb
    NER took for the name alone ("Quoth" of "Quoth Fisher:", the name after it left untagged) gives that name."""
    first = ent[0]
    doc = ent.doc
    if first.lower_ not in lead_in_verbs() or not first.text[:1].isupper():
        return ent
    if first.i > 0 and not first.is_sent_start and "\n" not in doc[first.i - 1].text_with_ws:
        return ent  # mid-sentence "Said" is a name's own word
    if len(ent) < 2:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is None or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.ent_type_:
            return ent
        return Span(doc, ent.end, ent.end + 1, label=ent.label_)
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)  # a slice would lose the label


def opening_gerund(ent: Span, given: frozenset[str] = frozenset()) -> bool:
    """NER's name opens with a capitalised word in "-ing" that opens its sentence or line and is no given
    name: "Hosting Cook at Dreamforce ...", "Meeting Benioff was ..."."""
    first = ent[0]
    if len(ent) < 2 or len(first.text) < 6 or not first.text.endswith("ing") or not first.text[:1].isupper():
        return False
    if first.lower_ in given:
        return False
    doc = ent.doc
    # mid-sentence, a capitalised word in "-ing" is the name's own ("Irving", "Sterling")
    return first.i == 0 or first.is_sent_start or "\n" in doc[first.i - 1].text_with_ws


def named_families(ents: Sequence[Span], given: frozenset[str] = frozenset()) -> frozenset[str]:
    """The family names of the people NER names in full (two words or more), a gerund run into one aside."""
    return frozenset(e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 and not opening_gerund(e, given))


def without_opening_gerund(ent: Span, families: frozenset[str], given: frozenset[str] = frozenset()) -> Span:
    """A name NER ran into the gerund that opens its sentence, without the gerund, where the rest is a family
    name the text gives another person in full (``named_families``: "Tim Cook"), so that "Hosting Cook" is
    Cook, not a second Cook that leaves every bare "Cook" unresolved."""
    if not opening_gerund(ent, given) or ent[-1].lower_ not in families:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def headline_verbs() -> Mapping[str, str]:
    """Headline verb form -> its lemma (``resources/headline_verbs.txt``): "Vows", "Slams", "Denounces"."""
    return _verb_forms("headline_verbs.txt")


_TITLE_REACH = 40  # tokens either way: a headline is short, and a line longer than this is prose


def title_line(token: Token) -> bool:
    """``token`` stands on a headline's line: most of its words of four letters or more capitalised, and no
    period at its end ("Pope Francis Accused of Inaction in Notorious Sex Abuse Cases"). A sentence of prose
    ("Grand Challenges Canada gave out 40 grants on Monday.") is none."""
    doc = token.doc
    lo = hi = token.i
    while lo > 0 and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
        if token.i - lo > _TITLE_REACH:
            return False
    while hi < len(doc) - 1 and "\n" not in doc[hi].text_with_ws:
        hi += 1
        if hi - token.i > _TITLE_REACH:
            return False
    line = [t for t in doc[lo:hi + 1] if not t.is_space]
    if not line or line[-1].text == ".":
        return False
    words = [t for t in line if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def without_trailing_verb(ent: Span) -> Span:
    """A name NER ran into the verb after it ("Loomer Tweeted", "Loomer Wrote on Facebook"), without the verb.

    The verb is a lead-in verb form whose subject is the name before it (tagged a verb, or a proper noun
    the parse still gives that subject); "Edward Said", a surname that is a noun of its own, stays whole.
    A headline's present-tense verb ("Trump Vows to ...", "Pope Francis Denounces ...") goes whatever the
    parse: the headline's capitals make it a proper noun, and no one's name holds "Vows" or "Slams"; NER may
    run on past it ("Trump Slams “Disgraceful Verdict"), so the name ends before it. Only on a headline's line
    (``title_line``): in prose the capital is the name's own ("Grand Challenges Canada", "TED Talks")."""
    headline = headline_verbs()
    for k in range(1, len(ent)):
        if ent[k].lower_ in headline and ent[k].text[:1].isupper() and ent[k - 1].is_alpha and title_line(ent[k]):
            return Span(ent.doc, ent.start, ent.start + k, label=ent.label_)
    last = ent[-1]
    if len(ent) < 2 or last.lower_ not in lead_in_verbs() or not last.text[:1].isupper():
        return ent
    if last.pos_ != "VERB" and not any(c.dep_ == "nsubj" and c.i == last.i - 1 for c in last.children):
        return ent
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)


_REPLY_NOUNS = ("reply", "response", "answer", "retort", "rejoinder")
_WRITTEN = ("statement", "letter", "email", "e-mail", "post", "tweet", "release", "memo", "note")
# a noun phrase's first word: a capital, or a determiner or possessive ("the mayor", "his lawyer", "one aide")
_NP_START = re.compile(r"^(?:[A-Z]|(?:the|a|an|one|his|her|their|its|our)\s)")
_MAX_NP_WORDS = 12
_WINDOW = 200  # characters before a quotation where its lead-in or "as" frame may stand


def inverted_cues(doc: Doc, quotes: QuoteIndex, media: Mapping[str, str]) -> Iterator[Inverted]:
    """Every lead-in, dash trailer and reply frame of ``doc`` with a quotation beside it."""
    for q in quotes:
        if not q.closed:
            continue
        found = lead_in(doc, q, media) or dash_trailer(doc, q) or reply_from(doc, q) or as_frame(doc, q) \
            or reply_given(doc, q)
        if found is not None:
            yield found


_LEAD = re.compile(r"(?P<verb>[A-Z][a-z]+)[ \t\xa0]+(?P<np>[^:\n“\"«]{1,120}?)[ \t\xa0]*(?P<mark>[:,])[ \t\xa0\n]*$")


def lead_in(doc: Doc, q: Quote, media: Mapping[str, str]) -> Inverted | None:
    """ "Said Smith: “…”": a lead verb opening its sentence, a noun phrase, a colon (or a comma), the quotation."""
    text = doc_text(doc)
    real_start = text.rfind("\n", 0, q.start) + 1
    if not text[real_start:q.start].strip():
        real_start = _colon_line(text, real_start)  # "Stated Stone:" on its own line over the quotation
    line_start = max(real_start, q.start - _WINDOW)  # the lead-in stands right before the quotation
    before = text[line_start:q.start]
    for cut in _sentence_starts(before, line_start == real_start):
        m = _LEAD.match(before, cut)
        if m is None:
            continue
        lemma = lead_in_verbs().get(m.group("verb").lower())
        np = m.group("np").strip()
        if lemma is None or not _NP_START.match(np) or len(np.split()) > _MAX_NP_WORDS:
            continue
        if m.group("mark") == "," and "," in np:
            continue  # "Said Smith, the mayor, “…”" is too loose to read; a colon ends the phrase plainly
        np_start = line_start + m.start("np")
        source = doc.char_span(np_start, np_start + len(np), alignment_mode="expand")
        if source is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
            continue
        verb_start = line_start + m.start("verb")
        return Inverted((verb_start, verb_start + len(m.group("verb"))), source, (q.start, q.end),
                        media.get(lemma, "speech"))
    return None


def _colon_line(text: str, line_start: int) -> int:
    """Where the line before ``line_start`` (blank lines passed over) starts, when it ends on a colon: a lead-in
    on a line of its own over a quotation that opens the next paragraph ("Stated Stone:", "Wrote the mayor:");
    else ``line_start``."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\xa0\n":
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return line_start
    return text.rfind("\n", 0, end) + 1


def _sentence_starts(before: str, at_line_start: bool) -> list[int]:
    """Offsets in ``before`` (a line, or its last characters, up to a quotation) where a sentence may start:
    the line's start (when ``before`` opens there) and after ". "."""
    starts = [0] if at_line_start else []
    starts += [m.end() for m in re.finditer(rf"[.!?][{CLOSING_QUOTES}]?[ \t\xa0]+", before)]
    return starts


_TRAILER = re.compile(
    r"^[ \t\xa0]*(?P<dash>—|–|--|-)[ \t\xa0]*(?P<np>[^,;:\n“\"«()]{1,80}?)"
    r"(?P<how>,[ \t\xa0]*(?:in|on|via|to)[ \t\xa0][^\n“\"«]{1,60}?)?[ \t\xa0]*[.]?[ \t\xa0]*$"
)


def dash_trailer(doc: Doc, q: Quote) -> Inverted | None:
    """ "“…” — Smith, in a statement": a dash after the quotation, a noun phrase, maybe how it was said, the line's end."""
    text = doc_text(doc)
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    m = _TRAILER.match(text[q.end:line_end])
    line_start = text.rfind("\n", 0, q.start) + 1
    if m is None or reading_pointer(text[line_start:line_end], q.start - line_start):
        return None  # "See Peter Brimelow’s review: “Wheel And Fight”—Pat Buchanan’s Nixon Book": a link's title
    np = m.group("np").strip()
    if not _NP_START.match(np) or len(np.split()) > 6:
        return None
    np_start = q.end + m.start("np")
    source = doc.char_span(np_start, np_start + len(np), alignment_mode="expand")
    if source is None or not any(t.pos_ in ("PROPN", "NOUN") for t in source) or any(t.pos_ in ("VERB", "AUX") for t in source):
        return None  # '“…” — a rule that stands' is a clause, not a speaker
    dash = q.end + m.start("dash")
    how = (m.group("how") or "").lower()
    medium = "writing" if any(w in how.split() or w + "," in how for w in _WRITTEN) or "twitter" in how else "unknown"
    return Inverted((dash, dash + len(m.group("dash"))), source, (q.start, q.end), medium)


_REPLY = re.compile(
    rf"^[ \t\xa0]*(?P<cue>(?:came|was)[ \t\xa0]+the[ \t\xa0]+(?:{'|'.join(_REPLY_NOUNS)}))[ \t\xa0]+from[ \t\xa0]+"
    r"(?P<np>[^,;:.\n“\"«]{1,80}?)[ \t\xa0]*(?:[.,;]|$)"
)


def reply_from(doc: Doc, q: Quote) -> Inverted | None:
    """ "“Never,” came the reply from the minister.": the quotation, "came the reply from", the speaker."""
    text = doc_text(doc)
    if final_mark(text, q) not in (",", "?", "!", ".", "—"):
        return None
    line_end = text.find("\n", q.end)
    m = _REPLY.match(text[q.end:len(text) if line_end < 0 else line_end])
    if m is None:
        return None
    np = m.group("np").strip()
    np_start = q.end + m.start("np")
    source = doc.char_span(np_start, np_start + len(np), alignment_mode="expand")
    if source is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
        return None
    cue = (q.end + m.start("cue"), q.end + m.end("cue"))
    return Inverted(cue, source, (q.start, q.end), "speech")


# "As he related, “…”": telling verbs that frame a quotation after "as" (a verb of the cue list does it itself)
_AS_VERBS = ("related", "recounted", "put it", "told it", "described it", "remembered it", "tells it", "puts it",
             "sees it", "saw it")  # "As he sees it, “…”": his words, given as his view
_SPACE = r"[ \t\xa0]+"
_AS_FRAME = re.compile(
    r"(?:^|(?<=[\s(—–-]))[Aa]s[ \t\xa0]+(?P<np>[^,;:.\n“\"«]{1,60}?)[ \t\xa0]+"
    + "(?P<cue>" + "|".join(v.replace(" ", _SPACE) for v in _AS_VERBS) + ")"
    + r"(?:[ \t\xa0]+[a-z]+){0,2}[ \t\xa0]*[,:][ \t\xa0]*$"
)


def as_frame(doc: Doc, q: Quote) -> Inverted | None:
    """ "As he related, “…”", "As Smith put it: “…”": the noun phrase before the verb is the speaker."""
    text = doc_text(doc)
    line_start = max(text.rfind("\n", 0, q.start) + 1, q.start - _WINDOW)
    m = _AS_FRAME.search(text[line_start:q.start])
    if m is None:
        return None
    np = m.group("np").strip()
    np_start = line_start + m.start("np")
    source = doc.char_span(np_start, np_start + len(np), alignment_mode="expand")
    if source is None or len(source) > 6 or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source) \
            or any(t.pos_ in ("VERB", "AUX") for t in source):
        return None
    # a view ("sees it") takes no words after it: "As the crowd saw it happen, “…”" is narration
    if m.group("cue").split()[0] in ("sees", "saw") and text[line_start + m.end("cue"):q.start].strip(" \t\xa0,:"):
        return None
    cue = (line_start + m.start("cue"), line_start + m.end("cue"))
    return Inverted(cue, source, (q.start, q.end), "speech")


# "had a blunt reply: “…”", "gave the only answer he could: “…”": a reply given, then the quotation after a colon
_GIVEN_REPLY = re.compile(
    r"(?P<cue>\b(?:had|has|gave|gives|offered|offers|delivered|delivers|sent|sends)[ \t\xa0]+"
    r"(?:a|an|the|his|her|their|its|this|one)[ \t\xa0]+(?:[\w’'-]+[ \t\xa0]+){0,3}?"
    r"(?:reply|response|answer|retort|rejoinder|comeback|message|warning))"
    r"(?:[ \t\xa0]+(?:for|to)[ \t\xa0]+[^:“\"\n]{1,40}?|[ \t\xa0]+(?:he|she|they)[ \t\xa0]+could)?[ \t\xa0]*:[ \t\xa0]*$"
)


def reply_given(doc: Doc, q: Quote) -> Inverted | None:
    """ "But Winner's mother had a blunt reply: “Please pardon my daughter.”": the subject of the verb that gives the
    reply (or message, answer, warning) is the speaker, the quotation after the colon what was said."""
    text = doc_text(doc)
    line_start = max(text.rfind("\n", 0, q.start) + 1, q.start - _WINDOW)
    m = _GIVEN_REPLY.search(text[line_start:q.start])
    if m is None:
        return None
    verb = doc.char_span(line_start + m.start("cue"), line_start + m.start("cue") + len(m.group("cue").split()[0]))
    if verb is None or len(verb) != 1:
        return None
    subject = next((c for c in verb[0].children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.lower_ in ("i", "we", "you"):
        return None  # the writer's own answer, or the reader's, is no one's statement
    words = [t for t in subject.subtree if t.i < verb[0].i]
    source = doc[words[0].i:words[-1].i + 1]
    cue = (line_start + m.start("cue"), line_start + m.end("cue"))
    return Inverted(cue, source, (q.start, q.end), "speech")
