"""The writer's own voice dressed as someone's words (issue 12, item 1): ``nlp/extract/writers_voice.py``.

Each table is ``text -> cue word that must (not) be an attribution``; the positives beside the
negatives are real statements of the same shape, so a rule that swallows them fails.
"""

from __future__ import annotations

import pytest

from _cues import cue_table

pytestmark = pytest.mark.slow


test_supposed_speech_is_no_statement = cue_table(
    [
        # speech that is possible or supposed: nobody said it
        ("Others may argue that the policy is working.", "argue", False),
        ("Some might say the plan is doomed from the start.", "say", False),
        ("Critics could argue that the merger hurts consumers.", "argue", False),
        ("One could say the senator was simply lucky.", "say", False),
        ("Many would agree that the city needs more housing.", "agree", False),
        ("Some will say that this is unfair to the taxpayers.", "say", False),
        ("If another attendee says, “He was totally sober and with me the whole time,” that helps Kavanaugh.",
         "says", False),
        ("Once people truly understand how deep the corruption runs, they will demand change.", "understand", False),
        ("Unless regulators argue that the deal harms consumers, it will close in March.", "argue", False),
        ("If Trump were to say that the election was rigged, voters would revolt.", "say", False),
        ("If the senator was to argue that the deal was fair, he would lose the primary.", "argue", False),
        ("After all, this is the papacy where 2 + 2 = 5 if the pope says it does.", "says", False),
        ("Had Trump said that the election was rigged, the markets would have panicked.", "said", False),
        ("If Trump said that the election was rigged, he would be lying.", "said", False),
        ("Aides studied what would happen if their candidate announced he would not back Smith.", "announced", False),
        ("If the governor wants to claim that crime is down, he should publish the figures.", "claim", False),
        ("Were he to say that the vote was rigged, he would lose.", "say", False),
        ("Were the senator to argue that the deal was fair, voters would revolt.", "argue", False),
        ("Had the call gone the other way, Bolton would then have claimed that he was told by a leaker.", "claimed",
         False),
        ("Would Adam Schiff have pleaded to keep the identity of a Republican whistleblower secret?", "pleaded", False),
        # a present "when" clause on a clause that looks ahead or asks: a time to come the writer supposes
        ("When voters finally realize that the tax cut was a giveaway, they will punish the party at the polls.",
         "realize", False),
        ("When the board learns that the chief executive lied, it will fire him.", "learns", False),
        ("If the president loses, what happens when Russia and China finally realize that there is no partner in "
         "Washington?", "realize", False),
        ("Critics say that when the minister finally admits the plan failed, it will be too late.", "admits", False),
        # the means of an act that is only possible: the writer lays out what may be done
        ("Congress has three ways to enforce a subpoena: it can hold a vote of contempt, it can sue in court, or it "
         "can punish the official by asking federal prosecutors to charge someone with contempt.", "asking", False),
        ("The board could respond by demanding that he resign.", "demanding", False),
        # positives: a later statement, a past habit, a report with "would only", a condition in the
        # content, a condition inside the speaker's quotation, a real statement after "once"
        ("He would later say that the plan had failed.", "say", True),
        ("Smith has claimed that the vote was rigged.", "claimed", True),
        ("If the mayor suggested that taxes would rise, he did not repeat it on Monday.", "suggested", True),
        ("But if the senator implied that she would back the bill, she voted against it a week later.", "implied", True),
        ("Officials would say only that the talks were productive.", "say", True),
        ("Cruz said if elected he could work with the leadership.", "said", True),
        ("“If we do nothing, we will not be able to stop the violence,” Haley warned.", "warned", True),
        ("Once the vote was over, the senator said the bill would pass.", "said", True),
        ("When he was asked about the vote, Trump went on to say that the election was rigged.", "say", True),
        ("Trump said that if he were elected he would build a wall.", "said", True),
        ("Were the talks a success? The minister said they were.", "said", True),
        ("Police can confirm that two people died in the crash.", "confirm", True),
        ("The committee punished him by asking prosecutors to charge him.", "asking", True),
        ("The senator will respond by arguing that the law is unconstitutional.", "arguing", True),
        ("Reid said that Trump may have violated the law by calling on Russia to hack Clinton's emails.", "calling", True),
        ("The governor will say on Tuesday that the budget is balanced, aides said.", "said", True),
        ("Sanders exaggerates when he says he helped write the law.", "says", True),
        ("When reporters asked about the deal, the senator says he was never told about it.", "says", True),
        ("When the mayor realized that the budget was short, she called the council back.", "realized", True),
        ("When the president says that the economy is strong, he is ignoring the factories that closed.", "says",
         True),
        ("Critics say that when the minister finally admits the plan failed, it will be too late.", "say", True),
    ],
)


