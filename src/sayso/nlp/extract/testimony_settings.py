"""Testimony with only its setting after it: no content (blind audit 60).

"The G+J executive was testifying in Manhattan's State Supreme Court where O'Donnell and G+J are suing each other":
"testify" used alone tells that someone gave evidence; the place ("in a Manhattan court"), the time ("when the
alarm went off", "while the defendant looked on") and a relative clause on either are the writer's description of
the occasion, not what was testified. ``testified_setting`` finds such a content. Kept: a clause of what was said
("testified that he had seen the car", "testified he was at home", "testified in court that the deal was legal")
a quotation, and an indirect question straight after the verb ("testified where the body was hidden").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.filters import content_span

_TESTIFY = frozenset({"testify"})
# words that open a clause of place or time: the occasion of the testimony
_SETTING_WORDS = frozenset({"where", "when", "while", "whereupon", "wherever", "whenever", "as", "after", "before"})
# prepositions of a place or an occasion ("in a Manhattan court", "at a hearing", "before a grand jury")
_SETTING_PREPOSITIONS = frozenset({"in", "at", "before", "during", "inside", "outside"})


def testified_setting(token: Token, content: Content, doc: Doc) -> bool:
    """``token``, a form of "testify", has for its content only the setting of the testimony: a clause opened by a
    word of place or time ("testifying in court where O'Donnell and G+J are suing each other"), or the object of a
    preposition of place ("testifying in a Manhattan court where ...") hung on the verb."""
    if token.lemma_.lower() not in _TESTIFY or content.quote:
        return False
    span = content_span(doc, content)
    if span is None or span.start <= token.i:
        return False
    first = span[0]
    if first.lower_ in _SETTING_WORDS and first.dep_ in ("advmod", "mark"):
        # "testified where the body was hidden", straight after the verb, is what was testified: an indirect question
        # "testified Tuesday where he had hidden the money": a clause on the verb is still what was testified; a
        # setting clause hangs on the place or occasion named before it ("in a court where ...")
        return first.i > token.i + 1 and doc[first.i - 1].lower_ not in ("about", "on", "of") \
            and (first.lower_ not in ("where", "wherever") or _after_place(token, doc[first.i - 1]))
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _SETTING_PREPOSITIONS and root.head.head == token


def _after_place(token: Token, last: Token) -> bool:
    """``last``, the word before a "where" clause, ends a phrase of place on ``token`` ("testifying in a Manhattan
    court where ..."): the clause tells the place. After a bare day ("testified Tuesday where he had hidden the
    money") the clause is what was testified."""
    if last.ent_type_ in ("DATE", "TIME"):
        return False
    t = last
    while t.head != t and t != token:
        if t.dep_ == "prep" and t.head == token:
            return t.lower_ in _SETTING_PREPOSITIONS
        t = t.head
    return False
