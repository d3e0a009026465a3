"""Whom a pronoun or relative that speaks stands for, when agreement and discourse rule a name out.

``pronouns.mere_place``: a place is no "they" (nor an "it", unless it spoke or the writer's clause is about
it); ``pronouns.speaking_thing`` and ``source_context.document_subjects``: an "it" after a thing that spoke
("the Rumble bar posted ... It continued") or a document the writer's clause is about ("The post showed
... It says") is that thing, not an organisation named nearby; ``pronouns._main_subject_or_speaker``: a
speaker inside someone's reported words is no salient speaker; ``antecedents.relative_antecedent``: a
"who" is never a place or a thing; ``source_context.genders``: a "she" after another person named by a
bare surname is no sign of the first person's gender; ``pronouns.document_titles``: a document's title NER took
for a person is no "he"; ``pronouns.negated_name``: "Muslims" of "non-Muslims" is no "they"; ``pronouns.gendered_noun_between``: a "she"
after one of no known sex and a noun of a woman is left to no one; ``pronouns.in_other_relative``: the subject of a
relative clause that only describes a noun ("the answer that Helms gave") is not whom the sentence's "he" goes
with; ``pronouns.fronted_possessor``: the author of a fronted phrase ("In a statement by Jay Wallace, he wrote").
Each with the resolutions that must not change.
"""

from __future__ import annotations

import pytest

from _cues import speaker_table, token_of
from sayso.nlp.extract.antecedents import relative_antecedent
from sayso.nlp.extract.lexicon import load_lexicon

pytestmark = pytest.mark.slow

_AWAN = ("After former Democratic IT aide Imran Awan allegedly threatened his stepmother not to talk to police, her email "
         "account was accessed in suspicious ways and a lawyer for one of Awan’s brothers found out she emailed the FBI "
         "on specific dates and lashed out at her: “You’re a liar, aren’t you?” Days after that, a bank account the "
         "stepmother controlled was almost completely drained through a payment to Imran’s brother, Abid Awan, bank "
         "records show — but she said she is too afraid to press criminal charges.")

