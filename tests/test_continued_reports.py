"""A verb that goes on with a statement, joined to the words another verb reports, is that verb's speaker's
(``source_heads.continued_report``). Issue 12, audit 20 (j): "The judge specifically said that the First Amendment
claim ... had not yet been adjudicated and added that the president was free ..." gave "added" to the claim.

A claim, a plan or a report in someone's words adds nothing; a person in them may ("Smith said Jones had resigned
and added that he was sorry" is left to the parse), and only verbs of going on ("added", "noted", "stressed") or of saying with a clause of their own ("promised that",
"asked whether").
"""

from __future__ import annotations

import pytest

from _cues import cue_span, speaker_table

pytestmark = pytest.mark.slow

test_a_thing_in_the_words_adds_nothing = speaker_table([
    pytest.param("The judge said that the First Amendment claim had not yet been decided and added that the president "
                 "was free to ignore him.", "added", "The judge", id="claim-added"),
    pytest.param("The mayor said the budget plan was flawed and added that taxes would rise.", "added", "The mayor",
                 id="plan-added"),
    pytest.param("The governor said the report was accurate and noted that the state would comply.", "noted",
                 "The governor", id="report-noted"),
    pytest.param("Judge Ana Ruiz wrote that the lawsuit was premature and stressed that the plaintiffs could refile.",
                 "stressed", "Ana Ruiz", id="lawsuit-stressed"),
    # any verb of saying with a clause of its own: a plan promises nothing, the mayor does
    pytest.param("The mayor said the budget plan was flawed and warned that taxes would rise.", "warned", "The mayor",
                 id="plan-warned"),
    # negatives: a person in the words; a verb with its own subject
    pytest.param("Smith said Jones had resigned and added that he was sorry.", "added", "Jones", id="person-added"),
    pytest.param("Obama administration officials said the Republican senators had misread the deal and noted that "
                 "Iran would comply.", "noted", "the Republican senators", id="people-noted"),
    pytest.param("The senator said the governor had misread the bill and added that he would vote no.", "added",
                 "the governor", id="role-noun-added"),
    pytest.param("The mayor said the budget plan was flawed and promised that taxes would not rise.", "promised",
                 "The mayor", id="plan-promised"),
    pytest.param("The mayor said the plan was flawed, and the governor added that taxes would rise.", "added",
                 "the governor", id="own-subject"),
])


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # an "it" of no one in the reported words adds nothing: the speaker goes on
        ("Suu Kyi, 70, said it was too early to congratulate winners but added that she expected a landslide.",
         "added", "Suu Kyi, 70"),
        # negatives: an "it" that stands for a thing (left to the parse), a person in the words
        # an "it" that stands for a thing, but "added" wears the tense of "said", not of "would appeal": Smith adds
        # (``twin_speakers.in_reporting_tense``)
        ("Smith said it would appeal the ruling and added that the company was confident.", "added", "Smith"),
        ("Smith said Jones had resigned and added that he was sorry.", "added", "Jones"),
    ],
)
def test_expletive_adds_nothing(nlp, text: str, cue: str, source: str) -> None:  # noqa: ANN001
    assert cue_span(nlp, text, cue) == source
