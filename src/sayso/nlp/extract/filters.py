"""What is not an attribution though a cue word is there: pure predicates on the parse.

Only statements and stances are attributions. Each predicate names one thing a reader
would not accept as "X says Y", with its examples; ``find_attributions`` drops a cue that
any of them holds for. Kept small and separate so each has its own table of tests
(``tests/test_filters.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.quotes import QuoteIndex

Range = tuple[int, int]

QUOTE_KINDS = frozenset({"quote_before", "quote_after", "quote_pair", "quote_pair_next", "colon_rest", "colon_para"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "ADV", "ADP", "PART", "CCONJ", "PUNCT", "SYM", "X", "SPACE"})
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—])\s+")
_NO_COMMENT = frozenset({"comment", "elaborate", "respond", "speculate", "discuss", "say"})


def content_span(doc: Doc, content: Content) -> Span | None:
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def bare_object(doc: Doc, content: Content, quotes: QuoteIndex) -> bool:
    """The content is a noun phrase, not a clause, quotation or proposition.

    "calls from within his own ranks", "the party", "Holcomb", "side-by-side", "him":
    no verb inside (a gerund or infinitive is a proposition: "quitting" is not bare when
    it heads a clause with an object, "to stage a clinic" is not bare) and no quotation.
    """
    if content.quote or content.kind in QUOTE_KINDS:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None:
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")]
    if not verbs:
        return all(t.pos_ in _NOUNISH for t in span)
    if len(verbs) == 1 and len(span) == 1 and verbs[0].tag_ == "VBG":
        return True  # "considered quitting": a bare gerund names an act, it states nothing
    return False


def np_content_not_reported(token: Token, content: Content, doc: Doc, quotes: QuoteIndex, non_statement: frozenset[str]) -> bool:
    """An act, perception or state with a bare noun phrase for content: nothing is said.

    "The rally represented Indiana's biggest protest", "Teachers didn't see Holcomb",
    "A flu outbreak required a suspension", "testified side-by-side", "Vindman reported
    to him" (``non_statement_verbs.txt``). Speech acts and stances keep a noun phrase
    ("denied the allegations", "backed Sanders"), and an object with its complement is a
    small clause ("called Trump a fascist").
    """
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in non_statement:
        return False
    if content.kind in ("child_oprd", "passive_subj"):
        return False  # "The plan was revealed by the Post": the revealed thing is named by its agent
    if content.kind == "dobj_plus":
        span = content_span(doc, content)
        if span is not None and any(t.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") or (t.dep_ == "prep" and t.lower_ == "as")
                                    for t in span):
            return False  # "called Trump a fascist", "condemned the move as illegal": a predication, a small clause
    return bare_object(doc, content, quotes)


def declined_to_comment(token: Token, content: Content, doc: Doc) -> bool:
    """ "declined to comment", "did not respond to a request for comment", "refused to elaborate": no content.

    Also a bare "agreed" or "commented" whose only content is the rest of its clause.
    """
    lem = token.lemma_.lower()
    if lem in ("decline", "refuse") and any(_bare_comment(c) for c in token.children if c.dep_ == "xcomp"):
        return True
    if lem in _NO_COMMENT and token.dep_ == "xcomp" and token.head.lemma_.lower() in ("decline", "refuse") and _bare_comment(token):
        return True
    if lem in ("respond", "reply", "return") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() in ("request", "call", "message", "email", "inquiry", "query") for g in c.subtree) for c in token.children):
        return True  # "did not respond to a request for comment"
    return False


_WRITERS_PASSIVES = frozenset({"expect", "see", "allow", "require", "schedule", "set", "view", "consider", "poise"})


def _bare_comment(verb: Token) -> bool:
    """ "to comment", "to comment further", "to elaborate": no object, clause or question of its own."""
    return verb.lemma_.lower() in _NO_COMMENT and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") and not (c.dep_ == "prep" and c.lower_ in ("on", "about"))
        for c in verb.children)


def passive_without_agent(token: Token, content: Content) -> bool:
    """ "The ICC is expected to ...", "is seen as", "is allowed to": the writer's forecast, nobody cited.

    Only for verbs of expectation and permission with no "by X" and a non-quoted
    content; "was told that", "is believed to" by unnamed sources stay for the model.
    """
    if token.pos_ not in ("VERB", "AUX") or content.quote or token.lemma_.lower() not in _WRITERS_PASSIVES:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return not any(c.dep_ == "agent" for c in token.children)


def looks_like(token: Token) -> bool:
    """ "it looks like the row is over", "looks set to": appearance, not a statement."""
    if token.lemma_.lower() != "look":
        return False
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return after in ("like", "as", "set", "certain", "likely") or any(c.lower_ in ("like", "set") for c in token.children)


def boilerplate(token: Token, text: str, labels: frozenset[str] = frozenset()) -> bool:
    """ "READ MORE: Trump says ...", "WATCH:", "RELATED:": a line of page furniture, label in capitals and colon."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    line = text[line_start:]
    m = re.match(r"\s*([A-Z][A-Z' ]{1,30}):", line)  # the label and the link title after it
    # a known label ("READ", "WATCH", "RELATED"), not a transcript's speaker ("PENCE: Well, ...")
    return m is not None and m.group(1).split()[0].lower() in labels


def heading_or_list_item(token: Token, text: str, headings: Sequence[Range] = ()) -> bool:
    """A cue in a heading ("2. Never urged Ukraine to investigate Joe Biden") or a short list item.

    HTML gives headings as blocks; in plain text a numbered or bulleted line of at most
    twelve words with no closing full stop reads as one.
    """
    if any(s <= token.idx < e for s, e in headings):
        return True
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if not _LIST_ITEM.match(line):
        return False
    return len(line.split()) <= 12 and not line.rstrip("”\"'’").endswith((".", "!", "?"))
