"""What was talked about is not what was said (issue 12): ``nlp/extract/topics.py``.

A noun-phrase topic of a verb of talking ("spoke out about the death of X", "isn't saying much about the case",
"commented on the ruling", "spoke of his many flights", "talked about bringing communities together") is no
content; a clause or a quotation about it is, and so is the clause of
a verb that says something on a channel ("said on Twitter that ...").
"""

from __future__ import annotations

import pytest

from _cues import cue_table, rows_table

pytestmark = pytest.mark.slow


test_a_topic_is_no_content = cue_table(
    [
        ("Smith spoke out about the death of Jones.", "spoke", False),
        ("The senator isn't saying much about the investigation.", "saying", False),
        ("Smith talked about the economy at the rally.", "talked", False),
        ("The governor commented on the ruling on Friday.", "commented", False),
        ("Smith wrote about the war in his memoir.", "wrote", False),
        ("Smith said nothing about the charges.", "said", False),
        # an amount and its topic, whatever the verb of saying (blind audit 26: "explained more about Campos's actions")
        ("Undersheriff Kevin McMahill explained more about Campos’s actions the night of the shooting.", "explained",
         False),
        ("The senator explained more about the bill, which would cut taxes.", "explained", False),
        ("The governor revealed little about the plan on Monday.", "revealed", False),
        # an adjective between the amount and its topic, a scare-quoted word in the topic (blind audit 23 788173482)
        ("In a separate text message to Page, Strzok wrote something cryptic about an “insurance policy” in case "
         "Donald Trump got elected.", "wrote", False),
        ("The mayor said something positive about the new stadium.", "said", False),
        # the amount as the subject of the clause said, and an explanation with its clause, stay
        ("He said more about the plan would be revealed soon.", "said", True),
        ("She said something strange about the plan had bothered her from the start.", "said", True),
        ("McMahill explained that Campos had been shot before the attack began.", "explained", True),
        ("The mayor spoke about the need for tighter border control.", "spoke", False),
        # "of" names the topic of a verb of talking, and a verb of wondering takes its topic with "about"
        ("Smith spoke emotionally of his many flights.", "spoke", False),
        ("The senator talked of the need for tighter border control.", "talked", False),
        ("Smith wrote of his love for the sea in his memoir.", "wrote", False),
        ("Trump seldom speaks of his brother Freddy, who died as an alcoholic in 1981.", "speaks", False),
        ("She was wondering about his ability.", "wondering", False),
        ("Voters have long pondered about the cost of the war.", "pondered", False),
        # a grievance or a boast about a thing names a topic
        ("He complained about his mic during the debate.", "complained", False),
        ("Fans complained about the referee's decision on Twitter.", "complained", False),
        ("He boasted about his wealth at the rally.", "boasted", False),
        ("Residents have griped about the noise for years.", "griped", False),
        # a grievance with its clause or a quotation, and a symptom told, stay
        ("She complained that the food was cold.", "complained", True),
        ('He complained about "a rigged system" in his speech.', "complained", True),
        ('The executive boasted about a plan to spend "a million dollars" on research.', "boasted", True),
        ("He complained of chest pains before the match.", "complained", True),
        ("He boasted that his wealth was unmatched.", "boasted", True),
        # a gerund with no subject of its own names an act, as a noun does
        ("Smith joked about moving to New Zealand.", "joked", False),
        ("Jones talked about bringing communities together.", "talked", False),
        ("The mayor spoke of rebuilding the bridge before winter.", "spoke", False),
        # what was said about it: a clause, a proposition noun's clause, a quotation
        ("Smith spoke about how the consulate had been taken over.", "spoke", True),
        ("He talked about how he would fix the economy.", "talked", True),
        ("He spoke of his belief that the war was lost.", "spoke", True),
        ("He wrote of his fear that the city would fall.", "wrote", True),
        ("Smith said of the plan that it would fail.", "said", True),
        ("Smith spoke about \"a culture of fear\" at the agency.", "spoke", True),
        ("Trump talked about \"a rigged system\" at the rally.", "talked", True),
        ("Clinton often speaks of breaking \"that highest, hardest glass ceiling\" by being elected.", "speaks", True),
        ("He spoke about holding out hope that there would be a different response from the Pope.", "spoke", True),
        # a quotation inside a noun-phrase topic names the topic: still a topic
        ("Rep. King asked Horowitz about his first encounter with the switch of “extremely careless” for “gross "
         "negligence,” which violated a criminal statute.", "asked", False),
        # an open question is a topic: nobody answered it
        ("Other officials weighed in about whether the video should be released.", "weighed", False),
        ("The senators talked about whether the bill could pass.", "talked", False),
        ("Smith commented on whether the deal would hold.", "commented", False),
        # kept: a verb of thought with its question, and a clause said about the topic
        ("Smith wondered aloud whether the plan would survive.", "wondered", True),
        ("Smith talked about whether he would run, saying he would decide in May.", "saying", True),
        # a channel is no topic: the clause is what was said
        ("Smith said on Twitter that the ruling was wrong.", "said", True),
        ("Swift posted on Tumblr accusing the label of blocking her songs.", "accusing", True),
    ]
)


test_a_topic_before_a_colon_announces_the_passage = rows_table([
    # a noun phrase closing its line with a colon names what the passage after it is about: no position taken; the
    # passage is the speaker's where it speaks to the reader ("you", content_choice.object_before_colon), else the
    # writer's and nothing is attributed
    ("At HotAir.com John Sexton explains the importance of this discovery:\nIn the FBI memo, you can already see the "
     "genesis of the distinction the FBI would rely on to clear Clinton.\n",
     [("John Sexton", "explains", "In the FBI memo, you can already see the genesis of the distinction the FBI would "
       "rely on to clear Clinton")]),
    ("CNN also noted the relatively sparse attendance:\nThe stands were empty at one end of the stadium.\n", []),
    # negatives: a clause before the colon; a noun phrase that does not close its line
    ("The senator noted that the vote was close:\nThe bill passed by one vote.\n",
     [("The senator", "noted", "that the vote was close")]),
    ("Trump explained the president’s refusal to call the attack a result of terrorism.",
     [("Trump", "explained", "the president’s refusal to call the attack a result of terrorism")]),
])


# "as" after a verb of talking that has its topic: how the talk treats the topic, the writer's characterisation
# (blind audit p85 A13); "as" that predicates of an object, or opens a clause, stays what it was
test_talk_framed_as_is_no_content = cue_table(
    [
        ("He is now talking about immigration - his most obvious weakness - in a new way, as more of a "
         "national-security matter than a debate over the merits of legalizing undocumented immigrants.", "talking",
         False),
        ("The governor talks about climate change, as an economic opportunity rather than a burden.", "talks", False),
        ("She wrote about the merger in her memoir, as a turning point for the company.", "wrote", False),
        # an "as" not set off: the speaker's own view may be meant (review rev79c)
        ("The prosecutor spoke about the verdict as a victory for the victims' families.", "spoke", True),
        ("Merkel spoke about the refugee crisis as a test for Europe.", "spoke", True),
        ("Clinton criticized the law as a crazy system.", "criticized", True),
        ("He described the plan as reckless.", "described", True),
        ("She talked about the economy, saying that growth would return.", "saying", True),
        ("The mayor spoke about the plan, as he often does, saying it would cut taxes.", "saying", True),
    ]
)
