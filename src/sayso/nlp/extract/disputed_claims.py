"""A clause that belongs to the claim a speaker disputes is not the speaker's content (issue 12, item 1).

"The company denied reports on Tuesday that it was preparing to sell the unit", "The mayor rejected as false claims
that she had used city cars", "The governor pushed back on reports that he would resign": the parse hangs the
that-clause on the verb (or the content picker takes the noun's clause for the verb's), and the disputer is then
reported as saying exactly what they deny. The clause says what the reports, claims and suggestions say; the
disputer's statement is the noun phrase ("denied reports that ...": a stance on them), which the cue keeps.

``disputed_clause`` reads the parse only: the cue is a verb of disputing (``disputing_verbs.txt``, phrasal verbs
with their particle), a noun naming what others said or suppose (``disputed_nouns.txt``) stands between the cue
and the clause as its object or as the object of its preposition ("on", "at", "against", "as"), and the clause is
a that-clause of that noun or of the verb with nothing but preposition phrases or time words between. A verb that
takes the claim for its own ("confirmed reports that ...", "echoed claims that ...") is no verb of disputing, and
"denied that ..." with no noun keeps its clause (a denial is the speaker's own statement).

The content that is the whole disputed thing, a claim named as another's ("rebutted Exxon's accusation that the
articles were misleading", "dismissed claims made in her biography that she was raped") or a mere topic ("went on
to rebut many of the detailed points in the letter", "brushed off the significance of a video that cites his call
..."), is no claim of the disputer's either: the disputer's position toward a thing, a stance like "denied the
allegations" (``disputed_thing``, read by ``stances.stance_object``). The clauses in it say what the other's claim
says or which thing is meant; the disputer asserts only that it is wrong. Blind readers judged such rows wrong as
attributions (p79: "the university says only that the accusation is wrong"). A bare claim noun's clause ("Volker
disputed the notion that he had been a participant ...", "The woman disputes the idea that she needed to be
hospitalized") stays the disputer's attribution: the contrary is their own statement, and the pages' gold and
PolNeAR's both annotate it so (PolNeAR's scorer counts stances too; the pages' does not).

A claim of others that a verb of answering takes after "to" ("responded to reports that Trump planned to endorse his
opponent", "reacted to claims that ...") is what was answered (``responded_thing``, read by ``stances.stance_object``):
no claim of the answerer's and no position either, so the row is left out (``stances.unpositioned``); the answer
("responded that ...", the quotation that follows) is its own attribution (blind audit p85 A11).

Tables of tests: ``tests/test_disputed_claims.py``, ``tests/test_stances.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sayso.nlp.extract.resource_files import read_words

DISPUTING_VERBS = read_words("disputing_verbs.txt")
DISPUTED_NOUNS = read_words("disputed_nouns.txt")
# the prepositions that take the claim disputed: "pushed back on reports", "dismissed as nonsense reports"; "with"
# only after "take issue" ("hit back with claims that ..." makes claims of one's own)
_DISPUTED_PREPS = frozenset({"on", "as"})
# the names of another who owns the claim disputed, before it: "the Times report", "the White House claim"
_OWNER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# a place or a time the parse hung on the verb after the thing disputed: "rebut many of the points in the letter"
_SETTING_PREPS = frozenset({"in", "on", "at", "during"})
# a phrase set off by a comma at the content's end that says something of the claim: the disputer's words (rev76c)
_SET_OFF_DEPS = frozenset({"relcl", "advcl", "acl", "parataxis", "ccomp", "npadvmod"})
# what may stand between the noun and a clause the parse gave the verb: "on Tuesday", "again", "as false"
_BETWEEN_DEPS = frozenset({"prep", "npadvmod", "advmod", "prt", "acomp", "oprd"})
# the same inside the claim's own phrase, where an agent may stand too: "accusations by Exxon Mobil that ..."
_CLAIM_BETWEEN_DEPS = _BETWEEN_DEPS | {"agent"}


def disputing_verb(token: Token) -> bool:
    """``token`` is a verb of disputing: "denied", "rejected", "pushed back", "took issue", "laughed off"."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in DISPUTING_VERBS:
        return True
    # the particle or the noun right after the verb: "pushed back on", not "pushed the cart back"
    words = (c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep", "dobj") and c.i == token.i + 1)
    return any(f"{lemma} {w}" in DISPUTING_VERBS for w in words)


def _retort(token: Token) -> bool:
    """``token`` disputes only as "X back" ("fired back", "hit back", "pushed back"): what it takes for its direct
    object is its own retort ("fired back a statement that ...") or a date put off ("pushed back the deadline"),
    never a claim disputed; the claim disputed stands after "on", "at", "against"."""
    return token.lemma_.lower() not in DISPUTING_VERBS \
        and any(c.lower_ == "back" and c.i == token.i + 1 for c in token.children)


def disputed_nouns(token: Token) -> list[Token]:
    """The nouns of what others said that the verb ``token`` takes as its object or its preposition's object:
    "reports" of "denied reports", "claims" of "rejected as false claims", "suggestions" of "pushed back on
    suggestions"; not the direct object of "fired back" (``_retort``)."""
    found = []
    for child in token.children:
        if child.dep_ == "dobj":
            if not _retort(token):
                found.append(child)
        elif child.dep_ == "prep":
            found += [g for g in child.children if g.dep_ == "pobj"]
    return [n for n in found if n.pos_ == "NOUN" and n.lemma_.lower() in DISPUTED_NOUNS and n.i > token.i]


def disputed_clause(token: Token, clause_start: int) -> bool:
    """The that-clause starting at character ``clause_start`` says what the claim ``token`` disputes says, not what
    the disputer says: "denied reports on Tuesday that ...", "rejected as false claims that ...", "pushed back on
    reports that ...". The clause is the noun's own (its "acl"), or the verb's with only preposition phrases,
    adverbs and time words between the noun and it."""
    if not disputing_verb(token):
        return False
    mark = next((t for t in token.doc if t.idx == clause_start), None)
    if mark is None or not _that_mark(mark):
        return False
    verb = mark.head
    for noun in disputed_nouns(token):
        if noun.i >= mark.i:
            continue
        if verb.head == noun and verb.dep_ in ("acl", "relcl", "ccomp"):
            return True
        if verb.head == token and _only_adjuncts_between(token, noun, mark):
            return True
    return False


def _only_adjuncts_between(token: Token, noun: Token, mark: Token) -> bool:
    """Between the noun's phrase and the clause only the verb's adjuncts stand, no comma: "reports on Tuesday that"."""
    if not _unbroken(noun, mark):
        return False
    between = [c for c in token.children if noun.right_edge.i < c.i < mark.i]
    return all(c.dep_ in _BETWEEN_DEPS for c in between)


def _that_mark(token: Token) -> bool:
    """``token`` is the "that" that opens a clause ("reports that ...", "denied that ..."), not a pronoun or a
    determiner ("denied that", "that report")."""
    return token.dep_ == "mark" and token.lower_ == "that"


def _unbroken(noun: Token, mark: Token) -> bool:
    """No punctuation stands between the noun's phrase and the clause's "that": "reports on Tuesday that", not
    "reports, on Tuesday, that"."""
    return not any(t.is_punct for t in noun.doc[noun.right_edge.i + 1:mark.i])


def disputed_prep(prep: Token, verb: Token) -> bool:
    """The preposition ``prep`` on ``verb`` takes the claim a verb of disputing disputes: "pushed back on",
    "dismissed as ...", "took issue with"; not "hit back with claims" (the subject's own)."""
    if not disputing_verb(verb):
        return False
    if prep.lower_ == "with":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "issue" for c in verb.children)
    return prep.lower_ in _DISPUTED_PREPS