test_speaker_behind_pronoun = speaker_table([
    # the one the pronoun's own verb is told to is not the pronoun ("he told Rubio"), even as the subject named last
    pytest.param('At a coffee shop, Rubio supporter Scott Szlachta told the senator that he drove from Chicago. Rubio '
                 'co-sponsored a bill this year that would triple the cap.\n\n"U.S. citizens have been horribly abused by '
                 'the program," he told Rubio.', "told", "Scott Szlachta", id="not-the-one-told"),
    pytest.param('Marco Rubio spoke in Iowa on Monday. "We will secure the border," he told reporters.', "told",
                 "Marco Rubio", id="told-reporters-negative"),
    # the parse made the opening name a compound of its verb ("Scott bristles"): still the subject a "he" goes back to,
    # not the analyst quoted in the paragraph before (``antecedents.verb_read_as_noun``)
    pytest.param('Rep. Bobby Scott threw open his farm on Monday.\n\n"He has not shown an ambition for higher office," '
                 'said Quentin Kidd, a political scientist at Christopher Newport University in Scott\'s district. '
                 '"There\'s an uncertainty whether he can raise money."\n\nScott bristles at the suggestion he won\'t be '
                 'ready. "I\'ve fundraised all I\'ve needed to do to get 70 percent of the vote," he said, cutting off a '
                 'reporter who asked about finances.', "said", "Bobby Scott", id="name-read-as-compound-of-its-verb"),
    # a woman whose family name is also a given name is still one person a "she" reaches, not the man quoted before
    pytest.param('“He would make art in the most surprising places,” Gaiman told me. When Ford visited his editor '
                 'Teresa Nielsen Hayden at her office, he would scribble poems on her desk. “Life was not long '
                 'enough,” she recalled.', "recalled", "Teresa Nielsen Hayden", id="family-name-also-given"),
    # a speaker inside the reported words of another is not the "he" of the next quotation
    pytest.param('Lawyer Michael Hadeed told reporters that James Bacon had threatened to sue him for defamation. '
                 '"I don\'t want to subject myself to that," he said outside court.', "said", "Michael Hadeed",
                 id="reported-speaker"),
    pytest.param('James Bacon told reporters that he would sue Michael Hadeed for defamation. '
                 '"I don\'t want to let this go," he said outside court.', "said", "James Bacon",
                 id="reported-speaker-negative"),
    pytest.param('"I have always said that I expect to be vetted," Smith said on Sunday. He added that the '
                 'campaign was strong.', "added", "Smith", id="smith-he-added"),
    # a reported speaker the outer speaker's pronoun does not fit keeps the "she"
    pytest.param('Prosecutors said the Awans had learned of the investigation, which a spokeswoman for Paul Ryan, '
                 'AshLee Strong, told TheDCNF was supposed to be secret. "They did not want to tip off the employees," '
                 'she said.', "said", "a spokeswoman for Paul Ryan, AshLee Strong", id="reported-speaker-other-gender"),
    # a woman named in the pronoun's paragraph over a person of unknown gender a paragraph back
    pytest.param('As for the others, Ted Cruz and Marco Rubio, as well as Mike Huckabee and Chris Christie, did the best '
                 'on points.\n\nMeanwhile, John Kasich reminds us of the houseguest who will not leave. He is simply not '
                 'likable. And oh yes, Carly Fiorina: What, exactly, are her qualifications? Losing a Senate race by ten '
                 'points? She had a great line a while back when she said, "I know that flying is an activity, not an '
                 'accomplishment."', "said", "Carly Fiorina", id="gender-in-own-paragraph"),
    pytest.param('Senator Chris Christie spoke first.\n\nThen Carly Fiorina took the stage, and the crowd cheered. '
                 'Christie was furious. "This is not fair," he said.', "said", "Chris Christie",
                 id="gender-in-own-paragraph-negative"),
    # a bare surname of unknown gender ("McMaster" of an "H.R. McMaster" NER cut short) that has just spoken keeps the "he"
    pytest.param('President Donald Trump ordered strikes in Syria on Friday. Bolton said that the strikes "could actually '
                 'accelerate the cycle of violence in the region." He claimed that the objectives were to weaken Iran.',
                 "claimed", "Bolton", id="weak-speaker-keeps"),
    # a ", who said" the parse made the verb's own clause is the person named before the comma
    pytest.param('Raymond Arroyo interviewed the bishop. Arroyo spoke with Cruz as well, who said he was "incredibly '
                 'frustrated" when Barros was going to be appointed. He\'d testified about three bishops who had '
                 'witnessed abuse, he said, but Barros had special significance for him.', "said", "Cruz",
                 id="who-misparsed-clause"),
    # the owner of a phrase put before the pronoun's clause: "In Cohen's studies ..., he discovered"
    pytest.param("Noam Cohen, a rhinologist at the University of Pennsylvania, has studied tuft cells for a decade. "
                 + " ".join(["Tuft cells line the airways and the gut, where they sense bitter compounds and parasites."]
                            * 10)
                 + " And in Cohen's studies of chronic nasal and sinus infection, he discovered that recognition of "
                   "bacterial pathogens triggers a response.", "discovered", "Noam Cohen", id="fronted-possessor"),
    # a place is no "they"
    pytest.param("The Tampa Bay Times fact-checked the ad. Its reporters checked the county records in Tampa, "
                 "Florida. They said the numbers did not add up.", "said", "Its reporters", id="outlet-city-they"),
    pytest.param('The professor said that Australia is not a country. Arnold complained to the university. '
                 '"Thank you for this web-address," they wrote.', "wrote", "they", id="place-they"),
    # ...nor a country NER read into a body's name with a placing word ("Neighboring Canada": ``pronouns.place_word``)
    pytest.param("Neighboring Canada has just raised its minimum wage, and they hope Congress will take a similar step "
                 "soon.", "hope", "they", id="placed-country-they"),
    pytest.param("Southern Italy has been hit by floods, and they say more rain is coming.", "say", "they",
                 id="southern-country-they"),  # "Nearby Ireland" was a GPE already: that case could not fail
    pytest.param("Air Canada cut fares on Monday, and they said demand would rise.", "said", "Air Canada",
                 id="company-named-for-a-country-negative"),
    # ...nor one word a town shares with a company or a club, with no placing word on it
    pytest.param("Toyota recalled a million cars on Tuesday. They said a faulty airbag was to blame.", "said",
                 "Toyota", id="company-named-like-a-town-negative"),
    pytest.param("Chelsea have been fined one million pounds by the FA. They said the punishment was unfair.", "said",
                 "Chelsea", id="club-named-like-a-town-negative"),
    pytest.param("Officials in Moscow were furious. They said the expulsions were unacceptable.", "said",
                 "Officials in Moscow", id="officials-they-negative"),
    # a country the writer's clause is about may be "it"
    pytest.param("Russia summoned the ambassador on Monday. It said the expulsions were unacceptable.", "said",
                 "Russia", id="country-it-negative"),
    # an "it" after a document the narration is about, or a thing that spoke
    pytest.param('ESPN fired Curt Schilling on Wednesday after he shared a Facebook post. The post showed an '
                 'overweight man wearing a wig. It says: "Let him in to the restroom with your daughter."', "says",
                 "The post", id="document-it"),
    pytest.param("Amazon said the report was wrong. It added that the warehouse was safe.", "added", "Amazon",
                 id="document-in-reported-words-negative"),
    pytest.param('KENS 5 reported that a bartender had been fired. "The assault took place because this employee did '
                 'not agree with the other individual\'s political stance," the Rumble bar in San Antonio posted on its '
                 'Facebook page. It continued: '
                 '"We have since terminated this employee."', "continued", "the Rumble bar in San Antonio",
                 id="thing-that-spoke-it"),
    # a title the text sets beside a noun of a written thing is a document, no "he" (``pronouns.document_titles``)
    pytest.param("In the discussion following his talk, Cardinal Müller also responded to questions concerning Pope "
                 "Francis' post-synodal exhortation, Amoris Laetitia. Professor Livio Melina, the former President of the "
                 "Pontifical Institute, was another speaker at the conference. He stressed that Amoris Laetitia has to be "
                 "\u201cread in the context of the encyclical Veritatis Splendor.\u201d In returning to that encyclical, "
                 "explained the Italian professor and theologian, Amoris Laetitia could be given a hermeneutic in light of "
                 "a \u201ccontinuity with the Magisterium of the Church.\u201d He also said: \u201cThe Commandments are an "
                 "expression of the Love of God for us.\u201d", "also said", "Livio Melina", id="document-title-no-he"),
    # a person in apposition to a written thing's author, or a title that speaks, keeps the "he"
    pytest.param("The author of the book, Michael Wolff, defended it on Friday. He said every quote was recorded.",
                 "said", "Michael Wolff", id="author-apposition-negative"),
    pytest.param("The senator released a statement, John Smith, and left. Professor Jane Doe spoke first. John Smith "
                 "said the plan would fail. He added that the vote was close.", "added", "John Smith",
                 id="apposed-name-that-speaks-negative"),
    # a name that is the tail of a negating word ("non-Muslims") is not the people a "they" stands for
    # (``pronouns.negated_name``)
    pytest.param("In the year 718, the caliph sent out a message to the governors: The non-Muslims are nothing but "
                 "dirt. Allah has created them to be partisans of Satan, whose whole endeavor is useless, though they "
                 "themselves imagine that they are doing fine work.", "imagine", "non-Muslims", id="non-prefixed-name"),
    pytest.param("The non-Muslims in the village were not invited to the council. They said the meeting was unfair.",
                 "said", "non-Muslims", id="non-prefixed-subject"),
    pytest.param("The Muslims in the village were not invited to the council. They said the meeting was unfair.",
                 "said", "Muslims", id="unprefixed-name-negative"),
    # one of no known sex is not the "she" where a noun of a woman acts in between (``pronouns.gendered_noun_between``):
    # left to no one; the chosen one keeps it with no such noun, or where the text gives her sex
    pytest.param(_AWAN, "said", "she", id="gendered-noun-between"),
    pytest.param(_AWAN.replace("the stepmother controlled", "the family controlled"), "said",
                 "a lawyer for one of Awan’s brothers", id="no-gendered-noun-negative"),
    pytest.param(_AWAN.replace("a lawyer for one of Awan’s brothers", "Mary Jones, a lawyer for one of Awan’s brothers,"),
                 "said", "Mary Jones", id="chosen-of-known-sex-negative"),
    # an epithet of the one named (not a relative's noun, or one with "of") is no one new: the name keeps the "she"
    pytest.param("Casey Morgan lost everything in the fire. The mother of three was in tears on Monday. She said she "
                 "had nowhere to go.", "said", "Casey Morgan", id="epithet-with-of-negative"),
    pytest.param("Sydney Adams was hired by the firm in 2015. The woman later sued it. She said she had been paid "
                 "less than men.", "said", "Sydney Adams", id="epithet-noun-negative"),
    pytest.param("Pat Lewis sued the city in June. The woman's lawyer filed papers on Monday. She said the city had "
                 "ignored her.", "said", "Pat Lewis", id="epithet-owner-negative"),
    # a possessive goes back to its own clause's subject where no other name comes between
    # (``pronouns.own_clause_subject``)
    pytest.param("Robert Fastiggi wrote a reply to the column on Monday. Unfortunately, Mr. Ferrara provides no real "
                 "evidence for his claim that the pope wishes to change the rules.", "claim", "Ferrara",
                 id="possessive-own-subject"),
    pytest.param("Robert Fastiggi wrote a reply to the column on Monday. Unfortunately, Mr. Ferrara attacked Mr. Smith "
                 "over his claim that the pope wishes to change the rules.", "claim", "Smith",
                 id="possessive-name-between"),  # a remark someone is attacked over is his (spk79: faulted_objects)
    # the object of a verb may be someone else's words: left to the old walk (the one named before)
    pytest.param("Joe Biden met Donald Trump on Monday. Trump mocked his promise that taxes would not rise.",
                 "promise", "Joe Biden", id="possessive-verb-object-negative"),
    pytest.param("Boris Johnson spoke to Keir Starmer on Tuesday. Starmer mocked his promise that the NHS would be "
                 "fixed.", "promise", "Boris Johnson", id="possessive-verb-object-negative-2"),
    # a "who" is never a place
    pytest.param('"It was a disaster," said Alan Berger, a gynecologist from Englewood, New Jersey, who said he is '
                 'friendly with the family.', "said", "Alan Berger", id="who-not-place"),
])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Alan Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with the family, left.",
         "Berger"),
        ("The last question at the event was from a young child, who said he and his father drove to the event.",
         "child"),
        ("The campaign, who said it would appeal, lost.", "campaign"),
        ("Talks between his government and the Taliban, who have long refused, stalled.", "Taliban"),
        ("The plan drew rebukes, including some who warned it could make matters worse.", "some"),
        ("A majority of voters, 56%, have a negative response, including 18% who say they would be dissatisfied.",
         "%"),
        ('"We chase absentee requests," said Borges, who predicted a third of the vote will be cast early.', "Borges"),
        ("His policy is in line with that of certain leaders of the past who recommended that a liar should lie big.",
         "leaders"),
        ("Arroyo spoke with Cruz as well, who said he was frustrated.", "Cruz"),
        # a thing or a place the parse hung the clause on is no one: left unresolved
        ("He spoke in Houston as well, who said the candidates were ready.", None),
        ("He spoke after the debate in Houston, who said the candidates were ready.", None),
        ("The rally drew thousands to the stadium in Des Moines, who said they were tired of waiting.", None),
    ],
)
def test_who_is_animate(nlp, text: str, expected: str | None) -> None:  # noqa: ANN001
    lex = load_lexicon()
    who = next(t for t in nlp(text) if t.lower_ == "who")
    got = relative_antecedent(who, lex.person_roles | lex.anonymous | lex.groups | lex.person_nouns)
    assert (got.text if got is not None else None) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("In Cohen's studies of chronic infection, he discovered a pathway.", "Cohen", True),
        ("At Smith's rally on Monday, she said the plan would work.", "Smith", True),
        # negatives: the pronoun stands above the owner, or the phrase follows it
        ("He praised Cohen's studies of chronic infection.", "Cohen", False),
        ("He discovered a pathway in Cohen's studies of chronic infection.", "Cohen", False),
        # the author of the fronted phrase's noun, as its participle's agent (``_authored_by``)
        ("In a famous speech given in the 1930s by Parson Martin Niemoller, he said that the Nazis came first.",
         "Niemoller", True),
        ("In a letter written by John Smith to the board, he said the plan would fail.", "Smith", True),
        # or the "by" of a noun of one's own words
        ("In a statement by Fox News President Jay Wallace, he wrote that the network supports CNN.", "Wallace", True),
        ("In a letter by Mary Jones to the board, she said the plan would fail.", "Jones", True),
        # negatives: the one who asked, not the author; an author the pronoun owns; an agent after the pronoun
        ("In an interview conducted by Jake Tapper, he said the plan would fail.", "Tapper", False),
        ("In an interview by Jake Tapper, he said the plan would fail.", "Tapper", False),
        ("In a report by John Smith, he said the plan would fail.", "Smith", False),
        ("In a statement by his lawyer Tom Smith, he said the plan would fail.", "Smith", False),
        ("In a letter written by his brother Tom, he said the plan would fail.", "Tom", False),
        ("He said the plan would fail in a letter written by John Smith.", "Smith", False),
        # a noun of one's own words after another preposition: the "he" reacts to it, he is not its author (review)
        ("After a statement by Sean Spicer, he said he would keep asking questions.", "Spicer", False),
        ("Under a post by Elon Musk, he wrote that the plan would fail.", "Musk", False),
        ("At a speech by Barack Obama, he said the plan would fail.", "Obama", False),
    ],
)
def test_fronted_possessor(nlp, text: str, name: str, expected: bool) -> None:  # noqa: ANN001
    from sayso.nlp.extract.pronouns import fronted_possessor

    doc = nlp(text)
    owner = token_of(doc, name)
    pronoun = next(t for t in doc if t.lower_ in ("he", "she"))
    assert fronted_possessor(owner, pronoun) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Ford", named between, takes the "she": Trump stays a "he"
        ('Christine Blasey Ford wrote a letter to the committee. At the White House on Wednesday, President Trump '
         'said it would be "wonderful" if Ford testifies and "unfortunate" if she does not. He indicated he was '
         'keeping an open mind about the allegations.', "Trump"),
        ('Senator Dianne Feinstein said the letter was credible. "I take it seriously," she said.', "Dianne Feinstein"),
    ],
)
def test_gender_not_from_another_persons_pronoun(nlp, text: str, expected: str) -> None:  # noqa: ANN001
    from _cues import analysis, speaker

    report = analysis(nlp, text)
    last = [a for a in report.attributions if a.cue is not None][-1]
    assert speaker(report, last) == expected


