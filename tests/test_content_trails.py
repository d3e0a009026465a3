"""Where a content runs on into the writer's words at its end (``sayso.nlp.extract.content_trails``)."""

from __future__ import annotations

from _cues import rows_table

test_without_open_aside = rows_table([
    ("Another friend who reported that the school was abuzz with gossip about the attack (which apparently took place "
     "during summer break), retracted her statement.",
     [("Another friend", "reported", "that the school was abuzz with gossip about the attack")]),
    ("The mayor said that the bill (HB 12) would pass next week.",
     [("The mayor", "said", "that the bill (HB 12) would pass next week")]),
    ("Critics said that NASA would be better off adopting commercial rockets (but certainly not limited to) soon.",
     [("Critics", "said", "that NASA would be better off adopting commercial rockets (but certainly not limited to) soon")]),
    ("The survey found that cleavages include ideology (Sanders leads by 29 points among “very liberal” voters).",
     [("The survey", "found", "that cleavages include ideology (Sanders leads by 29 points among “very liberal” voters)")]),
    ("Democrats, who have argued that it helps when Trump is painted as a greedy Republican (which lets the rest of "
     "the GOP off the hook), were relieved.",
     [("Democrats", "have argued", "that it helps when Trump is painted as a greedy Republican")]),
    # an article the aside leaves without its noun goes with it (blind audit 26: "shot about 9:59 p.m. a (full ...")
    ("Lombardo said that Campos had been shot at 9:59 a (full six minutes before the shooting began) which means "
     "the guard could have fled.",
     [("Lombardo", "said", "that Campos had been shot at 9:59")]),
    # a capital "A" is a grade, no article: it stays
    ("The principal said the school earned an A (which it had not done since 2010).",
     [("The principal", "said", "the school earned an A")]),
])

test_naming_without_participle = rows_table([
    ('Senator Feinstein called Ted Kennedy an "inspiration and a friend," presumably also based on their ideologies.',
     [("Feinstein", "called", 'Ted Kennedy an "inspiration and a friend')]),
    ('Senator Feinstein called Ted Kennedy an "inspiration and a friend, presumably the best of them."',
     [("Feinstein", "called", 'Ted Kennedy an "inspiration and a friend, presumably the best of them')]),
])

test_saying_inside_a_relative_clause = rows_table([
    ("Yet she claims to be absolutely certain that Kavanaugh, whom she presumably knew only as an acquaintance and said "
     "she had not spoken to since the night of the party, was involved in the incident.",
     [("she", "claims", "to be absolutely certain that Kavanaugh, whom she presumably knew only as an acquaintance and "
       "said she had not spoken to since the night of the party, was involved in the incident"),
      ("she", "to be absolutely certain", "that Kavanaugh, whom she presumably knew only as an acquaintance and said she "
       "had not spoken to since the night of the party, was involved in the incident"),
      ("she", "said", "she had not spoken to since the night of the party")]),
    ("The minister praised the plan and said it would work.",
     [("The minister", "said", "it would work")]),
])

