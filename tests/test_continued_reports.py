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


# a verb of going on whose words are a quotation right after it ('but added, “...”', 'but added: “...”'), which the
# parse hangs on another verb: still the first speaker's when the words it is joined to have a thing or an "it" for
# subject (issue 12, P75: "Pence said in politics it takes time ... but added, “...”" gave "added" to the "it", and
# the "it" to a network named before)
test_a_quotation_after_the_going_on_verb = speaker_table([
    pytest.param("Governor Ana Ruiz said in business it takes patience to earn trust but added, “We will get there "
                 "this year.”", "added", "Ana Ruiz", id="it-takes-added-quote"),
    pytest.param("In an interview with CNN, Senator Tom Reyes was asked about the feud. Reyes said in politics it takes "
                 "time to heal such rifts but added, “I fully back the speaker, and I always will,” Reyes said.",
                 "added", "Tom Reyes", id="network-named-before"),
    pytest.param("The minister said the treaty was weak but added: “We will sign it anyway.”", "added",
                 "The minister", id="thing-colon-quote"),
    pytest.param("The company said it would close two plants and added that no jobs would be lost.", "added",
                 "The company", id="its-own-it"),
    # a plural thing adds nothing either (issue 12, spk75: "said profits fell but added, “...”" gave it to profits)
    pytest.param("The bank said earnings slipped but added, “We expect a strong spring.”", "added", "The bank",
                 id="plural-thing-added-quote"),
    pytest.param("The firm said its sales dropped but noted that margins rose.", "noted", "The firm",
                 id="plural-thing-noted"),
    # negatives: a person in the words (left to the parse), a verb with its own subject
    pytest.param("Smith said Jones had resigned but added, “I am sorry.”", "added", "Jones", id="person-added-quote"),
    pytest.param("The coach said the players had struggled but added, “They will be back.”", "added", "the players",
                 id="plural-people-added-quote"),
    pytest.param("Aides said his backers were angry but added, “The vote was stolen.”", "added", "his backers",
                 id="plural-unlisted-people-added-quote"),
    pytest.param("The senator said the plan was flawed, and the governor added, “Taxes will rise.”", "added",
                 "the governor", id="own-subject-quote"),
])


# a participle of saying joined by the parse to a verb inside the words another participle reports ("warning that
# the sanctions would backfire by hurting consumers but pledging ..."): the one warning pledges, not the thing in the
# words (issue 12, audit 74: "trade sanctions" pledged); a person in the words is left to the parse
test_a_thing_in_the_words_pledges_nothing = speaker_table([
    pytest.param("The union hit back at the board, arguing that the cuts would backfire by driving away nurses and "
                 "vowing \"to fight every layoff\".", "vowing", "The union", id="cuts-vowing"),
    pytest.param("The ministry answered the critics on Monday, insisting that the new levies would work by curbing "
                 "imports but promising \"to review them within a year\".", "promising", "The ministry",
                 id="levies-promising"),
    # negatives: a person in the words; a conjunct with its own subject
    pytest.param("The union responded, warning that Mr. Hale would lose by ignoring nurses and vowing \"to fight every "
                 "layoff\".", "vowing", "Hale", id="person-vowing"),
    pytest.param("The union warned that the cuts would backfire by driving away nurses, and the board countered, "
                 "saying \"we have no choice\".", "saying", "the board", id="own-subject"),
    # a pledge no document makes: the one arguing, even with a ruling in the words
    pytest.param("Apple responded to the fine, arguing that the ruling would hurt consumers by weakening security and "
                 "pledging to appeal.", "pledging", "Apple", id="ruling-pledging"),
    # negatives (rev74s): "by X-ing and Y-ing" goes on inside the words, where a text or a thing says ("the report
    # says", "the model predicts"); the outer speaker would be made to say what it attacks
    pytest.param("Critics attacked the agency, warning that its report would mislead the public by understating the "
                 "risks and saying the chemical was safe.", "saying", "its report", id="report-saying"),
    pytest.param("The White House rejected the report, arguing that its findings would mislead the public by ignoring "
                 "recent data and claiming that the economy was in recession.", "claiming", "its findings",
                 id="findings-claiming"),
    pytest.param("Lawyers for the company filed a motion, arguing that the ruling would stand by citing precedent and "
                 "saying the law was clear.", "saying", "the ruling", id="ruling-saying"),
    pytest.param("The senator attacked the ad, warning that the commercial would confuse voters by suggesting he had "
                 "voted for the tax and claiming he supported it.", "claiming", "the commercial",
                 id="commercial-claiming"),
    pytest.param("Doctors warned against the pills, arguing that the drug would harm patients by masking symptoms and "
                 "suggesting they were cured.", "suggesting", "the drug", id="drug-suggesting"),
    pytest.param("Democrats criticised the bill, warning that the legislation would hurt families by cutting benefits "
                 "and promising tax cuts to the rich.", "promising", None, id="legislation-promising"),
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
