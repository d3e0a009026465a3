"""A verb coordinated with a cue is another act, never what the cue says (a pure function of the parse).

"ads that promote, support, attack or oppose a candidate": the parse hangs "support" (read as a noun), "attack" and
"oppose" as conjuncts of "promote", and the conjunct's subtree became the content of "promote" ("support, attack or
oppose a candidate"). A list of acts sharing one object says nothing of the first act's own.

Kept: a conjunct inside a quotation after the cue ('commented dryly, “Rejoice and be glad ...”': the quoted
imperative the parse made a conjunct is what was said), a conjunct with a subject of its own (another clause; ``candidates`` leaves it out already), one with an
auxiliary or a negation of its own ("have described — but have not released — what they say are recordings": a
blind audit judged that content partly right), and a cue that
has an object or a clause of its own before the conjunct ("said the plan would fail and left"): there the
conjunct is skipped by no rule here.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.quote_marks import OPENING_QUOTES

# what a cue's own content hangs by: a cue with one of these before its conjunct has said something of its own
_QUOTE_MARKS = frozenset(OPENING_QUOTES)
_OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "dative", "parataxis"})


def coordinated_act(cue: Token, child: Token) -> bool:
    """``child`` is a conjunct of the cue ``cue`` in a list of acts that share an object: no subject of its own, after
    the cue with nothing of the cue's own between ("promote, support, attack or oppose a candidate")."""
    if child.dep_ != "conj" or child.head != cue or child.i < cue.i or child.lemma_ == cue.lemma_:
        return False  # "Ford wrote, and wrote, and wrote": the cue's verb again is ``elided_contents``' to read
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass", "neg") for c in child.children):
        return False  # a clause of its own, or a verb phrase with its own auxiliary ("have described — but have not
        # released — what they say are recordings": the readers took that content in part)
    if any(t.text in _QUOTE_MARKS for t in cue.doc[cue.i + 1:child.i + 1]):
        return False  # 'commented dryly, “Rejoice and be glad ...”': a quotation's verb the parse made a conjunct is what
        # was said
    return not any(c.dep_ in _OWN_COMPLEMENTS and c.i < child.i for c in cue.children)
