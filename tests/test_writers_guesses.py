"""The writer's guess at what someone would say (issue 12, item 1): ``nlp/extract/writers_guesses.py``.

Each row is ``text, cue, expected``. "Would" with a guess in it (an adverb of guessing, a type of person, the writer's
"I suspect") is nobody's statement; a past habit, a later act, a report with "would only" and "would" in reported
speech stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_a_guessed_would_is_no_statement = cue_table(
    [
        # an adverb of guessing, whoever the subject
        ("Faggioli would surely agree that the church is changing.", "agree", False),
        ("Faggioli would no doubt say that the synod was a success.", "say", False),
        ("Republicans would likely argue that the deal is a giveaway.", "argue", False),
        ("The Pope would certainly insist that mercy comes first.", "insist", False),
        ("Trump would probably claim that the polls were rigged.", "claim", False),
        # a type of person
        ("Editors would normally insist on cuts to a story like this.", "insist", False),
        ("Most editors would insist that the piece be cut.", "insist", False),
        ("A good lawyer would argue that the search was illegal.", "argue", False),
        ("Any economist would tell you that tariffs are a tax.", "tell", False),
        ("Normally, a prosecutor would argue that the defendant is a flight risk.", "argue", False),
        # the writer's own guess
        ("I suspect Biden would argue that the economy is recovering.", "argue", False),
        ("I'm sure the senator would say that the bill is fair.", "say", False),
        ("As I'm sure Faggioli would agree, the church is changing.", "sure", False),
        ("As I'm sure Faggioli would agree, the church is changing.", "agree", False),
        # positives: a later act, a habit with a time word, a report, a refusal, reported speech, a number of people
        ("Smith would later insist that the money was a loan.", "insist", True),
        ("She would often say that the job was killing her.", "say", True),
        ("Officials would say only that the talks were productive.", "say", True),
        ("Sources would only say that the talks had stalled.", "say", True),
        ("He said he would resign.", "said", True),
        ("Two aides would tell reporters that the plan was dead.", "tell", True),
        ("Smith insisted that the money was a loan.", "insisted", True),
        ("Some White House advisers would like to see China agree to large purchases.", "like", True),
        ("Democrats would prefer to drag the confirmation process into the next Congress.", "prefer", True),
    ],
)


test_speech_the_writer_hears_in_a_manner_is_no_statement = cue_table(
    [
        # a clause of likeness on a verb of seeming: the writer's impression
        ("To the victims, it sounds like he is saying, “Who do you think you are?”", "saying", False),
        ("To the voters, it sounds like he is saying that their concerns do not matter.", "saying", False),
        ("It's as if the minister is telling us that the hospital never mattered.", "telling", False),
        ("It looks as though the board is arguing that nothing happened.", "arguing", False),
        ("It feels like the mayor is telling residents to move away.", "telling", False),
        # kept: the speaker's own seeming, a report beside it, a quotation
        ("“It sounds like he is saying no,” the senator said.", "said", True),
        ("He sounded angry when he said the plant would close.", "said", True),
        ("The mayor is telling residents that the water is safe.", "telling", True),
        ("Looks like somebody told the governor that the polls are close.", "told", True),
    ],
)


test_a_gloss_the_writer_guesses_is_no_statement = cue_table(
    [
        ("“Lisa” presumably refers to Lisa Gevelber, the vice president of marketing.", "refers", False),
        ("“Sundar” probably refers to Sundar Pichai, the chief executive.", "refers", False),
        ("The “big guy” apparently refers to the former vice president.", "refers", False),
        # kept: someone's gloss reported, a guess at someone else's act judged elsewhere
        ("Smith said the “big guy” refers to the former vice president.", "said", True),
    ],
)


test_a_mind_the_writer_reads_into_words_is_no_statement = cue_table(
    [
        # the writer's reading of a present mind or meaning (PTC blind audits 27, 33)
        ("It seems Fastiggi and Goldstein are hoping no one will notice that their tinkering changes nothing.",
         "are hoping", False),
        ("The likeliest interpretation of his statement is that he is saying that we must not speak about it.",
         "is saying", False),
        ("It appears the bishop believes that the rule no longer binds anyone.", "believes", False),
        # a past act inferred: a telling took place (PolNeAR marks "it seems ... [past]")
        ("It seems Trump said that the wall would be paid for by Mexico.", "said", True),
        # a telling hedged: words said, reported (review rev68n)
        ("It appears the Pentagon is now telling reporters that the strike hit a hospital.", "is now telling", True),
        ("It seems the company now admits that the emissions data was false.", "admits", True),
        ("It appears Moscow denies that its planes struck the convoy.", "denies", True),
        ("It seems he now claims he never supported the war.", "claims", True),
        ("It seems to me that Trump is saying the election is rigged.", "is saying", False),
        # a raised subject: his own belief
        ("He seems to believe that the law is unconstitutional.", "to believe", True),
        # a reading that is someone's: his explanation is his words
        ("The ministry's explanation is that the rule was never meant to apply to refugees.", "explanation", True),
        # someone else's "it seems", reported
        ("'It seems they are hoping nobody notices,' Smith said.", "said", True),
    ]
)
