"""Whom a pronoun cites: ``pronouns.speaking_body``, ``resources/groups.txt``, ``source_pronouns.by_pronoun``.

"the bar announced ...; they wrote": a business named by a noun no lexicon types is "they" once it
has spoken; "The signatories ... they warn": the writers of a letter. A document that spoke, or a
noun that never spoke, is no "they". And no one named in what a statement says is who says it:
"... recorded in Equateur province, it said" is not the province.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from _cues import analysis, cue_speaker, speaker_table, speakers_by_cue, token_of
from sayso.nlp.extract.pronouns import name_gender, writers_statement
from sayso.nlp.extract.source_context import Name

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param("Where Trump supporters can't even have a meal in peace?\nHis employer was a nightspot.\n"
                     "The bar announced that it had fired Jimenez.\nOn their Facebook page, they wrote, "
                     "“We have since terminated this employee.”", "wrote", "The bar", id="business-they"),
        pytest.param("The signatories go on to give voice to the scandal of the pope’s failure:\nThe speech leads "
                     "us to deplore the fact that many ex-Muslims, such as Magdi Allam, are leaving the Church.\n"
                     "Taking the matter further, they warn that it has resulted in Christians not preparing.",
                     "warn", "The signatories", id="signatories"),
        # a collective noun the tagger calls singular is many people: "The police ... They"
        pytest.param("The police arrested the two men outside the mosque on Friday night.\nThey attempted to justify the "
                     "arrests by claiming that the men had been carrying weapons, the Daily Mail reported.", "claiming",
                     "The police", id="police-they"),
        # negatives: a document that spoke, a noun that never spoke
        pytest.param("The report said prices would rise sharply.\nThe economists said wages would fall.\n"
                     "They also said that rents would climb.", "also said", "The economists", id="not-the-report"),
        pytest.param("Protesters gathered outside the bar on Monday.\nThe bar was closed all day.\n"
                     "They said the owners had left town.", "said", "Protesters", id="bar-never-spoke"),
        # a subject of the speakers' own words is no "they" of the speakers' next clause
        pytest.param("Robert Fastiggi and Dawn Eden Goldstein published a long essay on Monday. Fastiggi and Goldstein "
                     "write that the critics misread the text, and they declare that the pope is right.", "declare",
                     "Fastiggi and Goldstein", id="pair-not-their-critics"),
        pytest.param("Democrats said Republicans had blocked the bill, and they vowed to try again.", "vowed",
                     "Democrats", id="speakers-not-their-rivals"),
        # negative: a subject of the writer's own clause after the statement keeps its claim
        pytest.param("Democrats said the bill was dead. Republicans disagreed, and they vowed to try again.", "vowed",
                     "Republicans", id="narrated-subject"),
    ],
)
def test_they(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    found = speakers_by_cue(nlp, text)
    assert found.get(cue) == expected, found


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        pytest.param('Seventeen people have died from Ebola, the health ministry said on Tuesday.\n"Twenty-one cases '
                     'of fever and 17 deaths" have been recorded in Equateur province, it said.', "said", "the health ministry",
                     id="place-in-content"),
        pytest.param("The WHO said the cases came from a clinic near Bikoro.\nA team of experts travelled to Bikoro on "
                     "Tuesday to carry out investigations, it said.", "said", "The WHO", id="town-in-content"),
        pytest.param("Sen. Rand Paul spoke to reporters on Tuesday.\nThe bill would hurt President Trump, he said.", "said",
                     "Rand Paul", id="person-in-content"),
        # negatives: a speaker named before the statement, outside it, keeps the pronoun
        pytest.param("Mayor Jane Smith met the council on Monday.\nShe said the budget was balanced.", "said", "Jane Smith",
                     id="speaker-before"),
    ],
)
def test_no_one_named_in_the_statement_says_it(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nThe committee also heard from Dr. Robert Jones, "
                     "a professor at Yale University who studies trade.\n\n“The tariffs will hurt farmers most,” he said.",
                     "Robert Jones", id="introduced-in-between"),
        pytest.param("Smith said the plan was sound.\n\nThe plan was drafted by Mary Jones, an engineer from Ohio.\n\n"
                     "“It will save money,” she said.", "Mary Jones", id="introduced-by-passive"),
        # negatives: the sentence in between has a subject the pronoun fits; the name is in someone's reported words
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nGrassley later met Dr. Robert Jones, a "
                     "professor at Yale.\n\n“The tariffs will hurt farmers most,” he said.", "Chuck Grassley",
                     id="subject-in-between"),
        pytest.param("“We will not back down,” said Sen. Chuck Grassley.\n\nHe told the committee he had spoken to Dr. "
                     "Robert Jones, a professor at Yale.\n\n“The tariffs will hurt farmers most,” he said.", "Chuck Grassley",
                     id="in-reported-words"),
    ],
)
def test_a_person_introduced_in_between(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, "said") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("As St Pope John XXIII explained, “Its principal task will be the modernization of the Church.”",
                     "John XXIII", id="entity-past-the-mention"),
        # the same after the quotation (NER took "explained" there too)
        pytest.param("“Its task will be the modernization of the Church,” Pope John XXIII explained.", "John XXIII",
                     id="entity-inside"),
    ],
)
def test_a_name_ends_with_its_mention(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    assert [s.name for s in report.sources] == [expected]


test_an_addressee_is_no_speaker = speaker_table(
    [
        # the one a statement is told to is no speaker a later "He" goes back to
        pytest.param("Critics attacked the decision to sack Fr. Thomas Weinandy.\nIn a letter made public on Monday, "
                     "Fr. Weinandy, a former chief of staff, warned Pope Francis that he has caused “chronic confusion.”\n"
                     "He wrote to the pope, “To teach with such an intentional lack of clarity risks sinning.”",
                     "wrote", "Thomas Weinandy", id="warned-addressee"),
        pytest.param("Critics attacked the decision to sack Fr. Thomas Weinandy.\nIn a letter made public on Monday, "
                     "Fr. Weinandy, a former chief of staff, warned Pope Francis that he has caused “chronic confusion.”\n"
                     "He wrote to the pope, “To teach with such an intentional lack of clarity risks sinning.” "
                     "He added that Catholics are “disconcerted” by the appointment of bishops.",
                     "added", "Thomas Weinandy", id="added-after-addressee"),
        pytest.param("Senator Mary Collins told reporters that Governor John Smith would sign the bill.\n"
                     "She said the vote would come on Friday.", "said", "Mary Collins", id="told-reporters"),
        # the one a question is put to answers it: an interview's "he said" after "asking X if"
        pytest.param("Craig Melvin interviewed Bill Clinton on Monday.\nMelvin then followed up by asking Clinton if he "
                     "owed Lewinsky an apology.\n“I have never talked to her,” he said.", "said", "Bill Clinton",
                     id="asked-answers"),
        pytest.param("Reporters pressed Governor John Smith on the budget.\n“We will not raise taxes,” he said.",
                     "said", "John Smith", id="pressed-answers"),
        # negatives: an addressee who then speaks in the sentence before is still reached
        pytest.param("Mary Collins wrote to Governor John Smith on Monday.\nJohn Smith replied that he would sign it.\n"
                     "He said the vote would come on Friday.", "said", "John Smith", id="addressee-who-spoke"),
    ],
)


test_no_one_a_statement_names_makes_it = speaker_table(
    [
        # whoever the statement names is not the "he" who makes it, wherever else the text names them
        pytest.param("President Trump spoke on Monday.\nTo no one’s surprise, attorney Michael Avenatti is representing "
                     "Swetnick.\nThe president slammed Avenatti.\n“Avenatti is a third rate lawyer,” Trump wrote on "
                     "Twitter.\nHe described Avenatti as a “con artist.”", "described", "Trump", id="named-in-statement"),
        # a one-word name with a title elsewhere ("President Trump") is a person, not a weak name a "he" skips
        pytest.param("President Trump spoke on Monday.\nTo no one’s surprise, attorney Michael Avenatti is representing "
                     "Swetnick.\nThe president slammed Avenatti.\n“Avenatti is a third rate lawyer,” Trump wrote on "
                     "Twitter.\nHe said the allegations were “another beauty.”", "said", "Trump",
                     id="titled-name-not-weak"),
        # negatives: the statement names someone else; the speaker is named in the statement only as "I"
        pytest.param("Michael Avenatti spoke to MSNBC on Monday.\nHe described Trump as a “con artist.”", "described",
                     "Michael Avenatti", id="names-another"),
        pytest.param("Michael Avenatti spoke to MSNBC on Monday.\nHe said that he would sue the president.", "said",
                     "Michael Avenatti", id="names-himself-by-pronoun"),
        # a name that only qualifies a noun names no one: "the Trump Campaign"
        pytest.param("President Donald Trump attacked the special counsel on Monday.\nHe wrote that the Trump Campaign had "
                     "done nothing wrong.", "wrote", "Donald Trump", id="modifier-names-no-one"),
    ],
)


test_no_person_by_accident = speaker_table(
    [
        # a common noun is no surname: "the judge" after "Mark Judge"
        pytest.param("Brett Kavanaugh appeared on Fox News with his friend Mark Judge.\nThe judge also flatly denied "
                     "that the party took place.", "also flatly denied", "The judge", id="the-judge"),
        # negative: the surname itself is the person
        pytest.param("Brett Kavanaugh appeared on Fox News with his friend Mark Judge.\nJudge also flatly denied "
                     "that the party took place.", "also flatly denied", "Mark Judge", id="surname-judge"),
        # a platform is no person a "he" reaches
        pytest.param("Senator Ben Sasse spoke on Monday.\n“The deal is a disaster,” Sasse wrote on Twitter.\n"
                     "He added that the vote would fail.", "added", "Ben Sasse", id="on-twitter"),
    ],
)


test_who_in_a_persons_phrase = speaker_table(
    [
        # a "who" the parse hung on a body inside a person's phrase is the person's
        pytest.param("This assessment was backed up by Joseph Shaw, the head of the Latin Mass Society and the spokesman "
                     "for the Filial Correction, who wrote, “This is absolutely right.”", "wrote", "Joseph Shaw",
                     id="name-beside-roles"),
        pytest.param("The plan was praised by a spokeswoman for Greenpeace, who said it would save the forests.", "said",
                     "a spokeswoman for Greenpeace", id="role-of-body"),
        pytest.param("The plan was criticized by members of the Freedom Caucus, who said it would raise the deficit.",
                     "said", "members of the Freedom Caucus", id="members-of-body"),
        # negatives: a body on its own keeps its clause; a person right before "who" is that person
        pytest.param("The deal was struck during talks between his government and the Taliban, who have long said that "
                     "they will not negotiate.", "have long said", "Taliban", id="body-alone"),
        pytest.param("The plan was praised by Mary Jones, a spokeswoman for Greenpeace, who said it would save the forests.",
                     "said", "Mary Jones", id="person-named"),
    ],
)


def test_a_possessed_name_is_no_he(nlp) -> None:  # noqa: ANN001
    text = ("Fr. Thomas Weinandy wrote to the pope in July.\nHe wrote that the pope caused confusion.\n"
            "In an interview yesterday with John Allen’s Crux, he added, “I don’t think anyone can associate my "
            "letter with the bishops.”")
    assert cue_speaker(nlp, text, "added") == "Thomas Weinandy"


test_he_for_one_unnamed_person = speaker_table(
    [
        # one unnamed person the text calls by a role is whom "He added" goes back to
        pytest.param("Pamela Geller and Robert Spencer co-founded the group.\nA government spokesman said the pair could be "
                     "excluded by the home secretary.\nHe added: “We condemn all those whose views run counter to our "
                     "shared values.”", "added", "A government spokesman", id="spokesman-added"),
        # negatives: many unnamed people are no "he"; a named person after the role noun is the nearer speaker
        pytest.param("Robert Spencer spoke in London on Monday.\nGovernment officials said the pair could be excluded.\n"
                     "He added that he would appeal.", "added", "Robert Spencer", id="officials-no-he"),
        pytest.param("Nigel Farage warned against a battle with the entire religion.\nNo sane person is saying that the West "
                     "should go to war.\nNow he is saying that we must keep quiet.", "is saying",
                     "Nigel Farage", id="no-one"),
        pytest.param("A government spokesman said the pair could be excluded.\nRobert Spencer said the ban was unjust.\n"
                     "He added that he would appeal.", "added", "Robert Spencer", id="named-after-role"),
    ],
)


test_no_speaker_from_another_quotation = speaker_table(
    [
        # a subject inside a quotation that does not hold the cue is no speaker: up to the clause outside it
        pytest.param("Christine Blasey Ford testified on Thursday. She claims “Brett’s assault on me drastically altered my "
                     "life,” but at the same time acknowledges “Brett did not rape me.”", "acknowledges",
                     "Christine Blasey Ford", id="joined-to-quoted-clause"),
        # negatives: a speaker outside the quotation keeps it; a quotation holding the cue is the speaker's own
        pytest.param("Smith said “the deal is dead,” and Jones agreed that it was over.", "agreed", "Jones",
                     id="own-subject"),
        pytest.param("Senator Mary Collins spoke on Monday.\n“The vote is close,” she said.", "said", "Mary Collins",
                     id="plain"),
        # a short quotation is a name or a scare quote, whoever it names speaks
        pytest.param("Mayor Libby Schaaf spoke on Monday.\nShe said “multiple credible sources” told her that the agency "
                     "was preparing an operation.", "told", "multiple credible sources", id="scare-quoted-subject"),
    ],
)


# the writer's relative ("my mother") is someone a "she" goes back to (``source_context.kin_names``), not a name met
# in passing; a relative inside quoted words, or a speaker on the scene, keeps the pronoun where it was
test_kin = speaker_table([
    pytest.param("My mother never liked Obama. She grew up poor in Ohio and worked two jobs. “We're not all meant to "
                 "be equal, you know,” she said.", "said", "My mother", id="mother-over-passing-name"),
    pytest.param("I voted for Obama in 2008. My mother grew up poor in Ohio. “We're not all meant to be equal, you "
                 "know,” she said.", "said", "My mother", id="mother-after-name"),
    pytest.param("My mother, who admired Hillary Clinton, grew up poor. “We're not all meant to be equal,” she said.",
                 "said", "My mother", id="mother-over-relative-clause"),
    pytest.param("My father never trusted Trump. When I asked him about the election, he said, “Nobody tells the truth "
                 "anymore.”", "said", "My father", id="father-over-object"),
    pytest.param("I grew up in a Catholic family. My mother was devout. When I told her I had stopped going to church, "
                 "she sighed and said, “Thank God at least you still believe in the devil.”", "said", "My mother",
                 id="mother-unresolved-before"),
    # negatives: a speaker the relative is only the object of; a "my" in someone's quoted words; "his wife"
    pytest.param("Sen. Elizabeth Warren met my mother last week at a town hall. “We need change now,” she said.", "said",
                 "Elizabeth Warren", id="speaker-over-object-kin"),
    pytest.param("“My mother was a nurse for thirty years,” said Jane Smith, a teacher. “She worked nights,” she said.",
                 "said", "Jane Smith", id="quoted-my"),
    pytest.param("Sen. Elizabeth Warren spoke on Monday. Her husband was in the audience. “We need change now,” she "
                 "said.", "said", "Elizabeth Warren", id="not-her-husband"),
])


# a man named only inside a noun's phrase ("the death of Keith Lamont Scott") is mentioned, not on the scene: the
# speaker of the sentences around keeps the "he" (``scene.of_a_thing``), or no one where the pronoun does not fit
# that speaker; a person whose words the noun stands for ("testimony from") is brought on the scene
_SCOTT = "The mayor had defended the protests after the death of Keith Lamont Scott, who was shot by an officer. "
test_merely_mentioned = speaker_table([
    pytest.param("Chris Christie went after the mayor on Thursday. “The city is burning and she does nothing,” Christie "
                 "said. " + _SCOTT + "“She's a disgrace,” he said.", "said", "Chris Christie", id="speaker-over-the-dead"),
    pytest.param("Amnesty International went after the mayor on Thursday. “The city is burning and she does nothing,” "
                 "Amnesty International "
                 "said. “Nothing at all.” " + _SCOTT + "“She's a disgrace,” he said.", "said", "he",
                 id="no-one-over-the-dead"),
    # a bare census surname before "said" is a person (``lone_surnames``): the "he" is his, as after a full name
    pytest.param("Christie went after the mayor on Thursday. “The city is burning and she does nothing,” Christie "
                 "said. “Nothing at all.” " + _SCOTT + "“She's a disgrace,” he said.", "said", "Christie",
                 id="surname-over-the-dead"),
    pytest.param("“We will not back down,” said Sen. Chuck Grassley. The committee also heard testimony from Dr. Robert "
                 "Jones, a professor at Yale University. “The tariffs will hurt farmers most,” he said.", "said",
                 "Robert Jones", id="testimony-from"),
    pytest.param("“We will not back down,” said Sen. Chuck Grassley. The committee also heard from Dr. Robert "
                 "Jones, a professor at Yale University. “The tariffs will hurt farmers most,” he said.", "said",
                 "Robert Jones", id="heard-from"),
    pytest.param("“Let's defeat her in November,” Trump said. Hillary Clinton made an appearance, courtesy of Wes "
                 "Nakagiri, a delegate from Michigan who dressed up in a prison outfit. “I thought it would be funny,” "
                 "he said.", "said", "Wes Nakagiri", id="described-after-of"),
    pytest.param("“We have to win,” Trump said. At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson "
                 "railed against immigrants. “They should speak English in public,” she said.", "said", "Brenda Johnson",
                 id="misparsed-in-phrase"),
    # one the text has just said died is no speaker over the one speaking (``scene.departed``)
    pytest.param("Chris Christie went after the mayor on Thursday. “The city is burning and she does nothing,” Christie "
                 "said. Keith Lamont Scott, 43, was shot and killed by an officer last week. “She's a disgrace,” he said.",
                 "said", "Chris Christie", id="speaker-over-the-killed"),
    pytest.param("Chris Christie went after the mayor on Thursday. “The city is burning and she does nothing,” Christie "
                 "said. Protests erupted after Keith Lamont Scott was killed by an officer. “She's a disgrace,” he said.",
                 "said", "Chris Christie", id="speaker-over-the-killed-in-clause"),
    pytest.param("John Smith, a pilot, died on Monday at 90. He was born in Ohio. “I always wanted to fly,” he said in "
                 "1995.", "said", "John Smith", id="obituary-no-one-else-speaks"),
    # negatives: one of the people a subject names ("like"), the words of a man (no rival of his gender speaks)
    pytest.param("“It is a matter of diffuse costs,” Mr. Autor said. Some defenders of globalization, like Gary Clyde "
                 "Hufbauer, a senior fellow at the Peterson Institute, also acknowledge the failure. But the benefit "
                 "is much larger, he said.", "said", "Gary Clyde Hufbauer", id="like-member"),
    pytest.param("Her most striking appeal came when she said, “We are deciding who shapes our children.” The speech can "
                 "be summed up in the very words of Abraham Lincoln in 1865. He concluded, “With malice toward none.”",
                 "concluded", "Abraham Lincoln", id="words-of"),
])


# an "it" that shows something after a thing was the subject stands for the thing ("The Paris agreement ... It
# showed"), or for what two joined names did: the writer's reasoning, no one's statement (``scene.thing_in_between``,
# ``scene.joined_name``); a body, a document, a speaker keep the pronoun, and a thing says nothing ("It said")
test_it_for_a_thing = speaker_table([
    pytest.param("Mr. Ban's record on climate is strong. The Paris agreement was signed in 2015. It showed that the "
                 "world's largest polluters could work together.", "showed", "It", id="agreement-showed"),
    pytest.param("Mr. Ban's record on climate is his strongest legacy. The United States and China joined the Paris "
                 "agreement in 2016. It showed that the world's largest polluters could work together.", "showed", "It",
                 id="joined-names-showed"),
    pytest.param("Russia and China signed a deal on Monday. It said the deal would last ten years.", "said", "It",
                 id="joined-names-said"),
    # negatives
    pytest.param("Apple reported earnings on Tuesday. The quarter was strong. It said sales rose.", "said", "Apple",
                 id="thing-says-nothing"),
    pytest.param("The study was published by Harvard. Researchers tracked 500 patients. It showed that the drug worked.",
                 "showed", "The study", id="document-showed"),
    pytest.param("Google and its partners announced the deal on Monday. It said the deal would close soon.", "said",
                 "Google and its partners", id="name-and-partners"),
])


# a "he" or "she" joined to others at the head of a subject ("he and his wife Kali explained") speaks with them: the
# source is the group, named by the person and the words that join the others (``sources.with_companions``), and a
# later "they" is that group; a lone pronoun, or a name joined to others, keeps its own resolution
_ROBERGE = "It is crucial to keep spending in check, says certified financial planner Eric Roberge. "
test_pronoun_with_companions = speaker_table([
    pytest.param(_ROBERGE + "You can make a bigger difference by raising your income, he and his wife Kali explained on "
                 "their podcast.", "explained", "Eric Roberge and his wife Kali", id="he-and-his-wife"),
    pytest.param(_ROBERGE + "You can make a bigger difference by raising your income, he and his wife Kali explained on "
                 "their podcast. Cutting costs takes continued effort, they said.", "said",
                 "Eric Roberge and his wife Kali", id="they-after-the-pair"),
    pytest.param("Hillary Clinton spoke in Ohio on Monday. She and her aides said that the race would be close.",
                 "said", "Hillary Clinton and her aides", id="she-and-her-aides"),
    # negatives: the pronoun alone; a pronoun whose companion is only in the clause it says
    pytest.param(_ROBERGE + "You can make a bigger difference by raising your income, he explained on his podcast.",
                 "explained", "Eric Roberge", id="he-alone"),
    pytest.param("Hillary Clinton spoke in Ohio on Monday. She said that she and her aides would win.", "said",
                 "Hillary Clinton", id="companions-inside-the-content"),
    # a pronoun no one was found for: the group keeps the mention's own words, not its companions twice
    pytest.param("And on Tuesday night, the manager yanked the arm of a reporter as she tried to ask a question, she "
                 "and another reporter said.", "said", "she and another reporter", id="unresolved-with-companion"),
    # a name joined to a plural of officials or roles speaks with them (wire audit 63); a singular companion or a
    # plural of things leaves the name alone
    pytest.param("President Bush and top administration officials cited the threat from Iraq as the main "
                 "justification for going to war.", "cited", "Bush and top administration officials",
                 id="name-and-officials"),
    pytest.param("Pope Francis and a member of the commission said the abuse was real.", "said", "Francis",
                 id="name-and-a-member"),
    pytest.param("President Bush and the documents said the threat was real.", "said", "Bush", id="name-and-things"),
])


# the "he" who answers right after a question or a statement said to someone is the one spoken to, never the one who
# spoke (``replies``); a lone statement, or a reply the pronoun's own clause says was asked of him, keeps the speaker
test_the_answerer_is_the_one_spoken_to = speaker_table([
    pytest.param("Ahab said to Elijah, “Are you the one who troubles Israel?” And he answered, “I have not troubled "
                 "Israel, but you have.”", "answered", "Elijah", id="said-to-then-answered"),
    pytest.param("Reporters asked Donald Trump about the wall on Tuesday. He answered that it would be finished by "
                 "spring.", "answered", "Donald Trump", id="asked-then-answered"),
    pytest.param("“Where were you on the night of the fire?” the prosecutor asked Daniel Kim. He answered, “I was at "
                 "home with my wife.”", "answered", "Daniel Kim", id="quoted-question-then-answered"),
    pytest.param("Pastor Mike Reed asked Sarah Collins why she left the church. “Nobody listened to us,” she replied.",
                 "replied", "Sarah Collins", id="asked-why-then-replied"),
    pytest.param("Maria Lopez told her neighbour, “The water has been off for three days.” She replied, “Mine too, and "
                 "nobody from the city has called.”", "replied", "She", id="told-an-unnamed-one"),
    # negatives: nobody was spoken to, the pronoun was the one asked, the pronoun answers someone named
    pytest.param("John Smith said on Monday that taxes would rise. Asked about the deficit, he replied that it would "
                 "shrink.", "replied", "John Smith", id="asked-about-then-replied"),
    pytest.param("Gov. Tom Wolf said the budget was balanced. He replied that the numbers had been audited twice.",
                 "replied", "Tom Wolf", id="no-one-spoken-to"),
    pytest.param("Biden told reporters the economy was strong. He answered questions for an hour, saying that "
                 "inflation was easing.", "saying", "Biden", id="answered-questions"),
    pytest.param("Donald Trump told reporters that he would win the state. He responded that the polls were wrong.",
                 "responded", "Donald Trump", id="told-many-then-responded"),
    pytest.param("The governor told the committee that the budget was balanced. She replied that the auditors agreed.",
                 "replied", "The governor", id="told-a-body-then-replied"),
    # one who asks with no name ("a caller", "an Iowa voter": NER types no person) is not the one who answers either
    # (issue 12, P74): the one the question is about answers, or no one the text names
    pytest.param("Mayor Linda Park drew laughs when a caller asked if she would ever run for governor. “Only if the pay "
                 "gets better,” she replied.", "replied", "Linda Park", id="unnamed-asker-then-replied"),
    pytest.param("A caller asked whether taxes would rise. “Not this year,” she replied.", "replied", "she",
                 id="unnamed-asker-no-one-else"),
    # negative: no question asked, the speaker goes on
    pytest.param("A caller said taxes were too high. “Not this year,” she replied.", "replied", "A caller",
                 id="unnamed-speaker-no-question"),
    # a passive names the asker by "by" (issue 12, spk75): the one asked answers, or no one the text names; the
    # active form was already read (``previous_turn``)
    pytest.param("Senator Joan Miles was asked by a farmer from Ohio about the tariffs. She replied that they would "
                 "be lifted.", "replied", "Joan Miles", id="passive-asked-by-then-replied"),
    pytest.param("The mayor was pressed by a reporter on the budget. She responded that cuts were coming.",
                 "responded", "She", id="passive-pressed-by-then-responded"),
    pytest.param("Tom Hale was asked by a reporter about the plan. He answered that it was dead.", "answered",
                 "Tom Hale", id="passive-asked-named-one"),
    pytest.param("A farmer from Ohio asked Joan Miles about the tariffs. She replied that they would be lifted.",
                 "replied", "Joan Miles", id="active-asked-then-replied"),
    # an asker typed no person and another name beside it ("an Iowa voter"): no one rather than the asker
    pytest.param("Hillary Clinton was asked by an Iowa voter about the trade deal. She replied that the deal was bad.",
                 "replied", "Hillary Clinton", id="passive-asked-by-place-voter"),  # the one asked answers (spk79)
    # no verb of answering and "he" agrees with no one asked: left as written (spk79: asked_questions, replies)
    pytest.param("Ann Lee was asked by a voter about the plan. He said that it was a bad idea.", "said",
                 "He", id="passive-asked-no-answer-verb"),
    # negatives (rev75s): the pronoun cannot be the one asked (the other sex, a thing asked): the asker answers
    pytest.param("Ms. Ortiz was asked by Mr. Hale whether she would resign, and she said no. He replied that she "
                 "should.", "replied", "Hale", id="passive-asker-of-the-other-sex"),
    pytest.param("Senator Ann Lee was questioned by Senator Bob Ray about the vote. He retorted that she had voted "
                 "twice.", "retorted", "Bob Ray", id="passive-asker-role-before-given-name"),
    pytest.param("The question was asked by Ms. Ortiz, and Mr. Hale answered at length. She replied that his answer "
                 "was inadequate.", "replied", "Ortiz", id="passive-thing-asked"),
])


# a speaker known by the surname alone whom NER typed a body or cut short is still the "he" or "she" after them
# (class 4 of issue 12 item 4): "Braz de'Aviz" (NER's PERSON "Braz" and a "de'Aviz" left out,
# ``source_types.person_cut_short``); a lone word NER took for a body that speaks as "I" (``pronouns.speaks_as_i``).
# Not a body that says "we", and not a person inside the statement's words.
test_a_surname_speaker_is_the_he_after = speaker_table([
    pytest.param("Pope Benedict met the cardinals in March. “We were ignored for years,” Braz de'Aviz said. He "
                 "complained that he had been shut out of the process under Cardinal Rode.", "complained",
                 "Braz de'Aviz", id="name-cut-short"),
    pytest.param("“It is over,” Juan de la Cruz said. He complained that Madrid had ignored him.", "said",
                 "Juan de la Cruz", id="particle-name"),
    pytest.param("The mayor, Eric Adams, cut the budget in June. “I was never consulted,” Okonkwo said. He complained "
                 "that Adams had never visited the shelter.", "complained", "Okonkwo", id="lone-word-says-i"),
    pytest.param("Pope Francis spoke on Sunday. “I have been lied to for years,” Fisher wrote. She complained that "
                 "Francis had said nothing.", "complained", "Fisher", id="lone-word-she"),
    # negatives: a body that says "we" is no "he"; a person named before stays the "he"
    pytest.param("Tim Cook spoke on Monday. “We are proud of the team,” Apple said. He added that sales were strong.",
                 "added", "Tim Cook", id="body-says-we"),
    pytest.param("The mayor, Eric Adams, cut the budget in June. “The numbers don't lie,” Okonkwo said. He complained "
                 "that Adams had never visited the shelter.", "complained", "He", id="lone-word-no-i"),
])

# a new paragraph about someone else: its subject, not the speaker of the paragraph before, is its "he"
# (``pronouns.paragraph_topic``)
test_the_paragraphs_topic_is_the_he = speaker_table([
    pytest.param("“You really think you are going to win,” said former governor Ed Rendell.\n\nWhen Democrats get to "
                 "Philadelphia in July, it is assumed that Bernie Sanders has earned a speaking slot. Beyond that, he has "
                 "also made clear he will seek to shape the party platform.", "has also made clear", "Bernie Sanders", id="new-topic"),
    pytest.param("“The plan will cost us,” said Senator Mark Warner.\n\nAt the hearing, Janet Yellen defended the plan "
                 "for an hour. Later he argued that the costs were too high.", "argued", "Mark Warner", id="gender"),
    # negatives: the paragraph goes on with its own "He"; the name is in the speaker's own words
    pytest.param("“You really think you are going to win,” said former governor Ed Rendell.\n\nHe said that Bernie "
                 "Sanders has earned a speaking slot. Beyond that, he has also made clear he will seek to shape the "
                 "party platform.", "has also made clear", "Ed Rendell", id="paragraph-he"),
    pytest.param("“It will be first-order business,” Mr. Podesta said.\n\nBut Mrs. Clinton will face the same partisan "
                 "fire Mr. Obama has. He noted that, like him, Mrs. Clinton had been pilloried.", "noted", "Podesta",
                 id="relative-clause"),
    pytest.param("“You really think you are going to win,” said former governor Ed Rendell.\n\nRendell insisted that "
                 "Bernie Sanders has earned a speaking slot. Beyond that, he has also made clear he will seek to shape "
                 "the party platform.", "has also made clear", "Ed Rendell", id="in-his-words"),
])


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("When Democrats meet, it is assumed that Sanders has earned a slot.", "Sanders", True),
        ("Sanders has earned a slot.", "Sanders", True),
        # negatives: a relative clause, someone's reported words
        ("Mrs. Clinton will face the same partisan fire Mr. Obama has.", "Obama", False),
        ("Rendell said that Sanders has earned a slot.", "Sanders", False),
    ],
)
def test_writers_statement(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert writers_statement(token_of(doc, name)) is expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # one person met by a noun of a person is no "they", though typed "unknown" for a later "he"
        pytest.param("The family received his remains on Thursday and his brother said that the family has no autopsy "
                     "report.\nThe case was handled by local police, and yet, they continue to claim there is no link.",
                     "to claim", "they", id="brother-no-they"),
        # a group of no known kind that has spoken is a "they"
        pytest.param("Some locals believe the plague is a conspiracy, and say they will keep the ritual.\n"
                     "They say they will continue to dance with the dead, AFP reports.", "say", "Some locals",
                     id="locals-they"),
        # negatives: a body that spoke stays a "they"; a group that never spoke is none
        pytest.param("The bar announced that it had fired Jimenez.\nOn their Facebook page, they wrote that the "
                     "employee was gone.", "wrote", "The bar", id="body-still-they"),
        pytest.param("Astronomers studied the distant galaxies for years.\nThe galaxies were bright.\n"
                     "They said the light was old.", "said", "Astronomers", id="galaxies-never-spoke"),
    ],
)
def test_they_by_number(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # "he said so": the subject of the clause he affirms, though the statement names him
        pytest.param("The media hid Barack Hussein Obama’s ties.\nThe photographer Askia Muhammad, who took this photo of "
                     "candidate Barack Obama, knew this would impact the election: he said so.", "said so",
                     "Askia Muhammad", id="said-so-complement"),
        pytest.param("Mayor John Smith met the governor on Monday.\nThe governor, Tom Jones, believed the plan would "
                     "fail, and he said so.", "said so", "Tom Jones", id="said-so-conjunct"),
        # negatives: a subject of another sex affirms nothing of "he"; a plain "he said" keeps the ranking
        pytest.param("Mayor John Smith met Mary Jones on Monday.\nMary Jones believed the plan would fail, and he "
                     "said so.", "said so", "John Smith", id="said-so-other-sex"),
        pytest.param("Mayor John Smith met the governor on Monday.\nHe said the governor, Tom Jones, would fail.",
                     "said", "John Smith", id="plain-said"),
    ],
)
def test_said_so(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # someone new, unnamed, speaks between the name and the "he": the "he" is no name's, but that unnamed one's
        # (``unnamed_people``)
        pytest.param("The embassy reopened in 2015 as part of Barack Obama’s new policy.\nThe Daily Mail reported that "
                     "one diplomat described being jolted awake by a noise.\nWhen he got back into bed, the sound hit "
                     "him again; as if, he told doctors, he had walked through a wall.", "told", "one diplomat",
                     id="one-diplomat"),
        # "woman" ends in "man" but is no man: she blocks a "she"; a man does not. A named person before the newcomer
        # in the walk (Clinton) leaves the "she" to no one
        pytest.param("Hillary Clinton spoke at the rally on Monday.\nThe Daily Mail reported that one woman described "
                     "being pushed by the crowd.\nWhen she got home, she told reporters, she felt sick.", "told", "she",
                     id="one-woman"),
        pytest.param("Hillary Clinton spoke at the rally on Monday.\nThe Daily Mail reported that one man described "
                     "being pushed by the crowd.\nWhen she got home, she told reporters, she felt sick.", "told",
                     "Hillary Clinton", id="one-man-she"),
        # negatives: the newcomer is no speaker (an object), or of the other sex
        pytest.param("Mayor John Smith met one diplomat on Monday.\nHe said the plan was sound.", "said", "John Smith",
                     id="newcomer-object"),
        pytest.param("Mayor John Smith met reporters on Monday.\nA woman said the budget was late.\nHe said the plan "
                     "was sound.", "said", "John Smith", id="newcomer-other-sex"),
        # the main subject of the sentence right before, brought on by "a", whatever his verb: the "he" is him, named
        # by his phrase (``unnamed_people``)
        pytest.param("The suspect, Traore Kobili, is scheduled to have a third evaluation.\nHe is alleged to have beaten "
                     "her.\nA Muslim terrorist stabbed four people at a train station near Munich.\nIn between, he also "
                     "shouted that his victims were all unbelievers.", "also shouted", "A Muslim terrorist", id="leading-newcomer"),
        # but where a named person of the same walk stands as a subject before him, either may be meant: no one
        # (the woman and the man here may be the speakers, or Clinton and the mayor: a wrong name is worse than none)
        pytest.param("Mayor John Smith toured the site on Monday.\nA man stabbed two people at the station.\nHe said "
                     "the city would add patrols.", "said", "He", id="leading-newcomer-man"),
        # the "him" of the sentence after, which goes on with him ("he also shouted"), is still him
        pytest.param("The suspect, Traore Kobili, is scheduled to have a third evaluation.\nHe is alleged to have beaten "
                     "her.\nA Muslim terrorist stabbed four people at a train station near Munich.\nIn between, he also "
                     "shouted that his victims were all unbelievers.\nA woman heard him say, “Infidel, you must die”.",
                     "say", "A Muslim terrorist", id="leading-newcomer-goes-on"),
        # negatives: a newcomer two sentences back, a passive subject, a newcomer only an object
        pytest.param("Mayor John Smith toured the site on Monday.\nA man stabbed two people at the station.\nThe "
                     "station was closed for hours.\nHe said the city would add patrols.", "said", "John Smith",
                     id="newcomer-two-sentences-back"),
        pytest.param("Mayor John Smith toured the site on Monday.\nA man was arrested at the station.\nHe said the "
                     "city would add patrols.", "said", "John Smith", id="passive-newcomer"),
        pytest.param("Mayor John Smith toured the site on Monday.\nPolice arrested a man at the station.\nHe said the "
                     "city would add patrols.", "said", "John Smith", id="newcomer-object-before"),
    ],
)
def test_newcomer_in_between(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a document owns no document: "its website" after "the indictment lists" is not the indictment's, but the
        # body its own sentence names (``owner_in_sentence``)
        pytest.param("While the indictment lists his company as “Company A,” a search reveals that Lambert is the head "
                     "of DAHER-TLI, “the leading freight company,” according to its website.", "according to",
                     "DAHER-TLI", id="no-documents-website"),
        pytest.param("The report criticized the ministry.\nThe ministry later issued a response.\nAccording to its "
                     "statement, the claims are false.", "According to", "its statement", id="no-reports-statement"),
        # negatives: a body owns its statement; a fitting subject of the sentence over a nearer body in it
        pytest.param("Big Machine Records denied it.\nAccording to its statement, the claims were false.",
                     "According to", "Big Machine Records", id="body-owns-statement"),
        pytest.param("The company, citing data from the EPA, said emissions fell, according to its report.",
                     "according to", "The company", id="subject-owns-report"),
    ],
)
def test_possessor_is_no_document(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # a group that only shows something is no "they"; a group that spoke paragraphs before is none
        pytest.param("The poll shows that GOP moderates may be pliable.\nThe results show that Catholic Republicans "
                     "are out of step with the base.\nThey generally agree that the rich should pay more in taxes.",
                     "generally agree", "Catholic Republicans", id="results-show"),
        pytest.param("Some locals believe the plague is a conspiracy, and say they will keep the ritual.\n"
                     "They say they will continue to dance with the dead.", "say", "Some locals", id="locals-just-spoke"),
    ],
)
def test_spoken_group(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # another subject took over since the group spoke: "they" is the returns, which no name stands for
        pytest.param("While no law requires it, presidential contenders of both parties have understood that it is "
                     "necessary to show they have nothing to hide.\nMitt Romney released his returns in 2012, even though "
                     "they exposed his bank accounts.\nHillary Clinton released her returns this year, even though they "
                     "disclosed the unseemly specter of her husband making millions.", "disclosed", "they",
                     id="returns-not-contenders"),
        # negative: no subject in between
        pytest.param("Proponents, including the Conference of Mayors, have urged Congress to leave the program intact, "
                     "although they say they support some of the changes.", "say", "Proponents", id="proponents"),
    ],
)
def test_spoken_group_not_past_another_subject(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    "text, name, genders, expected",
    [
        # a gendered title on the mention itself decides, though the text left the family name to no one
        pytest.param("As Mr. Trump spoke", "Trump", {}, "m", id="mr-on-the-mention"),
        pytest.param("As Ms. Nwanguma spoke", "Nwanguma", {"nwanguma": "m"}, "f", id="ms-over-the-text"),
        # negatives: a title of no gender, no title: the text's gender, or none
        pytest.param("As President Obama spoke", "Obama", {}, None, id="president"),
        pytest.param("As Jane Smith spoke", "Jane Smith", {"jane smith": "f"}, "f", id="the-texts"),
        pytest.param("As Kim spoke", "Kim", {}, None, id="unknown"),
    ],
)
def test_name_gender(text: str, name: str, genders: dict[str, str], expected: str | None) -> None:
    ctx = SimpleNamespace(genders=genders, quotes=SimpleNamespace(text=text))
    n = Name(text.index(name), None, name, "person")  # type: ignore[arg-type]
    assert name_gender(ctx, n) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the subject of a relative clause on a name is never that name: the clause's verb acts on it
        pytest.param("Viktor Orbán spoke in Budapest on Friday. His party broke with George Soros, whom he accused of "
                     "meddling in Hungary's affairs.", "accused", "Viktor Orbán", id="whom-he-accused"),
        pytest.param("Senator Mary Collins met the governor on Monday. The governor praised Jane Smith, whom she said "
                     "had saved the state money.", "said", "Mary Collins", id="whom-she-said"),
        # negatives: the name is the relative clause's own subject, or the pronoun is in a clause of its own
        pytest.param("Viktor Orbán spoke in Budapest on Friday. He attacked George Soros, who said he would keep "
                     "funding the university.", "said", "George Soros", id="who-said-he"),
        pytest.param("Mary Jones, who told reporters she would run again, said the vote was rigged.", "told",
                     "Mary Jones", id="who-told-she"),
        pytest.param("George Soros founded a university in 1991, which he said would train young leaders.", "said",
                     "George Soros", id="relative-on-a-thing"),
    ],
)
def test_relative_object(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert speakers_by_cue(nlp, text).get(cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the one a "he" speaks of or about after its cue is never that "he": the other man named before
        pytest.param("Dan Ortiz beat Ray Kowal in their first exchange. Kowal declined to follow suit. Ortiz, however, "
                     "wasted no time. \"If you noticed, he didn't answer,\" he said of Kowal.", "said", "Dan Ortiz",
                     id="said-of"),
        pytest.param("Ray Kowal spoke in Iowa on Monday. Dan Ortiz spoke in Ohio. He said of Kowal that the senator was "
                     "weak.", "said", "Dan Ortiz", id="said-of-later-name"),
        # negatives: "of" a thing, or of someone other than the name before
        pytest.param("Ray Kowal spoke in Iowa on Monday. He said of the plan that it was weak.", "said of", "Ray Kowal",
                     id="said-of-a-thing"),
        pytest.param("Ray Kowal spoke in Iowa on Monday. He said of Ortiz that the senator was weak.", "said",
                     "Ray Kowal", id="said-of-another"),
        # one of the family, named with a given name of their own, is someone else (review rev70r)
        pytest.param("Joe Biden spoke to his son by phone. \"I love you,\" he told Hunter Biden.", "told", "Joe Biden",
                     id="told-a-relative"),
        pytest.param("Mary Smith stood by her husband. \"He is innocent,\" she said of John Smith.", "said", "Mary Smith",
                     id="said-of-a-relative"),
    ],
)
def test_spoken_of(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert speakers_by_cue(nlp, text).get(cue) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the one told is not the one telling, whoever the "He" before was ("He attacked ...": Rubio)
        pytest.param("Senator Marco Rubio spoke first on Monday.\nHe attacked the plan as reckless.\n“You are wrong "
                     "about this,” he told Rubio.", "told", "he", id="told-rubio"),
        # the dead say nothing: a newcomer who drowned or was found dead is no "she" / "he" who speaks after
        pytest.param("A woman drowned in the flood on Friday.\nShe said the warnings came too late.", "said", "She",
                     id="drowned"),
        pytest.param("A man was found dead in his apartment on Monday.\nHe said the building was unsafe.", "said", "He",
                     id="found-dead"),
    ],
)
def test_no_speaker_the_text_rules_out(nlp, text: str, cue: str, expected: str) -> None:  # noqa: ANN001
    assert cue_speaker(nlp, text, cue) == expected

# the writer's narration carries the last name on: only "I" acts since, and a "him" already stood for him; the
# "he" is that person, not a subject named before him (``pronouns.carried_on``)
test_the_writer_carries_the_name_on = speaker_table([
    pytest.param("Pope Francis kept this commitment made by his predecessor.\nOf course I also came to Rome from "
                 "Washington.\nOn the morning of June 20, I went to the Domus Sanctae Marthae.\nAs soon as I entered "
                 "the hall I met Cardinal McCarrick, who wore the red-trimmed cassock.\nI greeted him respectfully as I "
                 "had always done.\nHe immediately said to me: “The Pope received me yesterday, tomorrow I am going to "
                 "China.”", "immediately said", "McCarrick", id="greeted-him"),
    pytest.param("Senator Maria Lopez opened the hearing on Tuesday. Later that day we visited Anna Kowalski at her "
                 "home in Warsaw. We asked her about the fire. She said that the firefighters came too late.", "said",
                 "Anna Kowalski", id="asked-her"),
    # negatives: a third person acts in between ("Smith met Jones", "The clerk greeted him"); no pronoun carried
    # the name on; the name is in someone's quoted words
    pytest.param("John Smith met Tom Jones on Monday. He told him that the deal was off.", "told", "John Smith",
                 id="subject-met-object"),
    pytest.param("Barack Obama praised Joe Biden on Monday. He said the bill would pass.", "said", "Barack Obama",
                 id="no-pronoun-between"),
    pytest.param("Donald Trump called James Comey on Monday. I asked him about it. He said the call was routine.",
                 "said", "Donald Trump", id="him-either-man"),
    pytest.param("John Smith opened the meeting on Tuesday. Later I met Tom Jones in the hall. The clerk greeted him. "
                 "He said the plan was dead.", "said", "John Smith", id="third-person-subject"),
    pytest.param("John Smith opened the meeting on Tuesday. “Nobody listens to Tom Jones,” I wrote in my notes. I "
                 "called him later. He said the plan was dead.", "said", "John Smith", id="name-in-quotation"),
    pytest.param("“This has become a litmus test issue,” Senator Chris Murphy told me.\nThe gun push has yielded only "
                 "one victory: forcing Bernie Sanders to reverse his opposition to liability suits. “The primary has "
                 "moved him on the issue of guns,” he said.", "said", "Chris Murphy", id="quoted-him"),
    pytest.param("“This has become a litmus test issue,” Senator Chris Murphy told me.\nThe gun push has yielded only "
                 "one victory: forcing Bernie Sanders to reverse his opposition to liability suits. He said the primary "
                 "had changed the party.", "said", "Chris Murphy", id="his-of-own-sentence"),
    # the name is what the writer asked someone else about, or only owns a phrase: the one asked speaks
    pytest.param("Senator Lindsey Graham spoke to reporters on Monday. I asked him about Vladimir Putin. I pressed him "
                 "on sanctions. He said Russia must pay.", "said", "Lindsey Graham", id="asked-about"),
    pytest.param("Mitch McConnell took questions on Tuesday. I asked him about Donald Trump. I asked him twice. He "
                 "said he would support the nominee.", "said", "Mitch McConnell", id="asked-about-twice"),
    pytest.param("Governor Ron DeSantis met me in Tallahassee on Friday. We discussed Donald Trump. I asked him about "
                 "the primary. He said he would win Florida.", "said", "Ron DeSantis", id="discussed"),
])


def test_the_writer_does_not_carry_on_a_possessor(nlp) -> None:  # noqa: ANN001
    """A possessor only owns the phrase of the one the writer spoke to ("Anna Kowalski's lawyer ... I asked her"):
    the "she" is never Kowalski (``pronouns.talked_about``)."""
    text = ("Senator Maria Lopez opened the hearing on Tuesday. Later we spoke to Anna Kowalski's lawyer. I asked her "
            "about the fire. She said that the firefighters came too late.")
    assert cue_speaker(nlp, text, "said") != "Anna Kowalski"


# one named only as the measure of a comparison ("than Mr. Grant did") is not whom a later "he" takes up (p76)
test_no_pronoun_for_the_one_compared = speaker_table([
    pytest.param("Mr. Lopez has broken more promises than Mr. Grant did. He tells voters the tax will fall.", "tells",
                 "Lopez", id="than-clause-next-sentence"),
    pytest.param("Mr. Lopez has raised far more money than Mr. Grant has, and he says the race is over.", "says",
                 "Lopez", id="than-clause-same-sentence"),
    pytest.param("Mr. Lopez spends as much time in Iowa as Mr. Grant does. He told reporters the state was vital.",
                 "told", "Lopez", id="as-as-clause"),
    # the compared one who then speaks, or who opens the next sentence, is taken up
    pytest.param("Mr. Lopez has won more primaries than Mr. Grant has. But Mr. Grant leads in money. He says the "
                 "race is far from over.", "says", "Grant", id="compared-then-subject"),
    # an "as" of time is no comparison: its subject is no measure
    pytest.param("As Mr. Grant left the hall, Mr. Lopez took the stage. He told the crowd the state was vital.",
                 "told", "Lopez", id="as-of-time"),
    # "looks like" / "seems like" opens what seems so, "as soon as" a time: their subjects are no measure (review)
    pytest.param("Mr. Jones conceded on Tuesday. It looks like Mr. Smith will win the primary. He told supporters the "
                 "count was fair.", "told", "Smith", id="looks-like"),
    pytest.param("Ms. Park trailed all night. It now seems like Ms. Reyes has won. She told supporters the count was "
                 "fair.", "told", "Reyes", id="seems-like"),
    pytest.param("Senator Collins was absent. The committee will vote as soon as Senator Warren returns. She told "
                 "reporters the bill had support.", "told", "Warren", id="as-soon-as"),
])
