"""What the writer says nobody knows: a cue inside an indirect question that the sentence calls open.

"It is unclear why Manafort wanted to see Assange", "Nobody knows whether Clinton said that to the donors",
"The question is what Putin wants", "It's anyone's guess what the president thinks", "It is hard to say whether
Smith believed the story", "I wonder whether the senator believes his own words": the writer states that a question
has no answer. Nobody is reported as having said, thought or wanted anything; the question's own cue is no
attribution (the frame, "it is unclear", is the writer's, and no one's either).

Kept: a question that is what a speaker asked or answered ("He asked whether the report was true", "She explained
why the bill failed": the frame is a speaker's act, not an unknown), a question someone is said to know ("Smith knows
why the deal fell apart"), and a cue outside the question ("It is unclear, officials said, whether ...": "said" is the
officials' own). Pure predicates on the parse; tests: ``tests/test_writers_unknowns.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.resource_files import read_words

# predicates that say the answer is not known: "it is unclear whether", "it remains uncertain why"
_UNKNOWN_ADJECTIVES = read_words("unknown_adjectives.txt")
# the same when negated: "it is not clear what", "it was never known why"
_KNOWN_ADJECTIVES = frozenset({"clear", "certain", "known", "obvious", "apparent", "evident", "sure"})
# nouns that name an open question: "the question is what ...", "it is a mystery why ...", "the question of whether"
_QUESTION_NOUNS = frozenset({"question", "mystery", "puzzle", "riddle", "enigma", "guess", "unknown"})
# verbs of knowing and telling, open when negated or when no one does them: "nobody knows whether", "we don't know
# why", "it is hard to say whether", "there is no telling what"
_KNOWING = read_words("knowing_verbs.txt")
_NOBODY = frozenset({"nobody", "no-one", "noone", "none"})
# adjectives that make knowing hard: "it is hard to say whether", "impossible to know why"
_HARD = frozenset({"hard", "difficult", "impossible", "tough", "tricky", "unclear"})
# the writer (or the reader) wondering: "I wonder whether", "one has to wonder why", "you have to ask whether"
_WRITER = frozenset({"i", "we", "one", "you"})
_WONDERING = frozenset({"wonder", "ask", "question"})
_WH = read_words("wh_words.txt")
_YES_NO = frozenset({"whether", "if"})
# what opens a question hung on a noun, not a relative clause ("a mystery why ...", not "the mystery that he solved")
_QUESTION_OPENERS = frozenset({"why", "how", "whether", "if", "what", "when", "where", "who"})
# how a cue hangs below the verb of its question clause: "whether Trump told Comey to drop the case", "if Cruz is
# aware" (the cue an adjective of "is"), "whether he said it and meant it"
_UP = frozenset({"conj", "xcomp", "acomp"})


def unknown_answer(token: Token) -> bool:
    """The cue is in an indirect question (opened by "whether", "if" or a wh-word) that hangs on a predicate of not
    knowing: "It is unclear why Manafort wanted to see Assange", "It remains unclear whether Trump told Comey to drop
    the case", "Nobody knows whether Clinton said that", "the question is what Putin wants", "It's anyone's guess what
    he thinks", "It is hard to say whether Smith believed it", "I wonder whether the senator believes his own words",
    "raises the question of whether Trump knew"."""
    clause = question_clause(token)
    return clause is not None and open_frame(clause)


def question_clause(token: Token) -> Token | None:
    """The verb of the indirect question that holds the cue: the cue itself or the verb it hangs from by a conjunct,
    a complement or an adjective ("whether Trump knew and approved", "if Cruz is aware"); None if the cue's clause is
    no question."""
    verb = token
    while not _opens_question(verb):
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return verb


def _opens_question(verb: Token) -> bool:
    """ "whether"/"if" marks the clause, or a wh-word opens it ("why Manafort wanted", "what the senator believes")."""
    if any(c.dep_ == "mark" and c.lower_ in _YES_NO for c in verb.children):
        return True
    first = verb.left_edge
    return first.lower_ in _WH and first.i < verb.i and first.tag_ in ("WRB", "WP", "WDT", "WP$")


def open_frame(clause: Token) -> bool:
    """The question clause hangs on a predicate that says its answer is unknown."""
    head = clause.head
    if clause.dep_ == "ROOT":  # "Whether the senator believed the claims is unknown": the parse made the subject
        return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)  # clause the root
    if head.i == clause.i or clause.dep_ not in ("ccomp", "csubj", "advcl", "xcomp", "pcomp", "attr", "acl", "relcl",
                                                 "dep"):
        return False
    if clause.dep_ == "pcomp":  # "the question of whether Trump knew", "doubts about whether ..."
        return head.lower_ in ("of", "about", "as", "on") and head.head.lemma_.lower() in _QUESTION_NOUNS | {"doubt"}
    if clause.dep_ in ("acl", "relcl"):  # "the question whether he lied", "a mystery why the mayor insisted ..."
        return head.lemma_.lower() in _QUESTION_NOUNS and clause.left_edge.lower_ in _QUESTION_OPENERS
    if head.pos_ == "ADJ":  # "unclear why ...", the clause hung on the adjective
        return _unknown_adjective(head, negated=_negated(head) or _negated(head.head))
    return _unknown_copula(head) or _not_known(head) or _writer_wonders(head) or _anyones_guess(head)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children)


def _unknown_adjective(adj: Token, *, negated: bool) -> bool:
    word = adj.lower_
    return word in _UNKNOWN_ADJECTIVES or (negated and word in _KNOWN_ADJECTIVES)


def _unknown_copula(verb: Token) -> bool:
    """ "it is unclear whether", "it remains uncertain why", "it is not clear what", "it's a mystery why", "the
    question is what ...": a linking verb with an adjective or a noun of not knowing."""
    if verb.lemma_.lower() not in ("be", "remain", "seem", "appear", "become", "stay"):
        return False
    negated = _negated(verb)
    for c in verb.children:
        if c.dep_ == "acomp" and _unknown_adjective(c, negated=negated or _negated(c)):
            return True
        if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in _QUESTION_NOUNS and c.pos_ == "NOUN":
            return True  # "it is a mystery why", "the question is what"
    return False


