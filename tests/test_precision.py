"""Issue 12, items 3-5: quotes that were missed, the right speaker, markers that mean what they say.

Parametrized ``text -> expected`` tables with negative cases, over ``sayso.analyze`` with
every attribution kept (``min_confidence=0``): these test what the extraction finds.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_span_contents, with_cue
from sayso.model import Report

pytestmark = pytest.mark.slow


def speaker_of(report: Report, content: str) -> tuple[str | None, str | None]:
    for a in report.attributions:
        if content in a.content.text:
            src = report.source(a.source)
            return (src.name, src.type) if src else (None, None)
    raise AssertionError(f"no attribution holds {content!r}: {[a.content.text for a in report.attributions]}")


# --- 3. quotes that were missed ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        ("Hege spoke first. “They want attention, right?” Sanborn said.", "They want attention, right?", "said"),
        ("“Will you resign?” the reporter asked.", "Will you resign?", "asked"),
        ("“We are done!” the mayor said.", "We are done!", "said"),
    ],
)
def test_quote_ending_in_question_or_exclamation(nlp, text: str, quote: str, cue: str) -> None:
    report = analysis(nlp, text)
    assert any(quote in a.content.text and a.kind == "direct" and a.cue and a.cue.text == cue for a in report.attributions), \
        [(a.content.text, a.cue) for a in report.attributions]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a speech verb with a colon inside a sentence introduces its quotation
        ("Liu said that the army could be deployed in Beijing, warning: “They are already there in the garrison.”",
         "warning", True),
        ("The minister ended the talk, adding: “We will not give up.”", "adding", True),
        # a label at the head of a line is no one's word
        ("Warning: the road is closed until Monday.\nThe mayor said the work was late.", "warning", False),
        ("The mayor spoke.\nNote: the office is closed on Friday.", "note", False),
    ],
)
def test_colon_after_a_speech_verb(nlp, text: str, cue: str, expected: bool) -> None:
    report = analysis(nlp, text)
    found = [a.cue.text.lower() for a in report.attributions if a.cue is not None]
    assert (cue in found) is expected, found


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a transcript's speaker label opens its line
        ("The debate went on.\nPENCE: Well, we will cut taxes for every family in this country.", "PENCE"),
        ("The host called in.\nRush Limbaugh: They are coming for your guns, and they will not stop.", "Rush Limbaugh"),
        # a letter's salutation names the addressee; a list item's label is nobody
        ("Advice.\nDEAR ABBY: My husband of more than 20 years just bought plane tickets to India.", None),
        ("Dear Sir: I write to complain that the bridge has been closed for a year.", None),
        ("The playoff paths are set.\nPath B: Bosnia and Herzegovina, Slovakia, Republic of Ireland, Northern Ireland", None),
        ("The groups were drawn.\nGroup 2: Spain, Italy, Norway and Malta will play in March.", None),
        # a digest's line: a heading, a spaced dash, the one quoted, a colon and a quotation
        ("Polls.\nINDIANA FAVORS CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “Indiana has long looked like a "
         "huge fork in the road to the nomination.”", "David Wasserman"),
        ("Polls.\nThe interplay has been important for Republican contests - Philip Bump: “Two weeks ago, his "
         "strongest territory had been the South.”", "Philip Bump"),
        # ... never without the quotation, nor with a label after the dash
        ("Polls.\nINDIANA FAVORS CRUZ - David Wasserman: Indiana has long looked like a fork in the road.", None),
        ("Polls.\nThe count is slow - Update: “The polls have closed in Indiana.”", None),
    ],
)
def test_a_line_opening_label_and_colon(nlp, text: str, speaker: str | None) -> None:
    report = analysis(nlp, text)
    colon = [report.source(a.source).name for a in with_cue(report, ":")]
    assert colon == ([speaker] if speaker else []), colon


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # a dateline the parse made a second subject is the story's place, not its source
        ("BERLIN -- The European Space Agency says it has picked a new chief scientist for its Mars mission.",
         "it has picked a new chief scientist", "The European Space Agency"),
        ("BERLIN (AP) — The European Space Agency says it has picked a new chief scientist.",
         "it has picked a new chief scientist", "The European Space Agency"),
        ("WASHINGTON -- President Obama said Tuesday that the deal was done.", "the deal was done", "Barack Obama"),
        # an acronym subject at the head of a line with no second subject stays the source
        ("Officials met on Monday.\nNASA said the launch would slip to March.", "the launch would slip to March", "NASA"),
        # a participle of saying takes its verb's subject, not the dateline the parse made a second one
        ("BUFFALO, N.Y. — Hours before the game Tuesday, Wild coach Bruce Boudreau expressed confidence in the "
         "winger, saying he always finds a way to start scoring.", "he always finds a way", "Bruce Boudreau"),
        ("PARIS (AP) — The French president defended the reform on Monday, insisting that it would save jobs.",
         "it would save jobs", "The French president"),
        # no dateline: the participle's verb has one subject and it speaks
        ("Hours before the game, coach Bruce Boudreau praised the winger, saying he always finds a way to score.",
         "he always finds a way", "Bruce Boudreau"),
    ],
)
def test_a_dateline_is_no_source(nlp, text: str, content: str, speaker: str) -> None:
    name, _ = speaker_of(analysis(nlp, text), content)
    assert name is not None and (name == speaker or name in speaker or speaker in name), name


@pytest.mark.parametrize(
    "text, content, mention",
    [
        # the parse made the dateline the only subject and the speaker its apposition after the dash
        ("Esper accuses China of bullying\nHANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday "
         "accused China of using coercion against smaller nations.", "China of using coercion",
         "U.S. Defense Secretary Mark Esper"),
        ("Talks go on\nLONDON (Reuters) — Prime Minister Theresa May said on Friday that talks would go on.",
         "talks would go on", "Prime Minister Theresa May"),
        # no dash: the capitalised subject is no dateline and keeps its apposition
        ("Officials met on Monday.\nNASA, the space agency, said the launch would slip to March.",
         "the launch would slip to March", "NASA, the space agency"),
        # dashes around a description, or after a name, make no dateline
        ("The inquiry ends\nFBI Director James Comey — a lifelong Republican — said Tuesday that no charges are "
         "appropriate.", "no charges are appropriate", "FBI Director James Comey — a lifelong Republican"),
        ("Kall -- co-editor of a book on the campaign -- said the debates had been unfair to him.",
         "the debates had been unfair", "Kall -- co-editor of a book on the campaign"),
    ],
)
def test_a_dateline_subject_leaves_the_speaker_after_its_dash(nlp, text: str, content: str, mention: str) -> None:
    report = analysis(nlp, text)
    spans = [a.source_span.text for a in report.attributions if content in a.content.text and a.source_span]
    assert spans == [mention], spans


def test_quote_ending_before_a_sentence_that_is_no_cue(nlp) -> None:
    report = analysis(nlp, "The rally ended. “It went well.” The police left.")
    assert report.attributions == ()


@pytest.mark.parametrize(
    "text, continued, speaker",
    [
        ("“We are done,” Sanborn said.\n“No more. We go home.”", "No more. We go home.", "Sanborn"),
        ("“The crisis is now,” Keith Gambill said.\n“The issue is funding.”\n“The state has the money.”",
         "The state has the money.", "Keith Gambill"),
        # a line of page furniture between the paragraphs interrupts nobody
        ("“We are done,” Sanborn said.\nSEE MORE: Protests spread to the suburbs\n“No more. We go home.”",
         "No more. We go home.", "Sanborn"),
        # the previous paragraph ends with a statement of a named speaker, not a quotation
        ("Erekat said it was only the latest move to pressure the Palestinians.\n“They wanted us on our knees.”",
         "They wanted us on our knees.", "Erekat"),
        ("The bridge would reopen in May, the engineer told reporters.\n\"We are confident in the schedule.\"",
         "We are confident in the schedule.", "the engineer"),
        # the quotation's speaker goes on with a statement ending the paragraph: still the same speaker
        ("“We are done,” Sanborn said, adding that the city would pay for the damage in full.\n“No more.”",
         "No more.", "Sanborn"),
    ],
)
def test_cueless_quote_paragraph_continues_the_speaker(nlp, text: str, continued: str, speaker: str) -> None:
    report = analysis(nlp, text)
    a = next(a for a in report.attributions if continued in a.content.text)
    assert a.kind == "direct" and a.cue is None and a.source_span is None
    assert report.source(a.source).name == speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        # another speaker intervenes, or the paragraph goes on after its quotation
        ("“We are done,” Sanborn said.\nThe mayor disagreed with him.\n“No more.”", "No more."),
        ("“We are done,” Sanborn said.\nThe mayor disagreed: he wanted more.\n“No more.”", "No more."),
        # a statement that is not the paragraph's last words, or one with no named speaker
        ("Smith said the talks had failed, but Jones disagreed with him.\n“There is still time.”", "There is still time."),
        ("It was reported that the talks had failed.\n“There is still time.”", "There is still time."),
        # the quote paragraph has its own cue
        ("“We are done,” Sanborn said.\n“No more,” the mayor replied.", None),
    ],
)
def test_cueless_quote_paragraph_negative(nlp, text: str, quote: str | None) -> None:
    report = analysis(nlp, text)
    if quote is None:
        assert all(a.cue is not None for a in report.attributions)
    else:
        assert not any(quote in a.content.text for a in report.attributions)


# --- 4. the right speaker ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content, name, type_",
    [
        ("A row involving Taylor Swift, her former record label and a couple of big name US politicians looks like "
         "it's coming to an end. Taylor Swift's first six albums were released through Big Machine, which was bought "
         "out by a company owned by talent manager Scooter Braun earlier this year. Braun has worked with the likes of "
         "Kanye West and Kim Kardashian - both of whom Taylor Swift has had feuds with in the past.\n"
         "He has consistently denied being unfair to her.", "being unfair to her", "Braun", "person"),
        ("The group that owns most of her music, Big Machine, says she will be allowed to play.",
         "she will be allowed to play", "Big Machine", "organization"),
        ("The US welcomed the exchange, saying the hostages had suffered.", "the hostages had suffered",
         "United States", "government"),
        ("Netanyahu, the Jewish state's premier, said the move was historic.", "the move was historic", "Netanyahu", "person"),
        ("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his account to say Sondland did "
         "discuss investigations.", "Sondland did discuss investigations", "Kurt Volker", "person"),
    ],
)
def test_speaker(nlp, text: str, content: str, name: str, type_: str) -> None:
    got = speaker_of(analysis(nlp, text), content)
    assert got[1] == type_ and name.lower() in (got[0] or "").lower(), got


def test_one_person_is_one_source(nlp) -> None:
    report = analysis(nlp, "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his account to say Sondland "
                      "did discuss investigations. Volker said \"I think all of us thought it was inappropriate.\"")
    volker = [s for s in report.sources if "Volker" in s.name]
    assert len(volker) == 1 and volker[0].type == "person", [(s.name, s.type) for s in report.sources]


@pytest.mark.parametrize(
    "text, content, not_name",
    [
        # "they" after a company's quote is never a single person
        ("Taylor Swift spoke first. Dick Clark Productions, which produces the show, released a statement. "
         "\"Any final agreement needs to be made with her team,\" they said.", "Any final agreement", "Taylor"),
        ("The US welcomed the exchange, saying the hostages had suffered.", "the hostages had suffered", "the author"),
    ],
)
def test_speaker_negative(nlp, text: str, content: str, not_name: str) -> None:
    got = speaker_of(analysis(nlp, text), content)
    assert not_name.lower() not in (got[0] or "").lower(), got


# --- 5. markers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, scare",
    [
        ("Russia issued a statement warning of \"dangerous consequences\".", []),
        ("The Arab League called it an \"extremely adverse development\".", []),
        ("Teachers sang \"We’re Not Gonna Take It\" outside the Statehouse.", []),
        # a word of a named speaker's reported content is their word, not the writer's distance (issue 12, item 5)
        ("Trump said the probe was a \"witch hunt\".", []),
        ("The prince has reportedly told friends that the interview was a “great success”.", []),
        ("China's ambassador has said that Beijing has the “resolution and power” to end the unrest.", []),
        ("The colonel told lawmakers it was his “duty” to report the call.", []),
        ("The mayor insisted the budget was a “responsible” one.", []),
        ("Forecasters are warning that air pollution is likely to reach “severe” or “emergency” levels.", []),
        ("In a post she described this as the “worst case scenario” for her catalogue.", []),
        ("The pair were “not close”, he told the interviewer.", []),
        # titles and names: a book, a show, a code, a mode, an option, a kind of deal
        ("The neurologist wrote about such cases in his book “Musicophilia”.", []),
        ("She landed a role in “War & Peace” after the contest.", []),
        ("The “Pose” actor shared a clip on Instagram.", []),
        ("Use code \"50OFF699\" to get it for $799.99.", []),
        ("The boost mode kicks in when the driver shifts to “S” and floors it.", []),
        ("The offering could raise more if a “green shoe” option is exercised.", []),
        ("A “phase one” trade deal was supposed to be limited.", []),
        ("The arrow keys are once again arranged in an inverted “T” formation.", []),
        # another language: the rules read English
        ("Многие «гурманы» считают итальянскую кухню слишком простой, но мне кажется, именно в этом и заключается "
         "вся прелесть этой кухни, которую я очень люблю и готовлю каждый день для всей моей большой семьи.", []),
        ("Il black Friday incombe su di noi: per chi non lo sapesse il “venerdì nero” è l’ennesima consuetudine "
         "importata dagli USA dove, il venerdì dopo il Giorno del Ringraziamento, i negozi fanno sconti.", []),
        # positives: the writer's distance
        ("The rebels staged another “atrocity” for the cameras.", ["atrocity"]),
        ("The firm sold another “miracle” cure to investors.", ["miracle"]),
        ("The story rests on mere “rebel” claims.", ["rebel"]),
        ("Once again the media played the “Assad is gassing his own people” card.", ["Assad is gassing his own people"]),
        ("The “experts” got it wrong again, as they always do.", ["experts"]),
        ("The so-called “reforms” cut pensions by a third.", ["reforms"]),
        ("The self-styled “patriots” blocked the road for hours.", ["patriots"]),
        ("Residents were bused in for another “spontaneous” rally.", ["spontaneous"]),
        ("The regime's “elections” were held under martial law.", ["elections"]),
    ],
)
def test_scare_quotes_are_the_writers(nlp, text: str, scare: list[str]) -> None:
    report = analysis(nlp, text)
    got = [m.label for m in report.markers if m.type == "scare_quote"]
    assert got == scare, got


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a past tense joined to "to" or a modal's verb is the speaker's next act, not what was said
        ("Andy Beshear promised to protect Medicaid and hammered Bevin on his plan for work requirements.", "promised",
         "to protect Medicaid"),
        ("Trump said he would order a review of the defenses and warned against attacks.", "said",
         "he would order a review of the defenses"),
        # a participle cue: "using" cannot share "can" (blind audit 32)
        ("“It’s a cracker state,” Smith says, explaining that a progressive agenda cannot pass and using a racial "
         "slur against white voters.", "explaining", "that a progressive agenda cannot pass"),
        # negatives: conjuncts of the same form, a past after "had", a conjunct deeper in the content
        ("He said he would resign and leave the city.", "said", "he would resign and leave the city"),
        ("He said he had resigned and left the city.", "said", "he had resigned and left the city"),
        ("She said the plan would work and the budget would pass.", "said", "the plan would work and the budget would pass"),
        ("Beck campaigned, declaring that\xa0“real Christians” don’t support Trump\xa0and that\xa0“the Evangelicals are not "
         "listening to their God.”", "declaring",
         "that\xa0“real Christians” don’t support Trump\xa0and that\xa0“the Evangelicals are not listening to their God.”"),
        ("He kept explaining that they would keep fighting and winning.", "explaining",
         "that they would keep fighting and winning"),
        # a present in -s after a modal: the parse may join a clause whose subject it missed (PolNeAR dev)
        ("A former Democratic National Committee chairman says President Barack Obama and the party’s congressional "
         "leaders should immediately come up with a process to identify a potential successor candidate for Hillary "
         "Clinton for the off-chance a health emergency forces her out of the race.", "says",
         "President Barack Obama and the party’s congressional leaders should immediately come up with a process to "
         "identify a potential successor candidate for Hillary Clinton for the off-chance a health emergency forces "
         "her out of the race"),
        # a relative clause the parse cut from the cue's object takes its noun back
        ("Some consumers who sought help on launch day reported telephone wait times that exceeded two hours.",
         "reported", "telephone wait times that exceeded two hours"),
        # negative: a complementizer "that" opens what was reported
        ("Officials reported that the wait exceeded two hours.", "reported", "that the wait exceeded two hours"),
    ],
)
def test_content_is_the_clause_said(nlp, text: str, cue: str, content: str) -> None:
    report = analysis(nlp, text)
    got = [a.content.text for a in with_cue(report, cue)]
    assert got == [content], got


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # a reporting clause at the sentence's end whose verb the tagger read as a plural noun
        ("Researchers have now detected one such plume's water vapor directly for the first time, a new study reports.",
         "reports", "a new study", "Researchers have now detected one such plume's water vapor directly for the first time"),
        # ordinary verbs there are found as before
        ("The economy grew by 3 percent last year, the report says.", "says", "the report",
         "The economy grew by 3 percent last year"),
    ],
)
def test_reporting_clause_at_the_end(nlp, text: str, cue: str, source: str, content: str) -> None:
    got = cue_span_contents(nlp, text, cue)
    assert got == [(source, content)], got


@pytest.mark.parametrize(
    "text",
    [
        "He cited two sources, the latest reports.",  # no noun before the -s word, no clause reported
        "The price of oil, gas and coal reports.",
        "In the cellar, old wine and fresh bread, the farm's products.",
    ],
)
def test_reporting_clause_at_the_end_negative(nlp, text: str) -> None:
    assert analysis(nlp, text).attributions == ()
