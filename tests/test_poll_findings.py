"""A poll's, a study's or a record's finding is an attribution whatever shape the parse gives it
(``extract/poll_findings.py``); what a video, a photograph or a search shows or finds is not."""

from __future__ import annotations

import pytest

from _cues import analysis, cue_table, rows_table, speaker, with_cue
from sayso.nlp.extract.poll_findings import share_saying, share_self_description

test_finders_find_in_small_clauses = cue_table(
    [
        # a name with where it stands in the poll
        ("A Marquette Law School poll shows Senator Ron Johnson trailing in Wisconsin.", "shows", True),
        ("Several new polls show Governor Kate Brown within three points of her challenger.", "show", True),
        ("Recent surveys show Mayor Tom Hale with a comfortable lead over the council president.", "show", True),
        ("The Emerson poll showed Klobuchar in third at 12 percent, followed by Buttigieg at 9 percent.", "showed", True),
        ("Polls show Warren up by six points in Massachusetts.", "show", True),
        ("A new CNN poll shows Senator Lee and the governor in a dead heat.", "shows", True),
        ("The Post-SurveyMonkey poll finds the Libertarian Party's Johnson supported by 13 percent of voters.", "finds", True),
        ("The latest Gallup survey found Governor Ned Lamont well behind in the suburbs.", "found", True),
        # a result named by a noun
        ("A Monmouth University poll showed a narrower lead for the incumbent.", "showed", True),
        ("A Pew survey found 70 percent support for expanded background checks.", "found", True),
        ("County records show little evidence that the company paid the fee.", "show", True),
        # a clause, as before, and a tally or an email as the finder
        ("An Associated Press tally found that the governor had won 42 delegates.", "found", True),
        ("An email from the campaign manager reveals that the staff knew of the problem.", "reveals", True),
        # the participle on a finder: the same finding
        ("The senator spoke as polls showing him well behind his rival were released.", "showing", True),
        ("A Siena College poll found last month that the mayor would lose a runoff.", "found", True),
        # not a finding: what a video or a photograph shows, what someone comes upon, a thing a finder shows
        ("A video posted online shows the senator walking into the building.", "shows", False),
        ("Photos from the scene showed firefighters carrying a child from the house.", "showed", False),
        ("Police found a loaded gun in the glove box.", "found", False),
        ("The report shows a map of the district.", "shows", False),
        ("The county's records show a gap in May.", "show", False),
        ("A 2018 analysis of the data found evidence of plumes of liquid water.", "found", False),
        ("The audit found a 20 percent drop in arrests.", "found", True),
        ("The preliminary report shows the seven victims numbered in yellow.", "shows", False),
        ("The poll shows a picture of the candidate on its front page.", "shows", False),
        ("The campaign video showed the governor leading a parade.", "showed", False),
        ("A video showing the senator at a rally was shared widely.", "showing", False),
    ]
)

test_finding_contents = rows_table(
    [
        ("A Quinnipiac poll shows Trump leading in Ohio.", [("A Quinnipiac poll", "shows", "Trump leading in Ohio")]),
        ("A new Marist poll shows the governor with an eight-point lead.",
         [("A new Marist poll", "shows", "the governor with an eight-point lead")]),
    ]
)


