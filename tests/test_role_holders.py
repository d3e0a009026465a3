"""A definite role noun as a speaker ("the organizer of the march said", "The actress said") is the one person the
text names with that role (``source_roles``): named by it in the next sentence, as that sentence's speaker
(``named_next``), or named earlier with the noun set right before the name where the parse did not join them
(``role_before_name``). A role that fits nobody or two people stays as written: a wrong person is worse than none."""

from __future__ import annotations

import pytest

from _cues import speaker_table
from sayso.nlp.extract.placed_roles import place_of, placed_people
from sayso.nlp.extract.source_roles import titled_names_of

test_role_named_next = pytest.mark.slow(speaker_table([
    # the writer brings the speaker in by role and names them in the next sentence
    ("Even the organizer of a pro-Jones rally argued the new rules made violence likelier.\n\n"
     "\"Put everyone together and there will be trouble,\" Ken Morrow, organizer of a group called Friends of Jones, "
     "told reporters.", "argued", "Ken Morrow"),
    ("The organizer of the Elm Street march argued the route was too narrow. \"We asked for a wider one,\" said Rita "
     "Okafor, organizer of the Elm Street march.", "argued", "Rita Okafor"),
    # a proper word of the mention that the holder's role does not share: another holder
    ("The president of the Teamsters argued the strike would go on. \"We will not back down,\" said Tom Briggs, "
     "president of the Carpenters Union.", "argued", "The president of the Teamsters"),
    # named only by an indefinite role: one organizer of several
    ("The organizer of the Elm Street march argued it was peaceful. Ann Cole, an organizer of the Elm Street march, "
     "said the police were fair.", "argued", "The organizer of the Elm Street march"),
    # the next sentence's holder does not speak there
    ("The organizer of the Elm Street march argued it was peaceful. Police arrested Tom Briggs, organizer of the Elm "
     "Street march, on Friday.", "argued", "The organizer of the Elm Street march"),
    # a body's noun is no person's role
    ("The company argued profits rose. \"We are pleased,\" said Tom Briggs, chief executive of the company.", "argued",
     "The company"),
    # a holder named too far on: the role stays as written
    ("The organizer of the Elm Street march argued it was peaceful. The city disagreed. \"We will not back down,\" "
     "said Tom Briggs, organizer of the Elm Street march.", "argued", "The organizer of the Elm Street march"),
    # a bare role noun, or one qualified only before it, fits any holder the next sentence quotes: often one replying
    ("The coach argued his team was exhausted. \"They were not tired, they were beaten,\" said Mike Dunn, coach of "
     "the rival Eagles.", "argued", "The coach"),
    ("The lawyer for the plaintiff argued the contract was void. \"We will fight this,\" said Mary Cole, the lawyer "
     "for the defendant.", "argued", "The lawyer for the plaintiff"),
    ("The judge argued the case was closed. But Judge Amy Ford, who heard the appeal, said the ruling was wrong.",
     "argued", "The judge"),
    ("The organizer of the pro-Jones rally argued it was peaceful. \"It was chaos,\" said Dan Wells, organizer of an "
     "anti-Jones group.", "argued", "The organizer of the pro-Jones rally"),
    ("The coach of the Eagles argued the referee was biased. \"He was fair,\" said Mike Dunn, coach of the Falcons, "
     "who beat the Eagles.", "argued", "The coach of the Eagles"),
    ("The organizer of the Elm Street march, who asked not to be named, argued it was peaceful. \"It was calm,\" said "
     "Rita Okafor, organizer of the Elm Street march.", "argued", "The organizer of the Elm Street march"),
    ("The Republican senator argued the bill would fail. \"Nonsense,\" said Republican Senator Bob Lee of Ohio.",
     "argued", "The Republican senator"),
]))

