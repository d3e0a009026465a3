"""'X made (it) clear that Y': an idiom of saying whose content is the that-clause: a pure function of the parse.

The parse makes "clear" the complement of "made" and hangs the that-clause on "clear" (or on
"made" beside it), so the content chosen came out as "it clear that Y" or "clear that Y". What
X made clear is Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.agency import agency_of, agentive
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.lexicon import Lexicon


def clear_word(token: Token) -> Token | None:
    """The "clear" of "made (it) clear" on the cue ``token``, else None."""
    if token.lemma_.lower() != "make":
        return None
    return next((c for c in token.children if c.lower_ == "clear" and c.i > token.i
                 and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj")), None)


def clear_clause(token: Token) -> tuple[int, int] | None:
    """The character range of the that-clause "made (it) clear" reports, from its "that", else None."""
    clear = clear_word(token)
    if clear is None:
        return None
    for verb in (*clear.children, *token.children):
        if verb.i <= clear.i or verb.dep_ not in ("ccomp", "advcl"):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and mark.i > clear.i and _addressee_only(clear, mark):
            end = verb.right_edge
            return mark.idx, end.idx + len(end)
    return None


def _addressee_only(clear: Token, mark: Token) -> bool:
    """Nothing between "clear" and "that" but whom it was made clear to ("made it clear to his players that")."""
    between = clear.doc[clear.i + 1:mark.i]
    if not len(between):
        return True
    to = between[0]
    return to.lower_ == "to" and to.dep_ in ("prep", "dative") and to.right_edge.i == mark.i - 1


def made_clear_content(best: Content, token: Token) -> Content:
    """``best`` as the that-clause of "made (it) clear that Y"; a quotation is left alone."""
    if best.quote or best.parts:
        return best
    span = clear_clause(token)
    if span is None or not (best.start <= span[0] < best.end):
        return best
    return best._replace(kind="child_ccomp", start=span[0], end=span[1])


def stated_clear(token: Token, lexicon: Lexicon) -> bool:
    """ "X made (it) clear that Y" where X can state something: a person, a body or a document ("The manual
    makes it clear that"). Kept whatever the cue model says of "make"; "The rain made it clear that the game
    was off" (evidence, no speaker) is not a statement."""
    if clear_clause(token) is None:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lemma_.lower() in lexicon.documents or agentive(subject, agency_of(lexicon))