test_without_reported_relative = rows_table([
    # another's report or the writer's "reportedly" in a relative clause at the content's end: the writer's
    ("Prosecutors said the timing suggests that the Awans had learned of their investigation, which a spokeswoman for "
     "Speaker of the House Paul Ryan, AshLee Strong, told TheDCNF was supposed to be secret.",
     [("Prosecutors", "said", "the timing suggests that the Awans had learned of their investigation"),
      ("a spokeswoman for Speaker of the House Paul Ryan, AshLee Strong", "told", "was supposed to be secret")]),
    ("The company confirmed that it had been contacted by Attorney General Letitia James' office, which will "
     "reportedly focus on activities by WeWork's founder and former CEO, Adam Neumann.",
     [("The company", "confirmed", "that it had been contacted by Attorney General Letitia James' office")]),
    # the speaker's own saying, no report, an aside closed inside the content: kept
    ("Cohen said the wire transfer instead had to do with the land deal, which he told the Washington Examiner was "
     "“quickly souring.”",
     [("Cohen", "said", "the wire transfer instead had to do with the land deal, which he told the Washington "
       "Examiner was “quickly souring"), ("Cohen", "told", "was “quickly souring")]),
    ("The mayor said the money went to the new stadium, which opened in May.",
     [("The mayor", "said", "the money went to the new stadium, which opened in May")]),
    # what the relative says was withheld (refused, declined, not named, not disclosed): the writer's note
    ("The director told reporters she knew only the donor's surname, which she declined to disclose.",
     [("The director", "told", "she knew only the donor's surname")]),
    ("The regulator found that a broker had shared client orders with two other firms, which the regulator did not "
     "name.",
     [("The regulator", "found", "that a broker had shared client orders with two other firms")]),
    ("The police said a man was arrested near the bridge, whom they would not identify.",
     [("The police", "said", "a man was arrested near the bridge")]),
    ("He said the company paid a large sum, which was not disclosed.",
     [("He", "said", "the company paid a large sum")]),
    ("Investigators believe the money was wired to an account, which the bank would not disclose.",
     [("Investigators", "believe", "the money was wired to an account")]),
    # the relative's noun as the one who tells, a disclosure not withheld, an aside closed inside: kept
    ("The company said it hired a contractor, which did not name its suppliers.",
     [("The company", "said", "it hired a contractor, which did not name its suppliers")]),
    ("Investigators believe the money was wired to an account, which the bank would disclose later.",
     [("Investigators", "believe", "the money was wired to an account, which the bank would disclose later")]),
    ("The lawyer said the witness saw a car, which police have since identified.",
     [("The lawyer", "said", "the witness saw a car, which police have since identified")]),
    ("The union said the figures, which it declined to release, showed a loss.",
     [("The union", "said", "the figures, which it declined to release, showed a loss")]),
    # a failure to know, a claim of concealment, another sense of "release", a relative running on past a comma: kept
    ("The witness said she saw a man running from the house, whom she could not identify.",
     [("The witness", "said", "she saw a man running from the house, whom she could not identify")]),
    ("Researchers said they had found a gene, which had not been identified before.",
     [("Researchers", "said", "they had found a gene, which had not been identified before")]),
    ("The whistleblower said the bank had hidden losses, which it did not disclose to investors.",
     [("The whistleblower", "said", "the bank had hidden losses, which it did not disclose to investors")]),
    ("The auditor said the council had lost money, which the council had not disclosed to voters.",
     [("The auditor", "said", "the council had lost money, which the council had not disclosed to voters")]),
    ("The band said it had recorded a second album, which it never released.",
     [("The band", "said", "it had recorded a second album, which it never released")]),
    ("The family said rebels were holding two aid workers, whom they refused to release.",
     [("The family", "said", "rebels were holding two aid workers, whom they refused to release")]),
    ("The club said it had signed a striker, who was not named in the squad.",
     [("The club", "said", "it had signed a striker, who was not named in the squad")]),
    ("He said he had spoken to several ministers, whom he would not name, about the plan.",
     [("He", "said", "he had spoken to several ministers, whom he would not name, about the plan")]),
])

test_without_retort = rows_table([
    # the content's polarity turned around with the verb phrase left out: the writer's retort (blind audits 28, 29)
    ("Comey testified that his decision to exonerate Hillary was not made before her interview took place, when for "
     "all intents and purposes it was.",
     [("Comey", "testified", "that his decision to exonerate Hillary was not made before her interview took place")]),
    ("Therefore, the government still believes it has a right to regulate certain arms, which it does not have "
     "authority to do.",
     [("the government", "still believes", "it has a right to regulate certain arms")]),
    # the same polarity, a predicate of its own, "but": the speaker's words, kept
    ("The mayor said he would leave the city when he could.",
     [("The mayor", "said", "he would leave the city when he could")]),
    ("The senator said the bill would not pass, though the vote was close.",
     [("The senator", "said", "the bill would not pass, though the vote was close")]),
    ("He said he wanted to go to the meeting but couldn't.",
     [("He", "said", "he wanted to go to the meeting but couldn't")]),
])

test_without_writers_truth = rows_table([
    # the writer's verdict on the truth of what was said, or the writer's correction of it, closes the content
    ("Obama said he had been in that church for years and never heard such things, which isn't true.",
     [("Obama", "said", "he had been in that church for years and never heard such things")]),
    ("He also said Hasan had died a martyr, though in fact he remains alive on military death row.",
     [("He", "also said", "Hasan had died a martyr")]),
    ("The senator claimed the agency was cutting costs, when in fact it was spending more than ever before.",
     [("The senator", "claimed", "the agency was cutting costs")]),
    # the speaker's rebuttal of another's claim, an adjective with words of its own, "but in fact", a plain
    # concession: kept
    ("Smith said Trump claimed the wall was paid for, which isn't true.",
     [("Smith", "said", "Trump claimed the wall was paid for, which isn't true"),
      ("Trump", "claimed", "the wall was paid for")]),
    ("The mayor said the new bill would pass next month, which is true to its name.",
     [("The mayor", "said", "the new bill would pass next month, which is true to its name")]),
    ("Critics argued that the law was not about guns but in fact about power over ordinary people.",
     [("Critics", "argued", "that the law was not about guns but in fact about power over ordinary people")]),
    ("The senator said he would go to the meeting, though he was tired after the long trip.",
     [("The senator", "said", "he would go to the meeting, though he was tired after the long trip")]),
    ('The senator said "the agency was cutting costs, when in fact it was spending more."',
     [("The senator", "said", "the agency was cutting costs, when in fact it was spending more")]),
])

