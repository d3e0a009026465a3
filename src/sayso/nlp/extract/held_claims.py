"""Another's claim answered: its clause is the claim's holder's, never the answerer's (issue 12, item 4).

"Biden responded to Mr. Trump's debate interjection that not paying taxes 'makes me smart'": the clause is
Trump's. The parse often hangs it on the verb ("responded ... that ...") and then the answerer would be its
speaker; or a noun cue folds its clause into the verb ("said in a statement that X" is one statement, but
"responded to the claim that X" is two). Pure predicates on the parse, used by ``content_choice.shape_content``
(the content widened to the noun phrase the clause belongs to: "Mr. Trump's debate interjection that ...") and
``dedupe.fold_statement_nouns`` (no fold); tables of tests in ``tests/test_held_claims.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.disputed_claims import disputed_prep
from sayso.nlp.extract.faulted_objects import faulted_remark
from sayso.nlp.extract.filters import content_span
from sayso.nlp.extract.resource_files import read_words

# prepositions whose object is what the verb answers or aims at, not the medium it speaks through ("said in a
# statement that"): "pushed back against", "scoffed at", "clashed over", "was asked about"; "to" only after a verb
# of answering ("responded to"): "cling to the hope that" is the subject's hope. Not "on": "campaigned on pledges
# to", "made good on a promise to" are the subject's own.
ANSWERED_PREPS = frozenset({"against", "at", "about", "over"})
_QUESTIONING = frozenset({"ask", "question", "press", "quiz", "query", "grill", "challenge"})
_ANSWERING = read_words("answering_verbs.txt")

# words for what was said that no list of statement nouns holds, heard in debates and interviews
_UTTERANCES = read_words("utterance_nouns.txt")

# verbs by which the subject says the claim again, its own or taken up: "repeated his contention that X" says X
REPEATING = read_words("repeating_verbs.txt")


def saying_noun(noun: Token, nouns: frozenset[str]) -> bool:
    """A noun of ``nouns`` (statement and proposition nouns) or another word for an utterance."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in nouns or noun.lower_ in nouns or noun.lower_ in _UTTERANCES)


def held(noun: Token) -> bool:
    """The noun names its holder: a possessor ("Trump's claim", "his claim") or "by X" ("claims by Exxon").

    Only whether a holder is named, for ``others_claim``: ``light_verbs.noun_holder`` returns the holder, who becomes
    the claim's source, so it asks more of "by" (an object that can hold a claim, no date: "claims from the 1990s")
    and takes "from" too ("warnings from his attorney"). ``others_claim`` was measured with this narrower reading;
    taking "from" here would change what counts as answered."""
    return any(_names_holder(c) for c in noun.children)


def _names_holder(child: Token) -> bool:
    """``child`` of a noun names the noun's holder: its possessor or its "by" phrase."""
    return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by")


def answered(noun: Token, verb: Token) -> bool:
    """The noun is the object of a preposition of ``ANSWERED_PREPS`` on ``verb``, or of "to" on a verb of answering
    ("responded to the claim", "referring to reports that") or of "to" on a claim someone named holds ("likened the
    deal to Donald Trump's proposal that ..."), or of "on", "as", "with" on a verb of disputing ("pushed back on
    reports that", "took issue with the claim that")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return False
    if faulted_remark(noun, verb):
        return True  # "challenged him over his comments that X": the one challenged holds them, not the challenger
    if verb.lemma_.lower() in _QUESTIONING and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False  # "Ben Carson, asked about his claims that X": the one asked holds them
    return prep.lower_ in ANSWERED_PREPS or (prep.lower_ == "to" and (verb.lemma_.lower() in _ANSWERING or named_holder(noun))) \
        or disputed_prep(prep, verb)


def named_holder(noun: Token) -> bool:
    """The noun names a holder other than by a possessive pronoun: "Donald Trump's proposal", "claims by Exxon"."""
    return any(_names_holder(c) and c.pos_ != "PRON" for c in noun.children)  # "by" is never a pronoun


def others_claim(noun: Token, verb: Token, *, by_holder: bool = False) -> bool:
    """The noun is a claim ``verb`` answers: the object of "to", "at", "against" ... on it, or its direct object
    with a holder named ("rejected Warren's claim", "disputed accusations by Exxon": ``by_holder`` where the parse
    hung "by Exxon" elsewhere), the verb no repeating ("repeated his contention", "echoed Trump's claim": the
    subject says it again)."""
    if verb.lemma_.lower() in REPEATING:
        return False
    if answered(noun, verb):
        return True
    return noun.dep_ == "dobj" and noun.head.i == verb.i and (by_holder or held(noun))


def clause_of_answered_claim(content: Content, token: Token, doc: Doc, nouns: frozenset[str]) -> Content:
    """A "that" clause the parse hung on the cue right after another's claim: the claim with its clause.

    "Biden responded to Mr. Trump's debate interjection that not paying taxes 'makes me smart'" reports Trump's
    interjection, not that Biden said not paying taxes makes him smart: the content becomes "Mr. Trump's
    debate interjection that ..."; "published a letter disputing accusations by Exxon that X" becomes "a letter
    disputing accusations by Exxon that X". A clause after an addressee ("responded to reporters that ...") or
    a medium ("said in a statement that ...") is the speaker's and stays."""
    if content.quote or content.parts or token.pos_ not in ("VERB", "AUX"):
        return content
    span = content_span(doc, content)
    if span is None or span[0].lower_ != "that" or span[0].dep_ != "mark":
        return content
    mark = span[0]
    if mark.head.head.i != token.i or mark.head.i < mark.i:
        return content
    noun = _claim_before(mark, token, nouns)
    if noun is None:
        return content
    between = doc[noun.i + 1:mark.i]
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if not others_claim(noun, governor, by_holder=any(t.lower_ == "by" for t in between)):
        return content
    top = noun
    while top.head.i != token.i:
        top = top.head
    start = noun.left_edge.idx if top.dep_ == "prep" and top.lower_ in ANSWERED_PREPS | {"to"} else top.left_edge.idx
    return content._replace(kind="dobj_plus", start=start) if start < content.start else content


# words that may stand between a claim and its clause when the parse hung them elsewhere: "accusations by Exxon
# Mobil that", "statements by Trump last week that"
_BETWEEN = frozenset({"PROPN", "DET", "PART", "NUM"})


def _claim_before(mark: Token, verb: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of saying right before ``mark``, or before a holder or a time the parse hung apart, inside the
    cue's own phrase (after it, under it)."""
    doc = mark.doc
    for i in range(mark.i - 1, max(verb.i, mark.i - 8), -1):
        word = doc[i]
        if saying_noun(word, nouns):
            return word if verb.i in {a.i for a in word.ancestors} else None
        if not (word.pos_ in _BETWEEN or word.lower_ in ("by", "of", "last", "week", "month", "year")):
            return None
    return None