test_the_writers_question_is_no_statement = cue_table(
    [
        # the writer's questions: whether someone said or thought something is not told
        ("The attack left 58 dead.\nDo the FBI and law enforcement think people won’t talk about it?\n", "think", False),
        ("Did Trump say that the wall would be paid for by Mexico?", "say", False),
        ("Did he say the vote was rigged?", "say", False),
        ("Critics could have argued that the law was unfair.", "argued", False),
        ("Would it be possible to find anyone who remembers being at that party?", "remembers", False),
        ("“We will win,” she said. Why did she say that?", "say", False),
        # positives: a verb of asking with its question, a quotation for content, a question in a quotation
        ("“We will win,” she said. Why did she say that?", "said", True),
        ("Reporters asked who would pay for the wall?", "asked", True),
        ("“Did you see the report?” the senator asked.", "asked", True),
        ("“Why do the police think nobody will talk?” Smith said.", "said", True),
        # a statement's word order with a question mark: the writer disbelieves
        ("And they’re going to tell us that they just let Oswald skate across the Cold War stage of history?",
         "tell", False),
        ("So the senator expects us to believe that he never read the memo?", "believe", False),
        ("So the governor says that the budget is balanced?", "says", False),
        # positives: a question inside a quotation, a statement before a question the parse may join
        ("“So the governor says that the budget is balanced?” the mayor asked.", "asked", True),
        ("The governor said that the budget is balanced. Really?", "said", True),
        ("The governor said that the budget is balanced.\nIs it?", "said", True),
        ("The agents told my client that they were briefing the President.\nMy client said, what happened?", "said",
         True),
        ("She asked him: where is the money?", "asked", True),
        # a statement, a dash or a semicolon, then the writer's own question about it: the statement is reported
        ("Police have said that the radio call helped them find the gunman – so why change the story now?", "said",
         True),
        ("The mayor said the budget was balanced; but why did taxes rise?", "said", True),
        ("So the governor says that the budget is balanced – and taxes will fall?", "says", False),  # no wh-word
        # scare quotes or borrowed words inside the question leave it the writer's; a quoted question does not
        ("Does His Excellency believe that the “reforms” will save the church?", "believe", False),
        ('Does Cardinal Burke really think that Amoris Laetitia is "heresy"?', "think", False),
        ('Does the senator believe that "fake news" is to blame? He said so on Tuesday.', "believe", False),
        ("Did Clinton think that nobody would read the emails?!", "think", False),
        ('Did Smith say "Why not?" to the reporters?', "say", True),
        ("What do you think of Carson privately saying “pray for him” in response?", "saying", True),
        ("And, just for good measure, he accused the people accusing him of committing “calumny”?", "accused", True),
        ("Amar said that a deal might be possible: “In business, the question always is, is there an overlap between "
         "the bid and the ask price?", "said", True),
        ('Does the White House think that "the economy is booming," as the press secretary said?', "said", True),
    ],
)


test_a_generic_act_is_no_statement = cue_table(
    [
        # a gerund for subject: an act of anyone
        ("Saying the shahada makes you a Muslim.", "saying", False),
        ("Declaring that we will not allow such persons across our border is simply common sense.", "declaring",
         False),
        ("Telling voters that the economy is booming will not win the election.", "telling", False),
        # positives: a gerund beside its speaker, "according to"
        ("Saying the plan failed, Smith resigned on Tuesday.", "saying", True),
        ("According to the police, the gunman acted alone.", "according to", True),
    ],
)


test_a_set_phrase_or_anybody_is_no_source = cue_table(
    [
        # idioms
        ("After I got saved, as they say, I remember my mother calling me up.", "say", False),
        ("As they say, the proof of the pudding is in the eating.", "say", False),
        ("As Sherlock would say, “Elementary, my dear Watson.”", "say", False),
        # anybody at all
        ("In order to convert to Islam, one says the shahada.", "says", False),
        ("Anyone who has studied President Trump knows he hates to admit a mistake.", "knows", False),
        # positives: "as" with a named speaker, an aside in a quotation, one of a group, a named subject
        ("As Smith said last week, the plan is doomed.", "said", True),
        ("“As I said, we will win,” Smith said.", "said", True),
        # the outlet's "we" pointing at its own reporting is its voice (blind audit 20): ``own_reports``
        ("As we noted last week, the talks had failed.", "noted", False),
        ("As the Times noted last week, the talks had failed.", "noted", True),
        ("Two officials spoke to reporters. One said the talks had stalled.", "said", True),
        ("One of the aides says the president will veto the bill.", "says", True),
    ],
)


