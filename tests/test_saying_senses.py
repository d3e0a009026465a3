"""Saying verbs read in a sense that says nothing (blind audits p80, m79): ``act_grounds.confirmed_view``,
``naming.named_by``, ``purposes.talking_purpose``.

``text -> cue word that must (not) be an attribution``: a deed that bears out a view others hold of the doer ("seemed
to confirm critiques of his campaign"), a name someone is called "by" ("referred to him by a nickname, “Bear.”"), and
the aim of talks ("are talking to other firms to ask them to step in"); a confirmation of facts, a naming "as" a
thing, a talk's topic and a clause told stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_confirmed_views_are_deeds = cue_table(
    [
        # a view of the doer, borne out by what he did: nobody vouches for it
        ("Once the governor appeared to confirm critiques of her leadership, donors began to flee.", "confirm", False),
        ("The mayor confirmed his reputation as a hothead by storming out of the meeting.", "confirmed", False),
        ("With one answer, the senator confirmed the caricature of his party as indifferent to the poor.",
         "confirmed", False),
        # facts, reports and fears confirmed are vouched for: a statement
        ("The ministry confirmed the deaths of three soldiers.", "confirmed", True),
        ("The ministry confirmed that three soldiers had died.", "confirmed", True),
        ("The company confirmed reports that the plant will close.", "confirmed", True),
        ("The minister confirmed fears that 500 jobs would go.", "confirmed", True),
        ("Officials confirmed his resignation on Tuesday.", "confirmed", True),
        ("The senator confirmed the criticism of the bill was fair, saying it had been rushed.", "confirmed", True),
        # a view with a clause told, or a view of no one the subject is, is vouched for by a speaker (rev76a)
        ("The spokesman confirmed the impression that talks had stalled.", "confirmed", True),
        ("The club's chairman confirmed the narrative that the manager had lost the dressing room.", "confirmed", True),
        ("Asked about the reports, a spokesman confirmed the impression of a rift between the two leaders.",
         "confirmed", True),
        ("Police confirmed the narrative given by witnesses.", "confirmed", True),
        ("The report confirmed criticism of the hospital's management.", "confirmed", True),
    ]
)

test_names_given_by_a_name_are_no_claims = cue_table(
    [
        # the name someone goes by: a form of address, nothing claimed
        ("In his emails, he referred to the senator by a pet name, “Sunny.”", "referred", False),
        ("He referred to the plan by its code name, “Operation Sunrise.”", "referred", False),
        ("In his diary, the prince referred to his tutor by a nickname, “Old Bones.”", "referred", False),
        # a naming "as" a thing is a stance, a saying beside the name stays
        ("My father referred to the mayor as “Boss Tweed.”", "referred", True),
        ("He referred to the plan as “a disaster.”", "referred", True),
        ("“We will not back down,” she said, referring to the protesters by name.", "said", True),
        ("She referred to him by name, saying he had lied to investigators.", "saying", True),
        # the parse reads "by a nickname" as a passive's agent: the name is still no claim (rev76a)
        ("Trump referred to him by a nickname, \"Little Marco,\" and said he would lose Florida.", "referred", False),
        ("Trump referred to him by a nickname, \"Little Marco,\" and said he would lose Florida.", "said", True),
        # "by name" names outright, and a run with a finite verb is a sentence: what follows is said (rev76a)
        ("He criticised the health secretary by name, “Hancock Failed Us.”", "criticised", True),
        ("The coach praised the rookie by name, \"Great Job Tom,\" in a post on Instagram.", "praised", True),
    ]
)

test_aims_of_talks_are_not_said = cue_table(
    [
        # the infinitive of a verb of talking is what the talks are for
        ("The chamber and the trade office are talking to other firms to ask them to step in.", "talking", False),
        ("Union leaders are talking to other airlines to ask them to take the stranded passengers.", "talking", False),
        ("The two leaders spoke by phone to discuss the crisis.", "spoke", False),
        ("The envoy spoke with rebel leaders to urge them to lay down their arms.", "spoke", False),
        # an infinitive that tells a clause is a claim said: the talk keeps its row (rev76a: "to reveal that ..." has
        # no row of its own)
        ("Officials are talking to the families to explain that the search has ended.", "talking", True),
        ("He spoke to reporters to reveal that he had cancer.", "spoke", True),
        # the saying the talks are for is its own cue, and a clause told about talks stays
        ("The envoy spoke with rebel leaders to urge them to lay down their arms.", "urge", True),
        ("Officials are talking to the families to explain that the search has ended.", "explain", True),
        ("The minister spoke to reporters to deny that he would resign.", "deny", True),
        ("Aides said they were talking to donors about a new fund.", "said", True),
        ("The chairman told reporters the board was talking to rival banks about a merger.", "told", True),
        ("She spoke to reporters, saying the vote was rigged.", "saying", True),
        ("The governor urged residents to stay indoors.", "urged", True),
    ]
)
