"""A content cut mid-clause, on a function word that needs the words after it (blind audit ptc class 5b).

The parse may close what was said too early: "many speculate that that’s probably" (the reason after it hung on the
cue), "claims the settlement is:" (a list below), "saying that Constantinople had been" (the line breaks off). The
last word of such a content is a function word: a determiner with its noun outside, a preposition with its object
outside, a conjunction, or a form of "be" (with an adverb after it) whose complement is outside. The readers'
short contents that are right are real objects ("to testify", "his innocence"): the test is the last word's part
of speech, not the length.

- ``dangling_end``: whether a content ends on such a word, or on a possessive "'s" whose noun is outside ("blames
  media for Trump's");
- ``subject_cut_from_verb``: whether a content after its cue ends on the subject of the finite verb right after it
  ("accused Clinton of implying police officers | were racist", "said using a private server | was improper", "that
  Christians fleeing Syria | "cannot come ..."): the parse hung the verb elsewhere, and the content names a subject
  and no claim about it;
- ``clause_subject_cut``: such a content that opens a clause ("that", a gerund), which ``statement_checks`` drops;
- ``through_dangling_end``: the content run on to the end of the cue's clause (for a cut verb, to the end of that
  verb's words), where the words past the cut are the cue's and make the content whole; else it stays (and
  ``statement_checks`` drops it). Where the parse made the speakers of a relative "who said ..." the subject of the
  cut verb ("23 percent who said using a server | was improper"), a bare subject runs on through that verb and its
  complements only ("... was unfair | changed their votes" keeps the speakers' own verb out).

Kept: a stranded modal or "do"/"have" ("Flake said he would", PolNeAR gold: ``elided_contents``), a "be" closed by
the sentence's end ("The minister said they were."), a demonstrative or a particle ("said that", "ruled it out"),
a quotation or a content in parts.

Tables of tests: ``tests/test_dangling_ends.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.filters import content_span, unquoted_span
from sayso.nlp.extract.quote_marks import OPENING_QUOTES
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

# what completes a form of "be": its complement
_BE_COMPLEMENTS = frozenset({"attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "advcl", "dobj", "npadvmod", "acl"})
_CONTRACTED_BE = frozenset({"'s", "’s", "'re", "’re", "'m", "’m"})
_OPENING_MARKS = frozenset(OPENING_QUOTES)
_SENTENCE_ENDS = (".", "?", "!")
# an adverb that is itself what "be" says of its subject ("he was there", "the deal was off"), no sentence adverb
_PREDICATIVE_ADVERBS = frozenset({
    "there", "here", "home", "up", "down", "off", "on", "out", "over", "away", "back", "in", "around", "abroad",
    "inside", "outside", "upstairs", "downstairs", "ahead", "behind", "together", "apart", "alone", "elsewhere",
    "nearby", "everywhere", "somewhere", "anywhere", "nowhere", "so", "too", "well", "through", "gone",
})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_CLOSING = "\"”’'»)] \t"
# a possessor that is the predicate ("the car was the driver's", "called the win the team's"): no noun is cut off
_PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp"})
# what a finite verb's subject is; a verb with one of these outside the content has its own subject
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# verbs of saying or thinking that report a clause, never a thing: in "23 percent who said using a server was
# improper" the parse made the speakers the subject of "was", but "said using a server" reports no thing
_CLAUSE_VERBS = frozenset({"say", "think", "believe", "feel", "insist", "contend", "argue"})
# what completes a cut verb's clause after it: its complements, not a verb or a clause the parse hung on it
_CUT_VERB_COMPLEMENTS = frozenset({
    "acomp", "attr", "dobj", "oprd", "xcomp", "ccomp", "prep", "agent", "dative", "prt", "neg", "advmod", "npadvmod",
})


def dangling_end(content: Content, doc: Doc) -> bool:
    """Whether ``content`` (no quotation, one part) ends on a function word whose words are outside it."""
    span = unquoted_span(doc, content)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2 or any(t.is_quote for t in span[words[-1].i - span.start:]):
        return False  # a quotation's closing mark ends it: the speaker's own words, a gap and all
    if words[-1].tag_ == "POS" and words[-1].head.dep_ not in _PREDICATE_DEPS:
        # "blames media for Trump's 'X' flap": the possessed noun is outside; kept: a possessive that is the predicate
        # ("the car was the driver's, police said") or one the sentence's end closes ("said it was her mother's.")
        return not _sentence_ends_after(span)
    if _quotation_next(span):
        return False  # "suggesting a few questions, including, “Mr. Trump, ...”": the quotation completes it
    return _cut_word(words[-1], span)


def _quotation_next(span: Span) -> bool:
    """An opening quotation mark right after the span (a comma or a colon may stand between)."""
    rest = doc_text(span.doc)[span.end_char:span.end_char + 8].lstrip(" \t\n,:")
    return rest[:1] in _OPENING_MARKS


def _cut_word(last: Token, span: Span) -> bool:
    """The last word needs words past ``span``: a determiner of a noun after it, a preposition whose object is after
    it (a stranded one, "the wall was paid for", has none), a conjunction, or a "be" (or an adverb on it) with no complement in it and no sentence end after it."""
    if last.dep_ == "det" and last.head.i > last.i:
        return True
    if last.pos_ == "ADP" and last.dep_ in ("prep", "agent") and any(c.i >= span.end for c in last.children):
        return True
    if last.pos_ in ("SCONJ", "CCONJ") and last.dep_ in ("mark", "cc"):
        return True
    be = last if _be(last) else None
    if be is None and last.pos_ == "ADV" and _be(last.head) and last.head.i < last.i:
        if last.lower_ in _PREDICATIVE_ADVERBS:
            return False  # "he was there", "the deal was off": the adverb is the complement
        be = last.head
    if be is None or be.dep_ in ("aux", "auxpass"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children):
        return False  # "as robust as it should be", "that they must be": a modal's verb phrase left out
    if any(a.dep_ in ("relcl", "acl") and span.start <= a.i for a in (be, *be.ancestors)):
        return False  # "the behemoth that the petitioners make it out to be", "the way it is": a relative clause's gap
    if any(c.tag_ in _WH_TAGS and c.i < be.i for c in be.children):
        return False  # "where they are", "how things are", "who they are": a wh-clause's gap
    if last is be and _comma_then_conjunction(span):
        return False  # "he said they were, and smiled": a left-out complement before a comma and a conjunction
    if any(c.dep_ in _BE_COMPLEMENTS and span.start <= c.i < span.end for c in be.children):
        return False
    return not _sentence_ends_after(span)


def _be(word: Token) -> bool:
    """A form of "be", the contracted ones too (the parse may leave "’s" its own lemma and call it a verb)."""
    if word.pos_ not in ("AUX", "VERB"):
        return False
    return word.lemma_.lower() == "be" or (word.lower_ in _CONTRACTED_BE and word.tag_.startswith("VB"))


def _comma_then_conjunction(span: Span) -> bool:
    """A comma right after the span and then "and"/"but"/"too" (the cut of "the issue was, as he put it, a matter
    of trust" is mended by the rest; that of "he said they were, and smiled" is the writer's next clause)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) - 1 or doc[i].text != ",":
        return False
    return doc[i + 1].pos_ == "CCONJ" or doc[i + 1].lower_ in ("too", "though", "either")


def _sentence_ends_after(span: Span) -> bool:
    """A sentence-final mark right after the span (closing marks may stand between): "said they were." """
    text = doc_text(span.doc)
    rest = text[span.end_char:span.end_char + 6].lstrip(_CLOSING)
    return rest.startswith(_SENTENCE_ENDS)


def subject_cut_from_verb(content: Content, doc: Doc, token: Token) -> bool:
    """Whether ``content`` (no quotation, one part, after the cue) ends on a noun or a pronoun and the next word
    (past an opening quotation mark) is a finite "be"/"have"/"do" or a modal of the cue's sentence with no subject of its own
    outside the content: the content's last noun phrase is that verb's subject, and the claim made of it is cut
    off ("accused Clinton of implying police officers | were racist"). Kept: a verb whose subject stands before the
    content ("those who criticized the plan | were ignored"; unless the cue, a verb that reports only a clause, is a
    relative clause on that subject: "23 percent who said using a server | was improper"), the cue itself, a comma
    between."""
    span = unquoted_span(doc, content)
    if span is None or span.start <= token.i or token.pos_ != "VERB":
        return False  # a noun cue's clause is followed by the noun's own verb ("the conclusion that X | is shared")
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2 or words[-1].pos_ not in _SUBJECT_POS or words[-1].i != span.end - 1:
        return False
    verb = _next_finite(span)
    if verb is None or verb.i == token.i or verb.sent != token.sent:
        return False
    head = verb if verb.dep_ not in ("aux", "auxpass", "neg") else verb.head
    subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS and not span.start <= c.i < span.end]
    return not subjects or _speakers_verb(head, token)