test_without_according_tail = rows_table([
    # the writer's source for the saying is no part of what was said; it vouches for the saying with its clause
    ("Ohio Gov. John Kasich said he would have fired Lewandowski if such an incident had happened in his campaign, "
     "according to press reports.",
     [("press reports", "according to", "Ohio Gov. John Kasich said he would have fired Lewandowski if such an "
       "incident had happened in his campaign"),
      ("John Kasich", "said", "he would have fired Lewandowski if such an incident had happened in his "
       "campaign")]),
    ("Guyger said she confused Jean’s home for her own and shot him when he refused her commands, according to "
     "court documents.",
     [("court documents", "according to", "Guyger said she confused Jean’s home for her own and shot him when he "
       "refused her commands"),
      ("Guyger", "said", "she confused Jean’s home for her own and shot him when he refused her commands")]),
    # inside the content, inside a quotation: kept
    ("The minister said that, according to the police, the man fled the scene on foot.",
     [("The minister", "said", "that, according to the police, the man fled the scene on foot"),
      ("the police", "according to", "the man fled the scene on foot")]),
    ('The minister said "the man fled the scene on foot, according to the police."',
     [("The minister", "said", "the man fled the scene on foot, according to the police")]),
])

test_according_tail_kept = rows_table([
    # under a cue that is no verb of saying, the phrase's content is the cue's clause: the content keeps its tail
    ("They fear that Mr. Trump may end up giving fewer concessions than they anticipate, according to people "
     "familiar with their thinking.",
     [("They", "fear", "that Mr. Trump may end up giving fewer concessions than they anticipate, according to people "
       "familiar with their thinking"),
      ("people familiar with their thinking", "according to", "that Mr. Trump may end up giving fewer concessions "
       "than they anticipate")]),
    # the speaker's own record ("its report") vouches for what was said, not for the saying: the phrase stays on the
    # content, and the according-to keeps the content alone
    ("The company said emissions fell sharply last year at its three plants, according to its annual report.",
     [("The company", "said", "emissions fell sharply last year at its three plants, according to its annual report"),
      ("The company", "according to", "emissions fell sharply last year at its three plants")]),
])

