"""'X made (it) clear that Y': an idiom of saying whose content is the that-clause: a pure function of the parse.

The parse makes "clear" the complement of "made" and hangs the that-clause on "clear" (or on
"made" beside it), so the content chosen came out as "it clear that Y" or "clear that Y". What
X made clear is Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.agency import agency_of, agentive, referent
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.circumstances import TIME_ENTS
from sayso.nlp.extract.clear_words import clear_word
from sayso.nlp.extract.dep_labels import NOUN_MODIFIER_CLAUSES
from sayso.nlp.extract.lexicon import Lexicon

CLEAR_REACH = 16  # tokens: "made it clear to his players on Monday in Boston that" fits, a paragraph does not

# how the parse hangs the clause made clear on "clear" or "made": a complement or an adverbial clause, or (after
# "clear", where no subject can stand) a clausal subject: "made clear she has funding", "made clear that she would run"
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj"})


def _opening_that(word: Token) -> bool:
    """``word`` is the "that" opening the clause: its mark, or (after "made it known to the committee") the "that"
    the parse reads as the clause verb's object while it opens the clause."""
    if word.lower_ != "that":
        return False
    return word.dep_ == "mark" or (word.dep_ == "dobj" and word.head.i > word.i and word.head.left_edge.i == word.i)


def clear_clause(token: Token) -> tuple[int, int] | None:
    """The character range of the that-clause "made (it) clear" reports, from its "that", else None."""
    clear = clear_word(token)
    if clear is None:
        return None
    # the "that" stands within a few words of "clear", in its sentence: never a scan to the Doc's end
    window = clear.doc[clear.i + 1:min(clear.i + 1 + CLEAR_REACH, clear.sent.end)]
    mark = next((t for t in window if _opening_that(t)), None)
    if mark is not None and mark.dep_ == "dobj" and mark.head.dep_ in NOUN_MODIFIER_CLAUSES:
        # "made it clear in a speech that he gave on Monday that he would resign": the first "that" may be the
        # relative of the noun before it; a marked "that" after it opens the clause ("at the summit that Germany
        # would not pay" has none: the object reading stands)
        mark = next((t for t in window if t.i > mark.i and t.lower_ == "that" and t.dep_ == "mark"), mark)
    if mark is None:
        return _clause_without_that(clear, token)
    if not all(_circumstance_word(t, clear.i, mark.i) for t in clear.doc[clear.i + 1:mark.i]):
        return None
    verb = mark.head
    # the clause hangs on "clear" or "made", or the parse read it as a clause of the last word before
    # it ("made clear in interviews that he would not resign": "resign" an acl of "interviews")
    hung = verb.head.i in (clear.i, token.i) and verb.dep_ in _CLAUSE_DEPS
    if verb.i <= mark.i or not (hung or (verb.dep_ in NOUN_MODIFIER_CLAUSES and clear.i < verb.head.i < mark.i)):
        return None
    end = verb.right_edge
    return mark.idx, end.idx + len(end)


def _clause_without_that(clear: Token, token: Token) -> tuple[int, int] | None:
    """ "made it clear she would run", "have made (it) clear they want a deal": a clause with a subject of its own hung
    on "clear" (or on "made"), after nothing but circumstance words; its character range, else None."""
    for verb in (c for c in (*clear.children, *token.children) if c.i > clear.i and c.dep_ in _CLAUSE_DEPS):
        first = verb.left_edge
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if verb.pos_ not in ("VERB", "AUX") or first.i - clear.i > CLEAR_REACH or subject is None \
                or subject.left_edge.i != first.i or subject.tag_ in ("WP", "WDT"):
            continue  # "made it clear, as it always does, ...", "made it known who had won": no clause of its own
        if not all(_circumstance_word(t, clear.i, first.i) for t in clear.doc[clear.i + 1:first.i]):
            continue
        end = verb.right_edge
        return first.idx, end.idx + len(end)
    return None


def _circumstance_word(word: Token, lo: int, hi: int) -> bool:
    """``word``, between "clear" (``lo``) and "that" (``hi``), belongs to whom, where or when it was made
    clear: a prepositional phrase ("to his players", "in interviews", "on Tuesday"), a bare time ("last
    week") or a comma. Anything else (an object, a clause) means the that-clause is not what was made clear."""
    top = word
    for _ in range(hi - lo):  # bounded: a parse whose heads loop (sentence-split Docs can) must not hang the run
        if not (lo < top.head.i < hi) or top.head.i == top.i:
            break
        top = top.head
    if top.is_punct:
        return top.lower_ == ","
    if top.dep_ in ("prep", "dative"):
        return True
    return top.dep_ in ("npadvmod", "advmod") and top.ent_type_ in TIME_ENTS


def made_clear_content(best: Content, token: Token) -> Content:
    """``best`` as the that-clause of "made (it) clear that Y"; a quotation is left alone. The candidate is the one
    that holds "clear" or the clause: "made it clear in a statement that Y" gave "it clear", the clause hung on the
    statement (the parse cut the candidate at the phrase), and Y is still what was made clear."""
    if best.quote or best.parts:
        return best
    span = clear_clause(token)
    clear = clear_word(token)
    if span is None or clear is None or not (best.start <= span[0] < best.end or best.start <= clear.idx < best.end):
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
    if subject.lower_ == "it" and subject.pos_ == "PRON" and referent(subject) is None:
        return False  # "It made it clear that the plan had collapsed": nobody to have said it
    agency = agency_of(lexicon)
    if subject.lemma_.lower() in agency.events:
        return False  # "The events made it clear", "The vote made it clear": what happened shows, it says nothing
    # a plural noun must be known for people ("voters", "officials"): "the results", "the attacks" only show
    return subject.lemma_.lower() in lexicon.documents or agentive(subject, agency, plural_people=False)