def _speakers_verb(head: Token, token: Token) -> bool:
    """Whether the parse made the speakers the subject of the cut verb ``head``: the cue, a verb that reports only a
    clause, is a relative clause on that subject ("23 percent who said using a server | was improper", "critics who
    say raising taxes | will hurt growth"): the verb is the reported clause's, hung on the wrong noun."""
    if token.lemma_.lower() not in _CLAUSE_VERBS or token.dep_ != "relcl":
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.i == token.head.i for c in head.children)


def clause_subject_cut(content: Content, doc: Doc, token: Token) -> bool:
    """A content cut from its verb (``subject_cut_from_verb``) that opens a clause, on "that" or a gerund ("that
    Christians fleeing Syria | "cannot come ...", "said using a private server | was improper"): what is left is no
    claim, and the row goes where ``through_dangling_end`` could not mend it. A noun phrase cut so ("accused
    Clinton of implying police officers") stays unless mended: the parse may have read its verb rightly elsewhere
    (html held gold lost a right row when every such content went)."""
    if not subject_cut_from_verb(content, doc, token):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    first = span[0]
    return (first.lower_ == "that" and first.dep_ == "mark") or first.tag_ == "VBG"


def _next_finite(span: Span) -> Token | None:
    """The word right after ``span`` (past opening quotation marks) when it is a finite auxiliary or a modal, else
    None."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_quote and doc[i].lower_ != "'s":
        i += 1
    if i >= len(doc) or (i > span.end and doc[i - 1].text in ("'", "’")):
        return None  # a single mark may be a possessive's or a closing one: no opening quotation to pass
    word = doc[i]
    # a finite "be", "have", "do" or a modal only: a lexical verb after a noun may be the cue's own next predicate
    # ("the doctors offering to run the clinic noted ...": "noted" is the doctors')
    return word if word.tag_ in FINITE_OR_MODAL_TAGS and word.pos_ == "AUX" else None


def _through_complements(best: Content, head: Token, span: Span, token: Token) -> Content:
    """ "23 percent who said using a server | was improper but not illegal": the content run on through the cut verb
    ``head`` (its auxiliaries right after the content) and its complements after it, none of its other words (the
    parse made it the speakers' predicate, so a verb or a clause it governs may be theirs: "... was unfair | changed
    their votes"); else ``best`` stays."""
    doc = span.doc
    if any(t.head.i != head.i and t.i != head.i for t in doc[span.end:head.i + 1] if not t.is_quote):
        return best  # words between the content and the verb that are not the verb's own: no plain cut
    tails = [c for c in head.children if c.i > head.i and (c.dep_ in _CUT_VERB_COMPLEMENTS or _predicate_conjunct(c))]
    last = max((c.right_edge for c in tails), key=lambda t: t.i, default=head)
    if last.sent != token.sent or any(doc[i].i == token.i for i in range(span.end, last.i + 1)):
        return best
    if any(head.i < c.i < last.i and c not in tails and c.dep_ != "cc" for c in head.children):
        return best  # a word of the speakers' clause stands among the complements
    if _speakers_predicate_inside(head, last, token):
        return best
    return _run_on_to(best, head, last, token)


def _run_on_to(best: Content, head: Token, last: Token, token: Token) -> Content:
    """``best`` run on through the cut verb ``head`` to ``last`` (trailing punctuation left out), where that mends
    it: the longer content neither ends cut nor is cut from a verb of its own; else ``best`` stays."""
    doc = head.doc
    while last.i > head.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    longer = best._replace(end=last.idx + len(last))
    return best if dangling_end(longer, doc) or subject_cut_from_verb(longer, doc, token) else longer


def _speakers_predicate_inside(head: Token, last: Token, token: Token) -> bool:
    """Whether the run-on through ``head`` to ``last`` may hold the speakers' own predicate, which the parse hung
    inside the reported clause's complements: a finite verb after ``head`` ("leaving the EU was a good idea | backed
    the deal", "hiring more police is the answer | are mostly older"), or, where no preposition or verb governs the
    speakers from before them (so they need a predicate after the relative), no verb left after the run-on
    ("Workers who said joining the union was pointless quit", "5 percent who said using the funds was legal
    approved of his conduct": "quit" and "approved" parsed as the reported clause's complements)."""
    doc = head.doc
    if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in doc[head.i + 1:last.i + 1]):
        return True
    sent = token.sent
    before = next((t for t in reversed(doc[sent.start:token.head.left_edge.i]) if not (t.is_quote or t.is_space)), None)
    if before is not None and (before.tag_ in ("IN", "TO") or before.pos_ in ("VERB", "AUX")):
        return False  # "against 15 percent who said ...", "found 23 percent who said ...": governed before them
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[last.i + 1:sent.end])  # "... was rushed | met with"