def _not_known(verb: Token) -> bool:
    """ "Nobody knows whether", "we don't know why", "it is not known what", "it is hard to say whether", "there is no
    telling what": a verb of knowing or telling that no one does."""
    if verb.lemma_.lower() not in _KNOWING:
        return False
    if _negated(verb):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or _no_one(c)) for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lower_ in _HARD or any(
        c.dep_ == "acomp" and c.lower_ in _HARD for c in verb.head.children))  # "it is hard to say whether"


def _no_one(noun: Token) -> bool:
    """ "no one", "not one person": a subject nobody is."""
    return noun.lower_ == "one" and any(c.lower_ in ("no", "not") for c in noun.children)


def _writer_wonders(verb: Token) -> bool:
    """ "I wonder whether", "one wonders why", "you have to ask whether" (the writer asks its reader): the writer's
    own question. A named asker is a speaker ("Smith wondered why ...", "reporters asked whether ...")."""
    if verb.lemma_.lower() not in _WONDERING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "one has to wonder why", "you have to ask whether"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _WRITER:
        return False
    return verb.lemma_.lower() == "wonder" or verb.dep_ == "xcomp" or subject.lower_ in ("i", "we") and verb.tag_ == "VBP"


def _anyones_guess(verb: Token) -> bool:
    """ "it's anyone's guess what he thinks": the parse may read "guess" as a verb with "anyone" its possessor."""
    return verb.lemma_.lower() == "guess" and any(c.dep_ == "poss" and c.lower_ in ("anyone", "anybody", "nobody")
                                                  for c in verb.children)