def disputed_object(noun: Token, verb: Token) -> bool:
    """The noun cue is what the verb of disputing disputes, so its subject holds none of it: "laughed off
    suggestions that ...", "challenged the testimony that ...", "brushed aside concerns that ..."; a noun of
    ``disputed_nouns.txt`` only ("fired back a statement that ...": the statement is the subject's own), and no
    direct object of "fired back", "hit back" (``_retort``)."""
    if not disputing_verb(verb) or noun.lemma_.lower() not in DISPUTED_NOUNS:
        return False
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return not _retort(verb)
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i and disputed_prep(noun.head, verb)


def disputed_thing(cue: Token, span: Span) -> Token | None:
    """The head of the thing the verb of disputing ``cue`` disputes, when the content ``span`` is that thing and
    nothing the disputer says: the cue's object (``_disputed_head``) with its own words, and the that-clause the parse
    gave the verb, or a verb above it, that is the claim noun's (``_claim_clause``: "rebutted Exxon's accusation that
    the articles were misleading"), the claim named as another's (``_owned``); else None ("denied that ...", "slammed the media for ...", "dismissed the criticism as ...": the
    span holds more than the thing). A clause inside the thing says what the claim says ("claims made in her biography
    that she was raped") or which thing is meant ("the significance of a video that cites his call"), never what the
    disputer says."""
    if not disputing_verb(cue):
        return None
    head = _disputed_head(cue, span)
    if head is None:
        return None
    inside = set(range(head.left_edge.i, head.right_edge.i + 1))
    for t in span:
        if _that_mark(t) and t.i > head.right_edge.i and _claim_clause(head, t):
            inside.update(range(head.right_edge.i + 1, max(t.i, t.head.right_edge.i) + 1))
    if not all(t.i in inside or t.is_punct or _setting(t, cue, head) for t in span):
        return None
    if _disputers_words(span, head):
        return None
    # a claim's clause with no one else's name on the claim ("disputed the notion that ...", "denied the claim
    # that ..."): the disputer's own statement of the contrary, as the gold of PolNeAR and the pages has it
    if any(_that_mark(t) for t in span) and not _owned(head, span):
        return None
    return head