@pytest.mark.parametrize(
    "text, surnames, expected",
    [
        # the bare family name NER tagged no person ("Fisher’s" an organisation) is still her mention: her "she" says it
        ("Simcha Fisher wrote a column. The scales have fallen from Fisher’s eyes and now, at last, she sees him for "
         "what he is.", {"fisher": "Simcha Fisher"}, {"simcha fisher": "f"}),
        ("Simcha Fisher wrote a column. But why is Fisher still working hard when she knows the truth?",
         {"fisher": "Simcha Fisher"}, {"simcha fisher": "f"}),
        ("Jordan Fisher wrote a column. The scales have fallen from Fisher’s eyes and now, at last, he sees the pope "
         "for what he is.", {"fisher": "Jordan Fisher"}, {"jordan fisher": "m"}),
        # negatives: no full name the family name stands for; a family name that only opens a longer name
        ("Fisher wrote a column. The scales have fallen from Fisher’s eyes and now she sees him.", {}, {}),
        ("Simcha Fisher wrote a column. The Fisher Price toys fell and she saw them.", {"fisher": "Simcha Fisher"},
         {}),
    ],
)
def test_gender_of_a_surname_ner_left_out(nlp, text: str, surnames: dict, expected: dict) -> None:  # noqa: ANN001
    from sayso.nlp.extract.source_context import genders

    assert genders(nlp(text), surnames) == expected