test_a_verdict_or_an_imagined_line_is_no_statement = cue_table(
    [
        # the writer's verdict on words it does not report
        ("Lemon said what is clearly not only racist but utterly insane.", "said", False),
        ("The senator finally said what needed to be said.", "said", False),
        # an imagined line, an effort to understand
        ("Parents are left to wonder: “What did we do to deserve this?”", "wonder", False),
        # a free relative of what others knew or suspected: nothing told
        ("The report confirmed what everyone in town already knew.", "confirmed", False),
        ("The senator finally admitted what we had all suspected.", "admitted", False),
        ("She said what everyone was thinking.", "said", False),
        ("Many retirees are still trying to figure out how much they need to save.", "figure", False),
        # positives: a clause that starts with "what", an attempt at speech, wondering aloud
        ("Smith said what he did was wrong.", "said", True),
        ("The report confirmed that the water was unsafe, as everyone in town already knew.", "confirmed", True),
        ("The senator admitted that he had known about the payments.", "admitted", True),
        ("The mayor tried to explain that the budget was balanced.", "explain", True),
        ("Smith wondered aloud whether the plan would survive.", "wondered", True),
    ],
)


test_a_conjunct_is_the_writers = cue_table(
    [
        # a conjunct is the writer's own, not reported by the clause it is joined to
        ("The status quo is not acceptable in Washington, and I believe that voters will drain the swamp.",
         "believe", False),
        # positive: a first person inside a quotation, also one run over lines of a sentence each
        ("“The status quo is not acceptable, and I believe voters will act,” the senator said.", "said", True),
        ("“For those who might criticize this verdict,” Gonzalez said, “the Attorney General and the President.\n"
         "Let me remind them, they are under investigation and they may soon need the presumption of innocence, "
         "so I ask that they reflect on that before they comment.”", "ask", True),
    ],
)


test_he_said_she_said_is_no_statement = cue_table(
    [
        # a frame with nothing said: a heading, an idiom for a dispute
        ("How to split chores fairly\n\nHe said, she said\n\nCouples disagree about who does more.", "said", False),
        ("In the end it was a case of he said, she said, and the jury acquitted him.", "said", False),
        ("It is a classic he said, she said dispute.", "said", False),
        # positives: a frame with its complement, a quotation
        ("He said the deal was off; she said it was never on.", "said", True),
        ("“He said, she said,” the judge said, and dismissed the case.", "said", True),
    ],
)


test_according_as_a_manner_is_no_source = cue_table(
    [
        # "according to" as a manner, run into its clause
        ("When you obey God and love man according to the Word of God, the world acts like you are wrong.",
         "according to", False),
        ("Christians should live according to the teachings of Scripture, the pastor believes.", "according to", False),
        ("Christians should live according to the teachings of Scripture, the pastor believes.", "believes", True),
        # positives: set off by a comma, a named body, a sentence opening
        ("The gunman acted alone, according to a police report.", "according to", True),
        ("The economy grew 2 percent according to the Commerce Department.", "according to", True),
        ("According to the agent, Biden was suspended from the detail.", "according to", True),
    ],
)


test_a_verdict_or_a_route_is_no_statement = cue_table(
    [
        # a verdict on someone's words, a way to proceed
        ("Orban then did what most politicians will not do, he told the truth about multiculturalism.", "told", False),
        ("The administration is blatantly telling lies about the missiles.", "telling", False),
        ("Prime Minister Viktor Orban doesn't mince words when it comes to migration.", "mince", False),
        ("She spoke her mind about the plan.", "spoke", False),
        ("First, one way to test old claims is to ask whether there is any contemporaneous corroboration.", "ask",
         False),
        ("The first step is to admit that the system failed the victims.", "admit", False),
        # positives: a clause, an addressee with a clause, a person's plan
        ("He told reporters the truth was that the talks had failed.", "told", True),
        ("She told the committee that the report contained lies.", "told", True),
        ("She spoke to reporters about how the plan would work on Tuesday.", "spoke", True),
        ("His plan is to argue that the contract was never signed.", "argue", True),
    ],
)


test_lets_is_the_writer_with_the_reader = cue_table(
    [
        # the writer with the reader
        ("Let us not forget that the senator voted for the war.", "forget", False),
        ("Let’s hope that more of his associates will face justice soon.", "hope", False),
        # "Let" parsed as the cue's auxiliary (a line before it changes the parse)
        ("If Trump had extended the secrecy, he would have lost leverage.\nLet’s say, hypothetically, that I’m right: "
         "that the CIA agreed to use its assets in Congress to shut down the Russia investigation.\n", "say", False),
        # positives: inside a quotation, a "let" that lets someone else speak
        ("“Let us not forget that the senator voted for the war,” the mayor said.", "said", True),
        ("The judge let the witness explain that she had been threatened.", "explain", True),
        # an imperative to the reader
        ("Say what you will about Trump, he kept his promise.", "say", False),
        # positives: an imperative inside a quotation, a subject of its own
        ("“Say what you will about Trump, he kept his promise,” the senator said.", "said", True),
        ("They say the plan failed.", "say", True),
    ],
)