test_without_speakers_conjunct = rows_table([
    # a subjectless conjunct in the cue's form that the auxiliary of the content's verb cannot govern: the speaker's
    ("Jones says the rule would hurt farmers and urges the agency to drop it.",
     [("Jones", "says", "the rule would hurt farmers"), ("Jones", "urges", "the agency to drop it")]),
    ("Smith says the plan will fail and calls for a new vote.",
     [("Smith", "says", "the plan will fail")]),
    ("Smith says the economy will grow and predicts lower unemployment.",
     [("Smith", "says", "the economy will grow")]),
    # two tenses in what was said, a "be" to share, a head in the cue's form, its own subject, a quotation: kept
    ("Federal prosecutors said Carlineo is a convicted felon and possessed a loaded handgun at his home.",
     [("Federal prosecutors", "said", "Carlineo is a convicted felon and possessed a loaded handgun at his home")]),
    ("Smith says the man lied and faces charges.",
     [("Smith", "says", "the man lied and faces charges")]),
    ("He said the company is growing and hiring new staff.",
     [("He", "said", "the company is growing and hiring new staff")]),
    ("Smith said the plan failed and cost the city millions.",
     [("Smith", "said", "the plan failed and cost the city millions")]),
    ("Smith said the rules would change, and the board agreed to review them.",
     [("Smith", "said", "the rules would change")]),
    ("The decree starts by laying out its premise:\nThe Pope intended to present the path taken by the Church in the "
     "light of the Council and considering the changed conditions.",
     [("The decree", "laying out", "The Pope intended to present the path taken by the Church in the light of the "
       "Council and considering the changed conditions"),
      ("The Pope", "intended", "to present the path taken by the Church in the light of the Council and considering "
       "the changed conditions")]),
    ('She said "the plan would work and urged lawmakers to act quickly."',
     [("She", "said", "the plan would work and urged lawmakers to act quickly")]),
    # real-page W h32: a finite past after ", and" beside a perfect is the speaker's next act; without the comma, or
    # with no perfect, the verbs may share "has" and stay
    ("The group said on Twitter that the contract has confused employees with pay discrepancies, and demanded a "
     "deadline extension.", [("The group", "said", "that the contract has confused employees with pay discrepancies")]),
    ("She said the company has cut jobs and moved production abroad.",
     [("She", "said", "the company has cut jobs and moved production abroad")]),
    # a pluperfect, or a content before its cue, keeps the conjunct: both are said
    ("Prosecutors said the defendant had stolen the money, and fled the country.",
     [("Prosecutors", "said", "the defendant had stolen the money, and fled the country")]),
    ("The policy has confused employees with pay discrepancies, and demanded a deadline extension, the group said.",
     [("the group", "said", "The policy has confused employees with pay discrepancies, and demanded a deadline "
       "extension")]),
    # audit 67 S176: "felt" read as an auxiliary, "obtained" as a participle: a past act of the speaker's own
    ("The woman reported that she felt threatened and obtained a warrant for Stackhouse's arrest from the local "
     "magistrate's office.", [("The woman", "reported", "that she felt threatened")]),
    # blind audit P77: a verb after "and" that the parse hangs on a relative clause's verb but that differs from it in
    # number or tense shares no subject with it: the speaker's next act; two verbs of one form stay the relative's
    ("The senator calls for rates that rise with income and promises rebates for renters.",
     [("The senator", "calls for", "rates that rise with income")]),
    # review rev75a: two tenses tell nothing, a relative's verbs may differ in tense
    ("Police said they arrested a man who lives in Leeds and fled the scene on Friday.",
     [("Police", "said", "they arrested a man who lives in Leeds and fled the scene on Friday")]),
    ("She said she voted for a candidate who supports gun control and won the primary.",
     [("She", "said", "she voted for a candidate who supports gun control and won the primary")]),
    ("The mayor called for a levy that falls on landlords and funds new parks.",
     [("The mayor", "called for", "a levy that falls on landlords and funds new parks")]),
    # kept: a "be" the conjunct shares
    ("The woman reported that she was threatened and followed home.",
     [("The woman", "reported", "that she was threatened and followed home")]),
])

test_without_missing_grounds = rows_table([
    # ", without" and giving grounds at the content's end: the writer's remark on the saying
    ("Trump said the election was rigged, without providing any evidence.",
     [("Trump", "said", "the election was rigged")]),
    ("He claimed that the administration’s “objectives are to weaken Iranian influence across the region broadly,” "
     "without discussing the means to accomplish those objectives.",
     [("He", "claimed", "that the administration’s “objectives are to weaken Iranian influence across the region "
       "broadly")]),
    # another act, no comma, a quotation: the speaker's own words
    ("Officials said the firm would keep paying its workers, without raising prices.",
     [("Officials", "said", "the firm would keep paying its workers, without raising prices")]),
    ("The minister said the agency would act without giving up control of the program.",
     [("The minister", "said", "the agency would act without giving up control of the program")]),
    ('Trump said "the election was rigged, without providing any evidence."',
     [("Trump", "said", "the election was rigged, without providing any evidence")]),
    # "with no evidence", "without evidence" hung on the cue: how it was said, the writer's verdict (blind audit 29)
    ("She accused Kavanaugh of sexual assault with absolutely no evidence.",
     [("She", "accused", "Kavanaugh of sexual assault")]),
    ("He accused the mayor of fraud without evidence.", [("He", "accused", "the mayor of fraud")]),
    # kept: on the content's own verb, grounds that are there
    ("He said the police arrested him with no evidence.",
     [("He", "said", "the police arrested him with no evidence")]),
    ("Prosecutors accused him of fraud with evidence from his own emails.",
     [("Prosecutors", "accused", "him of fraud with evidence from his own emails")]),
])


