"""A cue inside a free relative ("what she says is ..."): what the speaker says is the relative's predicate.

"White holds the board responsible for spreading what she says is a false sense of the program":
"what she says is a false sense" is a noun phrase of the writer's sentence (the thing spread), and
inside it "she says" reports that [it] is a false sense of the program. "what" is the gap of what
was said; the words after the cue are the speaker's: "is a false sense of the program". So too
"what he calls a hoax" (a hoax), "what critics say are lies" (are lies), "what they described as
a liberal media" (a liberal media). The word the free relative hangs on ("spreading", "repeated")
is the writer's and never the content. The parse makes "what" the cue's object or the subject of
the cue's clause; either way it opens the cue's subtree, before the cue's own subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import CLAUSE_SUBJECTS, SUBJECTS

_FREE_RELATIVE_WORDS = frozenset({"what", "whatever"})
# the relations "what" has to the cue or to the cue's clause: the gap of what was said
_GAP_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd"})
# the cue's words after it that name what "what" is: "calls [a hoax]", "said [were lies]", "considers [too risky]"
_NAMING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})


def free_relative_word(token: Token) -> Token | None:
    """The "what" opening the free relative the cue ``token`` stands in, else None.

    "what" opens the cue's subtree, the cue's own subject stands between them ("what [she] says"),
    and "what" is the cue's object or the subject of a clause of the cue. "asked what she says"
    (nothing after the cue) and "What she says is true" (the cue is the sentence's subject, its
    predicate the writer's verdict) are not this form: the first has no predicate after the cue,
    the second's predicate is no child of the cue.
    """
    if token.pos_ not in ("VERB", "AUX"):
        return None
    first = token.left_edge
    if first.lower_ not in _FREE_RELATIVE_WORDS or first.tag_ != "WP" or first.dep_ not in _GAP_DEPS:
        return None
    if not any(c.dep_ in SUBJECTS and first.i < c.i < token.i for c in token.children):
        return None
    if first.head.i != token.i and (first.head.head.i != token.i or first.head.i < token.i):
        return None  # "What's more, they found that ...": "what" opens a clause of its own before the cue
    return first


def free_relative_gap(token: Token) -> tuple[int, int] | None:
    """Character range of what the speaker of a free relative's cue says (``free_relative_word``), else None.

    The predicate the gap is the subject of: the cue's clause ("what she says [is a lie]", "what he said [were
    failures]"), the name it gives ("what he calls [a hoax]", "what they described as [a liberal media]"). Up to
    the first comma or dash that sets words off ("what Sroka called a “let a thousand flowers bloom” approach -
    working with ...": the writer's gloss). None where "what" is the object of something else ("what Trump
    threatened to do", "what he wrote in the speech"): the relative names no predicate of the speaker's."""
    word = free_relative_word(token)
    if word is None:
        return None
    if word.head.i == token.i:
        said = next((c for c in token.children if c.i > token.i and (
            c.dep_ in _NAMING_DEPS or c.dep_ == "prep" and c.lower_ == "as")), None)
        if said is not None and any(c.dep_ in CLAUSE_SUBJECTS for c in said.children) and (
                said.dep_ != "ccomp" or said.left_edge.i != token.i + 1
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in said.children)):
            # "what he believed, no matter how many times people told him ...": a clause of its own; "what researchers
            # say [they need every year]": the clause whose object "what" is, right after the cue
            said = None
        if said is not None and said.dep_ == "prep":
            said = next((c for c in said.children if c.dep_ == "pobj"), None)
    elif word.head.i > token.i and (word.dep_ in SUBJECTS or word.dep_ == "dobj" and word.head.dep_ == "ccomp"
                                    and any(c.dep_ in CLAUSE_SUBJECTS for c in word.head.children)):
        said = word.head  # "what she says [is a lie]"; "what researchers say [they need every year]": a whole clause
    else:
        said = None
    if said is None:
        return None
    after = [t for t in said.subtree if t.i > token.i]
    for k, t in enumerate(after):
        if k and (t.text in (",", ";", "(", ":") or set_off_dash(t)):
            after = after[:k]
            break
    while after and (after[-1].is_punct and not after[-1].is_quote or after[-1].is_space):
        after.pop()
    while after and (after[0].is_punct and not after[0].is_quote or after[0].is_space):
        after.pop(0)
    if not after or after[-1].i - after[0].i + 1 != len(after):
        return None
    return after[0].idx, after[-1].idx + len(after[-1])
