"""A crowd's wish inside another's reported clause is part of that claim, not a view reported as the crowd's.

"As such, consumers want to easily enjoy this content, ..., said the group": "consumers want" is what the group
says about consumers at large; nobody reports consumers as holding or voicing a wish (blind audit 66 judged it wrong).
On PolNeAR train a "want" inside another attribution's content, with a subject other than a pronoun, is marked a cue
4 times in 194.

Only "want" (and "wish") with a bare crowd for subject (``writers_generalities.bare_crowd``: "consumers", "people",
"Americans"), in a clause that hangs on a verb of saying. Kept: a named or determined set ("the voters want", "his
supporters want"), a person ("Smith wants"), a wish in a main clause, and one under a verb of finding ("Consumers want
cheaper phones, a survey found": a finding's clause). Pure.
Tests: tests/test_audit66_rows.py.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.writers_generalities import bare_crowd

_WISHING = frozenset({"want", "wish"})
_REPORTED = frozenset({"ccomp", "advcl", "parataxis"})


def crowd_wish_in_report(token: Token, sense_of: Callable[[str], str | None]) -> bool:
    """``token`` is "want"/"wish" whose subject is a bare crowd, in a clause hung on a verb of saying (``sense_of``
    gives a lemma's cue sense) that has a subject of its own."""
    if token.lemma_.lower() not in _WISHING or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if not bare_crowd(subject):
        return False
    if token.dep_ not in _REPORTED or token.head == token:
        return False
    report = token.head
    if report.pos_ != "VERB" or sense_of(report.lemma_) != "saying":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in report.children)
