"""Which words "according to X" vouches for (issue 12: the wrong clause, a truncated content): ``according_scope``.

Each table holds the form and the look-alikes that keep their content: a phrase inside its clause
vouches for both sides; after "and" only for the conjunct it opens; inside brackets only for what
they hold; the source's own words after it, and the subject the parse joined to it, are not its.
"""

from __future__ import annotations

import pytest

from _cues import rows_table
from sayso.nlp.extract.according_scope import according_sides, phrase_end, within_brackets

pytestmark = pytest.mark.slow

test_according_clause = rows_table(
    [
        # the phrase between the subject and its verb: both sides, the phrase left out
        pytest.param("Other major cleavages, according to the poll, include age and education.",
                     [("the poll", "according to", "Other major cleavages, according to the poll, include age and education",
                       ("Other major cleavages", "include age and education"))], id="noun-head-subject"),
        pytest.param("Fundraising, according to the campaign, has surged since May.",
                     [("the campaign", "according to", "Fundraising, according to the campaign, has surged since May",
                       ("Fundraising", "has surged since May"))], id="subject-verb"),
        pytest.param("One of the officers, according to prison records, had been disciplined twice.",
                     [("prison records", "according to",
                       "One of the officers, according to prison records, had been disciplined twice",
                       ("One of the officers", "had been disciplined twice"))], id="truncated-subject"),
        # in brackets right after a quotation in words with no verb: the quotation (blind audit 26); after a clause
        # the clause stays
        pytest.param('All this and rampant homosexuality in the priesthood, too, along with a "trivialized liturgy" '
                     "(according to Pope Benedict XVI) and widespread apostasy among the faithful.",
                     [("Benedict XVI", "according to", "trivialized liturgy", ())], id="bracket-after-quote"),
        pytest.param('The bill would create a "death panel" (according to critics) for elderly patients.',
                     [("critics", "according to", 'The bill would create a "death panel', ())],
                     id="neg-bracket-after-clause"),
        # after "and": the conjunct it opens, not the writer's clause before
        pytest.param("Police arrived at 9 pm and, according to the report, found the door open.",
                     [("the report", "according to", "found the door open", ())], id="after-and"),
        # closing the sentence: the subordinate clause with the main one
        pytest.param("Clinton has 52 percent, while Sanders has 33 percent, according to a new survey.",
                     [("a new survey", "according to", "Clinton has 52 percent, while Sanders has 33 percent", ())],
                     id="closing-while"),
        # the source's own words straight after it are no content
        pytest.param("The agency knew about the leak in 2012, according to an email previously kept secret.",
                     [("an email", "according to", "The agency knew about the leak in 2012", ())], id="source-participle"),
        # a relative clause on a place after the phrase is the writer's, the clause before is the source's
        pytest.param("Several thousand people are now part of the caravan, according to a Reuters witness traveling with "
                     "the group in Guatemala, where men and children on foot filled a road on their long journey.",
                     [("a Reuters witness", "according to", "Several thousand people are now part of the caravan", ())],
                     id="relative-after-phrase"),
        pytest.param("The caravan has grown, according to a witness, who said that thousands had joined it.",
                     [("a witness", "according to", "The caravan has grown", ()),
                      ("a witness", "said", "that thousands had joined it", ())], id="relative-on-source-kept"),
        # the subject the parse joined to the source as an apposition
        pytest.param("According to the FBI summary, Mills and another aide asked the employee to delete emails.",
                     [("the FBI summary", "According to", "Mills and another aide asked the employee to delete emails", ())],
                     id="swallowed-subject"),
        # inside brackets: only what they hold
        pytest.param("Murphy is modest (he is one of the poorest senators, with a net worth under $100,000, according to "
                     "Senate filings).",
                     [("Senate filings", "according to",
                       "he is one of the poorest senators, with a net worth under $100,000", ())], id="brackets"),
        # negatives: the source's apposition and relative clause stay the source's; a phrase that opens or
        # closes its clause keeps its one side; "according to plan" cites no one
        pytest.param("According to Dennis Ross, a former envoy, the talks failed.",
                     [("Dennis Ross", "According to", "the talks failed", ())], id="neg-source-apposition"),
        pytest.param("According to a spokeswoman, AshLee Strong, the speaker will not run.",
                     [("a spokeswoman", "According to", "the speaker will not run", ())], id="neg-source-name-apposition"),
        pytest.param("According to a report by the group, which said it had interviewed 40 people, the soldiers opened "
                     "fire first.",
                     [("the group", "said", "it had interviewed 40 people", ()),
                      ("a report by the group", "According to", "the soldiers opened fire first", ())],
                     id="neg-source-relative"),
        pytest.param("Sales fell 5 percent last year, according to the company.",
                     [("the company", "according to", "Sales fell 5 percent last year", ())], id="neg-closing"),
        pytest.param("According to the company, sales fell 5 percent last year.",
                     [("the company", "According to", "sales fell 5 percent last year", ())], id="neg-opening"),
        pytest.param("The firm, which was founded in 1990, went bankrupt, according to court records.",
                     [("court records", "according to", "The firm, which was founded in 1990, went bankrupt", ())],
                     id="neg-closing-relative"),
        pytest.param("The trains ran on time, according to plan.", [], id="neg-plan"),
        # after a subordinator, or the writer's link: only what follows
        pytest.param("He crossed the border 30 years ago after, according to him, the network censured his first report.",
                     [("him", "according to", "the network censured his first report", ())], id="after-subordinator"),
        pytest.param("In addition, according to the department, nearly nine million more workers will be protected.",
                     [("the department", "according to", "nearly nine million more workers will be protected", ())],
                     id="writers-link"),
        # a clause of the writer's after "but", a colon before: not the source's
        pytest.param("Trump so far has won 758 delegates, according to a CNN tally, but his pathway to victory is narrowing.",
                     [("a CNN tally", "according to", "Trump so far has won 758 delegates", ())], id="neg-but-clause"),
        pytest.param("Advocates have been very successful in pushing restrictions: So far this year, 14 states passed at least "
                     "30 laws, according to the Guttmacher Institute.",
                     [("the Guttmacher Institute", "according to", "So far this year, 14 states passed at least 30 laws", ())],
                     id="after-colon"),
        pytest.param("It was a deal according to which Benedict would receive a pension.",
                     [("which", "according to", "Benedict would receive a pension", ())], id="relative-which"),
        pytest.param("The plan would cost $2 billion, according to the budget office; critics say it would cost more.",
                     [("the budget office", "according to", "The plan would cost $2 billion", ()),
                      ("critics", "say", "it would cost more", ())], id="neg-semicolon"),
    ],
    parts=True,
)


