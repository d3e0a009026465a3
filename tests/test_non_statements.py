"""Sentences whose form says nobody is cited (issue 12, item 1): ``nlp/extract/non_statements.py``.

Each table is ``text -> cue word that must (not) be an attribution``, with positives beside
the negatives so a rule that swallows real statements fails.
"""

from __future__ import annotations

import pytest

from _cues import TRIM, analysis, assert_cue, cue_table
from sayso.nlp.extract.non_statements import object_and_its_verb

pytestmark = pytest.mark.slow


test_evidence_is_not_a_statement = cue_table(
    [
        # a thing shown or pointed to is no proposition
        ("This graphic, provided by Statista, shows the U.S. states where recreational marijuana has been legalized.",
         "shows", False),
        ("Multiple lines of evidence now point to the existence of plumes on Europa.", "point", False),
        ("A series of text messages showed conversations between him and other officials.", "showed", False),
        ("The chart indicates the regions with the highest rates of infection.", "indicates", False),
        # evidence with a clause is the writer's reading of it (the reader's gold, issue 12): test_senses
        ("Evidence suggests that the plumes are made of water vapor.", "suggests", False),
        # dual verbs: evidence when no speaker is the subject
        ("If Bevin loses, it confirms recent polling on impeachment.", "confirms", False),
        ("The spacecraft will spend years characterizing the moon and its ocean.", "characterizing", False),
        ("The crisis highlighted sharp differences among the members.", "highlighted", False),
        ("It is yet another eyewitness report that contradicts the official story of the shooting.", "contradicts",
         False),
        # a thing that echoes or backs up another relates them, nobody says anything (blind audits 30, 32)
        ("The findings echo similar reports that caused the US to recall non-essential embassy staff from Cuba in "
         "2017.", "echo", False),
        ("This testimony also backs up claims by another eyewitness, Rene Downs, who has spent the past few days "
         "doing interviews.", "backs", False),
        # positives: a clause, a predication on the noun, a speaker doing a speech act, a phrasal verb
        ("The senator echoed Trump's claim that the election was stolen.", "echoed", True),
        ("Trump echoed the claims of his allies.", "echoed", True),
        ("Police backed up her claim that she had been attacked.", "backed", True),
        ("A Bloomberg poll shows that wealthy voters have abandoned the party.", "shows", True),
        ("The latest poll showed Trump leading the field with 31 percent.", "showed", True),
        ("Scientists suggest that the plumes are made of water vapor.", "suggest", True),
        ("The ministry confirmed the deaths of three soldiers.", "confirmed", True),
        ("The company confirmed the layoffs of 200 workers.", "confirmed", True),
        # the object and the verb the parse hung apart on the cue are one clause (audit 67 S209)
        ("Without going into specifics, Oracle managers also indicated PeopleSoft's roughly 8,000 workers could "
         "expect mass layoffs.", "indicated", True),
        ("Both candidates pointed out each other's failings during the forum.", "pointed", True),
        ("He characterized the hearings as a sham.", "characterized", True),
        ("The senator contradicted the official account of the raid.", "contradicted", True),
    ],
)


# a verb of showing or describing whose object names a property, with a subject that cannot speak: a quality shown,
# no proposition, even with a word in scare quotes inside it or "as" saying of which (blind audit p81)
test_a_property_shown_is_not_a_statement = cue_table(
    [
        ("The primary results also showed the weakness of the \"moderate\" wing as a force.", "showed", False),
        ("The county returns confirmed the fragility of the \"centrist\" coalition.", "confirmed", False),
        ("While it does describe lawmakers' closeness to party donors, it doesn't tell voters much about their "
         "policy positions.", "describe", False),
        ("Though it describes the remoteness of the agency from ordinary people, the nickname explains little.",
         "describes", False),
        # kept: a clause, a predicate on the object, a speaker, a body or a document, a poll's finding
        ("The results showed that turnout rose.", "showed", True),
        ("The report confirmed that the plant would close.", "confirmed", True),
        ("She described the plan as reckless.", "described", True),
        ("The ministry confirmed the severity of the outbreak.", "confirmed", True),
        ("Poll results showed the strength of her \"firewall\" among older voters.", "showed", True),
        ("While it does describe senators' ties to donors, it doesn't tell voters much about their votes.",
         "describe", True),
        # an "it" is judged by what it stands for; an "as" with an adjective is a predicate wherever the parse hangs it
        ("The airline released a statement on Friday. It also described the seriousness of the \"outage\" at its hub.",
         "described", True),
        ("The judge issued her ruling. It also described the unfairness of the \"process\" as \"manifest\".",
         "described", True),
        ("It describes the severity of flood risk as manageable.", "describes", True),
        # a name in -ness is no property: "Guinness"
        ("The brewer's results also showed Guinness as the \"hero\" of its range.", "showed", True),
    ],
)


