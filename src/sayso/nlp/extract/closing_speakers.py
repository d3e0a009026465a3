"""The speaker of a closing cue that the parse hung on the content's last noun: pure functions.

"... Patel chose to travel to Jordan, a statement of facts filed with his plea agreement
said.": the parse reads "a statement of facts ..." as an apposition of "Jordan", so "said"
has no subject and its content runs into the speaker. The form is the plainest trailer of
news copy all the same: a comma, a noun phrase that reaches the verb, the verb, the full
stop (or the day it was said: ", police and neighbours said today."). The noun phrase is the
speaker; the content ends at the comma. A verb with a subject of its own, or other words after it,
is not this form.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.addressees import addressee_head
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS
from sayso.nlp.extract.verb_tags import FINITE_TAGS

_MISREAD = frozenset({"appos", "conj", "npadvmod", "dobj", "pobj"})


def subject_before_closing_cue(token: Token) -> Token | None:
    """The head of the noun phrase between a comma and a subjectless cue that ends its sentence, else None."""
    if token.tag_ not in FINITE_TAGS or any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
        return None
    doc = token.doc
    after = doc[_addressee_end(token) + 1: token.sent.end]
    if any(not (t.is_punct or t.is_space or _time_of_saying(t, token)) for t in after):
        return None  # words after the verb: not the closing ", X said." (but ", X said today." is)
    for head in doc[max(token.sent.start, token.i - 12): token.i]:
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        if head.dep_ in _MISREAD and head.right_edge.i == token.i - 1:
            first = head.left_edge.i
        elif stranded_by_adjective(head, token):
            first = head.left_edge.i
        else:
            continue
        if first > token.sent.start + 1 and doc[first - 1].text == ",":
            return head
    return None


def _time_of_saying(word: Token, token: Token) -> bool:
    """ ", police and neighbours said today.": a day or a time the parse hung on the cue (a DATE or TIME entity, its
    own word or one of its phrase) is when it was said, no more words of the sentence."""
    return word.ent_type_ in ("DATE", "TIME") and (word.head == token or word.head.ent_type_ in ("DATE", "TIME"))


def _addressee_end(token: Token) -> int:
    """The last word of the cue's addressee right after it ("told TheDCNF", "told The Wall Street Journal": whom a
    verb of telling addresses, ``addressees.addressee_head``), or the cue itself where none follows it: ", House
    officials ... told TheDCNF." closes its sentence as ", X said." does; ", officials ... announced the plan." does
    not (the plan is what was announced, no addressee)."""
    head = addressee_head(token)
    if head is None or head.left_edge.i != token.i + 1 or head.pos_ not in ("PROPN", "NOUN", "PRON"):
        return token.i
    return head.right_edge.i


# adjectives that open a speaker's description after its noun ("officials close to the probe", "people familiar with
# the talks"), which the parse may read as a clause with the noun for its subject
_DESCRIBING = frozenset({"close", "familiar", "knowledgeable", "involved", "briefed", "privy"})


def stranded_by_adjective(head: Token, token: Token) -> bool:
    """ ", House officials close to the investigation told TheDCNF.": the parse made "officials" the subject of
    "close" (read as a preposition on the comma), so the noun phrase does not reach the cue. The noun, the
    describing adjective right after it, and nothing but its phrase up to the cue: no verb, no comma."""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < token.i else None
    if nxt is None or nxt.lower_ not in _DESCRIBING or head.head != nxt or head.dep_ != "nsubj":
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[head.i + 2: token.i])


def content_before_closing_speaker(content: Content, token: Token) -> Content:
    """``content`` ended at the comma before the closing cue's speaker (``subject_before_closing_cue``)."""
    head = subject_before_closing_cue(token)
    if head is None or content.quote or content.parts:
        return content
    comma = head.doc[head.left_edge.i - 1]
    if not content.start < comma.idx <= content.end:
        return content
    last = head.doc[comma.i - 1]
    return content._replace(end=last.idx + len(last))
