"""A participle of saying whose speaker the parse hid in a misreading (``participles.verb_read_as_auxiliary``,
``participles.object_read_as_subject``, called from ``source_heads.source_head``).

A relative clause's verb read as the participle's auxiliary ("the laws she cited claiming ..."): the one who
claims is that clause's own subject, not the outer clause's. A determiner "that" read as a complementizer
("Batten echoed that sentiment saying ..."): the object became the participle's subject, but the participle
goes on with the verb it hangs on, whose subject speaks. Near cases keep their speaker: a real auxiliary, a
participle after an object set off by a comma, one whose noun the parse reads with its determiner.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.participles import verb_read_as_auxiliary

pytestmark = pytest.mark.slow

test_misread_participle = speaker_table([
    # fixed: the relative clause's subject, not the outer clause's
    ("WFAA asked the Dallas Police Department for the laws she cited claiming that she can’t fire Guyger.",
     "cited claiming", "she"),
    ("The laws she cited claiming that she cannot fire Guyger were old.", "cited claiming", "she"),
    # fixed: the verb's subject, not its object
    ("Batten echoed that sentiment saying, “Tommy Robinson is a political prisoner.”", "saying", "Batten"),
    ("Clinton echoed that criticism saying, “He is unfit.”", "saying", "Clinton"),
    ("The governor echoed that message saying, “We will rebuild.”", "saying", "The governor"),
    # near: a real auxiliary keeps the subject
    ("He was claiming the vote was rigged.", "was claiming", "He"),
    ("The official had been saying for weeks that the plan would fail.", "had been saying", "The official"),
    ("They kept saying the vote was rigged.", "saying", "They"),
    # near: the participle after an object, or an addressee, stays the subject's
    ("Smith echoed that sentiment, saying the plan would fail.", "saying", "Smith"),
    ("Batten echoed the sentiment saying the man is a political prisoner.", "saying", "Batten"),
    ("Smith shared the view, saying the plan would fail.", "saying", "Smith"),
    ("The senator repeated the claim, adding that the vote was rigged.", "adding", "The senator"),
    ("The mayor backed the plan, noting that it would save money.", "noting", "The mayor"),
    ("Smith told reporters, saying the plan would fail.", "saying", "Smith"),
    ("The company released a statement, saying the plan would fail.", "saying", "The company"),
    ("He sent a letter to the governor, saying the plan would fail.", "saying", "He"),
    # near: "that" read as the noun's determiner, the noun speaks
    ("He remembers that officer saying he had no choice.", "saying", "that officer"),
    ("She heard that official saying he would resign.", "saying", "that official"),
    ("Witnesses heard that guard saying, “Nobody leaves.”", "saying", "that guard"),
    # review 51s: the participle hangs on the noun (a message the subject received or shared), which speaks
    ("Trump waved the letter he received saying Kim wanted to meet.", "received saying", "the letter"),
    ("Smith showed reporters the message he received warning him to stay away.", "received warning", "the message"),
    ("Facebook removed the posts he shared claiming vaccines cause autism.", "shared claiming", "the posts"),
    # review 51s: "that" + a speaker or a medium after a verb of perceiving or citing: the noun speaks
    ("Drivers saw that sign warning, “Bridge out ahead.”", "warning", "sign"),
    ("Reporters overheard that aide saying, “He has no idea what he's doing.”", "saying", "aide"),
    ("The senator saw that report saying, “Thousands have died.”", "saying", "report"),
    ("The senator heard that rumor saying, “The plan will fail.”", "saying", "rumor"),
    ("The senator cited that man warning, “The plan will fail.”", "warning", "man"),
    ("Haley echoed that view warning, “Iran cannot be trusted.”", "warning", "Haley"),
])


@pytest.mark.parametrize("text, expected", [
    # the relative clause's verb the parse made the participle's auxiliary: its subject claims
    ("WFAA asked the Dallas Police Department for the laws she cited claiming that she can’t fire Guyger.", "she"),
    # near: a verb of taking words in ("received"): its subject did not write them, so no speaker from it
    ("She asked for the emails he received claiming that the vote was rigged.", None),
])
def test_verb_read_as_auxiliary(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    participle = token_of(doc, "claiming")
    found = verb_read_as_auxiliary(participle)
    assert (found.text if found is not None else None) == expected
