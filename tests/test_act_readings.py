"""Cue verbs read as acts (blind audit 62): ``nlp/extract/act_readings.py``.

``text -> cue word that must (not) be an attribution``: people questioned, staff laid off, a stance as the act
someone is accused of, an activity continued with a word of it in scare quotes; and the claims questioned, the
plans laid out, the statements accused of and the quotations continued, which stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of
from sayso.nlp.extract.act_readings import laid_off

pytestmark = pytest.mark.slow


test_acts_are_no_statements = cue_table(
    [
        # people questioned by magistrates: an interrogation (audit 62, S203)
        ("Two partners in Grant Thornton's Italian business were arrested last week and questioned by magistrates "
         "investigating the collapse of Parmalat, the Italian dairy company.", "questioned", False),
        ("Detectives questioned him about the robbery for six hours, the police said.", "questioned", False),
        # a claim questioned: a stance, kept
        ("Cruz has questioned whether Trump has the temperament to be president.", "has questioned", True),
        # a person questioned about a question: what was asked is told (review 63), kept
        ("Warren questioned Mnuchin on whether the tax cuts would pay for themselves.", "questioned", True),
        ("Police questioned him about whether he had seen the car that night.", "questioned", True),
        ("Prosecutors questioned the former aide about what the president knew.", "questioned", True),
        # a suspect held, a label of theirs in scare quotes (audit 63, S67): an interrogation; a quotation the
        # questioners put stays
        ("The latest arrests come as police continue to question a suspected \"potential suicide bomber\" detained "
         "in the south western town of Gloucester last Thursday.", "to question", False),
        ("Police questioned the detainee for six hours.", "questioned", False),
        ("Detectives questioned the alleged \"lone gunman\" on Friday.", "questioned", False),
        ("Reporters questioned the minister: \"Why did you lie?\"", "questioned", True),
        # staff laid off (audit 62, b62 S128); a plan laid out stays
        ("Since October 2001, American has laid off 6,149 flight attendants, according to George Price, a union "
         "spokesman.", "has laid off", False),
        ("Since October 2001, American has laid off 6,149 flight attendants, according to George Price, a union "
         "spokesman.", "according to", True),
        ("She laid out a plan to cut taxes.", "laid out", True),
        # a stance as the act charged (audit 62, S164); a statement someone is accused of making stays
        ("Quattrone is accused of attempting to obstruct justice by endorsing that e-mail, which encouraged "
         "co-workers to destroy files on profitable investment banking deals.", "endorsing", False),
        ("He is accused of saying that the vote was rigged.", "saying", True),
        # "continue" an activity, one word of it in scare quotes (audit 62, S22); a quoted phrase for object stays
        ("Wild rock legend Ozzy Osbourne was in intensive care today as he continued his “steady” recovery from a "
         "quad bike accident.", "continued", False),
        ("He continued his “war on drugs” in the speech.", "continued", True),
    ]
)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The airline laid off 200 workers.", "laid", True),
        ("The company began laying off hundreds of workers.", "laying", True),
        ("She laid out a plan to cut taxes.", "laid", False),
        ("He laid down a marker for the talks.", "laid", False),
    ],
)
def test_laid_off(nlp, text: str, word: str, expected: bool) -> None:
    assert laid_off(token_of(nlp(text), word)) is expected