def _according(doc):  # noqa: ANN001, ANN202
    return next(t for t in doc if t.lower_ == "according")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("According to the AP, 571 of the 714 delegates supported Clinton, with 100 still uncommitted.",
                     "According to the AP", id="clause-after-comma"),
        pytest.param("According to Dennis Ross, a former envoy, the talks failed.",
                     "According to Dennis Ross, a former envoy", id="neg-apposition"),
        pytest.param("According to a report by the group, which said it had interviewed 40 people, the soldiers left.",
                     "According to a report by the group, which said it had interviewed 40 people", id="neg-relative"),
        # the source's apposition that the parse left out of the phrase: the name or role is the source's
        pytest.param("According to a spokeswoman, AshLee Strong, the speaker will not run.",
                     "According to a spokeswoman, AshLee Strong", id="apposition-name"),
        pytest.param("According to his spokesman, Doug Andres, the bill will pass.",
                     "According to his spokesman, Doug Andres", id="apposition-name-subject-parse"),
        pytest.param("According to a company spokesman, John Smith, sales rose 4 percent last year.",
                     "According to a company spokesman, John Smith", id="apposition-sales"),
        # negatives: the clause's subject between the commas; a relative clause there; an adverb there
        pytest.param("According to the poll, Clinton, the front-runner, leads by six points.",
                     "According to the poll", id="neg-subject-between"),
        pytest.param("According to police, officers, who arrived at 9, found the door open.",
                     "According to police", id="neg-relative-between"),
        pytest.param("According to the report, Smith, however, resigned in May.",
                     "According to the report", id="neg-adverb-between"),
        pytest.param("According to a new poll, in a 12 person Republican primary, Trump is leading by 32 points.",
                     "According to a new poll", id="neg-prepositional-phrase-between"),
    ],
)
def test_phrase_end(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = _according(doc)
    assert doc[token.i:phrase_end(token) + 1].text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("He is modest (he is poor, according to Senate filings).", "he is poor, according to Senate filings",
                     id="inside"),
        pytest.param("He is modest (he is poor), according to Senate filings.",
                     "He is modest (he is poor), according to Senate filings.", id="neg-closed-before"),
        pytest.param("Many voters - who made up 46 percent, according to a survey - back her.",
                     "who made up 46 percent, according to a survey", id="dashes"),
        pytest.param("Clinton led by 1,500 votes - or 0.2 points - in the count, according to AP.",
                     "Clinton led by 1,500 votes - or 0.2 points - in the count, according to AP.", id="neg-dashes-closed"),
        pytest.param("Most Americans - 63 percent in 2014, according to the report - still back immigration.",
                     "Most Americans - 63 percent in 2014, according to the report - still back immigration.",
                     id="neg-dashes-noun-phrase"),
        pytest.param("She had a bigger cash balance at the end of the year -- nearly $38 million, according to her campaign.",
                     "She had a bigger cash balance at the end of the year -- nearly $38 million, according to her campaign.",
                     id="neg-closing-dash"),
        pytest.param("She intervened in a deal involving her then–IT aide Imran Awan, according to two House employees.",
                     "She intervened in a deal involving her then–IT aide Imran Awan, according to two House employees.",
                     id="neg-joining-en-dash"),
        pytest.param("Nearly one-third of workers lack plans, according to the bureau.",
                     "Nearly one-third of workers lack plans, according to the bureau.", id="neg-hyphen"),
        # brackets that hold the phrase alone bound nothing: the sentence around them is what it vouches for
        pytest.param("Sales fell 5 percent last year (according to company filings).",
                     "Sales fell 5 percent last year (according to company filings).", id="neg-phrase-alone"),
        pytest.param("Turnout reached 60 percent [according to state officials] on Tuesday.",
                     "Turnout reached 60 percent [according to state officials] on Tuesday.", id="neg-square-alone"),
    ],
)
def test_within_brackets(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = _according(doc)
    lo, hi = within_brackets(token, phrase_end(token))
    assert doc[lo:hi + 1].text == expected


def test_sides_leave_the_phrase_out(nlp) -> None:  # noqa: ANN001
    doc = nlp("Fundraising, according to the campaign, has surged.")
    before, after = according_sides(_according(doc))
    assert [t.text for t in before] == ["Fundraising"]
    assert [t.text for t in after] == ["has", "surged"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative on the source set off by dashes is the source's, not what it says (blind audit 20)
        pytest.param("According to police — who have been criticised for their handling of the case — the driver "
                     "fled the scene.", "the driver fled the scene", id="dashed-relative"),
        pytest.param("According to the mayor — whose office declined to release the report — the budget is balanced.",
                     "the budget is balanced", id="dashed-whose"),
        # another outlet's "as" frame before the phrase is not what the phrase's source says
        pytest.param("As the Herald reported on Wednesday, according to police — who continue to insist this was an "
                     "accident — the officer went into the wrong apartment and shot the man.",
                     "the officer went into the wrong apartment and shot the man", id="as-aside-and-dashes"),
        pytest.param("As the Herald reported, according to police, the officer went into the wrong apartment.",
                     "the officer went into the wrong apartment", id="as-aside"),
        # negatives: an "as" clause of time is the source's; a dashed aside that is no relative stays as it was
        pytest.param("As prices rose, according to the survey, families cut spending.",
                     "As prices rose, according to the survey, families cut spending", id="neg-as-of-time"),
        pytest.param("According to police, officers, who arrived at 9, found the door open.",
                     "officers, who arrived at 9, found the door open", id="neg-comma-relative"),
    ],
)
def test_according_past_a_frame(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    from _cues import analysis, with_cue

    found = with_cue(analysis(nlp, text), "according to", exact=False)
    assert [a.content.text.strip(" .") for a in found] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("As the Herald reported on Wednesday, according to police — who continue to insist this was an "
                     "accident — the officer went into the wrong apartment.", "went", id="relative-made-the-clause"),
        pytest.param("As the Times reported, the senator — who faces a primary in May — voted against the bill.", None,
                     id="neg-relative-inside-the-clause"),
        pytest.param("As the Herald reported, the plan failed, the mayor said.", None, id="neg-no-dashes"),
    ],
)
def test_clause_past_dashed_relative(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    from sayso.nlp.extract.dashes import clause_past_dashed_relative

    doc = nlp(text)
    reported = next(t for t in doc if t.lower_ == "reported")
    verb = clause_past_dashed_relative(reported.head)
    assert (verb.text if verb is not None else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing phrase after a report with its own cue and another clause: the last clause only (blind audit 60)
        pytest.param("Tyco later said the loan had not been forgiven, and Swartz repaid it in full, with interest, "
                     "according to his lawyer, Charles Stillman.", "Swartz repaid it in full, with interest",
                     id="after-own-report"),
        pytest.param("Police said the suspect fled, and the victim died at the hospital, according to a family spokesman.",
                     "the victim died at the hospital", id="after-own-report-said"),
        pytest.param("The mayor announced that taxes would rise, but the council rejected the plan, according to city "
                     "records.", "the council rejected the plan", id="after-own-report-but"),
        # rev63w: records after a claim most often contradict it; they hold the second report only
        pytest.param("Smith said he was healthy, but he had been treated for cancer twice, according to hospital "
                     "records.", "he had been treated for cancer twice", id="after-own-report-records"),
        pytest.param("The company said it had not paid any bribes, but it wired $2 million to the official, according "
                     "to bank documents.", "it wired $2 million to the official", id="after-own-report-documents"),
        # rev63w: a joined verb of saying before the phrase stays, unless its own words follow the phrase
        pytest.param("The minister rejected the plan and said it would fail, according to state media.",
                     "The minister rejected the plan and said it would fail", id="joined-said-kept"),
        pytest.param("One day a student saw her daughter reading a novel and told her, according to the mother: "
                     "\u201cYou don\u2019t need to be reading this.\u201d",
                     "One day a student saw her daughter reading a novel", id="joined-told-words-after"),
        # negatives: no cue in the first clause, one subject for both, the conjunct inside the report
        pytest.param("Sales rose 5 percent and profits fell 2 percent, according to the report.",
                     "Sales rose 5 percent and profits fell 2 percent",
                     id="neg-no-cue"),
        pytest.param("He denied the charges and described the deal as legal, according to court papers.",
                     "He denied the charges and described the deal as legal", id="neg-one-subject"),
        pytest.param("The ministry denied the report, and troops crossed the border on Monday, according to witnesses.",
                     "The ministry denied the report, and troops crossed the border on Monday", id="neg-no-clause"),
        pytest.param("The boy told the FBI that his mother believed she received messages from God, and that he watched "
                     "her perform rituals over the boy, according to the agent's affidavit.",
                     "The boy told the FBI that his mother believed she received messages from God, and that he watched "
                     "her perform rituals over the boy",
                     id="neg-conjunct-inside-report"),
        pytest.param("Kasich said he would have fired him, according to press reports.",
                     "Kasich said he would have fired him", id="neg-said-alone"),
        # rev61w: a private exchange (the first cue has an addressee) or a source that witnessed or recorded it
        # vouches for both clauses
        pytest.param("Trump told Comey he wanted loyalty, and Comey declined to promise it, according to people "
                     "familiar with the conversation.",
                     "Trump told Comey he wanted loyalty, and Comey declined to promise it", id="neg-addressee"),
        pytest.param("He said the deal was dead, and she said it was alive, according to two people present.",
                     "He said the deal was dead, and she said it was alive", id="neg-witnesses"),
        pytest.param("The witness testified that she saw the gun, and the defense objected, according to the transcript.",
                     "The witness testified that she saw the gun, and the defense objected", id="neg-transcript"),
        pytest.param("The ambassador warned that sanctions would follow, and the regime ignored him, according to "
                     "cables released Tuesday.",
                     "The ambassador warned that sanctions would follow, and the regime ignored him", id="neg-cables"),
    ],
)
def test_according_after_own_report(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    from _cues import analysis, with_cue

    found = with_cue(analysis(nlp, text), "according to")
    assert [a.content.text.strip(" .") for a in found] == [expected]