def _predicate_conjunct(word: Token) -> bool:
    """A conjunct of the cut verb that is a second predicate of the same subject, no verb and no subject of its own
    ("was improper | but not illegal": the parse hung "illegal" on "was"); a verb conjunct ("and changed their
    votes") may be the speakers' own."""
    return word.dep_ == "conj" and word.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM") \
        and not any(c.dep_ in _SUBJECT_DEPS for c in word.children)


def through_dangling_end(best: Content, token: Token, doc: Doc) -> Content:
    """ "many speculate that that’s probably because the blurry picture feels like ...": a content cut on a function
    word runs on to the last word of the cue's clause in the sentence when that mends it (the new end is no cut)
    and the words added are the cue's, opening right after the content. A content cut from its verb
    (``subject_cut_from_verb``) runs on through that verb's words only ("accused X of implying police officers were
    racist"). Else ``best`` stays."""
    if subject_cut_from_verb(best, doc, token):
        return _through_cut_verb(best, token, doc)
    if not dangling_end(best, doc):
        return best
    span = content_span(doc, best)
    if span is None or span.end >= len(doc) or token.i >= span.start:
        return best  # a content before its cue never runs on through the cue ("where they are, she said")
    i = span.end
    while i < len(doc) - 1 and doc[i].text == ",":  # "because, as a spokesman confirms, Wuerl had to ..."
        i += 1
    first = doc[i]
    if first.is_punct or first.is_space or first.sent != token.sent or not _under(first, token):
        return best
    words = [t for t in token.subtree if t.i >= span.end and t.sent == token.sent]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not words or not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "ADJ") for t in words):
        return best
    longer = best._replace(end=_through_closing_mark(doc, best.start, words[-1].idx + len(words[-1])))
    return best if dangling_end(longer, doc) else longer


