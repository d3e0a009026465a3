"""Where a reported clause runs on into the writer's next clause (``sayso.nlp.extract.spliced_clauses``) and a
participle on a noun read as a cue (``sayso.nlp.extract.misread_main_verbs.modifier_read_as_main_verb``), and a plural noun
with its infinitive read as a verb (``noun_read_as_verb``)."""

from __future__ import annotations

from _cues import cue_table, rows_table

test_without_spliced_saying = rows_table([
    # another's saying after a comma, with its own subject and clause: the writer's splice, cut
    ("The coach insisted that the team was ready, league officials doubt that it can win a game.",
     [("The coach", "insisted", "that the team was ready"), ("league officials", "doubt", "that it can win a game")]),
    ("Jones wrongly claimed that the files exist, security experts affirm that no such files were ever made.",
     [("Jones", "wrongly claimed", "that the files exist")]),
    # a parenthetical saying inside, a pronoun going on, a clause without a clause of its own: kept
    ("The mayor said the plan works, he believes that it will pass.",
     [("The mayor", "said", "the plan works, he believes that it will pass")]),
    ("The mayor said taxes would fall, the economy would grow next year.",
     [("The mayor", "said", "taxes would fall, the economy would grow next year")]),
])

test_without_share_comparison = rows_table([
    ("Thirty-one percent of those polled say they would be pleased if she won, slightly more than the 25% who "
     "would be upset.",
     [("Thirty-one percent of those polled", "say", "they would be pleased if she won")]),
    ("A majority of Republicans said the tax was unfair, up from 40 percent in May.",
     [("A majority of Republicans", "said", "the tax was unfair")]),
    # a named speaker may compare figures; a comparison with no figure: kept
    ("The company said sales rose 5 percent, compared with 3 percent a year earlier.",
     [("The company", "said", "sales rose 5 percent, compared with 3 percent a year earlier")]),
    ("Most voters said they liked the plan, compared with their neighbours.",
     [("Most voters", "said", "they liked the plan, compared with their neighbours")]),
    # a comparison with another share is the writer's, cut; one with an amount that is no share is the answer's own
    ("A third of teachers said they planned to leave, compared with a quarter of nurses.",
     [("A third of teachers", "said", "they planned to leave")]),
    ("Thirty per cent of voters said they backed the plan, up from 22 per cent in May.",
     [("Thirty per cent of voters", "said", "they backed the plan")]),
    ("Three said the suspect fired first, more than 10 times.",
     [("Three", "said", "the suspect fired first, more than 10 times")]),
    ("A third of the staff said they worked overtime, more than 10 hours a week.",
     [("A third of the staff", "said", "they worked overtime, more than 10 hours a week")]),
    ("Most of the witnesses said the car was going fast, more than 80 miles per hour.",
     [("Most of the witnesses", "said", "the car was going fast, more than 80 miles per hour")]),
])

test_modifier_read_as_main_verb = rows_table([
    ("A large share of the migrants from Syria admitted to the country have been women.", []),
    ("Most of the workers admitted to the program are women.", []),
    ("The boy admitted to the teacher that he had broken the window.",
     [("The boy", "admitted", "that he had broken the window")]),
    ("He admitted to police he had stolen the car.", [("He", "admitted", "he had stolen the car")]),
    ("Police said the drugs reported missing were found in a locker.",
     [("Police", "said", "the drugs reported missing were found in a locker")]),
    ("The man admitted to the hospital on Friday has died.", []),
    ("Students admitted to Harvard this year are more diverse.", []),
])

test_modifier_read_as_main_verb_bare_noun = cue_table([
    # a bare time noun before the clause may be its subject the parse read as an adverb ("last year | was"): the cue
    # stays (the content the parse gives is short of its subject, as in base), unless the verb disagrees with it in
    # number ("this year | are")
    ("Scientists found last year was the hottest on record.", "found", True),
    ("The agency reported Tuesday was the busiest day in its history.", "reported", True),
    ("Officials confirmed yesterday was the deadline.", "confirmed", True),
    ("The company admitted last week was difficult.", "admitted", True),
    ("Students admitted to Harvard this year are more diverse.", "admitted", False),
])

test_spliced_saying_after_an_adjunct = rows_table([
    # the later clause opens with its own adjunct before its subject: no splice, the whole is what was said
    ("The senator said that during the hearings for the post, the nominee repeatedly promised that he would obey "
     "the law.",
     [("The senator", "said", "that during the hearings for the post, the nominee repeatedly promised that he would "
       "obey the law"), ("the nominee", "repeatedly promised", "that he would obey the law")]),
])

test_modifier_read_as_main_verb_kept = rows_table([
    # a name before the cue, and "said": the parse lost the clause's subject, the cue stays
    ("In Geneva, the World Trade Organization said on Friday Brazil had accepted the panel's ruling.",
     [("the World Trade Organization", "said", "on Friday Brazil had accepted the panel's ruling")]),
    # a clause or a quotation between the cue and the clause: the parse lost a subject, the cue stays
    ('The foreign minister Anna Berg said on Friday,“Our country will not change its course, it has never bowed and '
     'will never bow to pressure."',
     [("Anna Berg", "said", "Our country will not change its course, it has never bowed and will "
       "never bow to pressure")]),
])


# a plural noun and its infinitive the parse read as a present-tense verb, the sentence's own verb after it: nobody
# is said to state the plan (blind audit p81); a comma, a conjunction, a subject of its own, or no verb after: kept
test_noun_read_as_verb = cue_table([
    ("Moscow plans to expand the pipeline quietly collapsed after the sanctions.", "plans", False),
    ("Party calls to replace the chairman have grown louder since the defeat.", "calls", False),
    ("Kenya plans to privatize the railway were shelved after the election.", "plans", False),
    ("The company plans to cut jobs next year.", "plans", True),
    ("The governor plans to veto the bill if it reaches his desk.", "plans", True),
    ("Obama plans to visit Cuba when the talks end.", "plans", True),
    ("The union plans to strike, and its members voted on Monday to back it.", "plans", True),
    ("She then urges her son to step out of the truck and calmly says, \"Keep your hands up.\"", "urges", True),
    # a verb that agrees only with a singular subject cannot be the plural noun's: two verbs of one subject
    ("Erdogan pledges to cut troops in Syria warns of retaliation", "pledges", True),
    ("The senator vows to block the nominee then heads to the floor.", "vows", True),
    ("Johnson vows to fight on says he will not quit", "vows", True),
])