test_without_writers_first_person = rows_table([
    # a clause at the content's end whose subject is "we" or "I" outside quotation marks: the writer's remark
    ("The report claims the display size will remain 13.3 inches, although given the source is DigiTimes, we would "
     "not completely rule out hopes of a larger display.",
     [("The report", "claims", "the display size will remain 13.3 inches")]),
    ("The ministry said prices rose 5 percent in May, but we expect more of the same this summer.",
     [("The ministry", "said", "prices rose 5 percent in May")]),
    ("The ministry said prices rose 5 percent in May, although we have not seen the data.",
     [("The ministry", "said", "prices rose 5 percent in May")]),
    # the speaker's own first person before the clause, a quotation, "us" as an object, a "we" inside the content:
    # kept
    # after "and" or "so" the "I" or "we" may be the speaker's own words going on, unquoted: kept
    ("And he said, Oh let not the Lord be angry, and I will speak once more.",
     [("he", "said", "Oh let not the Lord be angry, and I will speak once more")]),
    ("The coach said the team played badly, so we will practice harder this week.",
     [("The coach", "said", "the team played badly, so we will practice harder this week")]),
    ("The union said our wages fell 5 percent in May, and we expect more cuts this summer.",
     [("The union", "said", "our wages fell 5 percent in May, and we expect more cuts this summer")]),
    ("Smith said “prices rose 5 percent in May, and we expect more of the same.”",
     [("Smith", "said", "prices rose 5 percent in May, and we expect more of the same")]),
    ("The mayor said the fund would help us, and the money arrived in May.",
     [("The mayor", "said", "the fund would help us, and the money arrived in May")]),
    ("Jones said the fund, which we reported on last week, would close.",
     [("Jones", "said", "the fund, which we reported on last week, would close")]),
])


test_without_saying_occasion = rows_table([
    # past a quotation's closing mark, the day or the occasion of the saying: the writer's account of it
    ("Louis Farrakhan claimed that “America has never been a democracy” on Sunday during a solidarity trip to Iran, "
     "ahead of the re-implementation of US sanctions on the country this week.",
     [("Louis Farrakhan", "claimed", "that “America has never been a democracy")]),
    ("Trump called the Affordable Care Act a “crazy system” during a presidential campaign stop in Flint, Michigan.",
     [("Trump", "called", "the Affordable Care Act a “crazy system")]),
    ("The mayor said the storm was “the worst in a century” during a news conference on Monday.",
     [("The mayor", "said", "the storm was “the worst in a century")]),
    # no occasion of saying, a modal before the mark (the day may be the vote's), a clause after the day: kept
    ("The general said the troops were “heroic” during the battle for the city.",
     [("The general", "said", "the troops were “heroic” during the battle for the city")]),
    # an event the words tell of is no occasion of saying: "during the debate", "during an event in 2006"
    ("Trump said Clinton “lied” during the debate.", [("Trump", "said", "Clinton “lied” during the debate")]),
    ("A woman told the magazine that Franken tried to give her a “wet, open-mouthed kiss” during an event in 2006.",
     [("A woman", "told", "that Franken tried to give her a “wet, open-mouthed kiss” during an event in 2006")]),
    ("The senator said the vote would be “close” on Tuesday.",
     [("The senator", "said", "the vote would be “close” on Tuesday")]),
    ("Clinton acknowledged that she had made a “poor choice of words” at a previous campaign event.",
     [("Clinton", "acknowledged", "that she had made a “poor choice of words” at a previous campaign event")]),
    ("The senator said that “the bill is dead” on Tuesday and that it would not return.",
     [("The senator", "said", "that “the bill is dead” on Tuesday and that it would not return")]),
])


test_without_however_clause = rows_table([
    # a clause after ", however," with its own subject, hung on the cue: the writer's rebuttal (blind audit 47)
    ("Guyger claims that she accidentally entered the wrong apartment and shot a man who she thought was a burglar, "
     "however, eyewitness testimony has contradicted her initial statement.",
     [("Guyger", "claims", "that she accidentally entered the wrong apartment and shot a man who she thought was a "
       "burglar")]),
    # "however" with no subject of its own after it, or inside the reported clause: the speaker's own words, kept
    ("She said it would, however, take years.", [("She", "said", "it would, however, take years")]),
    ("So far, however, only four companies have licensed the protocols, according to the report.",
     [("the report", "according to", "So far, however, only four companies have licensed the protocols")]),
    ("He said that the bill, however, would pass.", [("He", "said", "that the bill, however, would pass")]),
    ("The report said that costs rose sharply, and that sales, however, fell.",
     [("The report", "said", "that costs rose sharply, and that sales, however, fell")]),
    # a content before its cue, a clause in the reported tenses or on a pronoun: the speaker's own turn, kept
    ("Sales were strong, however, costs rose, the company said in a statement.",
     [("the company", "said in a statement", "Sales were strong, however, costs rose")]),
    ("The spokesman said there were delays, however, the project would finish on time.",
     [("The spokesman", "said", "there were delays, however, the project would finish on time")]),
    ("The FBI said it had no suspects, however, it was following several leads.",
     [("The FBI", "said", "it had no suspects, however, it was following several leads")]),
])