test_a_telling_to_the_reader_is_the_writers = cue_table(
    [
        # a telling still to come, to the reader: the writer's line in a group's mouth
        ("Democrats will tell you that the economy is booming because of Obama.", "tell", False),
        ("The media would tell us that the president is a Russian agent.", "tell", False),
        ("They’re going to tell you that the wall will never work.", "tell", False),
        # positives: an announced telling to a hearer of its own, a past one, a quotation
        ("The minister will tell parliament on Monday that taxes will rise.", "tell", True),
        ("He told you that the plan would fail.", "told", True),
        ("“I will tell you that we won,” the coach said.", "said", True),
    ],
)


test_a_casual_search_is_the_writers = cue_table(
    [
        # the writer's own quick search as the finder
        ("A little online research reveals that the senator lied about his record.", "reveals", False),
        ("A quick Google search shows that the company was sued twice.", "shows", False),
        ("A cursory look at his voting record shows that he backed the war.", "shows", False),
        # a bare search or look, anywhere and however close, and the writer's sums (blind readers: P72, P73, audit 35)
        ("An online search reveals that the company was sued twice.", "reveals", False),
        ("A search of the suspect's laptop showed he had studied the route.", "showed", False),
        ("A glance at the league table shows that the club is in last place.", "shows", False),
        ("A closer look at the budget reveals that spending actually rose.", "reveals", False),
        ("Simple math shows that the senator must win two thirds of the remaining delegates.", "shows", False),
        ("A bit of arithmetic suggests the pension fund will run dry by 2031.", "suggests", False),
        ("The math tells us that the mayor cannot win without the suburbs.", "tells", False),
        # positives: a search someone made, a finder with no such word
        ("A brief review by the inspector general found that the agency broke the rules.", "found", True),
        ("The ministry’s quick review found that the hospital had no backup power.", "found", True),
        ("A 2014 study found that the drug cut deaths by a third.", "found", True),
        # a sum, a check or a review that someone made or published; a look inside a speaker's report
        ("The CBO's math shows that the bill would add $1 trillion to the deficit.", "shows", True),
        ("A records check confirmed the van had been reported stolen.", "confirmed", True),
        ("One review of 22 trials found that the drug lowered blood pressure.", "found", True),
        ("Officers said a search of the car revealed that the driver was carrying cash.", "said", True),
        ("The calculation shows that deaths from influenza exceeded the usual number.", "shows", True),
        # an owner in a modifier, on the portion, in a participle or a relative clause, or doing the sums just before
        # (review rev73f)
        ("White House math shows that the tax cut pays for itself.", "shows", True),
        ("Official arithmetic shows that the deficit has halved.", "shows", True),
        ("The Treasury's bit of arithmetic suggests that the deficit will fall.", "suggests", True),
        ("Goldman Sachs analysts did the math, and the math says that rates must rise.", "says", True),
        ("A search of court records conducted by The Washington Post shows that he has been sued 14 times.", "shows",
         True),
        ("The search, carried out by detectives on Tuesday, showed that he had been stockpiling weapons.", "showed",
         True),
        ("A search that the AP conducted of court records showed that he had been sued 14 times.", "showed", True),
        # the writer's sums in British spelling, and the writer's own sums done just before
        ("Simple maths shows that the council cannot balance its books.", "shows", False),
        ("We did the math, and the math shows that the plan cannot work.", "shows", False),
    ],
)


test_a_quantifiers_belief_is_the_writers = cue_table(
    [
        # a view given to a bare quantifier in the writer's argument
        ("Many remember that the last shutdown ended badly.", "remember", False),
        ("Most think that the tax is unfair to working families.", "think", False),
        ("Some believe that the moon landing was staged in a studio.", "believe", False),
        # a feeling after a present copula (blind audit 20: "many are happy that ...")
        ("Many are glad that the minister has finally resigned.", "glad", False),
        ("Some are worried that the bridge will collapse.", "worried", False),
        # positives: speech, a named set, the past, a quotation
        ("Many residents are glad that the plant has closed.", "glad", True),
        ("Many were glad that the minister had resigned.", "glad", True),
        ("Smith is glad that the minister resigned.", "glad", True),
        ("Many say the governor should resign.", "say", True),
        ("Some experts on Iran believe that the visit is meant to send a message.", "believe", True),
        ("Many of the residents remember that the dam broke in 1976.", "remember", True),
        ("Many feared that the dam would break.", "feared", True),
        ("Some senators worry that the trial will hurt them. Others fear that it could cost the party seats.", "fear",
         True),
        ("“Most agree that the tax is unfair,” the senator said.", "said", True),
    ],
)


test_a_crowd_as_agent_is_the_writers = cue_table(
    [
        # a passive whose agent is a crowd: the writer's verdict
        ("David Duke has been denounced by many as a hatemonger, and rightfully so.", "denounced", False),
        ("The senator has been criticized by many for his vote on the bill.", "criticized", False),
        ("It is believed by some that the senator will resign before the vote.", "believed", False),
        # positives: a named set, a named agent, a quotation
        ("The plan has been criticized by many in the party as a giveaway to the rich.", "criticized", True),
        ("The law was criticized by the ACLU as unconstitutional.", "criticized", True),
        ("“He has been denounced by many as a hatemonger,” the rabbi said.", "said", True),
    ],
)


