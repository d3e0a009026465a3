"""A source the parse found inside a quotation that closed before the cue: pure functions of the parse.

'“The cooldown [is] a periodic event,” researchers noted in a statement, adding that “...”': the
parse makes the quotation's verb the sentence's root and hangs "adding" on it, so the
participle's subject comes out as "The cooldown", the quotation's own first words. A reader
knows whose act "adding" is: the speaker named after the quotation closes ("researchers noted").

The test is on the subject's clause, not the word alone: 'The “Squad” said on Tuesday ...' has its
subject inside quotation marks too, but its verb, the cue, stands outside them.
"""

from __future__ import annotations

from spacy.tokens import Token

_MARKS = frozenset({'"', "“", "”"})
_SUBJ_DEPS = frozenset({"nsubj", "csubj"})


def closing_mark(head: Token, cue: Token) -> Token | None:
    """The mark that closes a quotation holding ``head`` and its verb, before ``cue``, on one line; else None."""
    if head.i >= cue.i:
        return None
    doc = cue.doc
    sent = cue.sent
    before = [t for t in doc[sent.start:head.i] if t.text in _MARKS]
    inside = bool(before) and (before[-1].text == "“"
                               or before[-1].text == '"' and sum(t.text == '"' for t in before) % 2 == 1)
    if not inside:
        return None
    close = next((t for t in doc[head.i:cue.i] if t.text in _MARKS), None)
    if close is None or close.text == "“" or "\n" in doc[before[-1].i:close.i].text:
        return None
    verb = head.head
    if not before[-1].i < verb.i < close.i:
        return None  # 'The “Squad” said ...': the quoted word is the subject of a verb outside the marks
    return close


def speaker_after_quotation(head: Token, cue: Token) -> Token | None:
    """The speaker of a quotation that closed before ``cue``, for a ``head`` found inside it.

    The subject of the first verb between the closing mark and the cue, itself after the mark
    ('“...,” researchers noted ..., adding'); None when no speaker is named there (no source
    beats the quotation's own words).
    """
    close = closing_mark(head, cue)
    if close is None:
        return head
    for verb in cue.doc[close.i + 1:cue.i]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i > close.i), None)
        if subj is not None:
            return subj
    return None