def test_he_not_given_to_a_woman_the_text_calls_she(nlp) -> None:  # noqa: ANN001
    """A woman no given name types ("Simcha"), whose "she" the text gives only after a bare family name NER did not
    tag a person, and whose quoted words the "he" stands in: the "he" is the man her words are about."""
    from _cues import analysis, speaker

    text = ("I never thought I would see the day when a writer such as Simcha Fisher, as notorious as Mark Shea for her "
            "invective against traditionalists, would turn on the pope. The scales have fallen from Fisher’s eyes and "
            "now, at last, she sees him for what he is.\nQuoth Fisher:\nThey tell me that Pope Francis is sounding "
            "more and more like the men who abused them.\nHe’s sounding like the men who hid that abuse from the "
            "world, who taught their victims to blame themselves.\nAfter responding to a question about the "
            "accusations, he said point blank, “I will not say a single word on this.”")
    report = analysis(nlp, text)
    said = [a for a in report.attributions if a.cue is not None and a.cue.text == "said"]
    assert [speaker(report, a) for a in said] == ["Pope Francis"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # negatives: a name that qualifies a noun subject, a capitalised compound, a name not opening its sentence
        ("Apple shares fell sharply on Monday after the report.", "Apple", False),
        ("Trump Tower rises above Fifth Avenue in Manhattan.", "Trump", False),
        ("On Monday the Scott campaign bristles at the suggestion.", "Scott", False),
    ],
)
def test_verb_read_as_noun(nlp, text: str, name: str, expected: bool) -> None:
    from sayso.nlp.extract.antecedents import verb_read_as_noun
    doc = nlp(text)
    token = token_of(doc, name)
    assert verb_read_as_noun(token) is expected


