"""The speaker of a verb of saying that the parse left with no subject, read off the words' order: pure.

A long noun phrase beside the cue often sends the parse astray, and "said" is left with no
subject (so no source, and a confidence too low to report):

- a relative clause or aside after the speaker: "One attendee, who like others spoke on the
  condition of anonymity, said ...", where the parse makes the speaker the subject of the
  relative clause's verb; "said Robert Reich, who served as labor secretary ... yet endorsed
  Sanders", where it makes him the subject of the last verb;
- a poll's share of respondents: "About 4 in 10 say they want ...", "Among likely GOP primary
  voters, about two-thirds, 67 percent, say ...", "Majorities of Democrats in five states
  going to the polls Tuesday say ...";
- a name after an opening phrase: "But in a conference call on Dec. 2, Col. Steven H. Warren, a
  military spokesman in Baghdad, said, ...".

Only a finite verb of saying with no subject of its own is read this way, and only a noun
phrase that the words around it leave no other role for: right after the quotation the cue
closes ("..., '' said X"), or opening the clause (after an opening phrase set off by a comma)
with nothing but an aside (commas, "who ...", a participle, ", before he ...,") between it and the cue.
A comma the parse made the cue's subject ("During the meeting, the priest, before he celebrated the
Eucharist, said, ...") counts as no subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sayso.nlp.extract.addressees import RECIPIENT_VERBS
from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, set_off_subordinate
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Range
from sayso.nlp.extract.preposition_names import given_name_read_as_preposition
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE, QUOTE_MARKS
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS, FINITE_TAGS

# Verbs of saying and writing whose subject is their speaker
SPEECH_VERBS = read_words("subject_speaker_verbs.txt")
# and those that go on with what was said: '“It will reopen in May,” she continued after a pause' (a quotation
# right before them is what they report; elsewhere "continue" is an act, "the fight continued")
TRAILING_VERBS = SPEECH_VERBS | {"continue"}
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
_SUBJ_DEPS = ALL_SUBJECTS | {"agent"}  # or a passive's agent ("by Smith")
# Words inside a noun phrase before its head
_PREMODIFIERS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "PUNCT", "ADV", "PART", "SYM"})
_NP_DEPS = frozenset({"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "case", "advmod", "punct"})
_RELATIVES = frozenset({"who", "which", "whom", "whose", "that"})
_QUOTE_MARKS = frozenset(QUOTE_MARKS + "`")
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "GPE", "LOC", "ORDINAL", "MONEY"})
# verbs read for a speaker only where the clause opens with it, what they report after them: "A year or two later,
# 259, or 10 per cent, of the youths reported that ..." (blind audit 67 S181); after a quotation "reports" may be the
# outlet's that quotes someone else ('"It is over," the Post reports the senator as telling aides'), left alone
_OPENING_ONLY = frozenset({"report"})
_MAX_REGION = 40  # tokens between the clause's start and the cue


def speaker_by_position(token: Token, content: Sequence[Range] = ()) -> Token | None:
    """The head of the noun phrase that says what ``token`` reports, where the parse gave it none; else None."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or token.tag_ not in FINITE_TAGS or (lemma not in SPEECH_VERBS and lemma not in _OPENING_ONLY):
        return None
    if any((c.dep_ in _SUBJ_DEPS and not _inside(c, content) and not punctuation_only(c)) or c.dep_ == "auxpass"
           for c in token.children):
        # a subject inside the content is the parse reading the quotation's words as the speaker; a comma the parse
        # made the subject ("During the meeting, the priest, before he ..., said") is no subject at all
        return None
    if any(c.dep_ == "dobj" and (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) in content for c in token.children):
        return None  # "wrote a series of baffling observations": an object, no statement to give a speaker to
    before = [e for s, e in content if e <= token.idx]
    if before:
        return _inverted(token, content, max(before)) if lemma in SPEECH_VERBS else None
    return _opening(token, content)


def punctuation_only(tok: Token) -> bool:
    """A token with no letter or digit: a comma or a dash the parse took for a noun phrase, never a speaker."""
    return not any(ch.isalnum() for ch in tok.text)


def _inside(tok: Token, content: Sequence[Range]) -> bool:
    return any(s <= tok.idx < e for s, e in content)


def _np_head(first: Token, limit: int) -> Token:
    """Up from the first word of a noun phrase to its head, not past token ``limit``."""
    tok = first
    while tok.head.i > tok.i and tok.head.i < limit and tok.dep_ in _NP_DEPS:
        tok = tok.head
    return tok


def _speaker_word(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "NOUN", "NUM") and tok.ent_type_ not in _NOT_SPEAKERS and not tok.like_url


def _inverted(token: Token, content: Sequence[Range], end: int) -> Token | None:
    """ "'...,' said Robert Reich, who served ...": the noun phrase right after a cue that right follows the
    quotation; not after "told"/"asked", whose object is the one addressed."""
    doc = token.doc
    gap = doc_text(doc)[end:token.idx]
    if gap.strip(" ,\n") and not all(ch in _QUOTE_MARKS or ch in " ,\n" for ch in gap):
        return _opening(token, content, start_char=end)  # '"...," Nate Silver, the guru who founded ... tweeted'
    if token.lemma_.lower() in RECIPIENT_VERBS or token.i + 1 >= len(doc):
        return None
    first = given_name_read_as_preposition(doc[token.i + 1])
    if (first.pos_ not in ("DET", "PROPN", "NOUN", "ADJ") and first.dep_ != "amod") or _inside(first, content):
        return None
    head = _np_head(first, len(doc))
    if not _speaker_word(head) or head.pos_ == "NUM" or _inside(head, content):
        return None
    return head


