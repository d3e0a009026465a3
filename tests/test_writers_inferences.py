"""The writer's inference from events (issue 12, item 1): ``nlp/extract/writers_inferences.py``.

Each row is ``text, cue, expected``. A verb of evidence whose subject is a time or a run of events is the writer's
reading; a document, a poll, data or a result carries someone's finding and stays.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_events_as_evidence_are_no_source = cue_table(
    [
        ("The timing suggests that the leak was planned.", "suggests", False),
        ("The timing of the announcement suggests that the White House knew.", "suggests", False),
        ("The events of these past weeks have shown that the party is divided.", "shown", False),
        ("This turn of events indicates that the deal is dead.", "indicates", False),
        ("History shows that tariffs fail.", "shows", False),
        ("None of this suggests that the senator knew about the payments.", "suggests", False),
        ("All of this shows that the party is divided.", "shows", False),
        # positives: a document, a poll, a result, data, a person, a speaker's words
        ("The report suggests that costs will rise.", "suggests", True),
        ("Polls show that Smith leads the race.", "show", True),
        ("The results showed that Cruz had won most of the delegates.", "showed", True),
        ("Official data suggest that production peaked in 2013.", "suggest", True),
        ("Smith suggested that the leak was planned.", "suggested", True),
        ("None of the officials suggested that the leak was planned.", "suggested", True),
        ("Nothing in the record suggests that the senator knew.", "suggests", True),
        # "these" may stand for people the text named
        ("Dozens of officials were interviewed. None of these suggested that the senator knew about the payments.",
         "suggested", True),
        ("“The timing suggests that the leak was planned,” Smith said.", "said", True),
    ],
)


test_argued_as_evidence_is_no_source = cue_table(
    [
        # a conduct, a stance, an argument or one person's record shows: the writer's argument (blind audits 30, 40, 42)
        ("This blatant hypocrisy shows the political bankruptcy of their leadership.", "shows", False),
        ("His record indicates that he all but cannot stand the Fourth Amendment.", "indicates", False),
        ("Faggioli's argument demonstrates that the movement has never been about the faith.", "demonstrates", False),
        ("Her track record proves that she can win.", "proves", False),
        ("Their silence reveals that they knew.", "reveals", False),
        # positives: records, a document's record, a report, a person, another verb, a quotation
        ("Records show that the senator was paid twice.", "show", True),
        ("The court record shows that the senator was paid twice.", "shows", True),
        ("The report reveals that the program failed.", "reveals", True),
        ("The study demonstrated that the program failed.", "demonstrated", True),
        ("Her argument was rejected, Smith said.", "said", True),
        ("“His record shows he can win,” Smith said.", "said", True),
    ],
)


test_things_that_explain_are_no_source = cue_table(
    [
        # "explain" in its causal sense: a pointer, a fact with its clause, a deed or a run of events (blind audit 26)
        ("And still, none of this explains why Campos is not registered as a security guard.", "explains", False),
        ("The departure of the choppers and the fact that several of them overflew the lot does not explain all of the "
         "debris being kicked up by a heavy downdraft.", "explain", False),
        ("The timing explains why the leak happened so fast.", "explains", False),
        # a bare "this" (tests/test_held_claims.py once kept it as an attribution with no speaker)
        ("But this only explains why the rabble are abandoning the GOP.", "only explains", False),
        ("His move to quit the race explains why the party lost.", "explains", False),
        # positives: a person, people, a document, a pronoun that may stand for someone, a quotation
        ("None of the officials explained why the plan failed.", "explained", True),
        ("The report explains that the program failed.", "explains", True),
        ("The court's decision explains that the law was never enforced.", "explains", True),
        # a deed's noun with a "that" clause: "explain" in its telling sense, someone's words
        ("The agency's response explained that the records had been destroyed in a fire.", "explained", True),
        ("The spokesman explained that the plan had failed.", "explained", True),
        ("“None of this explains why the plan failed,” Smith said.", "said", True),
        # a relative "that" stands for its noun, no pointer; a demonstrative "That" is one
        ("The agency released a memo that explains why the plan failed.", "explains", True),
        ("The company hired two consultants that explained why the plan failed.", "explained", True),
        ("The agency released a memo on Monday. That explains why the plan failed.", "explains", False),
    ],
)


test_a_participle_read_as_the_verb_is_no_cue = cue_table(
    [
        # a reduced relative ("laid out in the letter") that the parse makes the verb: the timeline said nothing
        ("The timeline laid out in the letter shows that McCluskie knew about the deal.", "laid", False),
        ("The timeline laid out in the memo shows that the director was warned in March.", "laid", False),
        # kept: two verbs of one speaker joined by "and", a participle after a comma, a verb with its clause
        ("The minister laid out the plan and said that it would pass.", "said", True),
        ("The mayor wrote a letter, saying that the budget was balanced.", "saying", True),
        ("The minister outlined in a letter that the tax would rise.", "outlined", True),
    ],
)


test_figures_that_suggest_are_the_writers_reading = cue_table(
    [
        # a bare "the results", "these numbers", "the figures" with "suggest" or "imply": the writer reads its numbers
        ("Turnout fell in every county. The results suggest that the governor faces a hard race.", "suggest", False),
        ("Sales dropped by a third. These numbers imply that the chain will close stores.", "imply", False),
        ("The figures suggest that the drought is far from over.", "suggest", False),
        # kept: figures with an owner, a study, a poll, a count that shows, a singular, a quotation
        ("The study's results suggest that the drug slows the disease.", "suggest", True),
        ("The results of the survey suggest that voters are tired of the race.", "suggest", True),
        ("A study by Danish researchers suggests that the drug slows the disease.", "suggests", True),
        ("The poll suggests that voters are tired of the race.", "suggests", True),
        ("The results showed that turnout fell by a third.", "showed", True),
        ('"The results suggest that the drug works," the lead author said.', "said", True),
        # kept: the sentence before names the study, the survey or the researchers whose results these are
        ("Researchers at Oxford tracked 2,000 children for a decade. The results suggest that screen time harms sleep.",
         "suggest", True),
        ("A Harvard study published Tuesday examined 40,000 patients. The figures suggest that the drug cuts the risk "
         "of stroke.", "suggest", True),
        ("The Pew Research Center surveyed 5,000 adults in March. The results suggest that trust in the media is "
         "falling.", "suggest", True),
    ],
)