# a possessive that is the mention itself ("Their claim that ...", the noun of saying its cue) stands for the name it
# agrees with, as "they" would; with none to agree with it stays as written
test_possessive_mention = speaker_table([
    pytest.param("The senators met on Monday. Their claim that the bill would fail was disputed.", "claim",
                 "The senators", id="their-claim"),
    pytest.param("Their claim that the bill would fail was disputed.", "claim", "Their", id="their-claim-no-antecedent"),
])


# a bare family name two people share, whose title the entity left out ("the former Mrs. Trump"), is the one of the
# title's gender: not Donald, so a "he" whose statement names her may still be Donald, not the last other man quoted
_TRUMPS = ('For years, Donald J. Trump was a loyal friend of the mayor. He married his first wife, Ivana Trump, in '
           '1977, and they divorced in 1992.\n\n"He liked them and their star quality," said Edward G. Rendell, a former '
           'governor of Pennsylvania.\n\n')
test_title_left_out_of_the_name = speaker_table([
    pytest.param(_TRUMPS + "Mr. Trump also faces criticism about his personal life, including allegations that he "
                 "mistreated Ivana Trump, which he has denied and which the former Mrs. Trump later backed away from.",
                 "has denied", "Donald J. Trump", id="mrs-in-the-statement"),
    # negative: the title of the speaker's own mention decides as before
    pytest.param(_TRUMPS + "The former Mrs. Trump said she had moved on.", "said", "Ivana Trump", id="mrs-speaks"),
])


