"""The last verb of a series of the subject's deeds, which the parse joined to a clause inside the series: a pure
function of the parse.

"He mocked his rivals, talked over them as they answered questions and even assured the crowd that ...": the parse
hangs "assured" on "answered", the verb of the "as they ..." clause, so the climb gave "assured" to "they"; but
"mocked ..., talked ..., and assured" is one subject's series (a comma before its middle verb, one tense for all),
and the "and" closes it: the series' subject assures (issue 12, P77: wrong speaker).

Only a conjunct with no subject of its own, joined by "and" or "but" to the verb of an adverbial clause that opens
with a subordinating word and has a subject of its own, that clause hung on a verb of the series (a conjunct with
no subject, a comma before it) whose first verb has the subject; all in one tense. Kept as the parse has it: "He
walked out as they answered questions and assured the crowd ..." (no series: either may assure), a conjunct with a
subject of its own. Tests: ``tests/test_series_conjuncts.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, SUBJECTS

_JOINS = frozenset({"and", "but"})


def series_subject(token: Token) -> Token | None:
    """The subject of the series a conjoined cue closes, where the parse joined the cue to an adverbial clause
    inside the series ("mocked ..., talked over them as they answered questions and assured": the one who mocked);
    None elsewhere."""
    clause = token.head
    if token.dep_ != "conj" or clause == token or clause.dep_ != "advcl" or clause.i > token.i \
            or any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in _JOINS and clause.i < c.i < token.i for c in clause.children):
        return None
    if not any(c.dep_ == "mark" for c in clause.children) or not any(c.dep_ in SUBJECTS for c in clause.children):
        return None  # "as they answered": a clause of its own, opened by a subordinating word
    member = clause.head
    if not series_member(member, token):
        return None
    first = member
    while first.dep_ == "conj" and first.head != first and not any(c.dep_ in CLAUSE_SUBJECTS for c in first.children):
        first = first.head
    subject = next((c for c in first.children if c.dep_ in SUBJECTS and c.i < first.i), None)
    if subject is None or first.tag_ != token.tag_:
        return None
    return subject


def series_member(member: Token, token: Token) -> bool:
    """A later verb of a series ("mocked his rivals, talked over them"): a conjunct with no subject of its own, a
    comma just before it, in the cue's tense."""
    if member.dep_ != "conj" or member.head == member or member.tag_ != token.tag_ \
            or any(c.dep_ in CLAUSE_SUBJECTS for c in member.children):
        return False
    before = member.left_edge.i - 1
    return before >= 0 and member.doc[before].text == ","