test_a_guess_at_a_mind_is_the_writers = cue_table(
    [
        # the writer's guess at someone's mind
        ("The family likely sees this as a betrayal of everything they stood for.", "sees", False),
        ("Sister Mary must have known that the boys were being abused.", "known", False),
        ("The senator surely knows that the bill will never pass the House.", "knows", False),
        ("Pelosi apparently believes that voters will forgive the shutdown.", "believes", False),
        ("She no doubt believes that the voters will forgive her.", "believes", False),
        # the writer's sarcasm or imputation: "somehow", "obviously"
        ("The columnist somehow knows precisely what went on in the killer's mind.", "knows", False),
        ("The mayor somehow knows exactly what the voters want, though he has never asked them.", "knows", False),
        ("The government obviously hopes that its critics will be frightened into silence.", "hopes", False),
        ("Party leaders obviously believe that the scandal will blow over by November.", "believe", False),
        # a guess after a line with a term quoted and left unclosed: still the writer's
        ("Police seized a USB drive and a “lock audit report for both apartments.\nThe family likely sees this as one "
         "more instance of injustice.", "sees", False),
        # positives: a view without a guess, hedged speech, a duty, a quotation
        ("The senator said, “We will not back down.\nThe voters surely know that we are right.”", "said", True),
        ("“The mayor somehow knows what the voters want,” his rival said.", "said", True),
        ("The minister obviously hoped the question would go away, she told reporters later.", "told", True),
        ("The government hopes that its critics will accept the compromise, a spokesman said.", "said", True),
        ("The family sees this as a betrayal of everything they stood for.", "sees", True),
        ("Pelosi believes that voters will forgive the shutdown, she told reporters.", "believes", True),
        ("The senator apparently said that the bill will never pass the House.", "said", True),
        ("“He surely knows that the bill will fail,” the senator said.", "said", True),
        ("Sister Mary knew that the boys were being abused.", "knew", True),
    ],
)


test_nobody_knows_or_nobody_sensible_is_the_writers = cue_table(
    [
        # an idiom for nobody knowing, and the view nobody sensible holds
        ("Who knows exactly what they mean by high-capacity magazines.", "knows", False),
        ("God knows why the board agreed to the deal.", "knows", False),
        ("No sane person is saying that we should abolish the police.", "saying", False),
        ("No reasonable person can honestly believe that the release of the records will harm the country.",
         "believe", False),
        ("No one in their right mind thinks that the tax will pay for itself.", "thinks", False),
        # positives: a relative "who", a named knower, a quotation, a named set
        ("Officials who know the plan say it will fail.", "say", True),
        ("Smith knows that the plan will cost more than the city can pay.", "knows", True),
        ("“Who knows what they mean,” the senator said.", "said", True),
        ("No official at the ministry said that the plan had failed.", "said", True),
    ],
)


test_a_camps_mind_in_the_argument_is_the_writers = cue_table(
    [
        # a camp's mind in the present of the writer's argument
        ("The Dems know that most Republicans come to this conflict with a huge disadvantage.", "know", False),
        ("Politicians consider bucking the narrative to be as suicidal as reforming Social Security.", "consider",
         False),
        ("The Dems are stalling because they know that most Republicans fear the backlash.", "know", False),
        ("The Dems, egged on by the media, are stalling until after the midterms, when they hope to retake the "
         "Senate.", "hope", False),
        # a party's mind the writer asserts (know, realize), or gives in a text that argues in its own person
        ("Democrats know that most voters will never read the bill.", "know", False),
        ("Republicans realize that the tax cut is unpopular.", "realize", False),
        ("We have heard this before. Liberals think that guns, not criminals, are the problem.", "think", False),
        ("Conservatives believe that the court will save them. You can guess how that ends.", "believe", False),
        ("Why do Democrats believe that voters will forgive them?", "believe", False),
        # positives: news of a party's stance (no writer's person, or a named occasion), the past, a stance, a
        # caucus, a person, a "they" for someone else, a quotation
        ("Republicans fear that the shutdown will hurt them in November.", "fear", True),
        ("Democrats believe the bill is unconstitutional.", "believe", True),
        ("Republicans consider the bill dead on arrival.", "consider", True),
        ("Conservatives hope the court will overturn the ruling.", "hope", True),
        ("We are told little. Democrats know on Monday that the vote will be close.", "know", True),
        ("Democrats who sit on the committee think that the rule is unconstitutional.", "think", True),
        ("Democrats feared that the vote would fail.", "feared", True),
        ("House Democrats believe that the rule is unconstitutional.", "believe", True),
        ("Pelosi knows that the vote will be close.", "knows", True),
        ("The mayor's aides are nervous because they know that the vote will be close.", "know", True),
        ("Republicans control the Senate, but the unions are angry because they know that the bill will cut wages.",
         "know", True),
        ("Democrats lost the vote, and the workers are furious because they believe that the plant will close.",
         "believe", True),
        ("“The Dems know that they will lose,” the senator said.", "said", True),
    ],
)