test_relative_subject = speaker_table([
    # the subject of a relative clause that only describes a noun is not whom the sentence's "he" goes with
    pytest.param("Ian Shapira wrote about the file on Monday.\nShapira then proceeds to provide the answer that Helms "
                 "gave, which, as he points out, has been public.", "points out", "Ian Shapira",
                 id="relative-clause-subject"),
    # negatives (kept as they were): the main subject after a relative clause on it; a relative clause the pronoun
    # stands in
    pytest.param("Senator John Smith, whom Tom Jones hired in 2010, said he would vote against the bill.", "said",
                 "John Smith", id="name-whom-subject"),
    pytest.param("Mary Smith chaired the panel that Tom Jones led when he said the plan would fail.", "said",
                 "Tom Jones", id="pronoun-in-the-relative"),
    # a second relative clause on the same noun, opened by a preposition and "which", that the pronoun stands in:
    # the words are in the thing the first clause's subject made (review)
    pytest.param("Bob Woodward played the tapes that Donald Trump recorded, on which he said the virus was deadly.",
                 "said", "Donald Trump", id="on-which-he-said"),
    pytest.param("William Barr released the memo that Robert Mueller wrote, in which he said the evidence was thin.",
                 "said", "Robert Mueller", id="in-which-he-said"),
])