def _disputers_words(span: Span, head: Token) -> bool:
    """Words of the disputer's own the parse hung inside the thing disputed (rev76c): an "as" after the thing, a
    predication of it ("dismissed the opposition's claim that the economy was shrinking as scaremongering", "derided
    the bureau's reasons ... as 'unpersuasive'"; the parse hangs the "as" on the clause's verb, past ``predicated``'s
    sight), a gerund of how ("countered Smith's claim that ... by pointing out that it would create 10,000"), or a
    clause set off by a comma at the content's end ("the family's account that he was unarmed, which they said did not
    match the video", "the council's estimate that ..., putting the figure at $1 billion"). Such a content stays an attribution, as
    before the rule: a claim clause that holds an "as" of its own ("claims that he served as an adviser") stays one
    too, the safe side."""
    doc = span.doc
    last = max((t.i for t in span if not t.is_punct), default=span.end - 1)
    for t in span:
        if t.i <= head.i:
            continue
        if t.dep_ == "prep" and (t.lower_ == "as" or any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)):
            return True
        if t.lower_ == "," and t.i + 1 < span.end:
            top = doc[t.i + 1]
            while top.head.i != top.i and t.i < top.head.i < span.end:
                top = top.head
            # only a phrase that runs to the content's end: one closed by a comma inside the claim is the claim's
            # ("Exxon's accusation that articles about the company, produced by journalists from the school, were
            # misleading": p79 A1)
            set_off = top.dep_ in _SET_OFF_DEPS or top.tag_ == "VBG" or doc[t.i + 1].lower_ in ("which", "who")
            if set_off and top.left_edge.i > t.i and top.right_edge.i >= last:
                return True
    return False


def _owned(noun: Token, span: Span) -> bool:
    """The claim ``noun`` is named as another's: a possessive or a name before it ("Exxon's accusation", "the Times
    report"), "by" or "from" someone after it, wherever the parse hung it ("accusations by Exxon Mobil that ..."), a
    participle of its making ("claims made in her biography", "reports published this week"), or the medium it was
    made in ("suggestions in the press")."""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_ in _OWNER_ENTS) \
                or _made(c) or (c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i):
            return True
    mark = next((t for t in span if t.i > noun.i and _that_mark(t)), None)
    end = mark.i if mark is not None else span.end
    return any(t.dep_ in ("prep", "agent") and t.lower_ in ("by", "from") for t in noun.doc[noun.i + 1:end])


