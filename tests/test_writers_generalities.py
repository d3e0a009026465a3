"""The writer's generalisations about people at large (issue 12, item 1): ``nlp/extract/writers_generalities.py``.

Each table is ``text -> cue word that must (not) be an attribution``; the positives beside the negatives are real
reports of the same shape, so a rule that swallows them fails.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_crowds_habit_of_knowing_is_the_writers = cue_table(
    [
        ("People sometimes forget that the Constitution protects unpopular speech.", "forget", False),
        ("Americans often forget that the Bill of Rights was an afterthought.", "forget", False),
        ("Sagacious gun owners have always known that registration precedes confiscation.", "known", False),
        ("Conservatives have always understood that taxes kill growth.", "understood", False),
        ("Voters usually remember that the last shutdown ended badly for Republicans.", "remember", False),
        ("Liberals rarely realize that the policy hurts the poor.", "realize", False),
        # kept: a person, a named set, the past, no habit word, speech or a stance with a habit, a quotation
        ("Smith always knew that the vote was lost.", "knew", True),
        ("The voters often forget that the mayor raised taxes, his aide said.", "said", True),
        ("People forget that Obama hired Bill Daley, a former JPMorgan Chase vice president.", "forget", True),
        ("Often, families did not understand that dropping the ball on the paperwork had implications.", "understand",
         True),
        ("Voters often did not realize that the measure raised their taxes.", "realize", True),
        ("Republicans often argue that tax cuts pay for themselves.", "argue", True),
        ("Sanders often says that the system is rigged against working families.", "says", True),
        ("“People sometimes forget that we won the war,” the general said.", "said", True),
    ],
)


test_a_crowd_spread_over_a_land_is_the_writers = cue_table(
    [
        ("Catholics across the country are furious that the bishops stayed silent.", "furious", False),
        ("Parents everywhere worry that the schools will close again.", "worry", False),
        ("Gun owners nationwide believe that the registry is the first step to confiscation.", "believe", False),
        ("Christians around the world are outraged that the cathedral was burned.", "outraged", False),
        # kept: a crowd without a land, a named set, the past, a quotation, speech
        ("Indiana politicians are furious that the company moved its plant to Mexico.", "furious", True),
        ("Parents worry that the schools will close again, the survey found.", "worry", True),
        ("The parents across the street are furious that the city closed the park.", "furious", True),
        ("Voters across the country feared that the vote would be rigged.", "feared", True),
        ("Activists across the country said that the ruling was a disgrace.", "said", True),
        ("“Catholics across the country are furious that the bishops stayed silent,” Burke said.", "said", True),
    ],
)


test_the_they_of_a_saying_is_nobody = cue_table(
    [
        ("They say you shouldn't yell fire in a crowded theater.", "say", False),
        ("He left Ohio at eighteen. They say you can't go home again.", "say", False),
        ("It was a hard year for the town. They say you never forget your first love.", "say", False),
        # kept: a "they" for people just named, a past act in what they say, "they said", a quotation
        ("Officials warned residents on Monday. They say you should stay home until the storm passes.", "say", True),
        ("They say you lied to them about the money.", "say", True),
        ("They said you should stay home until the storm passes.", "said", True),
        ("“They say you can't fight city hall,” the mayor said.", "said", True),
    ],
)


test_what_someone_knew_told_by_an_arguing_writer_is_the_writers = cue_table(
    [
        ("I have written about this before. Trump knew that he had the CIA over a barrel.", "knew", False),
        ("We should be clear. The CIA has known for years why the files stayed sealed.", "known", False),
        ("You would think otherwise. Comey had known all along that the dossier was unverified.", "known", False),
        ("As I argued last week, the governor knew that the bridge was unsafe.", "knew", False),
        # kept: a text without the writer's person (news of a source's mind), the present, a denial, the writer's
        # own knowing, a knowing inside a report, a sourced one, a quotation
        ("Clinton's campaign knew that it was possible she could lose Michigan.", "knew", True),
        ("I have said it before. Trump knows that the tapes exist.", "knows", True),
        ("You can see it. Her fellow cast members didn't know that she had been on her own since age 14.", "know",
         True),
        ("I said so. Smith said on Monday that Trump knew the vote was lost.", "said", True),
        ("“We knew that he had the CIA over a barrel,” the senator told me.", "told", True),
    ],
)


test_a_class_of_speakers_the_writer_judges_is_nobody = cue_table(
    [
        # the writer's verdict on whoever would say it
        ("Anyone who teaches that the state may punish the righteous is ignorant of Scripture.", "teaches", False),
        ("Those who claim the election was stolen are lying to you.", "claim", False),
        ("Whoever tells you that the border is secure has never been to Nogales.", "tells", False),
        ("Anybody who thinks the mayor will resign does not know him.", "thinks", False),
        ("Everyone who argues that tariffs help farmers should visit Iowa.", "argues", False),
        ("Those who say that the Council changed nothing have not read it.", "say", False),
        ("People who insist that the tax cut paid for itself are simply wrong.", "insist", False),
        ("I pity anyone who still believes that the bishops will police themselves.", "believes", False),
        ("Anyone who said the bridge was safe should be fired.", "said", False),
        ("The kind of person who tells you that the earth is flat is not worth your time.", "tells", False),
        # kept: a set reported as speaking, the past of "those", a named or restricted set, a quotation
        ("Those who attended the meeting said the room was full.", "said", True),
        ("Those who said the bridge was safe were later fired.", "said", True),
        ("Residents who say the water is brown have filed a lawsuit.", "say", True),
        ("The people who say the plan will fail wrote it themselves.", "say", True),
        ("Maria Lopez, a nurse from Fresno, is among those who say they will not vote for Clinton.", "say", True),
        ("A woman who says she was assaulted by the senator has filed a lawsuit.", "says", True),
        ("He is the kind of leader who said in 2003 that the war was a mistake.", "said", True),
        ("“Anyone who says the vote was rigged is lying,” the governor said.", "said", True),
    ],
)


test_what_most_of_a_crowd_knows_is_the_writers = cue_table(
    [
        # the greater part of a crowd knowing, in the present: the writer's claim
        ("As I wrote elsewhere, most Catholics know perfectly well that the bishops gave themselves a pass.", "know",
         False),
        ("Most Americans know that the tax code is rigged against them, and we should say so.", "know", False),
        ("Many of us know that the system is broken.", "know", False),
        ("All parents understand that a child needs sleep, and you do too.", "understand", False),
        # kept: a restricted set, the past, an opinion, a denial, a named speaker, a quotation
        ("Most residents in Flint know the water is bad, the survey found.", "found", True),
        ("Most voters knew that the race was close.", "knew", True),
        # a news report's generalisation, with no "I", "we" or "you" of the writer's in it: what its sources said
        ("Most candidates know that they can count on the network's viewers.", "know", True),
        ("We asked around. Most candidates know that they can count on the network's viewers.", "know", True),
        ("Most Americans believe that the country is on the wrong track.", "believe", True),
        ("Many of us did not know that the plant had closed.", "know", True),
        ("Smith knows that the deal is dead.", "knows", True),
        ("“Most Catholics know the bishops lied,” Burke said.", "said", True),
    ],
)


test_a_wish_that_picks_out_a_class_is_no_report = cue_table(
    [
        ("It infringes on the rights of law-abiding citizens who want to purchase several guns.", "want", False),
        ("She is one of many Federal District Court Judges who want to run immigration policy.", "want", False),
        ("This is the pattern of judges who don't want to be overruled as often as others.", "want", False),
        ("People who are barred from buying firearms or want to own an illegal gun can print one.", "want", False),
        ("The movement casts them as sexists who want to silence the accuser.", "want", False),
        ("Funds go to groups that plan to register voters in the South.", "plan", False),
        ("Critics slammed voters who want to see the wall built by Friday.", "want", False),
        ("The law protects workers who want to join a union.", "want", False),
        # a faith's or a nation's bare plural is a class of people (PTC blind audit 30)
        ("It does not mean that the effort to empower Muslims who want to make the anti-jihadist vision possible "
         "should not be made.", "want", False),
        ("The rule hurts Americans who want to buy a home.", "want", False),
        ("People who want to help can call the hotline.", "want", False),
        # an all-capitals lead that the sentence split cut before its "WHO" (PTC blind audit 25)
        ("3-D-printed guns put carnage a click away\n\nPEOPLE WHO are barred from purchasing firearms or want to own a "
         "gun that is illegal in the jurisdiction where they live may soon have an easy way to get around the law.",
         "want", False),
        # kept: a non-defining clause, a named group, one person, a main clause, speech and views, a quotation
        ("Saris, who wants to micromanage the deportation system, ruled again on Monday.", "wants", True),
        ("Democrats who want to delay the vote met on Tuesday.", "want", True),
        ("Republicans who want to stop the investigation met with the speaker.", "want", True),
        ("The two Americans who want to adopt the child told a court on Monday that they would appeal.", "want", True),
        ("Another Republican who wants to stop investigating is Michael Steele.", "wants", True),
        ("The WHO wants to send 40 specialists to the area, a spokesman said.", "said", True),
        ("Mr. Wilson, an avowed anarchist who hopes that governments will fall, sued the State Department.", "hopes",
         True),
        ("The senators want to delay the vote until after the midterms.", "want", True),
        ("Residents who say the plant poisoned the river filed suit on Monday.", "say", True),
        ("“These are judges who want to run immigration policy,” the senator said.", "said", True),
    ],
)


test_not_the_only_one_is_the_writers_claim = cue_table(
    [
        ("Said Khecharem has enunciated that responsibility more clearly than most, but he is by no means the only one "
         "who believes that it exists.", "believes", False),
        ("And Trump is far from the only American who sees the investigation as a witch hunt.", "sees", False),
        # kept: a past tense (what one person did), no "the only", a quotation
        ("Smith was the only senator who said publicly that the vote was rigged.", "said", True),
        ("He is the one who believes that it exists.", "believes", True),
        ("“He is not the only one who believes that it exists,” the bishop said.", "said", True),
        # kept (rev65y): "the only" with no negation: the one named holds the view alone
        ("Warren is the only candidate who says she will ban fracking on day one.", "says", True),
        ("Putin is the only leader who denies that Russia interfered.", "denies", True),
        ("They are not the only ones who believe the economy is slowing.", "believe", False),
    ],
)
