"""spaCy's dependency labels (the ClearNLP scheme of the English pipelines) grouped as the extractors read them: one
home for the sets that modules used to copy ("the subject of a verb", "a clause with a subject of its own", "a
clause on a noun", "a verb's clausal complement"), and the one lookups on them that modules wrote out by hand
(``subject_of``, ``to_infinitive``, ``object_after``).

Only sets read as sets of labels live here. The labels the attribution scorers turn into features
(``vocabulary.SUBJ_DEPS``, ``CLAUSE_DEPS``, ...) stay in ``vocabulary``: they are the trained weights' vocabulary,
and changing one there means retraining, not tidying.
"""

from __future__ import annotations

from spacy.tokens import Token

# a noun phrase as the subject of a verb, active or passive: "Smith said", "Smith was asked"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})

# whatever fills a clause's subject: a noun phrase, a clause ("What he said was false") or an expletive ("it is
# said that", "there is"); a verb with one of these has a subject of its own
CLAUSE_SUBJECTS = SUBJECTS | {"csubj", "expl"}

# the same with a passive clausal subject ("That he lied was denied"), which the parser seldom gives
ALL_SUBJECTS = CLAUSE_SUBJECTS | {"csubjpass"}

# a clause that modifies a noun: a relative clause ("the man who said"), a participle or an infinitive ("a letter
# demanding", "a plan to cut")
NOUN_MODIFIER_CLAUSES = frozenset({"relcl", "acl"})

# a noun's own clause: those, and the content clause the parse hangs as a complement ("the claim that X")
NOUN_CLAUSES = NOUN_MODIFIER_CLAUSES | {"ccomp"}

# a verb's clausal complement, finite or not: "said that X", "wants to go"
COMPLEMENT_CLAUSES = frozenset({"ccomp", "xcomp"})


def subject_of(verb: Token) -> Token | None:
    """The verb's own noun-phrase subject, active or passive ("Smith" of "Smith said", of "Smith was asked"); None
    where it has none (an infinitive, an imperative, a clause whose subject the parse hung elsewhere)."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def to_infinitive(verb: Token) -> bool:
    """The verb has its own "to": "to prepare" in "urged them to prepare", "to say" in "declined to say"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def object_after(verb: Token) -> Token | None:
    """The verb's first direct object after it ("the law" of "branded the law a power grab", "906 attacks" of
    "reported 906 attacks"); None where it has none or the parse put it first ("What he called it ..."): the
    reading the naming and sense checks share."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def set_off_subordinate(token: Token) -> bool:
    """``token`` is the subordinator opening a clause set off by a comma (", before he celebrated", ", although she
    was tired"): the aside a speaker's noun phrase may carry before the cue, never part of a name. A capital in
    mid-sentence is a title's first word ("the memoir, Before I Let Go,"), not a subordinator."""
    return (token.dep_ == "mark" and token.pos_ == "SCONJ" and token.i > 0 and token.doc[token.i - 1].text == ","
            and not (token.text[:1].isupper() and not token.is_sent_start))
