"""A thing advocated with what it is for (issue 12, content bounds): ``advocated_things.advocated_with_its_purpose``.

"advocates a litany of rules to end X, stop Y and remove Z": the parse hangs the infinitive on the cue, and the content
chosen was the infinitive alone or the object alone; a reader (and PolNeAR's gold) takes the thing and its purpose as
what was advocated. Negative rows: a person or body asked ("urged him to resign": as it was), a pronoun, a verb that
announces rather than advocates, an infinitive not right after the object, a bare verb that shares the cue's auxiliary.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_contents, with_cue

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, cue, expected", [
    # the object and the infinitive hung on the cue: both
    ("The institute recommends a package of changes to simplify the tax code.", "recommends",
     ["a package of changes to simplify the tax code"]),
    ("The commission recommended a range of options to reduce traffic in the city centre.", "recommended",
     ["a range of options to reduce traffic in the city centre"]),
    # bare verbs sharing the infinitive's "to", hung on the cue, go with it
    ("The report recommends a list of changes to protect children online, ban junk food ads and fund school meals.",
     "recommends", ["a list of changes to protect children online, ban junk food ads and fund school meals"]),
    ("The party proposed a raft of reforms to cut the deficit, raise wages and close loopholes.", "proposed",
     ["a raft of reforms to cut the deficit, raise wages and close loopholes"]),
    ("The group advocates a litany of changes to cut emissions, tax carbon and subsidize solar panels.", "advocates",
     ["a litany of changes to cut emissions, tax carbon and subsidize solar panels"]),
    ("The charity recommends a daily walk to lift mood, sleep better and stay fit.", "recommends",
     ["a daily walk to lift mood, sleep better and stay fit"]),
    # a body recommended for a task: the one recommended and the task, as PolNeAR's "urges supporters to monitor ..."
    ("The committee recommends the board of directors to approve the merger.", "recommends",
     ["the board of directors to approve the merger"]),
    # after a verb of asking, the bare verbs sharing the "to" join the one asked and the infinitive
    ("The union urged its members to reject the offer, strike on Monday and picket the plant.", "urged",
     ["its members to reject the offer, strike on Monday and picket the plant"]),
    ("The council urged the Department of Transportation to fund the bridge, repair the roads and hire more "
     "inspectors.", "urged",
     ["the Department of Transportation to fund the bridge, repair the roads and hire more inspectors"]),
    # a figure keeps its "%" (review rev75q)
    ("The report recommends a list of changes to protect children online, ban junk food ads and cut sugar by 20%.",
     "recommends", ["a list of changes to protect children online, ban junk food ads and cut sugar by 20%"]),
    # what follows the infinitive and is no bare verb sharing its "to" stays out
    ("The union urged its members to reject the offer, saying it was too low.", "urged",
     ["its members to reject the offer"]),
    ("The union urged its members to reject the offer, and the company walked away.", "urged",
     ["its members to reject the offer"]),
    ("The senator proposed a set of fixes to shore up the fund, then left for Paris.", "proposed",
     ["a set of fixes to shore up the fund"]),
    # already whole: as it was
    ("The mayor proposed a plan to cut bus fares.", "proposed", ["a plan to cut bus fares"]),
    ("The union advocates tougher rules to protect workers.", "advocates", ["tougher rules to protect workers"]),
    ("The council urged new rules to curb noise.", "urged", ["new rules to curb noise"]),
    # a person or body as object is the one asked: as it was
    ("The senator urged him to resign.", "urged", ["him to resign"]),
    ("The senator urged the governor to resign.", "urged", ["the governor to resign"]),
    ("The board urged the company to release the data.", "urged", ["the company to release the data"]),
    ("The mayor urged residents to stay indoors.", "urged", ["residents to stay indoors"]),
    # a verb of announcing: the purpose may be the writer's, not this rule's
    ("The minister announced a plan to build houses.", "announced", ["a plan to build houses"]),
    # an infinitive set off by a comma is no part of the object's phrase
    ("He proposed a deal, to end the strike.", "proposed", ["a deal"]),
])
def test_advocated_with_its_purpose(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ('The party proposed a raft of reforms to cut the deficit, raise wages and close "loopholes".', "proposed",
     'a raft of reforms to cut the deficit, raise wages and close "loopholes"'),
    ('The group advocates "a litany of rules" to end deferral, stop inversions and remove loopholes.', "advocates",
     '"a litany of rules" to end deferral, stop inversions and remove loopholes'),
    ("The group advocates \u201ca litany of rules\u201d to end deferral, stop inversions and remove loopholes.",
     "advocates", "\u201ca litany of rules\u201d to end deferral, stop inversions and remove loopholes"),
    # a quotation opened inside the advocated thing closes after the sentence's stop: the join takes the closing mark
    ("The union advocates new rules to end the overtime cap, stop night shifts and remove codes that let managers "
     "tell ''staff that the shift is optional while telling the agency it is compulsory.''", "advocates",
     "new rules to end the overtime cap, stop night shifts and remove codes that let managers tell ''staff that the "
     "shift is optional while telling the agency it is compulsory.''"),
    ("The union advocates new rules to end the overtime cap, stop night shifts and remove codes that let managers "
     "tell \u201cstaff that the shift is optional while telling the agency it is compulsory.\u201d", "advocates",
     "new rules to end the overtime cap, stop night shifts and remove codes that let managers tell \u201cstaff that "
     "the shift is optional while telling the agency it is compulsory.\u201d"),
])
def test_joined_content_keeps_both_quotation_marks(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    """The join neither opens nor closes a quotation half-way (review rev75q): the content as it stands in the text,
    quotation marks and all (``cue_contents`` trims them off the edges)."""
    assert [a.content.text for a in with_cue(analysis(nlp, text), cue)] == [expected]