def _through_cut_verb(best: Content, token: Token, doc: Doc) -> Content:
    """The content run on through the finite verb right after it and that verb's words, where the verb hangs under
    the cue, none of its words stands before the content, and they end in the sentence; else ``best`` stays."""
    span = content_span(doc, best)
    verb = None if span is None else _next_finite(span)
    if span is None or verb is None:
        return best
    head = verb if verb.dep_ not in ("aux", "auxpass", "neg") else verb.head
    if _speakers_verb(head, token) and not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in span):
        # a bare subject ("using a server"); a content with a verb of its own is a whole clause and the parse may be
        # right ("residents who said they heard shots | were interviewed")
        return _through_complements(best, head, span, token)
    if not _under(head, token) or head.left_edge.i < span.start:
        return best  # a verb the cue does not govern, or one with words before the content: not the cut clause
    if head.dep_ == "conj" and any(t.dep_ == "cc" for t in span):
        return best  # "expect to pick up a Mac ... and investing in a machine | shouldn't be capped": the writer's clause
    last = head.right_edge
    if last.sent != token.sent:
        return best
    if any(t.i == token.i for t in doc[span.end:last.i + 1]):
        return best  # the cue (a verb, never a trailing mark) among the words run on over
    return _run_on_to(best, head, last, token)


def _through_closing_mark(doc: Doc, start: int, end: int) -> int:
    """``end``, moved past a final mark and the closing quotation mark right after it where the content opens a
    quotation it does not close ("that they weren’t “asking for the moon.”": the quotation's own close)."""
    text = doc_text(doc)
    inside = text[start:end]
    if inside.count("“") <= inside.count("”") and inside.count('"') % 2 == 0:
        return end
    m = re.match(r"[.,!?]?[”\"]", text[end:end + 2])
    return end + m.end() if m else end


def _under(word: Token, token: Token) -> bool:
    return word.i != token.i and token in word.ancestors
