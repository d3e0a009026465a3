"""Verbs of saying with nothing said: a statement not made, a wh-clause that names what was told without telling
it, a greeting or a rite (issue 12, item 1). Each rule is a pure predicate on the parse; tables of tests:
``tests/test_acts.py``, ``tests/test_statement_checks.py``.

- ``said_without``: "left without saying when the vote would be": a statement not made.
- ``told_unsaid``: "told police what happened that night": what was told is named, not told.
- ``ritual_words``: "said goodbye to his teammates", "said a prayer for the victims", "said grace", "said no to the
  pipeline": a greeting, a rite or an answer given to a thing, no proposition said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import QUOTE_KINDS, content_span
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words


def said_without(token: Token) -> bool:
    """ "without saying when the vote would be", "without naming the officials": the words were not said.
    ("It goes without saying that ..." is the writer's aside: ``filters.discourse_said``.)"""
    return token.dep_ == "pcomp" and token.head.lower_ == "without" and token.tag_ == "VBG"


# "tell" with a wh-clause names what was told without telling it; "detail how the man came down with a rare
# allergy", "explained how the system failed" give an account (the reader's gold marks it), and so does "told how"
_TELLING = frozenset({"tell"})
# verbs of saying and revealing whose "what" clause is a free relative, the thing said or revealed named, not told:
# "Graham said what everyone had been waiting on", "WikiLeaks has revealed what journalists should have revealed",
# "exposed what was happening"; their other wh-clauses ("said when the vote would be held") are left as they were
_SAYING_WHAT = frozenset({"say", "reveal", "expose"})


def told_unsaid(token: Token, content: Content, doc: Doc, quotes: QuoteIndex) -> bool:
    """ "She told the man what she did", "He told police what happened that night", "told reporters where he had hidden
    the money": the wh-clause (a free relative or an indirect question) names what was told and does not tell it; no
    proposition is reported. Kept: an account or a reason ("told how he escaped", "detailed how the man fell ill",
    "tells why the stock is a good buy"), a clause
    whose subject is the wh-clause ("told him what she had seen was a UFO":
    the UFO is said), a quotation, and "asked what ..." (a question, judged elsewhere)."""
    lemma = token.lemma_.lower()
    if lemma not in _TELLING | _SAYING_WHAT or token.pos_ != "VERB" or content.quote:
        return False
    if quotes.overlapping(content.start, content.end):
        return False
    span = content_span(doc, content)
    if span is None or not len(span):
        return False
    root, first = span.root, span[0]
    if root.head.i != token.i or root.dep_ not in ("ccomp", "dobj", "xcomp") or root.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in _SAYING_WHAT:
        if any(t.is_punct for t in doc[token.i + 1:first.i]) or span[-1].text == "?" or doc[span.end - 1:span.end + 1].text.endswith("?"):
            return False  # "My client said, what happened?": a question given in the speaker's words
        if any(t.text == ":" for t in span) or (span.end < len(doc) and doc[span.end].text == ":"):
            return False  # "said what she believed: the bill was unfair": the "what" announces what the colon says
        return first.lower_ == "what" and _free_relative_what(first, root)
    return first.tag_ in ("WP", "WRB") and first.lower_ not in ("that", "how", "why") and first.head.i == root.i


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _free_relative_what(what: Token, root: Token) -> bool:
    """``what`` opens the clause ``root`` as its own argument, however deep ("what was happening", "what journalists
    should have revealed", "what everyone had been waiting on"), not inside a subject of it ("what she had seen was a
    UFO": the clause says the UFO)."""
    t = what
    while t.head.i != t.i and t.head.i != root.i:
        t = t.head
        if t.dep_ in _SUBJECTS:
            return False
    return t.head.i == root.i


# what one says as a rite or a greeting: no proposition ("said goodbye", "said a prayer", "said grace")
_RITUALS = read_words("rituals.txt")


def ritual_words(token: Token, content: Content) -> bool:
    """ "Smith said goodbye to his teammates", "the senator said a prayer for the victims", "He said grace before
    dinner", "The governor said no to the pipeline": a greeting or a rite, or a yes or a no given to a thing; what
    was said is no proposition a reader could hold anyone to.

    Kept: a clause or a quotation beside the word ("He said no, the plan would not work", "She said goodbye, adding
    that she would be back": the clause is said), "said no" with nothing it is said to (left to the other rules),
    and any other verb ("prayed that ...")."""
    if token.lemma_.lower() != "say" or content.quote or content.kind in QUOTE_KINDS:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
        return False
    words = [c for c in token.children if c.dep_ in ("dobj", "intj", "npadvmod", "attr", "oprd", "advmod")]
    if any(w.lower_ in _RITUALS for w in words):
        return True
    return any(w.lower_ in ("yes", "no") for w in words) and any(c.dep_ == "prep" and c.lower_ == "to"
                                                               for c in token.children)

