"""A clause of circumstance is not what was said: ``nlp/extract/circumstances.py``."""

from __future__ import annotations

import pytest

from _cues import cue_table, rows_table

pytestmark = pytest.mark.slow


test_a_clause_of_circumstance_is_not_what_was_said = cue_table(
    [
        ("The official spoke anonymously because they weren't authorized to disclose case information.", "spoke", False),
        ("Trump already pledged when he met South Korean President Moon Jae-in last year.", "pledged", False),
        ("The mayor commented while the crowd was still gathering outside the hall.", "commented", False),
        # a contrast set beside what was said (blind audit 43: content_wrong); the contrast's own cue stays
        ("The date on the receipt also says September 27, whereas authorities assert that Paddock checked in the day "
         "after.", "also says", False),
        ("The date on the receipt also says September 27, whereas authorities assert that Paddock checked in the day "
         "after.", "assert", True),
        # a trailing cue the parse coordinated with a clause of time set off by dashes: when, not what
        ("President Donald Trump has called Powell about the job twice, first on Sunday -- before current United "
         "Nations Ambassador Nikki Haley announced her resignation -- and again on Wednesday, the people said.",
         "said", False),
        # what was asked or said stays: if, whether, that, how
        ("The reporter asked if the president would resign.", "asked", True),
        ("She said that the plan would fail because the money had run out.", "said", True),
        ("He explained how the money had been moved.", "explained", True),
        ("Officials warned that the river would flood when the snow melts.", "warned", True),
        ("The plant will close in May, before the new owners announce their plans, and reopen in June, the "
         "mayor said.", "said", True),
    ],
)


test_a_time_alone_is_not_what_was_said = cue_table(
    [
        # a time alone is when something was said, not what
        ("Several lawmakers weighed in on Tuesday.", "weighed", False),
        ("The senator spoke late Friday night.", "spoke", False),
        # negatives: a clause that holds a time, a time as the reported clause's subject, a quoted time
        ("Several lawmakers said on Tuesday that the bill would fail.", "said", True),
        ("He said Tuesday was the deadline.", "said", True),
        ("“Tomorrow,” she said.", "said", True),
    ],
)


test_a_cue_in_a_clause_of_circumstance_does_not_report_the_main_clause = cue_table(
    [
        # the cue heads a clause of time, cause or contrast hung on the main clause before it: the writer's clause
        ("The video had been altered to show Starmer failing to answer a question about Brexit, when, in fact, he "
         "responded quickly.", "responded", False),
        ("The company raised prices while its chief executive complained loudly.", "complained", False),
        ("The board approved the merger after the union objected.", "objected", False),
        # the main clause around the cue: "Back when he wrote his book, Mr. McKinley said ..." is not what he wrote
        ("Back when he wrote his book, Mr. McKinley said that he considered debt a last resort.", "wrote", False),
        # negatives: "as" and a parenthetical cue report the clause; a cue's own clause stays; a clause of
        # circumstance that opens the sentence keeps its own clause
        ("Prices will rise, as he said.", "said", True),
        ("Prices will rise, as the minister warned last week.", "warned", True),
        ("Prices will rise, he said.", "said", True),
        ("The plan failed because the minister said that it was too costly.", "said", True),
        ("Although health officials have said that internationally, the threat is still fairly low, they have also "
         "said no one is safe.", "have said", True),
    ],
)


test_a_sentence_adverb_in_a_phrase_is_not_what_was_said = cue_table(
    [
        ("The rival campaign responded in kind.", "responded", False),
        ("The senator finally spoke in public.", "spoke", False),
        # negatives: the cue's clause or a topic stays
        ("She replied, in fact, that the plan would fail.", "replied", True),
        ("He spoke in favor of the plan to cut taxes.", "spoke", True),
    ],
)


test_the_speakers_state_is_not_what_was_said = rows_table(
    [
        # an adjective set off after the cue by a comma tells how the speaker was: the quotation is what was said
        ("“15 million dollars has been paid out over sexual harassment claims,” Todd replied, somewhat shocked.",
         [("Todd", "replied", "15 million dollars has been paid out over sexual harassment claims")]),
        ("“That is a lie,” the senator said, clearly angry at the question.",
         [("the senator", "said", "That is a lie")]),
        # negatives: an adjective the cue takes without a comma, a state set inside before the clause said
        ("Trump called the plan stupid.", [("Trump", "called", "the plan stupid")]),
        ("The mayor said, surprised, that the bill had passed.", [("The mayor", "said", "that the bill had passed")]),
    ],
)


test_a_cue_in_a_clause_of_circumstance_inside_a_report_does_not_take_its_words = cue_table(
    [
        # the cue heads a clause of time set inside another report: the words after it are the verb of saying's
        ("The mayor added, as the crowd cheered, “We will rebuild this city.”", "cheered", False),
        ("The mayor added, as the crowd cheered, “We will rebuild this city.”", "added", True),
        ("He said, while the crowd booed, that he would stay.", "booed", False),
        # negatives: the clause's own words stay ("after aides warned that ..."); "as X said" reports the main clause;
        # a cue of its own after a clause of time
        ("The senator said, after aides warned that the bill would fail, that she would vote no.", "warned", True),
        ("As the minister said, prices will rise.", "said", True),
        ("When reporters asked, she said that the plan would fail.", "said", True),
        # a passive head, no clause set off by commas: the clause's cue reports what follows it
        ("The clergy were blasted as predators in the report, while the working document argues that: “Some youths "
         "wish to benefit from greater closeness.”", "argues", True),
    ],
)
