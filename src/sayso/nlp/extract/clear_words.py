""""made (it) clear", "made it plain", "made it known": the words of the idiom on the parse (pure).

``made_clear`` reads what was made clear (the clause); ``candidates.cue_tokens`` gives the cue the idiom's words, as
PolNeAR marks them ("made it clear", "has made clear"), not the bare "made" a reader takes for no word of saying.
"""

from __future__ import annotations

from spacy.tokens import Token

# what was made clear, plain or known is what was said
CLEAR_WORDS = frozenset({"clear", "plain", "known"})
# words of degree before "clear" the parse may read as a noun ("made it crystal clear": "crystal" a subject of "clear")
_DEGREE_WORDS = frozenset({"crystal", "abundantly", "perfectly", "absolutely", "very", "quite", "pretty", "so"})


def clear_word(token: Token) -> Token | None:
    """The "clear" of "made (it) clear" on the cue ``token``, else None."""
    if token.lemma_.lower() != "make":
        return None
    return next((c for c in token.children if c.lower_ in CLEAR_WORDS and c.i > token.i
                 and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj")), None)


def idiom_words(token: Token) -> list[Token]:
    """The words after the cue "made" up to its "clear", when only "it" and adverbs of "clear" stand between ("made
    it clear", "made it very clear", "made it crystal clear", "made clear"); [] otherwise ("made her position
    clear": no idiom of saying)."""
    clear = clear_word(token)
    if clear is None:
        return []
    between = list(token.doc[token.i + 1:clear.i])
    if any(not ((t.lower_ == "it" and t.pos_ == "PRON") or (t.dep_ == "advmod" and t.head.i == clear.i)
                or (t.lower_ in _DEGREE_WORDS and t.head.i == clear.i)) for t in between):
        return []
    return [*between, clear]


def past_circumstances(token: Token, end: int) -> int:
    """The index of the last word of the adverbs and prepositional phrases on "made" or its "clear" right after index ``end``
    ("which the candidate has made clear in interviews he is uncertain about": "in interviews"), else ``end``: the
    words of saying end at "clear", what is said starts after where and to whom it was made clear."""
    clear = clear_word(token)
    if clear is None:
        return end
    doc = token.doc
    while end + 1 < len(doc):
        prep = doc[end + 1]
        if prep.dep_ == "advmod" and prep.head.i in (token.i, clear.i):
            end += 1  # "which officials have made clear repeatedly is dead"
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ not in ("prep", "dative") or prep.head.i not in (token.i, clear.i) or pobj is None:
            break
        # the noun and its words before it ("in two interviews"), not a clause the parse hung on it
        end = max([pobj.i, *(c.right_edge.i for c in pobj.children if c.dep_ in ("prep", "compound", "amod"))])
    return end