def _setting(token: Token, cue: Token, head: Token) -> bool:
    """``token`` is a word of a place or time phrase the parse hung on the cue after the thing ("rebut many of the
    points in the letter", "denied the claims on Monday"): where or when it was disputed, no claim of the disputer's."""
    while token.head.i != cue.i and token.head.i != token.i:
        token = token.head
    return token.head.i == cue.i and token.i > head.i and (
        (token.dep_ == "prep" and token.lower_ in _SETTING_PREPS) or (token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")))


def _made(token: Token) -> bool:
    """ "made in her biography", "published this week", "leveled by critics": a participle of the claim's making, a
    reduced relative with no subject, mark or auxiliary of its own (not "the notion that he had been ...")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in token.children)


def _claim_clause(noun: Token, mark: Token) -> bool:
    """The that-clause of ``mark`` says what the claim ``noun`` says, wherever the parse hung it: right after the
    noun's phrase, or past preposition phrases and time words only, no comma ("accusations by Exxon Mobil that
    ...", "reports on Tuesday that ...": the parse may give the clause to the verb, or to a verb above it)."""
    if noun.lemma_.lower() not in DISPUTED_NOUNS or mark.head.i < mark.i:
        return False
    between = noun.doc[noun.right_edge.i + 1:mark.i]
    return _unbroken(noun, mark) and all(_adjunct_word(t, between) for t in between)


def _adjunct_word(token: Token, between: Span) -> bool:
    """``token`` is a word of a preposition phrase or a time word standing wholly in ``between``."""
    while token.dep_ not in _CLAIM_BETWEEN_DEPS and between.start <= token.head.i < between.end:
        token = token.head
    return token.dep_ in _CLAIM_BETWEEN_DEPS


def _disputed_head(cue: Token, span: Span) -> Token | None:
    """The word of ``span`` that is the disputing verb's object: its direct object (none of "fired back": ``_retort``),
    the subject of the passive ("the claims were rejected"), or the object of its preposition ("pushed back on
    reports", "dismissed on Friday claims"), not "as" ("dismissed it as nonsense": a predication); a noun, or a
    part of things ("many of the detailed points", "some of the claims")."""
    head = next((t for t in span if _object_of(cue, t)), None)
    if head is None or not (head.pos_ in ("NOUN", "PROPN") or _part_of_things(head)):
        return None
    return head


def _object_of(cue: Token, token: Token) -> bool:
    """``token`` is the cue's direct object, the subject of the passive cue or the object of its preposition
    (before it, not "as")."""
    if token.head.i == cue.i:
        return token.dep_ == "nsubjpass" or (token.dep_ == "dobj" and not _retort(cue))
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == cue.i and prep.lower_ != "as" \
        and prep.i < token.i


def _part_of_things(token: Token) -> bool:
    """ "many of the detailed points", "some of the claims", "most of it": a quantifier with the things after "of"."""
    return token.pos_ in ("ADJ", "DET", "NUM", "PRON") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in token.children)


# verbs of answering another: what they take after "to" is what was answered ("responded to reports that ...")
_RESPONDING = frozenset({"respond", "react", "reply"})


def responded_thing(cue: Token, span: Span) -> Token | None:
    """The head of the claim of others a verb of answering answers, when the content ``span`` is only that claim:
    "Nehlen responded Friday to reports that Trump planned to endorse his opponent", "The campaign reacted to claims
    that the poll was rigged", "She replied to suggestions that she would resign". The that-clause says what the
    reports say; the speaker only answered them, and what was answered is no claim of theirs nor a position taken
    (blind audit p85 A11). The answer itself, if given, is its own attribution ("responded that ...", "responded by
    saying ...", the quotation that follows). A noun of no one's claim ("responded to the attack", "did not respond to
    requests for comment") is not read here."""
    if cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in _RESPONDING:
        return None
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.i != cue.i:
        return None
    if root.pos_ != "NOUN" or root.lemma_.lower() not in DISPUTED_NOUNS:
        return None
    if not all(root.left_edge.i <= t.i <= root.right_edge.i or t.is_punct for t in span):
        return None
    return root