test_a_foreseen_feeling_is_the_writers = cue_table(
    [
        # a knowing the writer foresees
        ("Residents can sleep better knowing that the plant is closed.", "knowing", False),
        ("Parents will rest easy knowing that their children are safe at school.", "knowing", False),
        # positives: what happened, a quotation
        ("Smith resigned, knowing that the vote was lost.", "knowing", True),
        ("“Residents can sleep better knowing that the plant is closed,” the mayor said.", "said", True),
    ],
)


test_a_foreseen_mind_is_the_writers = cue_table(
    [
        # a view someone will hold: the writer's forecast
        ("They'll assume that everyone is out of money.", "assume", False),
        ("Voters will think the senator is hiding something.", "think", False),
        # positives: a view held now, a stance to come, speech to come, a quotation
        ("Voters think the senator is hiding something, a new poll shows.", "think", True),
        # (with a predication: a bare noun phrase, "will oppose the nomination of Judge Smith to the Supreme Court", is
        # a stance on a thing, ``np_stances``)
        ("Senator Collins will oppose the nomination of Judge Smith as a threat to the court.", "oppose", True),
        ("The company will stand by its forecast that sales will rise.", "stand", True),
        ("The senator will argue that the law is unconstitutional.", "argue", True),
        ("“Voters will think the senator is hiding something,” the strategist said.", "said", True),
    ],
)


test_the_writers_denial_of_speech_is_no_statement = cue_table(
    [
        # the writer denies that the words were ever said: nothing is attributed to the subject
        ("At no time does Guyger say she was afraid for her life.", "say", False),
        ("At no point did the FBI claim that Trump colluded with Russia.", "claim", False),
        ("In no way did Clinton suggest that the emails were deleted.", "suggest", False),
        ("Nowhere in the report does it state that the vaccine caused the deaths.", "state", False),
        ("The report nowhere states that the vaccine is unsafe.", "states", False),
        ("Not once did Obama say that the deal would be signed.", "say", False),
        ("Smith never once said that he would resign.", "said", False),
        ("Never once has the president said that he would sign the bill.", "said", False),
        ("Never did the senator claim that the bill would pass.", "claim", False),
        # an emphatic "never even", "not even" on the cue or on its subject (blind audit 26)
        ("Assange never even considered fleeing to Russia.", "considered", False),
        ("He did not even say that he would resign.", "say", False),
        ("Not even his aides believed that he would win.", "believed", False),
        ("Not even Jimmy Carter, who made the Islamic Republic possible, thought that the money belonged to the mullahs.",
         "thought", False),
        # a plain negation is no statement either (``negated_reports``: the blind readers judge it wrong, though
        # PolNeAR marks it)
        ("Johnson never said that the border was closed.", "said", False),
        ("Clinton did not say that the emails were deleted.", "say", False),
        # positives: the denial inside the content, the reporter of a denial
        ("The president said at no time had he asked Ukraine for help.", "said", True),
        ("At no time does Guyger say she was afraid for her life, the officer told reporters.", "told", True),
        ("At no time, the minister said, had taxes been raised.", "said", True),
        ("The senator has never claimed that the bill would pass, his aide said.", "said", True),
        ("The senator has never claimed that the bill would pass, his aide said.", "claimed", False),
        # ... a bare "even" (no negation) and a negation with "even" elsewhere
        ("Even Carter thought that the money belonged to the Shah.", "thought", True),
        ("He even said that he would resign.", "said", True),
        ("He did not say that even the governor would resign.", "say", False),  # plain: negated_reports
        ("He said that not even the governor would resign.", "said", True),
        ("Not even a week later, Trump said that the deal was dead.", "said", True),  # "not even" on a time
        ("He said not even the governor would resign.", "said", True),  # inside what was said
        # ... and "no" on a noun of occasion that is no fronted "never"
        ("With no way to verify the claim, officials said the report was false.", "said", True),
        ("With no time left on the clock, the coach said his team had done enough.", "said", True),
    ],
)


