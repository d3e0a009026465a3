"""Audit 68's wrong rows by class: a hand's gesture (``nlp/extract/gestures.py``), a cue whose speaker the parse lost
with only a thing for content (``lost_subjects.py``), a topic alluded to (``allude`` in ``non_statement_verbs.txt``)
and a word of a name read as a clause (``name_clauses.py``).

``text -> cue word that must (not) be an attribution``: a word, a map or a sign pointed to is shown; evidence pointed
to is cited and stays (PolNeAR marks it), and so does what is pointed out.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, rows_table, with_cue

pytestmark = pytest.mark.slow


test_gestures = cue_table(
    [
        ('One man had brandished an English-Turkish dictionary and pointed to the word "refugee".', "pointed", False),
        ("The guide pointed at the map and smiled.", "pointed", False),
        ("She pointed to the sky.", "pointed", False),
        # evidence pointed to, and what is pointed out, stay
        ("Clinton pointed to the nine different times Sanders has laid out a health care plan.", "pointed", True),
        ("She pointed out that the plan had failed twice.", "pointed", True),
        ('Critics point to the phrase "by any means necessary" as evidence of intent.', "point", True),
        ("Analysts pointed to the picture emerging from the data.", "pointed", True),
        ("Democrats pointed to signs that the economy was slowing.", "pointed", True),
        ("Critics pointed to his words as evidence of racism.", "pointed", True),
        ("She pointed to the sign, which read \"No entry.\"", "pointed", False),
    ],
)


@pytest.mark.parametrize(
    "text, cue, kept",
    [
        # a dash aside broke the parse: no speaker and only a thing said (``lost_subjects``), left out at the default
        ("The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply "
         "criticised the US policy shift, with Jordanian Foreign Minister Ayman Safadi warning of “dangerous "
         "consequences”.", "also sharply criticised", False),
        # a speaker found, or a clause said, stays
        ("Egypt and Jordan also sharply criticised the decision as illegal.", "also sharply criticised", True),
        ("Palestinian chief negotiator Saeb Erekat said they would take a series of measures to oppose it.", "said",
         True),
    ],
)
def test_lost_subjects(nlp, text: str, cue: str, kept: bool) -> None:  # noqa: ANN001
    report = analysis(nlp, text, min_confidence=None)
    assert bool(with_cue(report, cue)) is kept


test_allusions = cue_table(
    [
        # a topic hinted at names nothing said (audit 68 W), like "mentioned", "referred to"
        ('Abbas told the summit he would end the "armed intefadeh," renounced "terrorism against the Israelis wherever '
         'they might be" and alluded to the disarming of militants.', "alluded", False),
        ('Abbas told the summit he would end the "armed intefadeh," renounced "terrorism against the Israelis wherever '
         'they might be" and alluded to the disarming of militants.', "told", True),
        ("He alluded to the possibility that the talks could collapse.", "alluded", True),
    ],
)


test_names_read_as_clauses = rows_table(
    [
        # a capitalised word of a name read as a clause of the cue (p68 W): the cue's own clause, over the whole name
        ("NASA plans to use private moon landers built by these partner companies to deliver rovers like the "
         "agency's new Volatiles Investigating Polar Exploration Rover (VIPER) to the moon's south pole.",
         [("NASA", "plans", "to use private moon landers built by these partner companies to deliver rovers like the "
           "agency's new Volatiles Investigating Polar Exploration Rover (VIPER) to the moon's south pole")]),
        # a lower-case gerund is a clause of its own
        ("The company plans to cut jobs, saying demand has fallen.",
         [("The company", "plans", "to cut jobs"), ("The company", "saying", "demand has fallen")]),
    ],
)