@pytest.mark.parametrize("word, expected", [
    ("weakness", True), ("closeness", True), ("extent", True), ("strength", True),
    ("business", False), ("witness", False), ("plan", False), ("ties", False), ("results", False),
])
def test_property_noun(nlp, word: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.non_statements import property_noun

    doc = nlp(f"The figures showed the {word} of the group.")
    assert property_noun(next(t for t in doc if t.text == word)) is expected


test_a_question_is_not_what_was_said = cue_table(
    [
        # a verb of saying or showing with a yes/no question: what was said is not told
        ("The team noted if and how often respondents used marijuana in the past month.", "noted", False),
        ("He did not say whether the company would sell the unit.", "say", False),
        ("The attorney general isn't saying if the foundation violated any laws.", "saying", False),
        ("The video does not show whether the man had a gun.", "show", False),
        # positives: verbs that take a question, a condition inside the content, a wh-clause, a that-clause
        ("He asked whether the plan would work.", "asked", True),
        ("Reporters wondered if the senator would resign.", "wondered", True),
        ("Cruz said if elected he could work with the leadership.", "said", True),
        ("She explained how the virus spreads between hosts.", "explained", True),
        ("The team noted that respondents used marijuana more often.", "noted", True),
    ],
)


test_the_authors_voice_is_not_a_source = cue_table(
    [
        # the author's own voice: a generic subject, an aside or an invitation to the reader
        ("But no one knows just how much disruption the streaming wars will have on the industry.", "knows", False),
        ("Everyone agrees that the plan failed.", "agrees", False),
        ("Nobody believes the deal will survive the winter.", "believes", False),
        ("His main hobby was music, and nothing indicated that he was ill.", "indicated", False),
        # the piece the writer writes
        ("This post will discuss why the charity is promising.", "discuss", False),
        ("This article argues that the plan will fail.", "argues", False),
        ("Something tells me the deal will not survive the winter.", "tells", False),
        ("Nothing suggests that the senator knew about the payments.", "suggests", False),
        # "any" or "no" before a common noun: a kind, not a speaker
        ("Any business that tips off illegal aliens admits that it is aware of their status.", "admits", False),
        ("No Catholic can declare for himself that his marriage was invalid.", "declare", False),
        ("Any economist will tell you that tariffs raise prices.", "tell", False),
        ("(Watergate, remember, took more than two years to unfold.)", "remember", False),
        ("We’d like to hear what you think about this or any of our articles.", "like", False),
        ("We want to hear from you about your experience with the service.", "want", False),
        # the reader as subject: advice to whoever reads
        ("Perhaps you'd like to focus only on the things that bring you joy.", "like", False),
        ("You should also aim to pay off all high-interest debt before retiring.", "aim", False),
        ("Start with the lifestyle you envision and work backwards to a number.", "envision", False),
        # positives: a quantifier over a named set, a dissent, a parenthetical with its own subject,
        # the author's view, an invitation inside someone's quotation
        ("No one in the campaign said the race was over.", "said", True),
        ("Any of the officials could say that the plan failed, the mayor said.", "said", True),
        ("No senator in the room said the vote was rigged, but the mayor said it was.", "said", True),
        ("The business admits that it is aware of their status.", "admits", True),
        ("No Microsoft executive would comment, but Satya Nadella said the deal was done.", "said", True),
        ("Nothing in the report suggests that the senator knew about the payments.", "suggests", True),
        ("The article argues that the plan will fail.", "argues", True),  # an article the text cites
        ("This study argues that the plan will fail.", "argues", True),
        ("Not everyone agrees that the plan failed.", "agrees", True),
        ("The plan, he said, would fail.", "said", True),
        ("We think the plan will fail.", "think", False),  # the writer's own view (test_the_writer_is_no_source)
        ("“We want to hear from you,” the mayor said.", "said", True),
        ("“You said the plan would work,” the senator told the secretary.", "told", True),  # "you" quoted
        ("Q: You said in 2016 that the wall would be paid for by Mexico?", "said", True),  # a transcript's line
        ("Dear Senator Smith,\nYou said last week that the bill would pass.", "said", True),  # a letter's addressee
        # counsel to the one addressed, in a letter too: no one's statement
        ("DEAR ABBY: My husband flew business class.\n-- FEELING\nDEAR FEELING: Of course you should be happy that "
         "you will be visiting a beautiful country.", "happy", False),
    ],
)


test_a_deed_is_not_a_statement = cue_table(
    [
        # a person or group who shows or proves something acts, it does not say
        ("Voters could have shown they were tired of Democratic investigations.", "shown", False),
        ("He demonstrated that he could still draw a crowd.", "demonstrated", False),
        ("The senator proved that she could win in rural counties.", "proved", False),
        # positives: polls, records and studies carry findings; saying verbs beside them
        ("Polls show that voters are tired.", "show", True),
        ("The records show he donated to the campaign.", "show", True),
        ("Exit polls showed that Clinton won every group.", "showed", True),
        ("The senator said that she could win in rural counties.", "said", True),
        # researchers show by the findings they publish (blind audit 68 S29); a candidate shows by deeds
        ("The researchers at Imperial College London had previously shown that the hormone could suppress the "
         "appetites of lean people.", "shown", True),
        ("Economists have proved that tariffs raise prices.", "proved", True),
        ("The candidate has shown that he can raise the money.", "shown", False),
        # researchers' deeds, efforts and demonstrations are no findings (review 68m)
        ("Researchers tried to prove that the theory was correct.", "prove", False),
        ("The scientists showed the audience how the machine worked.", "showed", False),
        ("The researchers showed that they could be trusted by returning the money.", "showed", False),
        ("The researcher proved that he was innocent by producing an alibi.", "proved", False),
        ("Researchers at Yale have demonstrated that the test is accurate.", "demonstrated", True),
    ],
)


test_a_deed_that_signals_is_not_a_statement = cue_table(
    [
        # a verb of evidence with "by" and a gerund: the deed signals, the writer reads it (blind audit 26)
        ("By merging Iran's external aggression with its internal repression, Trump signaled a readiness to drive a "
         "wedge between the regime and the people.", "signaled", False),
        ("By cutting the budget, the governor suggested that schools were no priority.", "suggested", False),
        # positives: the same verb without the means, a verb that reports a telling, a quotation
        ("Trump signaled that he would meet the Iranian president.", "signaled", True),
        ("By releasing the memo, the agency confirmed that the program existed.", "confirmed", True),
        ("“By cutting the budget, the governor suggested that schools were no priority,” Smith said.", "said", True),
    ],
)


test_the_writer_is_no_source = cue_table(
    [
        # the writer or the outlet stating its own findings and views, outside quotation marks
        ("We found the battery lasts about ten hours on a single charge.", "found", False),
        ("In the second round we saw that scores increased by a third.", "saw", False),
        ("We're not going to say it is perfect, but it comes close.", "say", False),
        ("I think the update is worth it for most owners.", "think", False),
        ("We recommend it to anyone who travels often.", "recommend", False),
        ("This reviewer found that the keyboard is too shallow.", "found", False),
        ("Our team concluded that the phone overheats under load.", "concluded", False),
        ("Frankly, I believe the committee made the wrong call.", "believe", False),
        # positives: first person inside a quotation, inside someone's reported clause, a quoted letter,
        # narrated speech with a quotation for content, and third persons doing the same
        ("“We found the battery lasts ten hours,” Smith said.", "said", True),
        ("Smith said we should expect the battery to last ten hours.", "said", True),
        ("The senators wrote that we must act before the deadline.", "wrote", True),
        ("“I think the update is worth it,” the engineer said.", "said", True),
        ("The engineers found that the battery lasts ten hours.", "found", True),
        ("Her team concluded that the phone overheats under load.", "concluded", True),
        ("The critic said she thinks the update is worth it.", "said", True),
        ("My husband says that I spend too much on clothes.", "says", True),
        ("Our sources say that the deal is off.", "say", True),
        ("My colleague John Smith reported that the mayor resigned.", "reported", True),
    ],
)


@pytest.mark.parametrize(
    "subject, expected",
    [("we", True), ("I", True), ("our team", True), ("our analysis", True), ("this reviewer", True),
     ("they", False), ("her team", False), ("the reviewer", False), ("this plan", False), ("Smith", False),
     ("my husband", False), ("our sources", False)],
)
def test_first_person(nlp, subject: str, expected: bool) -> None:
    from sayso.nlp.extract.non_statements import first_person

    doc = nlp(f"{subject[0].upper()}{subject[1:]} said that the plan failed.")
    said = next(t for t in doc if t.lower_ == "said")
    subj = next(c for c in said.children if c.dep_ == "nsubj")
    assert first_person(subj) is expected


_COLUMN = ("Advice\n\nDEAR ABBY: I think my husband is hiding money from me. I believe he has a second account.\n\n"
           "-- WORRIED IN OHIO\n\nDEAR WORRIED: I suspect you should talk to a lawyer. We feel that honesty matters.\n")


@pytest.mark.parametrize(
    "cue, expected",
    [("think", True), ("believe", True),  # the letter writer's, signed by someone else
     ("suspect", False), ("feel", False)],  # the columnist's reply: the author's voice
)
def test_a_letter_speaks_for_its_writer(nlp, cue: str, expected: bool) -> None:
    assert_cue(nlp, _COLUMN, cue, expected)


@pytest.mark.parametrize(
    "text, pos_word, expected",
    [
        ("Dear Secretary Pompeo,\nWe write to urge you to act.", "We", True),
        ("The senators wrote.\n\nDear Secretary Pompeo,\n\nWe write to urge you.\n\nSincerely,\n\nWe reported it.",
         "We reported", False),
        ("DEAR ABBY: I think so.\n\n-- WORRIED\n\nDEAR WORRIED: I agree.", "I agree", False),
        ("We found the battery lasts ten hours.", "We", False),
        ("To the editor:\nI think the council is wrong.", "I think", True),
        ("To whom it may concern,\nI write to complain.", "I write", True),
        # a sentence opening with "To ..., " is the writer's, no salutation
        ("To be perfectly honest, I recognized the need.\nI truly believe that actions speak louder.", "I truly", False),
        ("To get started, I created a quiz.\nI believe the enemy is fear.", "I believe", False),
    ],
)
def test_in_letter(text: str, pos_word: str, expected: bool) -> None:
    from sayso.nlp.extract.non_statements import in_letter

    assert in_letter(text, text.rindex(pos_word)) is expected


test_an_instrument_is_no_speaker = cue_table(
    [
        # an instrument, a test, a measurement or an observation shows; nobody says it
        ("Breathing tests showed that the driver had been drinking.", "showed", False),
        ("Scans revealed that the tumour had shrunk.", "revealed", False),
        ("Observations indicate that the comet is losing mass.", "indicate", False),
        ("Later measurements found that the water was safe.", "found", False),
        ("Blood samples confirmed that the horse had been drugged.", "confirmed", False),
        # a replay is footage again (wire audit 72)
        ("Television replays showed the ball had bounced before the fielder caught it.", "showed", False),
        ("Slow-motion replays suggested that the striker was offside.", "suggested", False),
        # positives: studies, reports, polls and records state findings; a body's own data; people
        ("A new study suggests that coffee protects the liver.", "suggests", True),
        ("The report found that the agency ignored warnings.", "found", True),
        ("The poll shows that voters are split on the measure.", "shows", True),
        ("The records show he donated to the campaign.", "show", True),
        ("The CDC's data show that cases are rising.", "show", True),
        # data that show a clause carry a finding (the eleventh blind audit counted them as misses); data that show a thing do not
        ("The data suggest that the vaccine is effective in older adults.", "suggest", True),
        ("Official data suggest that coal production peaked in 2013.", "suggest", True),
        ("The data show a sharp rise in cases.", "show", False),
        ("Doctors said tests showed that the driver had been drinking.", "said", True),
        ("The technicians found that the water was safe.", "found", True),
        # figures are cited, not said: readers of the second blind audit judged "according to data" wrong
        ("According to federal data, 70 percent of the wells are dry.", "according", False),
        ("According to the Interior Department, 70 percent of the wells are dry.", "according", True),
    ],
)


test_a_person_or_thing_is_no_belief = cue_table(
    [
        # a person or a thing for the object of a verb of cognition or liking: no proposition
        ("She believed the waitress.", "believed", False),
        ("He believes in sedans.", "believes", False),
        ("The coach trusts the process.", "trusts", False),
        ("Voters love the candidate.", "love", False),
        ("He understands the issue.", "understands", False),
        ("She feels the pressure.", "feels", False),
        # positives: a clause, a gerund clause, a noun with its proposition
        ("She believed the waitress had lied to her.", "believed", True),
        ("He believes that sedans are safer than trucks.", "believes", True),
        ("The coach trusts that the players will recover.", "trusts", True),
        ("He understands that the deal is dead.", "understands", True),
        ("She feels that the pressure is unfair.", "feels", True),
        ("He believes in restoring the death penalty.", "believes", True),
        ("These are the policies that the governor believes are working.", "believes", True),
        ("The grant funds programs that the charity believes are promising.", "believes", True),
    ],
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A: I think listening is the biggest lesson I have learned.", True),
        ("Jane Doe: We found that the plan works.", True),
        ("Through schools we have started distributing masks today pic.twitter.com/abc", True),
        ("We have started distributing masks today.\n\u2014 Arvind Kejriwal (@ArvindKejriwal) March 1, 2020", True),
        ("We found the battery lasts ten hours.", False),
        ("UPDATE: We have learned that the plan works.", False),
        ("We found the battery lasts.\n\nThe phone, Smith said, is fast.", False),
    ],
)
def test_someone_elses_paragraph(text: str, expected: bool) -> None:
    from sayso.nlp.extract.non_statements import someone_elses_paragraph

    assert someone_elses_paragraph(text, text.index("I" if text.startswith("A:") else "e")) is expected


