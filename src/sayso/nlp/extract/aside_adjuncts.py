"""A parenthetical cue the parse hung the rest of the sentence on: a pure reading of the parse.

"This would be achieved, the memo said, with threats and an unrelenting assault": the cue and its
speaker are set off by commas inside the sentence, and what was said is the sentence around them
("This would be achieved" and "with threats and an unrelenting assault"). The parse hangs the words
after the closing comma on the cue ("said with threats"), so the clause before the aside looks like
the whole content and the adjunct like the cue's own. Only a cue that stands after its clause's
subject and verb, with its own subject inside the commas, and only adjuncts after the closing comma
(a preposition's phrase, an adverb): a clause there ("..., he said, that ...", "..., she added,
saying ...") is the cue's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dashes import set_off_dash
from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, SUBJECTS
from sayso.nlp.extract.resource_files import read_words

# the preposition phrases that close the clause, not the saying: "in an interview", "on Tuesday", "at a rally",
# "after the vote" and "with a smile" tell when, where or how it was said
_SAYING_PREPS = read_words("aside_prepositions.txt")  # "of": a noun's
_MANNER_NOUNS = read_words("manner_nouns.txt")
_ASIDE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})


def adjunct_after_aside(token: Token) -> tuple[int, int] | None:
    """Character range of the words after a parenthetical cue's closing comma that the parse made the cue's
    adjuncts, where they belong to the clause the cue interrupts (see the module); else None."""
    doc = token.doc
    if token.dep_ not in _ASIDE_DEPS or token.head.i > token.i or token.pos_ not in ("VERB", "AUX") \
            or token.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if subject is None:
        return None
    opening = subject.left_edge.i - 1
    if opening < 1 or doc[opening].text != "," or any(c.i < subject.i and not c.is_punct and c.dep_ not in SUBJECTS
                                                         for c in token.children):
        return None
    if not any(c.dep_ in ALL_SUBJECTS and c.i < opening for c in token.head.children):
        return None
    if any(set_off_dash(t) or t.text in (":", ";") for t in doc[token.head.i:opening]):
        return None  # "kept him in jail after hearing clips - proof, the government argued, of ...": a noun's aside
    closing = next((c for c in token.children if c.text == "," and c.i > token.i), None)
    if closing is None or any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1:closing.i]):
        return None
    after = [c for c in token.children if c.i > closing.i and not c.is_punct]
    if not after or any(not _clause_adjunct(c) for c in after):
        return None
    first, last = after[0].left_edge, after[-1].right_edge
    if first.i != closing.i + 1:
        return None
    return first.idx, last.idx + len(last)


def _clause_adjunct(word: Token) -> bool:
    """A preposition's phrase that is not the time, place, channel or manner of saying ("with threats and an
    unrelenting assault", "for the first time in decades"; not "in an interview", "on Tuesday", "with a smile")."""
    if word.dep_ != "prep" or word.lower_ in _SAYING_PREPS:
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    if not objects:
        return False
    return not any(o.lemma_.lower() in _MANNER_NOUNS or o.ent_type_ in ("DATE", "TIME") for o in objects)


# subordinators of a clause put before its main clause to set a time or a condition: "if it spreads, ..."
_FRONTED_MARKS = read_words("fronted_subordinators.txt")


def clause_past_fronted_adverbial(token: Token, head: Token) -> Token:
    """ "As Slavo noted, should the disease spread to the African mainland, one can assume that it will be all but
    impossible to control": an "as" clause that opens the sentence reports the whole sentence, but the parse hangs it
    on the nearest verb, that of a conditional or time clause put before the main clause ("should the disease
    spread", "if it spreads", "when prices rise"), so the content would be the condition alone. The verb of the main
    clause that clause hangs on is the one reported. ``head`` as it is where the cue is not an opening "as" clause
    or ``head`` is no such fronted clause."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return head
    main = head.head
    if head.dep_ != "advcl" or main.i <= head.i or token.i > head.i or main.pos_ not in ("VERB", "AUX"):
        return head
    # "should the disease spread", "had they known", "were it to pass": the auxiliary before the subject
    inverted = any(c.dep_ == "aux" and c.lower_ in ("should", "had", "were") and c.i < head.i
                   and any(s.dep_ in SUBJECTS and c.i < s.i < head.i for s in head.children) for c in head.children)
    marked = any(c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in head.children)
    return main if inverted or marked else head