test_without_even_as_clause = rows_table([
    # a clause set off by a dash or a comma and opened by "even as" / "even while", with its own subject, running to
    # the content's end: the writer's narration beside what was said (blind audit p80: run_on)
    ("The mayor is vowing to keep the pool open all summer -- even as the city council moved to cut its budget.",
     [("The mayor", "is vowing", "to keep the pool open all summer")]),
    ("The candidate said he would keep campaigning, even as his rivals quit the race.",
     [("The candidate", "said", "he would keep campaigning")]),
    ("The union is threatening to strike next week — even while talks continue.",
     [("The union", "is threatening", "to strike next week")]),
    # a hyphen inside a word of the clause closes nothing (blind audit p80: "even as Democratic front-runner ...")
    ("The governor is vowing to take the fight to the courts -- even as his long-time ally signed the bill into law.",
     [("The governor", "is vowing", "to take the fight to the courts")]),
    # no comma or dash before it, a pair of dashes inside the content, "even though", a phrase with no clause, a
    # quotation: kept
    ("He said the company would grow even as its profits fell.",
     [("He", "said", "the company would grow even as its profits fell")]),
    ("Critics argue that the senator — even as he praises the program — has voted to cut its funding.",
     [("Critics", "argue", "that the senator — even as he praises the program — has voted to cut its funding")]),
    ("The minister said the visit mattered more than the summit, even though it drew less attention.",
     [("The minister", "said", "the visit mattered more than the summit, even though it drew less attention")]),
    ("She said she had loved the piano, even as a small child.",
     [("She", "said", "she had loved the piano, even as a small child")]),
    ('"We will keep building, even as the market cools," the developer said.',
     [("the developer", "said", "We will keep building, even as the market cools")]),
    # the content goes on past the clause, with the speaker's reason or condition: kept (review rev76n)
    ("Analysts said stocks would rally, even as bond yields rise, because earnings are strong.",
     [("Analysts", "said", "stocks would rally, even as bond yields rise, because earnings are strong")]),
    ("Scientists said the reef could recover within a decade, even while warming continues, if fishing is curbed.",
     [("Scientists", "said", "the reef could recover within a decade, even while warming continues, if fishing is "
       "curbed")]),
    # a clause in the present after a past cue, not back-shifted: the speaker's forecast, kept (review rev76n)
    ("Economists said unemployment would fall, even as the economy slows next year.",
     [("Economists", "said", "unemployment would fall, even as the economy slows next year")]),
])


test_without_speakers_own_act = rows_table([
    # a clause set off by a comma or dash and a conceding word, in which the speaker (a pronoun) laughs, concedes or
    # says more: the writer's account of the speaker's next act (blind audit p80: run_on)
    ("The mayor said the budget would balance, although she laughed and admitted the city might need a loan.",
     [("The mayor", "said", "the budget would balance"), ("The mayor", "admitted", "the city might need a loan")]),
    ("Over the past year, he said, the new road has cut his commute in half, though at the mention of tolls he "
     "frowned and conceded they are steep.",
     [("he", "said", "Over the past year, he said, the new road has cut his commute in half"),
      ("he", "conceded", "they are steep")]),
    # another subject, another verb, a pronoun of another number, a quotation: kept
    ("The governor said the plan would work, although critics disagreed.",
     [("The governor", "said", "the plan would work, although critics disagreed")]),
    ("The coach said the team would improve, although he had not yet picked a captain.",
     [("The coach", "said", "the team would improve, although he had not yet picked a captain")]),
    ("Officials said the bridge would reopen in May, though she laughed at the idea.",
     [("Officials", "said", "the bridge would reopen in May, though she laughed at the idea")]),
    ('"The bridge will reopen in May, though I laughed when I heard it," the engineer said.',
     [("the engineer", "said", "The bridge will reopen in May, though I laughed when I heard it")]),
    # a clause in the present after a past cue: "he" may be the player, the agent's words (review rev76n)
    ("The agent said the player was happy at the club, though he smiles less these days.",
     [("The agent", "said", "the player was happy at the club, though he smiles less these days")]),
])