def _opening(token: Token, content: Sequence[Range], start_char: int | None = None) -> Token | None:
    """The noun phrase that opens the cue's clause, with only an aside between it and the cue."""
    doc, sent = token.doc, token.sent
    start = sent.start
    if start_char is not None:
        while start < token.i and doc[start].idx < start_char:
            start += 1
    else:
        if doc[start].pos_ == "CCONJ" and start + 1 < token.i:
            start += 1  # "But ..."
        if doc[start].dep_ == "prep" or doc[start].pos_ in ("ADP", "SCONJ") or _fronted_time(doc, start, token.i):
            # "But in a conference call ..., Col. Warren, a spokesman, said": the clause opens after the comma
            comma = next((t.i for t in doc[start:token.i] if t.text == ","), None)
            if comma is None:
                return None
            start = comma + 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if token.i - start > _MAX_REGION or start >= token.i:
        return None
    region = doc[start:token.i]
    first = next((t for t in region if t.pos_ in ("PROPN", "NOUN", "NUM", "PRON")), None)
    if first is None or first.pos_ == "PRON" or any(t.pos_ not in _PREMODIFIERS for t in region if t.i < first.i):
        return None
    head = _np_head(first, token.i)
    if _addressee_name(head, start):
        # "In a letter to the prime minister, Malcolm Turnbull, Julian's father, John Shipton, wrote": the one
        # written to, named, is not the writer; the writer follows the next comma
        comma = next((t.i for t in doc[head.i + 1:token.i] if t.text == ","), None)
        return _opening(token, content, start_char=doc[comma + 1].idx) if comma is not None and comma + 1 < token.i else None
    if not _speaker_word(head) or _inside(head, content):
        return None
    return head if _aside_only(doc[head.i + 1:token.i]) else None


def _fronted_time(doc, start: int, cue: int) -> bool:  # noqa: ANN001 - a Doc
    """The clause opens with a time set off by a comma: "A year or two later, 259, or 10 per cent, of the youths
    reported ..." (blind audit 67 S181): the words up to the first comma are all of a date or a time (NER's DATE or
    TIME, or "later", "earlier"), and the speaker follows the comma."""
    comma = next((t.i for t in doc[start:cue] if t.text == ","), None)
    if comma is None or comma == start:
        return False
    return all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("later", "earlier", "ago") for t in doc[start:comma])


def _addressee_name(head: Token, start: int) -> bool:
    """The name the parse set beside the one addressed in the opening phrase ("to the prime minister, Malcolm
    Turnbull,"): an apposition of a noun before the clause's start, object of "to" or "with"."""
    named = head.head
    return head.dep_ == "appos" and named.i < start and named.dep_ == "pobj" and named.head.lower_ in ("to", "with")


def _aside_only(rest) -> bool:  # noqa: ANN001 - a Span
    """What lies between the speaker and the cue is an aside: no verb of a clause of its own outside a relative
    clause ("who ... spoke") or a subordinate clause set off by a comma (", before he celebrated Mass,"), and no
    quotation."""
    relative = False
    for t in rest:
        if t.text in _QUOTE_MARKS or t.text in ("“", "”"):
            return False
        if (t.lower_ in _RELATIVES and t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "nsubj")) or set_off_subordinate(t):
            relative = True  # "who ... spoke", or a clause set off by a comma: ", before he celebrated Mass,"
        elif t.text in (";", ":"):
            return False
        elif t.tag_ in FINITE_OR_MODAL_TAGS and not relative:
            return False
    return True


def quote_then_speaker(token: Token, quote: Range, *, inverted: bool = False) -> bool:
    """ "'..., #Cologne,' tweeted a German user", "'... from the beginning,' Ramos, 58, told AFP": the quotation
    closes right before the cue, or before its speaker and an aside, with a comma, "?" or "!"; what the cue
    reports is that quotation, not the object or phrase the parse hangs on it. ``inverted``: only right before
    the cue, with a speaker after it ("“...,” said retired neurosurgeon Ben Carson, asked about ...")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TRAILING_VERBS or quote[1] > token.idx:
        return False
    doc = token.doc
    text = doc_text(doc)
    inner = text[quote[0]:quote[1]].rstrip(" \xa0" + CLOSING_QUOTES_AND_APOSTROPHE)
    if not inner.endswith((",", "?", "!")) or text[quote[1]:token.idx].count("\n") or not _opens_sentence(text, quote[0]):
        return False
    k = token.i
    while k > 0 and doc[k - 1].idx >= quote[1]:
        k -= 1
    gap = list(doc[k:token.i])  # the words between the quotation's close and the cue
    if not gap or all(t.is_punct or t.is_space for t in gap):
        return not inverted or _inverted(token, (quote,), quote[1]) is not None
    if inverted:
        return False
    if len(gap) > 12:
        return False
    if len(gap) == 1 and gap[0].lower_ in _PERSONAL_SUBJECTS and gap[0].dep_ == "nsubj" and gap[0].head.i == token.i:
        return True  # '“Really,” she added when ...'
    return _opening(token, (quote,), start_char=quote[1]) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """The quotation opens its sentence ("Mr. Manafort, citing ''the unique magic of Trump,'' said ...": it does
    not; there the words quoted are the aside's, and the cue reports what follows)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \xa0\t")
    return not before or before.rstrip(CLOSING_QUOTES_AND_APOSTROPHE).endswith((".", "!", "?", ":"))
