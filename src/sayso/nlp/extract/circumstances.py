"""A clause of circumstance is not what was said: "spoke anonymously because they weren't authorized".

A cue's adverbial clause opened by "because", "when", "as", "after", "while" ... tells why,
when or how the act happened; the writer says it, not the source ("Trump already pledged when he
met Moon", "saying as the two leaders walked down the colonnade"). "if", "whether", "that", "how"
open what was asked or said and stay. The other way round too: a cue inside a clause of circumstance does
not report the main clause it hangs on ("The video had been altered to show Starmer failing to answer,
when, in fact, he responded quickly": the writer says the video was altered) (``in_circumstance_clause``).
An adjective set off after the cue by a comma ("Todd replied, somewhat shocked") says how the speaker was when
speaking, not what was said (``speakers_state``). Pure.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.resource_files import read_words

_CIRCUMSTANCE_MARKS = read_words("circumstance_subordinators.txt")


def circumstance_content(token: Token, content: Content, doc: Doc) -> bool:
    """The content is an adverbial clause of the cue opened by a mark of cause, time or concession, or by a measure
    of time before its mark ("offered that support hours after Trump had mounted a defense": ``_measured_clause``)."""
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    return _opened_by_mark(token, span) or _measured_clause(token, content, span)


def _opened_by_mark(token: Token, span: Span) -> bool:
    """The span opens with a mark of cause, time or concession of an adverbial clause of the cue."""
    first = span[0]
    if first.lower_ not in _CIRCUMSTANCE_MARKS or first.dep_ not in ("mark", "advmod"):
        return False
    clause = first.head
    if clause.dep_ != "advcl":
        return False
    # "has called Powell twice, first on Sunday -- before Haley announced her resignation -- and again on Wednesday,
    # the people said": the parse coordinated the trailing cue with the clause of time; it tells when, not what
    return clause.head.i == token.i or (token.dep_ == "conj" and token.head.i == clause.i and token.i > clause.i)


# subordinators of a clause that tells when or on what condition something was done, where a measure of time may
# come before them ("hours after Trump had mounted a defense", "shortly before the vote was taken"); "if" and
# "whether" put a question ("asked if he would run"), "that" and "as" are left to the other rules
_MEASURED_MARKS = frozenset({"after", "before", "since", "until", "till", "once", "whenever", "while", "unless"})


def _measured_clause(token: Token, content: Content, span: Span) -> bool:
    """ "Pompeo offered that support hours after President Donald Trump had mounted an even stronger defense": a
    clause hung on the cue by a subordinator of time or condition (``_MEASURED_MARKS``), within its first words,
    tells when the act was done, not what was said. Kept: a quotation, a clause the cue takes ("said that ..."), a
    question ("asked if ...")."""
    if content.kind in QUOTE_KINDS:
        return False
    root = span.root
    if root.dep_ != "advcl" or root.head.i != token.i or root.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c for c in root.children if c.dep_ == "mark"), None)
    if mark is not None and _closed_by_trailer(token, root, mark):
        return False
    return mark is not None and mark.lower_ in _MEASURED_MARKS and mark.i <= span.start + 3


def _closed_by_trailer(token: Token, root: Token, mark: Token) -> bool:
    """ "A, KING-TV reported, while in Chicago the parade began ..., the Sun-Times reported.": a clause inside the
    sentence, after another clause, that the cue closes as its trailer (the cue the sentence's last word) is what the
    trailer reports, the parse's "while" joining it to the clause before; one that opens the sentence ("Hours after
    X, Pompeo said") is the writer's time of the act."""
    doc = token.doc
    last = token.i + 1 >= len(doc) or doc[token.i + 1].is_punct and doc[token.i + 1].text in (".", "!", "?") or \
        doc[token.i + 1].is_space
    return last and root.i < token.i and mark.i > token.sent.start + 2 and doc[mark.i - 1].text == ","


# the marks of a clause of time, cause, condition or contrast whose cue cannot report its main clause; not "as"
# ("Prices will rise, as he said": what he said) nor "so", "where"
_MAIN_CLAUSE_NOT_REPORTED = (_CIRCUMSTANCE_MARKS - {"as", "so", "where"}) | {"if"}


def in_circumstance_clause(token: Token) -> bool:
    """The cue heads a clause of time, cause, condition or contrast hung on the main clause ("..., when, in fact,
    he responded quickly", "The company raised prices while its chief executive complained"): the main clause
    (a ``head_`` content) is the writer's, not what the cue reports."""
    return token.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.i < token.i and c.lower_ in _MAIN_CLAUSE_NOT_REPORTED for c in token.children)


