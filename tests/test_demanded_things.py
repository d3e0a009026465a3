"""Missed shapes a reader takes for sourcing (issue 12, recall): ``demanded_things``, ``declared_ends`` and
``object_complements.object_then_its_name``.

"X called for Y" with a noun phrase Y when X can ask; "declared X over"; "branded X a Y" with the object and its
name. Negative rows: a thing that needs something ("the game called for patience", "the recipe calls for two
eggs"), an act with a bare object ("declared bankruptcy"), and a naming verb that names nothing.
"""

from __future__ import annotations

import pytest

from _cues import cue_contents, cue_table

pytestmark = pytest.mark.slow


test_called_for_a_thing = cue_table(
    [
        ("A day earlier, a committee appointed by reformist President Mohammad Khatami called for an independent "
         "judicial inquiry into Kazemi's death.", "called for", True),
        ("Former Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney General Loretta "
         "Lynch.", "called for", True),
        ("Trump called for an Apple boycott after Apple CEO Tim Cook refused to work with the FBI.", "called for", True),
        ("Republican nominee Donald Trump has called for the complete repeal of Obamacare.", "has called for", True),
        # the asker is the subject of the verb "call" shares its subject with
        ("Tens of thousands of demonstrators gathered on Tuesday to stand before this city's legislature building and "
         "call for free elections and the resignation of Hong Kong's leader.", "call for", True),
        # a thing that needs something asks for nothing
        ("The game called for patience.", "called", False),
        ("The game called for patience.", "called for", False),
        ("The recipe calls for two eggs.", "calls for", False),
        ("The recipe calls for two eggs.", "calls", False),
        ("The situation calls for calm heads.", "calls for", False),
        ("The forecast calls for rain on Sunday.", "calls for", False),
        # a gathering called for is convened: the html readers' gold leaves it out
        ("The Arab League called for an emergency meeting of the body.", "called for", False),
        ("The senators called for a debate on the bill.", "called for", False),
        # a pronoun names no thing asked for
        ("He called for it.", "called for", False),
        # rev65m: one summoned or a step of a procedure is no demand
        ("Smith called for a taxi outside the hotel.", "called for", False),
        ("The officer called for backup after shots were fired.", "called for", False),
        ("He called for a doctor.", "called for", False),
        ("She called for her mother.", "called for", False),
        ("Residents called for the police when they heard the shots.", "called for", False),
        ("The judge called for a recess.", "called for", False),
        ("The chairman called for order in the chamber.", "called for", False),
        ("The chairman called for a show of hands.", "called for", False),
        ("The senator called for a roll call vote.", "called for", False),
        ("The company called for bids on the project.", "called for", False),
        ("Hillary Clinton Under Pressure To Repudiate General Who Called For Internment Of Islamic Radicals.",
         "called for", False),
        ("The Green New Deal calls for a transition to renewable energy.", "calls for", False),
        ("Opposition leaders called for the resignation of the prime minister.", "called for", True),
        ("Mike Pence Calls for Special Prosecutor after Report Reveals Clinton's Meetings with Foundation Donors.",
         "calls for", True),
        # blind audit P77: what a plan, a bill or a deal "calls for" is a provision, whatever the content's shape (its
        # subject, its "which" or its "it"); a person's call, a document that speaks and a quotation stay
        ("The plan calls for a levy that rises with income and a credit for renters.", "calls for", False),
        # review rev75a: a plan with its owner is the owner's proposal (PolNeAR train gold marks "his plan | calls for")
        ("His plan calls for rates that rise with earnings and includes rebates for renters.", "calls for", True),
        ("The budget, which calls for spending that tops last year's, goes to a vote on Friday.", "calls for", False),
        ("The bill calls for the agency to cut emissions by half.", "calls for", False),
        ("The new proposal calls for raising the age of retirement.", "calls for", False),
        ("The treaty calls for troops that patrol the border.", "calls for", False),
        ("The proposal was unveiled on Monday. It calls for a sales tax that funds the schools.", "calls for", False),
        ("The governor called for a levy that rises with income.", "called for", True),
        ("Union leaders called for wages that keep pace with prices.", "called for", True),
        ("The letter calls for the chairman to resign.", "calls for", True),
        ("The plan's author called for a tax that falls on the rich.", "called for", True),
        # "called" with no "for": the one phoned, no demand
        ("The senator called the governor on Tuesday.", "called", False),
    ]
)


