"""A quotation inside the speaker's noun phrase or an adjunct of the cue is no first half of a quote pair (a pure
function of the parse).

"one Father Maurizio Chiodi, a “moral theologian” of the post-Vatican II variety, proposed that “an artificial
method ... ”" (blind audit 34: run_on), "As for the question of her “intent,” Horowitz said it arose “months
earlier,”": a quotation before the cue and one after it are read as one quotation split by the cue ("“A,” said X,
“B.”"), and the content ran from the first over the speaker and the cue. But the first is a word the writer quotes
inside the speaker's description or inside a phrase of the cue's ("As for ..."), not the speaker's words opening a
quotation: no pair (``quote_in_cue_phrase``). Nor is there one where the cue has a that-clause of its own before the
second quotation ('“... within the Church,” He added that Francis has revealed that many “hold harmful views.”':
``clause_before_second``). Tables of tests: ``tests/test_phrase_quotes.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS

# what of the cue's own a quotation can sit in: its speaker, or a phrase of place, time or topic before it
_HOLDERS = SUBJECTS | {"prep", "npadvmod", "advcl"}


def quote_in_cue_phrase(token: Token, start: int, end: int) -> bool:
    """Whether the quotation ``start:end`` (character offsets) before the cue ``token`` lies inside its subject's
    phrase or inside a phrase of the cue before it, with words of that phrase outside the quotation (a quotation that
    is the whole phrase, '“We will win,” said Smith', is what was said). Kept: a quotation that opens its sentence as
    the speaker's words, '“The plan,” Smith said, “is dead.”' (hung on the cue as a clause or on nothing of it), and a
    subject before the speaker that the parse gave the cue as well ('Our “spiritual enemy,” Boykin continued, “will
    only be defeated ...”': the quoted clause's own subject, split off by the aside)."""
    doc = token.doc
    words = [t for t in doc if start <= t.idx < end and not t.is_punct and not t.is_space]
    if not words or words[-1].i >= token.i:
        return False
    for child in token.children:
        if child.dep_ not in _HOLDERS or child.i > token.i:
            continue
        if child.dep_ in SUBJECTS and any(c.dep_ in SUBJECTS and c.i > child.right_edge.i for c in token.children):
            continue  # 'Our “spiritual enemy,” Boykin continued, “will ...”': the speaker is the other subject; the
            # first is the quoted clause's own subject, cut off by the aside
        phrase = {t.i for t in child.subtree}
        if all(w.i in phrase for w in words) and any(i not in {w.i for w in words} and not doc[i].is_punct
                                                     for i in phrase):
            return True
    return False


def clause_before_second(token: Token, second_start: int) -> bool:
    """Whether the cue ``token`` has a that-clause of its own that opens after it and before the quotation
    ``second_start`` (a character offset): '“... within the Church,” He added that Francis has revealed that many
    “hold harmful ... views.”' (blind audit 33: content_wrong): the cue reports its clause, and the quotation after
    it is inside that clause; a quotation split by its cue has nothing of the cue's between ('“A,” he said, “B”')."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
               and token.i < c.left_edge.i and c.left_edge.idx < second_start for c in token.children)