test_an_unacknowledged_claim_is_no_statement = cue_table(
    [
        # a verb of granting the writer negates over a clause: the clause is the writer's claim (blind audit 30)
        ("The FBI doesn't acknowledge that there is a global jihad, or that Islam has anything to do with terrorism.",
         "acknowledge", False),
        ("The West doesn't admit that there is a war going on.", "admit", False),
        ("The ministry does not concede that the dam was unsafe.", "concede", False),
        # kept: a refusal, a modal, a noun phrase, someone's denial, a clause someone reports, the other verbs
        ("The ministry refused to concede that the dam was unsafe.", "concede", True),
        ("The company did not admit wrongdoing.", "admit", False),  # a negated verb of saying: negated_reports
        ("The company admitted wrongdoing.", "admitted", True),
        ('"We do not acknowledge that the dam was unsafe," the minister said.', "said", True),
        ("Aides said the minister does not acknowledge that the dam was unsafe.", "said", True),
        ("The mayor did not say that the city would appeal.", "say", False),  # negated_reports
        # kept: a fronted "Not until", an "until", wire copy's "immediately" (reviewer, round 10)
        ("Not until Tuesday did the company acknowledge that the personal data of 50 million users had been exposed.",
         "acknowledge", True),
        ("She didn't admit that she had made a mistake until the audit was published, when she apologized.", "admit",
         True),
        ("The company did not immediately acknowledge that the breach had occurred, but on Friday it confirmed that 50 "
         "million accounts were affected.", "acknowledge", True),
        # kept: a narrative of what was said in the end (reviewer, round 10) ...
        ("At first, she did not admit that she had taken the money, but she later confessed to investigators.",
         "admit", True),
        ("The company initially did not acknowledge that the breach had occurred, but on Friday it confirmed that 50 "
         "million accounts were affected.", "acknowledge", True),
        ("Originally the ministry did not acknowledge that the virus was spreading, but it later confirmed 200 cases.",
         "acknowledge", True),
        # ... a perfect or a past with nothing said in the end is a plain negation: dropped (``negated_reports``)
        ("The company has not acknowledged that the personal data of 50 million users had been exposed.",
         "acknowledged", False),
        ("The ministry never conceded that the dam was unsafe.", "conceded", False),
        # ... and the present, a stance held now: dropped
        ("The company does not acknowledge that the personal data of 50 million users had been exposed.",
         "acknowledge", False),
        ("The ministry still does not acknowledge that the virus is spreading, though it confirmed 200 cases.",
         "acknowledge", False),
        ("The ministry never concedes that the dam was unsafe.", "concedes", False),
    ]
)


test_a_withheld_statement_is_no_statement = cue_table(
    [
        # a verb of saying whose act the writer says was withheld: nothing was said
        ("Obama declined to directly declare it responsible for the attack.", "declare", False),
        ("Obama avoided saying that Russia was responsible.", "saying", False),
        ("The White House is steering clear of saying that Trump lied.", "saying", False),
        ("He refrained from accusing Clinton of lying.", "accusing", False),
        ("Obama stopped short of calling it a genocide.", "calling", False),
        ("He failed to mention that he had been fired.", "mention", False),
        # not so far: "has yet to" is "has not"
        ("He has yet to explain why the money was moved.", "explain", False),
        ("The White House is yet to say whether the president will attend.", "say", False),
        ("Clinton has yet to admit that the server was a mistake.", "admit", False),
        # the writer's word that nothing was said or proposed
        ("Trump has proposed nothing that would lower the deficit.", "proposed", False),
        ("He said nothing about the wall during the speech.", "said", False),
        ("Trump said nothing is off the table.", "said", True),
        ("He said none of the money was missing.", "said", True),
        ("She said no decision had been made.", "said", True),
        ("The inquiry found nothing to suggest that Mills intervened.", "found", True),
        # the writer's check of a claim: no proof offered
        ("He offered no proof that the election was rigged.", "offered", False),
        ("Trump gave no evidence for his claim that millions voted illegally.", "gave", False),
        ("The senator offered evidence that the election was fair.", "offered", True),
        ("The study found no evidence that the drug works.", "found", True),
        # kept: the withholding verb negated, a refusal to grant a point (a denial), a view held,
        # a statement about a future act, an attempt at speech
        ("He did not hesitate to call Clinton a liar.", "call", True),
        ("Trump refused to concede that the senator's backers would not vote for him.", "concede", True),
        ("He refused to admit that he had underestimated the group.", "admit", True),
        ("Smith refused to believe that the vote was rigged.", "believe", True),
        ("Smith said he would not apologize.", "said", True),
        ("The mayor tried to explain that the budget was balanced.", "explain", True),
        ("He has explained why the money was moved.", "explained", True),
        ("Smith said he has yet to decide whether to run.", "said", True),
    ],
)


test_a_case_the_writer_supposes_is_no_statement = cue_table(
    [
        # the writer asks the reader to suppose a case: nobody said it
        ("Say Mexico demanded that the United States pay for the wall.", "demanded", False),
        ("Say, for example, Mexico demanded that we pay for it.", "demanded", False),
        ("Suppose the senator argued that the law is void.", "argued", False),
        ("Imagine Trump told reporters that he had lost.", "told", False),
        ("Picture the mayor telling the families that the money is gone.", "telling", False),
        # kept: an imperative with its own object, a name, a subject before the verb, a quotation
        ("Say what you will, he said the vote was rigged.", "said", True),
        ("Imagine Dragons said the tour was cancelled.", "said", True),
        ("They say that the vote was rigged.", "say", True),
        ("“Suppose they argue that the law is void,” Smith said.", "said", True),
    ],
)