# the marks of a clause after a cue that tells when, why or while what it was said: "as", "when", "after" ...
_SAYING_CIRCUMSTANCE_MARKS = _CIRCUMSTANCE_MARKS - {"so", "where"}


def circumstance_after_cue(token: Token, content: Content) -> bool:
    """ '"He didn't report the loans," he said as some wearing Cruz shirts booed', '“…?” Clinton asks as a
    maintenance guy walks in', '“Too forced?” he tweeted when Clinton ended a debate': the content is a clause
    after the cue that opens with a subordinator of time, cause or contrast. It tells when or why the words were
    said, never what they were, even where the parse hangs it on the cue as a complement. So is a clause that
    opens with a participle ('“…,” Mr. Obama told the lawmakers and millions watching at home', '“…,” he said,
    referring to ...'): it tells who heard it or what the speaker meant, not the words."""
    if content.quote or content.parts or content.start <= token.idx:
        return False
    span = token.doc.char_span(content.start, content.end, alignment_mode="expand")
    first = next((t for t in span if not (t.is_punct or t.is_space)), None) if span is not None else None
    if first is None:
        return False
    return (first.lower_ in _SAYING_CIRCUMSTANCE_MARKS and first.dep_ in ("mark", "advmod")) or first.tag_ == "VBG"


def main_cues_words(token: Token, content: Content, saying: Callable[[str], bool]) -> bool:
    """ 'The mayor added, as the crowd cheered, “We will rebuild this city.”', 'He said, while the crowd booed, that he
    would stay': the cue heads a clause of circumstance set inside another report, hung on a verb of saying before
    it, and the content after it is that verb's (none of its words is the cue's dependent): the words are the
    mayor's, the crowd only cheered. ``saying`` tells a lemma of saying or writing."""
    head = token.head
    if token.dep_ != "advcl" or head.i >= token.i or head.pos_ not in ("VERB", "AUX") or not saying(head.lemma_):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.i < token.i and c.lower_ in _SAYING_CIRCUMSTANCE_MARKS
               for c in token.children):
        return False
    if not any(c.dep_ == "nsubj" for c in head.children):  # "X added": a speaker, not "were blasted, while ..."
        return False
    doc = token.doc
    end = token.right_edge.i + 1  # the clause set off by commas on both sides, the words after the second
    if end >= len(doc) or doc[end].text != "," or doc[token.left_edge.i - 1].text != "," or content.start <= doc[end].idx:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    mine = {t.i for t in token.subtree}
    return bool(words) and not any(t.i in mine for t in words)


def main_clause_content(token: Token, content: Content) -> bool:
    """The content is the main clause before the cue, or around it, that the cue's clause of circumstance hangs
    on (``in_circumstance_clause``; "Back when he wrote his book, Mr. McKinley said that ...": not what he
    wrote). A clause of circumstance that opens the sentence ("Although officials have said that the threat is
    low, they ...") has its own clause cut out of what follows it (``subordinate.subordinate_clause_content``)."""
    return content.kind.startswith("head_") and content.start <= token.idx and in_circumstance_clause(token)


TIME_ENTS = frozenset({"DATE", "TIME"})  # a day or an hour: when, not what ("Tuesday", "this morning")


def time_only_content(content: Content, doc: Doc) -> bool:
    """The content is only a time: "Several lawmakers weighed in on Tuesday" (content "Tuesday"), "spoke
    late Friday". When something was said is not what was said; a quotation is left alone."""
    if content.quote:
        return False
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return bool(words) and all(t.ent_type_ in TIME_ENTS for t in words)


_STATE_LABELS = frozenset({"acomp", "advcl", "oprd", "amod", "xcomp"})


def speakers_state(token: Token, content: Content, doc: Doc) -> bool:
    """ "“15 million dollars has been paid out,” Todd replied, somewhat shocked", "she said, visibly upset": an
    adjective (or a participle used as one) hung on the cue and set off from it by a comma tells the speaker's state;
    the words said are elsewhere (the quotation). Kept: an adjective the cue takes as its object's complement without
    a comma ("called the plan “stupid”"), and a quotation."""
    if content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span[0].i <= token.i + 1:
        return False
    head = span.root
    if head.head.i != token.i or head.dep_ not in _STATE_LABELS or head.tag_ not in ("JJ", "VBN"):
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
        return False  # a clause of its own
    between = doc[token.i + 1:span[0].i]
    return bool(len(between)) and between[-1].text == "," and all(t.is_punct for t in between)
