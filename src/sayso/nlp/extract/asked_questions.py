"""What a passive verb of asking reports: the question, never the one asked. Pure functions of the parse.

"Herman Cain, the pizza maven ... who hosts an Atlanta area radio show, was asked by a caller why young Syrian men
are coming to the U.S. as refugees": the parse hangs "why ..." on "caller" as if it were a relative clause, and the
passive subject (Cain and his apposition) became the content (blind audit p84: W). A reader takes the caller as the
one who asks, the "why" clause as the question, and Cain as the one asked, who is no part of what was asked.

- ``question_on_asker``: the clause that opens with a question word ("why", "whether", "if", "how") right after the
  "by" agent of a passive verb of asking (``_ASKING``); a person is never described by a "why" or "whether" clause,
  so the clause is the question put. None where the clause is the verb's own (the parse got it right), where the
  question word is set off by a comma, or where the verb is no verb of asking ("was told by a friend how ...").
- ``asked_person``: the passive subject of a verb of asking is the one asked when it is a person: a personal
  pronoun, a name, or a noun of a person or a role the lexicons know ("The mayor was asked by reporters ..."). It is
  then no content. Kept: a thing asked ("The question was asked by a caller", "Such questions were asked by
  reporters"), which the cue reports.

Tests: ``tests/test_asked_questions.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.lexicon import load_lexicon

_ASKING = frozenset({"ask", "question", "quiz", "query"})
# words that open a question and never a relative clause on a person
_QUESTION_WORDS = frozenset({"why", "whether", "if", "how"})
_PERSON_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they", "who"})


def question_on_asker(token: Token) -> Token | None:
    """The head of the question clause the parse hung on the asker of the passive ``token``: "was asked by a caller
    why ..." (see the module)."""
    if token.lemma_.lower() not in _ASKING or token.tag_ != "VBN":
        return None
    agent = next((c for c in token.children if c.dep_ == "agent" and c.i > token.i), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if asker is None:
        return None
    for clause in asker.children:
        first = clause.left_edge
        if clause.dep_ in ("relcl", "acl", "ccomp", "advcl") and clause.i > asker.i \
                and first.lower_ in _QUESTION_WORDS and not token.doc[first.i - 1].is_punct:
            return clause
    return None


def asked_person(token: Token) -> bool:
    """The passive subject of the verb of asking ``token`` is a person, the one asked (see the module)."""
    if token.lemma_.lower() not in _ASKING or token.tag_ != "VBN":
        return False
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _PERSON_PRONOUNS
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in ("PERSON", "")
    lex = load_lexicon()
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in lex.person_roles | lex.person_nouns