test_an_inference_from_a_deed_is_no_statement = cue_table(
    [
        # a verb of evidence with a deed, an outcome or a look for subject: the writer's inference
        ("Mr. Trump's performance on Monday confirms where he stands on trade.", "confirms", False),
        ("The truck story suggests that the company was careless.", "suggests", False),
        ("His appointment of James Zogby suggests that he wants a more evenhanded approach.", "suggests", False),
        ("A look at Mr. Trump's airplanes suggests that their value rests in their marketing potential.", "suggests",
         False),
        ("History shows that tariffs hurt workers.", "shows", False),
        # kept: documents, polls and results (findings readers accept), a person, a story someone told
        ("The report suggests that the economy is slowing.", "suggests", True),
        ("The poll shows that Clinton leads by five points.", "shows", True),
        ("The results showed that turnout was low.", "showed", True),
        ("The senator suggested that the company was careless.", "suggested", True),
        ("Her story shows that the system failed her.", "shows", True),
    ],
)


test_an_awaited_act_is_no_statement = cue_table(
    [
        # a verb of saying in the clause of a wish, an expectation or a request: it has not happened
        ("Robby Mook said Sunday he expects moderator Lester Holt to call out Trump when he lies.", "call", False),
        ("The campaign hopes that Holt will say Trump lied.", "say", False),
        ("He expects the judge to rule that the law is void.", "rule", False),
        ("Obama urged Congress to declare that the group is a terrorist organization.", "declare", False),
        # an act the writer wishes to see or hear: imagined
        ("I would love to see the bishop tell reporters that the diocese has nothing to hide.", "tell", False),
        ("I want to hear the governor admit that the plan failed.", "admit", False),
        ("I’d love to hear from some monastic superior who had the nerve to tell Rome, “We would like to be dispensed "
         "from the federation.”", "tell", False),
        ("I’d love to hear from some monastic superior who had the nerve to tell Rome, “We would like to be dispensed "
         "from the federation.”", "’d love", False),
        ("I would love to hear the bishop tell reporters that the diocese has nothing to hide.", "love", False),
        ("You can almost hear the spokesman saying that the matter is closed.", "saying", False),
        # kept: an act heard or seen
        ("You could hear the crowd chanting that the election was stolen.", "chanting", True),
        ("Democrats want to see the senator explain why he voted against the bill.", "want", True),
        ("I heard the governor admit that the plan failed.", "admit", True),
        ("Reporters watched the bishop tell the crowd that the diocese had nothing to hide.", "tell", True),
        # kept: the expectation itself, what happened, the holder's own intention
        ("Robby Mook said Sunday he expects moderator Lester Holt to call out Trump when he lies.", "said", True),
        ("The campaign hopes that Holt will say Trump lied.", "hopes", True),
        ("The campaign hopes that Holt said Trump lied.", "said", True),
        ("Smith hopes to say more next week.", "hopes", True),
        # a statement planned is not made: its clause is no one's words yet, even where it is already the planner's view
        # (the text would say so in a statement of its own); what he said of the plan is his
        ("Trump plans to argue that the election was rigged.", "argue", False),
        ("Trump said he plans to argue that the election was rigged.", "said", True),
    ],
)


test_the_writers_advice_is_no_statement = cue_table(
    [
        # the writer's counsel to the cue's subject: what it should say or keep in mind, nothing it said or held
        ("The Clinton campaign would do well to remember that voters are angry.", "remember", False),
        ("Democrats would be wise to admit that the base is restless.", "admit", False),
        ("Clinton would be well advised to say that she erred.", "say", False),
        ("Trump had better explain why he lied.", "explain", False),
        ("The senator ought to explain why she voted no.", "explain", False),
        ("Republicans might do well to acknowledge that the plan failed.", "acknowledge", False),
        # a demand: what the subject must or needs to say is still to be said
        ("Clinton must explain why she used a private server.", "explain", False),
        ("Clinton needs to explain why she used a private server.", "explain", False),
        ("Trump has to explain why he paid no taxes.", "explain", False),
        ("Voters must know that the plan will fail.", "know", False),
        # kept: the same counsel inside a quotation, a past act that happened, the counsel's own speaker
        ("“You would do well to remember that voters are angry,” Smith told the campaign.", "told", True),
        ("He did well to remember that voters were angry.", "remember", True),
        ("Smith said Democrats would be wise to admit that the base is restless.", "said", True),
        ("Smith said she had done well to admit that the plan failed.", "said", True),
        ("The mayor was wise to admit that the budget was short, aides said.", "said", True),
        ("He had to explain why he was late.", "explain", True),
        ("“We must say that the law is unjust,” Smith said.", "said", True),
        ("Smith said Clinton must explain why she used a private server.", "said", True),
    ],
)