# the mention's own reflexive says its sex: a holder of the other sex is another holder, and the role stays as written
test_role_gender = pytest.mark.slow(speaker_table([
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse described herself as a witness who heard "
     "shouting.", "described", "Sarah Lind"),
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse described himself as a witness who heard "
     "shouting.", "described", "The nurse"),
    ("Brian Cole, the mayor's aide, left early. The aide said he regretted nothing.", "said", "Brian Cole"),
    # no pronoun of its own: the holder named before, as a reader takes it
    ("Brian Cole, the mayor's aide, left early. The aide said the budget was late.", "said", "Brian Cole"),
    # the subject of what it says is no sign of the speaker's sex: a client, the mayor, a gunman
    ("Brian Cole, the mayor's aide, left early. The aide said she regretted nothing.", "said", "Brian Cole"),
    ("John Marsh, a lawyer for Jane Doe, filed the motion on Monday. The lawyer said she would plead not guilty.",
     "said", "John Marsh"),
    ("Sarah Lind, a nurse at the clinic, was on duty that night. The nurse told police he heard shouting.", "told",
     "Sarah Lind"),
    ("Mary Dunn, the witness, testified on Tuesday. \"He had a gun,\" the witness said.", "said", "Mary Dunn"),
    ("Brian Cole, the mayor's aide, left early. The aide said the suspect, she believed, was gone.", "said",
     "Brian Cole"),
    # named next: the same, for the one the next sentence names
    ("The organizer of the Elm Street march argued he was proud of it. \"We asked for a wider one,\" said Tom Briggs, "
     "organizer of the Elm Street march.", "argued", "Tom Briggs"),
    ("The organizer of the Elm Street march argued she was proud of it. \"We asked for a wider one,\" said Tom "
     "Briggs, organizer of the Elm Street march.", "argued", "Tom Briggs"),
]))

