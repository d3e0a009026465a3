"""Cue verbs in a sense other than saying (issue 12, item 1): ``nlp/extract/other_senses.py``.

``text -> cue word that must (not) be an attribution``: someone let in, an act continued, a participle that
labels a noun; and an admission, a continued quotation and an accusation, which stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.other_senses import continued_act, pushed_along

pytestmark = pytest.mark.slow


test_other_senses_are_no_statements = cue_table(
    [
        # to stand out is to be seen: no stand taken
        ("While there have been countless stories since the attack that raise the possibility that this was a false "
         "flag, one has stood out due to the fact that the person who released the information died shortly after.",
         "has stood out", False),
        ("Ted Cruz is standing by an accusation he made on the Senate floor that McConnell lied to him.",
         "is standing by", True),
        # "push" with a direction moves a thing, a price most often: nobody pushes an idea
        ("Falls in the euro also pushed down the pair at 120.15 yen.", "pushed down", False),
        ("Rising yields pushed the dollar higher against the yen.", "pushed", False),
        ("Strong demand pushed up prices for copper.", "pushed up", False),
        ("Higher oil prices pushed inflation up to 4 percent.", "pushed", False),
        ("The senator pushed up the vote to Thursday, saying members needed time.", "pushed up", False),
        ("The union pushed for a higher minimum wage.", "pushed for", True),
        ("The group pushed the idea that the vote was rigged.", "pushed", True),
        ("Democrats pushed back on the claim that the plan would cut benefits.", "pushed back", True),
        # admitted into a place: let in
        ("The Home Office admitted the hate preacher into Britain last year despite warnings.", "admitted", False),
        ("The UK has admitted Islamic jihadists into the country while banning critics of jihad.", "admitted", False),
        ("The school admitted her to the program in 2015.", "admitted", False),
        ("He was admitted to hospital with burns on Friday.", "admitted", False),
        # with no place named, the one let in is a person: a name, a noun of people, a count of them
        ("Britain has admitted thousands of migrants since 2015.", "admitted", False),
        ("The UK admitted Syed Ahmed, a preacher who says apostates should die.", "admitted", False),
        ("The government also admitted two jihad preachers last year.", "admitted", False),
        ("Canada admitted 25,000 Syrian refugees in the first year of the program.", "admitted", False),
        # the parse reads "Theresa May’s" as "May is", a clause before the verb: not what was admitted (audit 26)
        ("Theresa May’s relentlessly appeasement-minded government also admitted two jihad preachers who had praised "
         "the murderer of a foe of Pakistan’s blasphemy laws.", "admitted", False),
        ("The hospital admitted dozens of patients overnight.", "admitted", False),
        # an event that puts a thing in doubt says nothing (blind audit 26); a person who does takes a stance
        ("The new wave of allegations has called Pope Francis’s handling of abuse into question as many Catholics look "
         "to him to help the church regain its credibility.", "has called", False),
        ("The scandal has called the deal into question as investors look to the board for answers.", "has called",
         False),
        ("Senator Smith has called the agency's handling of the case into question as voters look to him for answers.",
         "has called", True),
        ("The report calls into question whether the donations bought access.", "question", True),
        # doubt cast on a thing: no proposition, and the clause hung on the verb is the writer's (audit 26)
        ("The new wave of allegations has called Pope Francis’s handling of abuse into question as many Catholics "
         "look to him to help the church.", "called", False),
        ("The scandal calls the bishop's account into question because the dates do not match.", "calls", False),
        # kept: a clause of the verb's own, another sense of "call", a quotation
        ("The senator called into question whether the plan would work.", "called", True),
        ("The senator called the plan a disaster because it had failed.", "called", True),
        ("“This calls the whole plan into question,” Smith said.", "said", True),
        # an admission keeps its clause, its thing or its gerund
        ("He admitted that he had lied to the committee.", "admitted", True),
        ("He admitted wrongdoing in the case.", "admitted", True),
        ("He admitted his guilt to the court on Monday.", "admitted", True),
        ("He admitted the mistake in an interview.", "admitted", True),
        ("She admitted it.", "admitted", True),
        ("The senator admitted thousands of errors had been made.", "admitted", True),
        ("Garcia Zarate has admitted to shooting Steinle.", "admitted", True),
        ("The minister admitted to reporters that the plan had failed.", "admitted", True),
        ("Asked about the vote, the minister admitted the plan had failed.", "admitted", True),
        # "continue" frames the verb it governs, a cue of its own where it says something
        ("President Donald Trump continued bashing Robert S. Mueller III’s Russia investigation on Monday.",
         "continued", False),
        ("The president also continued to push a line first floated by his attorney, Rudolph Giuliani.", "continued",
         False),
        ("Trump's supporters continue to show signs of greater enthusiasm.", "continue", False),
        ("She continued saying that the plan would fail.", "continued", False),
        ("She continued saying that the plan would fail.", "saying", True),
        ("Trump continued to insist that he had done nothing wrong.", "insist", True),
        ('"We will win," he continued.', "continued", True),
        ('He continued: "This is a disgrace."', "continued", True),
        # a participle that labels the noun after it
        ("Take a look for yourself and understand how pathological liar and accused woman abuser Keith Ellison "
         "seeks to deceive you.", "accused", False),
        # the same verbs with a statement stay
        ("Prosecutors accused Smith of lying to investigators.", "accused", True),
        ("Smith, who was accused by prosecutors of lying, said he was innocent.", "said", True),
    ],
)


test_calls_made_and_things_added = cue_table(
    [
        # a call made on a telephone line: contact, whoever is called (blind audit m84)
        ("Lately, he earned money by calling fans on the telephone with the service www.HollywoodIsCalling.com.",
         "calling", False),
        ("She called her mother on the phone every night.", "called", False),
        ("He called voters by telephone to ask for their support.", "called", False),
        ("The mayor called residents on their cellphones to warn them about the flood.", "called", False),
        # kept: a name given on the line, a verb of saying after the call, a demand
        ("He called her a liar on the phone.", "called", True),
        ("On the phone, he called the plan a disaster.", "called", True),
        ("He called the reporter on his cell phone and said the deal was off.", "said", True),
        ("The mayor called on residents by phone to stay indoors.", "called", True),
        ("Speaking by phone, the mayor called the storm a disaster.", "called", True),
        ("He called reporters on the phone to say the deal was off.", "to say", True),
        # a call made to a person or a place: nothing said of them
        ("Paddock later called Haig three times to arrange a sale.", "called", False),
        ("Obama called both candidates on Tuesday night.", "called", False),
        ("She called the office twice before noon.", "called", False),
        ("He called his mother on Sunday to tell her the news.", "called", False),
        ("Palin called a pro-Trump delegate candidate, Clara Powers, and encouraged her to run.", "called", False),
        ("The governor called them from the airport.", "called", False),
        # a sitting, a vote or a strike convened, a plan called off
        ("Warren called a super-secret meeting of the commission.", "called", False),
        ("A group of conservative leaders is calling a meeting to discuss options for blocking Trump.", "calling",
         False),
        ("The prime minister called snap elections for October.", "called", False),
        ("The union called a strike at the plant on Monday.", "called", False),
        ("Several Mexican businesses have called off projects with him.", "called off", False),
        # a name or a verdict given, a quotation, a call for or on: the subject's words
        ("Trump called Cruz a liar.", "called", True),
        ('Trump later called Haley "very weak on immigration."', "called", True),
        ("Sanders called the meeting a farce.", "called", True),
        ("Trump called the ruling unfair.", "called", True),
        ("Trump called on Congress to act.", "called", True),
        ("He called me a coward.", "called", True),
        # an idiom of stopping: a split, a retirement, no words (called_it_quits)
        ("The two founders have called it quits after a decade together.", "have called", False),
        ("Ortiz called it a career at the age of 41.", "called", False),
        ("After six hours of talks the negotiators called it a night.", "called", False),
        ("She called it a disgrace to the city.", "called", True),
        ("The mayor called it a day of shame for the police.", "called", True),
        ("Ortiz called it a day after 15 seasons with the club.", "called", False),
        # words after the idiom's noun that make it a name given, a verdict: kept
        ("Critics called it a night to remember for all the wrong reasons.", "called", True),
        ("The coach called it a career-defining moment for the young striker.", "called", True),
        ("The critic called it a career low for the director.", "called", True),
        ("She called it a day worth remembering.", "called", True),
        ("He called it a day's work well done.", "called", True),
        # a thing put into another, not words added
        ('Senate Republicans are now adding "mental health" restrictions to the gun bill.', "adding", False),
        ('The House also added so-called "poison pill" riders to the spending bill on Friday.', "added", False),
        ("The House added $2 billion to the budget on Friday.", "added", False),
        # words added: a clause, a quotation, to someone
        ("He added that the bill would pass.", "added", True),
        ('"It is over," she added.', "added", True),
        ("He added to reporters that the plan was dead.", "added", True),
        # people walked past or put off: no view of anything
        ("The senator brushed past reporters without comment.", "brushed", False),
        ("The governor brushed off reporters as he left the building.", "brushed", False),
        ("He brushed aside a reporter who asked about the emails.", "brushed", False),
        # a thing brushed off or aside: a stance on it (PolNeAR marks it)
        ("He brushed off these concerns.", "brushed", True),
        ("Clinton brushed aside the report's findings.", "brushed", True),
        # "brush" with no "off", "aside", "past" ...: a touch (brushed_in_touch)
        ("Ramirez claims Kavanaugh exposed himself to her and brushed his genitals against her.", "brushed", False),
        ("She brushed the snow from her coat and walked in.", "brushed", False),
        ("The minister brushed off the allegations against him.", "brushed", True),
        # a death toll: nothing claimed (claimed_lives)
        ("So far the plague has claimed 57 lives.", "claimed", False),
        ("The fire claimed the life of a firefighter on Sunday.", "claimed", False),
        ("He claimed that the plague had taken 57 lives.", "claimed", True),
        ("The group claimed responsibility for the attack.", "claimed", True),
    ],
)

@pytest.mark.parametrize(
    "text, content, expected",
    [
        ("Trump continued bashing the investigation.", "bashing the investigation", True),
        ("Trump continued to push a line first floated by his attorney.", "to push a line first floated by his attorney",
         True),
        # a participle set off by a comma is a clause of its own, not what "continue" governs
        ("Yet fires have continued, showing that enforcement is a problem.", "showing that enforcement is a problem",
         False),
    ],
)
def test_continued_act(nlp, text: str, content: str, expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lemma_ == "continue")
    start = text.index(content)
    assert continued_act(token, Content("child_xcomp", start, start + len(content), (), False), doc) is expected


@pytest.mark.parametrize("text, expected", [
    ("Falls in euro/yen also pushed down the pair at 118.32 yen.", True),  # the verdict row (m77)
    ("Rising yields pushed the dollar higher against the yen.", True),
    ("The union pushed for a higher minimum wage.", False),
    ("Democrats pushed back on the claim that the plan would cut benefits.", False),
])
def test_pushed_along(nlp, text: str, expected: bool) -> None:  # noqa: ANN001
    """The predicate itself: the verdict row's shape is dropped by other scores in a one-sentence text."""
    doc = nlp(text)
    assert pushed_along(next(t for t in doc if t.lower_ == "pushed")) is expected