@pytest.mark.parametrize("text, cue", [
    ("A Quinnipiac poll shows Trump leading in Ohio.", "shows"),
    ("An Associated Press tally found that the governor had won 42 delegates.", "found"),
    ("Official data suggest that coal production peaked in 2013.", "suggest"),
])
def test_a_finder_is_no_person(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    """A poll or a tally speaks as a document: never typed as a person or a group of people."""
    report = analysis(nlp, text)
    (a,) = with_cue(report, cue)
    source = report.source(a.source)
    assert source is not None and source.type not in ("person", "group", "anonymous")


@pytest.mark.parametrize("text", [
    # a poll "of" someone is of those it asked, not by them: the poll stays the source
    "A Marist poll of 1,042 Ohio voters showed the senator with a narrow lead.",
    "A new poll of South Carolina showed the governor with a wide lead.",
])
def test_a_poll_of_someone_is_not_theirs(nlp, text: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    (a,) = with_cue(report, "showed")
    source = report.source(a.source)
    assert source is not None and "poll" in source.name.lower() and source.type not in ("group", "government")


@pytest.mark.parametrize("text, cue", [
    ("Polls show the senator with a narrow lead in Ohio.", "show"),
    ("Several polls found that the governor would lose a runoff.", "found"),
])
def test_polls_are_no_group_of_people(nlp, text: str, cue: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    (a,) = with_cue(report, cue)
    source = report.source(a.source)
    assert source is not None and source.type == "unknown"


def test_a_headline_label_is_no_apposition(nlp) -> None:  # noqa: ANN001
    """ "Poll: Clinton and Sanders in dead heat": the label is no role beside a name, so a later "the poll" is
    the poll's, not Clinton's (``source_types.appositions``)."""
    text = ("Poll: Clinton and Sanders in dead heat in California\n\n"
            "Clinton and Sanders are virtually deadlocked in California, according to a new poll.\n\n"
            "The poll also shows a majority of Republican voters will vote for Trump.")
    report = analysis(nlp, text)
    (a,) = with_cue(report, "also shows")
    assert speaker(report, a) == "The poll"


# a poll's share of respondents saying a clause: as sure a report as "22 percent said ..."
test_shares_saying_are_reported = rows_table(
    [
        ("Trump has slightly improved his standing, with 30 percent of voters saying they have a positive view of him.",
         [("30 percent of voters", "saying", "they have a positive view of him")]),
        ("Demographics could shift the race, with 47 percent of Cuban Americans saying they will support Clinton.",
         [("47 percent of Cuban Americans", "saying", "they will support Clinton")]),
    ]
)


@pytest.mark.parametrize("text, expected", [
    ("Trump improved his standing, with 30 percent of voters saying they have a positive view of him.", True),
    ("Most called themselves liberals, with about three in 10 saying they are very liberal.", True),
    ("Republicans care more about guns, with the share of Republicans saying gun rights matter more up 28 points.", True),
    # negatives: no clause said; no share of respondents; a share that says nothing ("saying" an act)
    ("The poll found Clinton ahead, with half saying so.", False),
    ("The team lost again, with fans saying little as they left.", False),
    ("He left the room, with his aides saying he was tired.", False),
    ("With 22 percent of the vote counted, officials were saying goodbye to the press.", False),
])
def test_share_saying_unit(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "saying")
    assert share_saying(token) is expected


test_polls_frame_findings = rows_table(
    [
        # "In <a poll>, <clause>": the poll's finding, "In" the cue
        ("In a Monmouth University poll, Governor Hale held a 12-point lead over his challenger.",
         [("a Monmouth University poll", "In", "Governor Hale held a 12-point lead over his challenger")]),
        ("In the latest Quinnipiac survey released Tuesday, the senator fell to 9 percent.",
         [("the latest Quinnipiac survey", "In", "the senator fell to 9 percent")]),
        ("In recent polls, Mayor Tom Hale stays well ahead of the council president.",
         [("recent polls", "In", "Mayor Tom Hale stays well ahead of the council president")]),
        # a closing "in the polls" after a verb of where one stands
        ("Warren leads Sanders by six points in the RealClearPolitics average of Iowa polls.",
         [("the RealClearPolitics average", "in", "Warren leads Sanders by six points")]),
        # not a finding: the poll's method; "in" no frame (a verb's own argument, the middle of the clause);
        # a frame that is no poll; a finding another cue reports already
        ("In the survey, respondents were asked about their views on trade.", []),
        ("The campaign invested heavily in polling.", []),
        ("Warren rose in the polls after the first debate.", []),
        ("In the morning, Governor Hale held a news conference.", []),
        ("In the poll, 60 percent said they back the plan.", [("60 percent", "said", "they back the plan")]),
        # a headline's question; a clause that says nothing by itself; a poll phrase that runs on past its name
        ("Why Governor Hale is leading in the polls", []),
        ("In the latest polls, he doesn't.", []),
        ("He fell to 9 percent in the latest Quinnipiac poll released Tuesday, a collapse driven by his blunders.", []),
        # the writer's "But" is no part of the finding; "CNN/ORC" one name
        ("But the senator fell to 9 percent in the latest CNN/ORC poll.",
         [("the latest CNN/ORC poll", "in", "the senator fell to 9 percent")]),
    ]
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("In the survey, 41 percent describe themselves as Republicans.", "describe", True,
                     id="percent-describe"),
        pytest.param("Twenty percent consider themselves independents.", "consider", True, id="consider-small-clause"),
        pytest.param("About three in 10 identify themselves as liberals.", "identify", True, id="three-in-10"),
        # negatives: a share saying a clause, a person describing himself, a share describing others
        pytest.param("Sixty percent of voters said they would back the measure.", "said", False, id="share-said"),
        pytest.param("He describes himself as a socialist.", "describes", False, id="person-self"),
        pytest.param("Forty percent describe the economy as poor.", "describe", False, id="share-describes-thing"),
    ],
)
def test_share_self_description(nlp, text: str, cue: str, expected: bool) -> None:  # noqa: ANN001
    token = next(t for t in nlp(text) if t.text == cue)
    assert share_self_description(token) is expected


test_share_self_description_cues = cue_table([
    pytest.param("In the survey, 41 percent describe themselves as Republicans.", "describe", False,
                 id="describe-dropped"),
    pytest.param("Twenty percent consider themselves independents.", "consider", False, id="consider-dropped"),
    pytest.param("Sixty percent of voters said they would back the measure in November.", "said", True,
                 id="share-said-kept"),
    pytest.param("He describes himself as a socialist.", "describes", True, id="person-kept"),
])


# a group named by a self-description (a participle or a relative clause on it): a crosstab's label, no statement
test_group_self_description_cues = cue_table([
    pytest.param("Trump led Cruz by 12 points among those describing themselves as very conservative.", "describing",
                 False, id="those-describing"),
    pytest.param("Clinton won most voters who describe themselves as liberal.", "describe", False,
                 id="voters-who-describe"),
    pytest.param("Among adults who call themselves evangelicals, support for the measure fell.", "call", False,
                 id="adults-who-call"),
    pytest.param("Voters who identify themselves as independents split evenly.", "identify", False,
                 id="voters-who-identify"),
    pytest.param("Among protesters who call themselves patriots, the mood turned sour.", "call", False,
                 id="protesters-who-call"),
    # kept: one person's self-description, a group's own clause, a group describing something else
    pytest.param("The senator, who calls himself a fiscal hawk, voted against the bill.", "calls", True,
                 id="one-person-kept"),
    pytest.param("The candidate, who describes herself as a moderate, won the primary.", "describes", True,
                 id="candidate-kept"),
    pytest.param("Most voters described themselves as angry about the economy.", "described", True,
                 id="own-clause-kept"),
    pytest.param("Voters who described the economy as poor backed the challenger.", "described", True,
                 id="describes-thing-kept"),
    pytest.param("The campaign drew critics who described themselves as lifelong feminists.", "described", True,
                 id="past-relative-kept"),
    pytest.param("Among voters who describe themselves as moderate, the race is tied, the poll found.", "describe",
                 False, id="among-voters-who-describe"),
    pytest.param("Democrats who describe themselves as progressive outnumber moderates, according to Gallup.",
                 "describe", False, id="democrats-who-describe"),
    # kept: a clause set off by commas tells a named group's own claim about itself, no crosstab's label
    pytest.param("The rebels, who describe themselves as freedom fighters, said they would not lay down their arms.",
                 "describe", True, id="set-off-rebels-kept"),
    pytest.param("Critics, who describe themselves as concerned parents, have accused the board of bias.", "describe",
                 True, id="set-off-critics-kept"),
    pytest.param("Lawyers for the men, who describe themselves as political prisoners, filed an appeal.", "describe",
                 True, id="set-off-men-kept"),
])

