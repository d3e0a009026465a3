"""The canonical trailer of a direct quotation: '“…,” Graham said.' / '“…?” said Graham.' A pure function.

A closing mark after a comma, question or exclamation mark, then a short name or pronoun and
a verb of saying (or the verb and then the name), then the sentence's end, a comma or the
next quotation: no form of news copy is plainer. The parser does not always see it (a long
quote swallows the cue's sentence, "said" hangs from a verb inside the quote) and the cue
model then doubts a cue no reader doubts; this recognises the form on the text itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE
from sayso.nlp.extract.quotes import QuoteIndex, final_mark
from sayso.nlp.extract.verb_tags import FINITE_OR_MODAL_TAGS

_NAME = r"(?:[A-Z][\w.'’-]*|the|a|an|he|she|they|we|I|it|[a-z][\w'’-]*)"
# "Graham", "the company", "a spokeswoman for the agency" is too long: at most four words
_NP = re.compile(rf"^\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*$")
_END = re.compile(r"^\s*(?:[.,;]|$|\n|[“\"«])")
_QUOTE_END = (",", "?", "!", "—", "–")
# verbs of advice that report the quotation they trail ('“Do not attempt to locate their source,” the alert
# advised.') as a verb of saying does, though no core one: before an object they advise someone ("advised Clinton's
# campaign"), so the trailer's form alone makes them a cue
ADVICE_VERBS = frozenset({"advise"})


def quote_trailer(token: Token, quotes: QuoteIndex, speech: frozenset[str]) -> bool:
    """Whether ``token`` is the verb of '“…,” X said.' or '“…,” said X.' for a speech lemma or one of advice
    (``ADVICE_VERBS``: '“…,” the alert advised.')."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or (lemma not in speech and lemma not in ADVICE_VERBS):
        return False
    text = quotes.text
    start, end = token.idx, token.idx + len(token)
    q = quotes.overlapping(max(0, start - 60), start)
    if not q:
        return False
    q = q[-1]
    if q.end > start or not q.closed or final_mark(text, q) not in _QUOTE_END:
        return False
    gap = text[q.end:start]
    if "\n" in gap:
        return False
    if gap.strip() == "":  # '“…,” said Graham.'
        line_end = text.find("\n", end)
        after = text[end:len(text) if line_end < 0 else line_end]
        m = re.match(r"^(\s*[^.,;“\"]{1,60}?)\s*(?:[.,;]|$|[“\"])", after)
        return (m is not None and _NP.match(m.group(1)) is not None) or _long_subject_after(token)
    return _NP.match(gap) is not None and _END.match(text[end:end + 3]) is not None


# the links by which the parse hangs a trailer's verb from a word of the quotation before it ('“... strong evidence that
# the Pope was, in fact, aware ...,” Smith said': "said" a clause of "evidence", as in "the evidence Smith gave")
_HUNG_DEPS = frozenset({"acl", "relcl", "xcomp", "advcl", "ccomp", "conj"})


def trailer_hung_inside(token: Token, quotes: QuoteIndex, speech: frozenset[str]) -> bool:
    """The verb of '“…,” X said.' that the parse hung from a word inside the quotation (a clause of one of its
    nouns): a relative or infinitive reading would need that noun outside the closed quotation, so the rules that
    read such a clause as no one's speech ("every reason to claim", "the temptation to say") do not apply."""
    if token.dep_ not in _HUNG_DEPS or token.head.i >= token.i:
        return False
    q = quotes.containing(token.head.idx)
    return q is not None and q.end <= token.idx and quote_trailer(token, quotes, speech) \
        and any(c.dep_ in SUBJECTS and q.end <= c.idx < token.idx for c in token.children)


def _long_subject_after(token: Token) -> bool:
    """'“…,” said The We Company's recently named executive chair Marcelo Claure in an email': the
    parse's subject after the verb, a noun phrase too long for the text pattern, with no verb of its own."""
    subj = next((c for c in token.rights if c.dep_ in SUBJECTS), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i - token.i > 12:
        return False
    return all(t.tag_ not in FINITE_OR_MODAL_TAGS for t in token.doc[token.i + 1:subj.right_edge.i + 1])


_CLOSING_MARKS = frozenset(CLOSING_QUOTES_AND_APOSTROPHE + "»")


def inverted_asker(token: Token) -> Token | None:
    """The speaker of '“Why is it blue?” asked the boy.': "ask" right after a closed question, with no subject of
    its own and a noun phrase after it that the parse read as its object (who is asked). Inverted after a
    quotation, that noun phrase is who asks; '“Why?” she asked the boy' has its subject and keeps its addressee."""
    doc = token.doc
    if token.lemma_.lower() != "ask" or token.pos_ != "VERB" or token.i < 2:
        return None
    if doc[token.i - 1].text not in _CLOSING_MARKS or doc[token.i - 2].text not in ("?", "?!", "!?") \
            or doc[token.i - 1].whitespace_ == "" or "\n" in doc[token.i - 1].whitespace_:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("ccomp", "xcomp") and c.i > token.i for c in token.children):
        return None  # "asked the boy to leave", "asked the boy whether ...": a request made of him
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.left_edge.i != token.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj


_PERCEIVING = frozenset({"hear", "overhear", "watch", "see"})


def heard_saying(token: Token, quotes: QuoteIndex, speech: frozenset[str]) -> bool:
    """ 'then heard Franken say “it's my right as an entertainer.”': a verb of saying in the bare infinitive
    (or "-ing") under a verb of hearing or seeing, with its own subject and the quotation right after it,
    is as plain a report of words as a trailer. 'heard him leave' (no saying) and 'saw the sign say' with no
    quotation are not."""
    if token.pos_ != "VERB" or token.tag_ not in ("VB", "VBG") or token.lemma_.lower() not in speech:
        return False
    if token.head == token or token.head.lemma_.lower() not in _PERCEIVING:
        return False
    if not any(c.dep_ in ("nsubj", "dobj") and c.i < token.i for c in token.children) and \
            not any(c.dep_ in ("dobj", "nsubj") and c.i < token.i for c in token.head.children):
        return False
    nxt = quotes.first_after(token.idx)
    gap = quotes.text[token.idx + len(token): nxt.start] if nxt is not None else ""
    return nxt is not None and gap.strip(" ,:") == ""