# "actress Jane Holloway": the noun set right before a person's name of two words, lower-case and singular
@pytest.mark.slow
@pytest.mark.parametrize("text, lemma, expected", [
    ("New York (AFP) – Oscar-winning actress Jane Holloway, star of a cult western, is not sure.", "actress",
     [("actress", "Jane Holloway")]),
    ("Critics praised organizer Tom Briggs on Monday.", "organizer", [("organizer", "Tom Briggs")]),
    # the name is the subject of a clause on the noun: the doctor is someone else
    ("Witnesses said the doctor Ann Lee consulted had warned her.", "doctor", []),
    ("The driver Paul Ward hit was taken to hospital.", "driver", []),
    # no name right after the noun, or a name of one word, or another noun
    ("An actress, Jane Holloway, spoke on Monday.", "actress", []),
    ("The actress spoke to Holloway on Monday.", "actress", []),
    ("Oscar-winning actor Tom Holloway met the mayor.", "actress", []),
    # the plural is a group's noun
    ("The actresses Jane Holloway and Mary Lane met the mayor.", "actress", []),
])
def test_titled_names_of(nlp, text: str, lemma: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [(tok.text, ent.text) for tok, ent in titled_names_of(doc, lemma, ())] == expected

# a description by party, faith or nation the text gave one named person in the same words ("Richard Hale, a lifelong
# Republican"): "the lifelong Republican" is that person; two holders, a bare noun, other words, another sex or an
# unnamed newcomer of the noun leave it as written
test_described_person = pytest.mark.slow(speaker_table([
    ("Dan Colby, a lifelong Republican, drafted the letter. The lifelong Republican said he would not vote for the "
     "nominee.", "said", "Dan Colby"),
    ("Voters met Ann Ross, a lifelong Democrat, at the fair. The lifelong Democrat argued the party had drifted.",
     "argued", "Ann Ross"),
    ("Dan Colby is a lifelong Democrat. The lifelong Democrat said the party had lost its way.", "said", "Dan Colby"),
    ("Dan Colby, a proud Texan, drafted the letter. The proud Texan said he would not vote for the nominee.", "said",
     "Dan Colby"),
    ("Dan Colby, a conservative Catholic, drafted the letter. \"The bishops are wrong,\" the conservative Catholic told "
     "reporters.", "told", "Dan Colby"),
    # two people given the noun: never one of them
    ("Dan Colby, a lifelong Republican, drafted the letter. Donna Webb, a Republican, read it aloud. The lifelong "
     "Republican said he would not vote for the nominee.", "said", "The lifelong Republican"),
    # one more given the noun in the same words: before the name, or with "the"
    ("Dan Colby, a lifelong Republican, drafted the letter. Lifelong Republican Mary Webb also signed it. The lifelong "
     "Republican said the party had lost its way.", "said", "The lifelong Republican"),
    ("Dan Colby, a lifelong Republican, drafted the letter. Mary Webb, the lifelong Republican who chairs the county "
     "party, called it treason. The lifelong Republican said the party had lost its way.", "said",
     "The lifelong Republican"),
    # the noun denied or asked of the name: no holder
    ("Dan Colby is not a lifelong Republican. Mary Webb drafted the letter. The lifelong Republican said the party had "
     "lost its way.", "said", "The lifelong Republican"),
    ("Was Dan Colby ever a lifelong Republican? The lifelong Republican said the party had lost its way.", "said",
     "The lifelong Republican"),
    # named only after the mention
    ("The lifelong Republican said he would not vote for the nominee. Dan Colby, a lifelong Republican, drafted the "
     "letter.", "said", "The lifelong Republican"),
    # the mention's own pronoun says the other sex
    ("Dan Colby, a lifelong Republican, drafted the letter. The lifelong Republican said she would not vote for the "
     "nominee.", "said", "The lifelong Republican"),
    # a bare noun fits any Republican of the story; words the holder was not given, or that make another holder
    ("Dan Colby, a conservative Catholic, drafted the letter. The Catholic said the bishops were wrong.", "said",
     "The Catholic"),
    ("Dan Colby, a conservative Catholic, drafted the letter. The liberal Catholic said the bishops were wrong.", "said",
     "The liberal Catholic"),
    ("Dan Colby, a lifelong Republican, drafted the letter. The other Republican said he would not vote for the "
     "nominee.", "said", "The other Republican"),
    # one more of the noun brought in unnamed since
    ("Dan Colby, a lifelong Republican, drafted the letter. A lifelong Republican from Ohio, who asked not to be named, "
     "praised it. The lifelong Republican said the party was lost.", "said", "The lifelong Republican"),
    # the noun said of someone unnamed ("Colby's wife"), not of a name
    ("Dan Colby's wife, a lifelong Republican, drafted the letter. The lifelong Republican said the party was lost.",
     "said", "The lifelong Republican"),
]))

# a role noun said with a place ("the Ohio senator", "the Russian leader") is the one person the text named before with
# an office of that noun and that place, in other words (a state's abbreviation or a party tag after the name, a
# nation's adjective, a class noun for the office): ``placed_roles``. Two people given the place, a former holder, a
# place where the holder serves ("Ambassador to Russia"), another party, another office or another sex leave it as
# written: a wrong speaker is worse than none
test_placed_role = pytest.mark.slow(speaker_table([
    ("Sens. Tom Hale (Ky.) and Mara Quill (Ohio) argued over the budget on Tuesday. Voters watched. The Ohio senator "
     "said the plan would fail.", "said", "Mara Quill"),
    ("Sen. Mara Quill of Ohio argued over the budget on Tuesday. Voters watched. The Ohio senator said the plan would "
     "fail.", "said", "Mara Quill"),
    ("Sen. Mara Quill, R-Ohio, argued over the budget on Tuesday. Voters watched. The Ohio senator said the plan would "
     "fail.", "said", "Mara Quill"),
    ("Sen. Mara Quill (R-Ohio) met voters. The crowd was large. The Republican Ohio senator said the plan would fail.",
     "said", "Mara Quill"),
    ("Gov. Ted Varga of Texas signed the bill. Teachers protested. The Texas governor said it was fair.", "said",
     "Ted Varga"),
    ("Ohio Gov. Ted Varga and Sen. Mara Quill (R-Ohio) met voters. The crowd was large. The Ohio senator said the plan "
     "would fail.", "said", "Mara Quill"),
    ("Sen. Tom Hale of Ohio met voters. The crowd was large. The Ohio senator said he would vote against the plan.",
     "said", "Tom Hale"),
    # a class noun of the office: a nation's leader, a state's lawmaker, a nation's diplomat
    ("Russian President Ivan Petrov met reporters on Friday. The talks lasted hours. The Russian leader said the "
     "economy would recover.", "said", "Ivan Petrov"),
    ("French President Paul Marchand met Russian President Ivan Petrov on Friday. The talks lasted hours. The Russian "
     "leader said the economy would recover.", "said", "Ivan Petrov"),
    ("Rep. Scott Dale (R-Pa.) appeared on a talk show. The Pennsylvania lawmaker said he had seen evidence.", "said",
     "Scott Dale"),
    ("Russian Ambassador to the United Nations Ivan Petrov rejected the request. \"A call is not a ban,\" the Russian "
     "ambassador said.", "said", "Ivan Petrov"),
    # two people given the place and an office that fits, or one whose office the text does not say
    ("Sen. Mara Quill of Ohio and Sen. Tom Hale of Ohio met voters. The crowd was large. The Ohio senator said the plan "
     "would fail.", "said", "The Ohio senator"),
    ("Sens. Tom Hale and Mara Quill of Ohio met voters. The crowd was large. The Ohio senator said the plan would "
     "fail.", "said", "The Ohio senator"),
    ("Sen. Mara Quill of Ohio met voters. Tom Hale, D-Ohio, spoke too. The Ohio senator said the plan would fail.",
     "said", "The Ohio senator"),
    ("Russian President Ivan Petrov and Russian Prime Minister Oleg Sorin met on Friday. The talks lasted hours. The "
     "Russian leader said the economy would recover.", "said", "The Russian leader"),
    ("Rep. Tom Hale (R-Ky.) and Sen. Ann Lee (R-Ky.) opposed the bill. The vote was close. The Kentucky lawmaker said "
     "it was a mistake.", "said", "The Kentucky lawmaker"),
    # a former holder; another office; another party; the other sex; a place the text never gave
    ("Former Ohio Sen. Tom Hale and Sen. Mara Quill met voters. The crowd was large. The Ohio senator said the plan "
     "would fail.", "said", "The Ohio senator"),
    ("Russian President Ivan Petrov met reporters on Friday. The talks lasted hours. The Russian foreign minister said "
     "the economy would recover.", "said", "The Russian foreign minister"),
    ("Sen. Mara Quill (D-Ohio) met voters. The crowd was large. The Republican Ohio senator said the plan would fail.",
     "said", "The Republican Ohio senator"),
    ("Sen. Tom Hale of Ohio met voters. The crowd was large. The Ohio senator said she would vote against the plan.",
     "said", "The Ohio senator"),
    ("Mayor Ann Lee of Denver spoke on Monday. The crowd cheered. The Colorado mayor said the plan would work.", "said",
     "The Colorado mayor"),
    # one of the noun brought in unnamed since; the holder named only after the mention
    ("Sen. Mara Quill of Ohio met voters on Monday. An Ohio senator who asked not to be named called the plan a "
     "failure. The Ohio senator said the vote would be close.", "said", "The Ohio senator"),
    ("The Ohio senator said the plan would fail. Sen. Mara Quill of Ohio met voters on Monday.", "said",
     "The Ohio senator"),
    # a holder of another office of the class, with no place said, may be the nation's leader the writer means
    ("President Ivan Petrov chaired the council on Monday. Russian Prime Minister Oleg Sorin presented the budget. "
     "The Russian leader said sanctions had failed.", "said", "The Russian leader"),
    ("Prime Minister Ann Lee greeted the guests. King Tom Hale of Britain hosted the banquet. The British leader said "
     "the ties were deep.", "said", "The British leader"),
    # ... but one of the same office with no place is another nation's ("President Jane Roe" beside "Russian President")
    ("President Jane Roe spoke with Russian President Ivan Petrov on Tuesday. The call lasted an hour. The Russian "
     "leader said the talks were useful.", "said", "Ivan Petrov"),
    # a lower office is not the office: "Lieutenant Governor", "Vice Chancellor", "Deputy Prime Minister"
    ("Lieutenant Governor Dan Patrick of Texas toured the border. The crowd was large. The Texas governor said the "
     "wall would be finished.", "said", "The Texas governor"),
    ("German Vice Chancellor Tom Hale met reporters on Friday. The talks lasted hours. The German leader said the "
     "economy would recover.", "said", "The German leader"),
    ("Ukrainian Deputy Prime Minister Ann Lee met reporters on Friday. The talks lasted hours. The Ukrainian leader "
     "said the economy would recover.", "said", "The Ukrainian leader"),
    # a leader of the opposition, of a party or of the past is never the nation's leader; the same role noun said
    # again ("the opposition leader") and a leader given the nation still are
    ("Backers of opposition leader Ivan Sorin marched in Kiev on Sunday. Sorin said the count was rigged. The "
     "Ukrainian leader said the country was calm.", "said", "The Ukrainian leader"),
    ("Labour party leader Ann Lee toured the docks. The crowd was large. The British leader said the ties were deep.",
     "said", "The British leader"),
    ("Friends of former leader Tom Hale met in Lagos. The hall was full. The Nigerian leader said the vote was fair.",
     "said", "The Nigerian leader"),
    ("Backers of opposition leader Ivan Sorin marched in Kiev on Sunday. The crowd was large. The opposition leader "
     "said the count was rigged.", "said", "Ivan Sorin"),
    ("Ukrainian leader Ivan Sorin marched in Kiev on Sunday. The crowd was large. The Ukrainian leader said the "
     "country was calm.", "said", "Ivan Sorin"),
    # the mention says the holder's word too: a former leader called so again, an opposition leader given a nation
    ("Former Soviet leader Mikhail Gorbachev spoke on Sunday. The hall was full. The former Soviet leader said the "
     "reforms had failed.", "said", "Mikhail Gorbachev"),
    ("Opposition leader Kemal Kilicdaroglu spoke on Sunday. The crowd was large. The Turkish opposition leader said "
     "the vote was rigged.", "said", "Kemal Kilicdaroglu"),
    # "West Virginia" is no Virginia, "New Mexico" no Mexico
    ("West Virginia Sen. Tom Hale met reporters on Monday. The crowd was large. The Virginia lawmaker said the plan "
     "would fail.", "said", "The Virginia lawmaker"),
    ("New Mexico Gov. Ann Lee met reporters on Monday. The crowd was large. The Mexican governor said the plan would "
     "fail.", "said", "The Mexican governor"),
]))


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Sens. Tom Hale (Ky.) and Mara Quill (Ohio) argued.",
     [("Tom Hale", {"kentucky"}, {"senator"}, False), ("Mara Quill", {"ohio"}, {"senator"}, False)]),
    ("Sen. Mara Quill, D-N.Y., and Russian President Ivan Petrov met.",
     [("Mara Quill", {"new york"}, {"senator"}, False), ("Ivan Petrov", {"russia"}, {"president"}, False)]),
    ("President Ivan Petrov of Russia met Mayor Ann Lee of New York City.",
     [("Ivan Petrov", {"russia"}, {"president"}, False), ("Ann Lee", {"new york"}, {"mayor"}, False)]),
    # where the holder serves is not theirs; a former title
    ("Ambassador to Russia Tom Hale met former Ohio Gov. Ann Lee.",
     [("Tom Hale", set(), {"ambassador"}, False), ("Ann Lee", {"ohio"}, {"governor"}, True)]),
    # a place of two words is not its second word's ("Virginia" of "West Virginia")
    ("West Virginia Sen. Tom Hale met New Mexico Gov. Ann Lee.",
     [("Tom Hale", {"west virginia"}, {"senator"}, False), ("Ann Lee", {"new mexico"}, {"governor"}, False)]),
    # no title, no place: nothing given
    ("Tom Hale met Ann Lee in Ohio.", [("Tom Hale", set(), set(), False), ("Ann Lee", set(), set(), False)]),
])
def test_placed_people(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [(p.name.text, set(p.places), set(p.offices), p.former) for p in placed_people(doc, {})] == expected


@pytest.mark.parametrize("words, coded, expected", [
    ("Fla.", False, "florida"), ("Russian", False, "russia"), ("New York", False, "new york"),
    ("U.S.", False, "united states"),
    ("FL", True, "florida"), ("FL", False, None), ("in", False, None), ("Denver", False, None),
])
def test_place_of(words: str, coded: bool, expected: str | None) -> None:
    assert place_of(words, coded=coded) == expected


# a title NER ran into the person's name ("Pope Francis" one PERSON) is the role of that name, as it is where NER tags
# the name alone ("Pope" + "Benedict"): "the pope" is Francis (``source_roles.titles_in_names``; the real-page P p83)
test_title_in_name = pytest.mark.slow(speaker_table([
    ("Mayor Tom Alvarez met Pope Francis in Rome on Saturday. The two spoke for an hour. \"We talked about the poor "
     "and nothing more,\" the pope told reporters.", "told", "Pope Francis"),
    ("Pope Francis landed in Lisbon on Friday. Crowds lined the streets. The pope said the young must not lose "
     "hope.", "said", "Francis"),  # NER tags "Francis" alone here: the same holder
    # another role noun: no holder of it
    ("Pope Francis met the cardinals in Rome. The talks lasted two hours. The cardinal said the church would "
     "change.", "said", "The cardinal"),
    # a title its holder no longer has: no holder ("former_title")
    ("The late Queen Elizabeth opened the bridge in 1990. \"It will last a century,\" the queen said.", "said",
     "the queen"),
    # a relative's noun as a religious title is no relative of the story (review rev78r): "the mother" stays
    ("Mother Teresa's order ran the shelter. A woman lost her child in the fire. \"I have nothing left,\" the mother "
     "said.", "said", "the mother"),
]))