test_an_answer_keeps_its_first_person = cue_table(
    [
        ("Q: What did you learn?\n\nA: I think listening is the biggest lesson.", "think", True),
        ("We believe that masks save lives pic.twitter.com/abc", "believe", True),  # an embedded post
        ("Q: What did you learn?\n\nWe think listening is the biggest lesson.", "think", False),
    ],
)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("“For those who criticize this verdict,” he said, “the Attorney General.\nSo I ask that they reflect.”", "ask",
         True),
        ("“It was used to catapult a presidency.\nI believe today is a day of vindication.”", "believe", True),
        # closed before the line, a new paragraph, straight marks, the first line of a paragraph
        ("“We are done,” he said.\nI think he was right.", "think", False),
        ("“It was used to catapult a presidency.\n\nI believe today is a day of vindication.", "believe", False),
        ("\"It was used to catapult a presidency.\nI believe today is a day of vindication.", "believe", False),
        ("I believe “today” is a day of vindication.", "believe", False),
        # a lone opening mark at a line's end closes the line before it: it opens nothing
        ("“If it is wrong for Korea, why not Iran?\n“\nThe Obama team looked away.\nDoes anybody believe that?",
         "believe", False),
        ("“If it is wrong for Korea, why not Iran?\n“ \nThe Obama team looked away.\nDoes anybody believe that?",
         "believe", False),
        # a straight mark closing a curly one at its line's end closes it
        ("God ordained it, and “rulers are not a terror to good works.\"\nDid God tell His Church to submit?", "tell",
         False),
        ("God ordained it, and “rulers are not a terror to good works.\nDid God tell His Church to submit?", "tell",
         True),
        # a quotation run over lines and closed on the line itself, before the word, is closed
        ("“You didn’t care back then.\nYou are a complete FRAUD.” She also said that if Democrats want an inquiry, "
         "they should reopen her case.", "want", False),
        ("“You didn’t care back then.\nYou are a complete FRAUD. She also said that if Democrats want an inquiry, "
         "they should reopen her case.", "want", True),
        # a straight mark after end punctuation, before the speech tag, closes a curly one
        ("“We regard this as unacceptable,\" he added.\nJust this week, we reported that Hungary was weary.", "reported",
         False),
        ("“We regard this as unacceptable, he added.\nJust this week, we reported that Hungary was weary.", "reported",
         True),
        # a term quoted after a determiner and left unclosed on its line opens nothing
        ("Police seized a USB drive and a “lock audit report for both apartments.\nThe family likely sees this as "
         "an insult.", "sees", False),
        ("The council called it an “unacceptable breach of trust.\nThe mayor probably thinks the storm will pass.",
         "thinks", False),
        ("He denounced the “so-called experts and their models.\nVoters somehow know better.", "know", False),
        # a speaker's opening after a verb or a colon, or at a line's start, still opens
        ("The senator said, “We will not back down.\nI believe the voters are with us.", "believe", True),
        ("He told the crowd that “the fight is not over.\nWe know what we must do.", "know", True),
        ("The minister said “the party has let the country down.\nWe think the voters will punish us.", "think",
         True),
        # an opening mark with words after it on its line still opens
        ("He said:\n“If it is wrong for Korea,\nwhy not Iran?\nI believe we must act.", "believe", True),
        # ... also where it stands right before the word: the line goes on after it
        ("He spoke at length.\n“We believe the plan will work.", "We", True),
    ],
)
def test_in_open_quotation(text: str, word: str, expected: bool) -> None:
    from sayso.nlp.extract.non_statements import in_open_quotation

    assert in_open_quotation(text, text.index(word)) is expected


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # the title of a show, a book or a film in quotation marks is a name, not anyone's words
        ("Sunday on CNN’s “Fareed Zakaria GPS,” when asked about the nominee, President Barack Obama said he expected "
         "that Americans will say “no” to his policies.", "Fareed Zakaria GPS", False),
        ('Sitting down with MSNBC\'s "The Rachel Maddow Show" on Thursday, during which she also touched on the idea '
         'of a female running mate, Clinton remarked that she was "a little surprised" to be debating health care.',
         "The Rachel Maddow Show", False),
        ("In his autobiography, “A Time for Truth,” published in 2015, Mr. Cruz described how, growing up, Rafael "
         "turned into Rafaelito and then Felito.", "A Time for Truth", False),
        # a quotation the cue governs, or one with no possessive or work noun before it, is someone's words
        ("She declared “What a Super Tuesday!” and said her campaign would go on.", "What a Super Tuesday!", True),
        ("Some supporters chanted “Make America Great Again” outside the hall.", "Make America Great Again", True),
        ("“Peace Through Strength,” the senator said at every stop.", "Peace Through Strength", True),
        ("Smith’s reply was short: “Not Now, Not Ever,” he said.", "Not Now, Not Ever", True),
    ],
)
def test_work_title(nlp, text: str, title: str, expected: bool) -> None:
    contents = [a.content.text.strip(TRIM) for a in analysis(nlp, text).attributions]
    assert (title.strip(TRIM) in contents) is expected, contents


@pytest.mark.parametrize("text, content, expected", [
    # "workers" the cue's object and "could expect" its clause, both on "indicated": one clause
    ("Without going into specifics, Oracle managers also indicated PeopleSoft's roughly 8,000 workers could expect "
     "mass layoffs.", "PeopleSoft's roughly 8,000 workers could expect mass layoffs", True),
    # one noun phrase, its verb inside a modifier
    ("The chart indicates the regions with the highest rates of infection.",
     "the regions with the highest rates of infection", False),
    ("This graphic shows the U.S. states where marijuana has been legalized.",
     "the U.S. states where marijuana has been legalized", False),
    # a bare past form after the noun may be its participle: a thing shown (audit 44's page)
    ("But this report of 2009 shows a clear picture of a Roman congregation determined to see the revolution through "
     "to its inevitable conclusion.", "a clear picture of a Roman congregation determined to see the revolution "
     "through to its inevitable conclusion", False),
])
def test_object_and_its_verb(nlp, text: str, content: str, expected: bool) -> None:  # noqa: ANN001
    start = text.index(content)
    assert object_and_its_verb(nlp(text).char_span(start, start + len(content))) is expected