@pytest.mark.parametrize("text, cue, expected", [
    ("A day earlier, a committee appointed by reformist President Mohammad Khatami called for an independent "
     "judicial inquiry into Kazemi's death.", "called for", ["an independent judicial inquiry into Kazemi's death"]),
    ("Ward called for the impeachment of Lynch.", "called for", ["the impeachment of Lynch"]),
    # the naming: the object with the name given it, not the object alone
    ('Mr. Soros branded Mr. Snow\'s policy shift a "mistake."', "branded", ["Mr. Snow's policy shift a \"mistake"]),
    ("Mr. Soros branded Mr. Snow's policy shift a mistake.", "branded", ["Mr. Snow's policy shift a mistake"]),
    ("Critics branded the law a power grab.", "branded", ["the law a power grab"]),
    # a content that holds the name already is left as it is
    ('Japan branded North Korea an "outlaw nation in the neighborhood."', "branded",
     ['an "outlaw nation in the neighborhood']),
    # "declared X over": the object with its "over", not the time after it
    ("Bush declared major combat over on May 1.", "declared", ["major combat over"]),
    ("The referee declared the game over after the second half.", "declared", ["the game over"]),
    # rev65m: not declared yet
    ("Health officials will wait to record two 21-day incubation cycles of the virus without any new cases before "
     "declaring the outbreak over.", "declaring", []),
    # a bare object of "declare" is an act: nothing stated
    ("The company declared bankruptcy last year.", "declared", []),
    ("The board declared a quarterly dividend of 10 cents.", "declared", []),
    ("The recipe calls for two eggs.", "calls for", []),
    # "branded" as a modifier names nothing
    ("He was promoting Trump-branded steaks, wine and vodka.", "branded", []),
])
def test_contents(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected


# a demand's content holds who is to act with the act (``demanded_things.demand_with_its_doer``): the parse hangs the
# infinitive on the cue and the doer on "for" or "on", and the infinitive alone leaves out what was called for
@pytest.mark.parametrize("text, cue, expected", [
    ("The senator called for an independent counsel to investigate the bank.", "called for",
     ["an independent counsel to investigate the bank"]),
    ("The board has called for outside auditors to review the accounts.", "has called for",
     ["outside auditors to review the accounts"]),
    ("Activists have called on the company to release the data.", "have called on", ["the company to release the data"]),
    # the parse's one clause "for X to Y": the content starts after "for", the cue holds it
    ("The governor is calling for lawmakers to pass the budget before July.", "is calling for",
     ["lawmakers to pass the budget before July"]),
    ("Obama called for Congress to pass the bill, but Republicans refused.", "called for", ["Congress to pass the bill"]),
    # the doer already in the content, or no doer at all: as it was
    ("The group urged the council to reject the plan.", "urged", ["the council to reject the plan"]),
    ("The demonstrators called for footage to be released.", "called for", ["footage to be released"]),
    ("The mayor promised to repave the road.", "promised", ["to repave the road"]),
    # a stretch of time or a platform after "for" or "on" is no doer
    ("Activists have called for years to close the plant.", "have called", ["to close the plant"]),
    ("Unions have pushed for a decade to raise the minimum wage.", "have pushed", ["to raise the minimum wage"]),
    ("The president called on Twitter to boycott the network.", "called", ["to boycott the network"]),
    ("Khamenei called on state television to punish the rioters.", "called", ["to punish the rioters"]),
    # a sum asked for takes its purpose with it, never the purpose alone (blind audit p76: W)
    ("The mayor is calling for $40 million in new bonds to repair the city's bridges.", "is calling for",
     ["$40 million in new bonds to repair the city's bridges"]),
    ("The charity asked for $5 billion to rebuild the levees.", "asked for", ["$5 billion to rebuild the levees"]),
    ("The union called for 300 more nurses to cut waiting times.", "called for", ["300 more nurses to cut waiting times"]),
    # not a verb of asking: the thanked one is no doer of the infinitive
    ("The coach thanked the fans for their patience to end the season.", "thanked for", []),
])
def test_demand_with_its_doer(nlp, text: str, cue: str, expected: list[str]) -> None:  # noqa: ANN001
    assert cue_contents(nlp, text, cue) == expected
