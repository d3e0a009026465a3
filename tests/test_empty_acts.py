"""A cue with nothing attributed (``sayso.nlp.extract.empty_acts``): no one said it, nothing held, the act named.

Each table has its positive rows (dropped) and its negative rows (kept)."""

from __future__ import annotations

import pytest

from _cues import cue_table
from sayso.nlp.extract.candidates import Content
from sayso.nlp.extract.empty_acts import mentions_only

test_nobody_said = cue_table([
    ("Neither the pope, nor any of the cardinals in Rome have denied the facts I asserted.", "denied", False),
    ("Neither of them said that the plant would close.", "said", False),
    ("The pope and the cardinals have denied the facts I asserted.", "denied", True),
    ("Neither side won the vote, the mayor said on Monday.", "said", True),
    ("No one in the campaign said the race was over.", "said", True),
])

test_negated_holder = cue_table([
    ("The coach said she had no talks with players who argued that the season should end.", "argued", False),
    ("He has met nobody who believes that the tax will pass.", "believes", False),
    ("The mayor said she had heard from no residents who complained that the park was closed.", "complained", False),
    ("The coach said he had conversations with players who have suggested that the season end.", "have suggested",
     True),
    ("The mayor met residents who said that no one had cleaned the park.", "said", True),
    ("No voters doubt the officials who said that the plant would close.", "said", True),
    ("The mayor said no one had told him that the plant would close.", "said", True),
    ("The mayor denied that the plant would close.", "denied", True),
    ("She met no one who believed that the verdict was fair.", "believed", False),
    ("There was no immediate comment from the ministry, which said last week that the talks would resume.", "said",
     True),
    ("The company had no contact with the regulators, who said on Monday that the plant was unsafe.", "said", True),
    ("He had no conversations with the senators who have suggested that he quit.", "have suggested", True),
    ("None of those who have argued that the tax is unfair were invited.", "have argued", True),
    ("There is no shortage of critics who say the plan will fail.", "say", True),
    ("The White House had no response to lawmakers who demanded that the inquiry be reopened.", "demanded", True),
    ("The result was no surprise to analysts who had predicted that sales would fall.", "had predicted", True),
    ("The minister is no stranger to critics who claim that she is out of touch.", "claim", True),
    ("No fewer than 12 senators who argued that the bill was unconstitutional signed the letter.", "argued", True),
    ("The judge found no merit in the arguments of the defendants, who said they had acted in self-defence.", "said",
     True),
])

test_nobody_on_a_thing = cue_table([
    # a subject that names no one, or "not everyone", with a bare noun phrase: a negated frame around a topic
    ("Not everyone was claiming victory after the count.", "was claiming", False),
    ("Not everybody claimed credit for the rescue.", "claimed", False),
    # kept: a clause or a small clause for content, a subject of people, a named speaker
    ("No one in the union said the strike was over.", "said", True),
    ("Not everyone considers the stadium plan a success.", "considers", True),
    ("Not everyone thinks the stadium plan will work.", "thinks", True),
    ("Not everyone agrees that the tax is fair.", "agrees", True),
    ("The mayor claimed victory after the count.", "claimed", True),
])

test_told_no_one = cue_table([
    ("She told no one about the assault until 30 years later.", "told", False),
    ("The senator said nothing to the reporters.", "said", False),
    ("She told nobody that she was ill.", "told", False),
    ("She told her sister that no one came to the party.", "told", True),
    ('About 50 protesters stood outside, chanting "no contract, no peace" as she spoke.', "chanting", True),
    ("She told the police that she was ill.", "told", True),
])

test_recalled_question = cue_table([
    ("Ford can't remember where and when the alleged assault took place.", "remember", False),
    ("The mayor doesn't know whether the bridge will reopen.", "know", False),
    ("Ford remembers that the party took place in the summer.", "remembers", True),
    ("The mayor knows that the bridge will not reopen.", "knows", True),
    ("Critics didn't know what to make of Mr. Clarke.", "know", True),
    ("He recalled how on his first trip all he saw was a dark highway lined with trees.", "recalled", True),
    ("She knows how important it is to defeat Donald Trump in November.", "knows", True),
])

test_knows_how = cue_table([
    ("The IAEA knows not to ask.", "knows", False),
    ("The recruits learned to keep quiet about the camp.", "learned", False),
    ("The IAEA knows that Iran is hiding its sites.", "knows", True),
])

test_relative_doer = cue_table([
    ("The JCPOA did not cover the tests and the UN resolution that did mention the missiles is toothless.", "mention", False),
    ("The senator who said the bill would fail was right.", "said", True),
    ('The listing was replaced by a message that said, "Sorry, but the item is no longer in the system."', "said", True),
])

test_writers_reasoning = cue_table([
    ("It would also explain why the CIA was closely monitoring Oswald's movements.", "explain", False),
    ("This could mean that the talks will fail next week.", "mean", False),
    ("The report shows that the CIA was closely monitoring Oswald's movements.", "shows", True),
    ("The director explained why the CIA was monitoring Oswald in 1963.", "explained", True),
])

test_act_noun_content = cue_table([
    ("The doctor warned of the outbreak. He also sounded the alarm to neighboring countries.", "sounded", False),
    ("The governor issued a warning to residents of the coast.", "issued", False),
    ("The governor issued a warning that the dam could break on Sunday.", "warning", True),
    ("The mayor echoed statements by Donald Trump last week.", "echoed", True),
    ("On Wednesday night, he acknowledged the appeal of the fractious Republican race in one breath.", "acknowledged",
     True),
])

test_said_a_noun = cue_table([
    ("In a series of tweets on Thursday, President Trump said the right things.", "said", False),
    ("The minister said all the usual things about the budget.", "said", False),
    ("Not that he said things the way he should have.", "said", False),
    ("The senator said things would change after the vote.", "said", True),
    ("In a series of tweets on Thursday, President Trump said the caravan must be stopped.", "said", True),
    ('President Trump said "the right things" were done.', "said", True),
    ("The Trump team has said single people and families - gay, straight, adoptive and foster - would qualify.", "said", True),
    ('"We are defeating Donald Trump," Sanders said of the front-runner, before taking on the fossil fuel industry.', "said",
     True),
])

test_indefinite_target = cue_table([
    ("When someone asks for a favor, the person who can grant it demands something in return.", "demands", False),
    ("The union demands that the city raise wages by five percent.", "demands", True),
    ("The senator was proposing something else entirely.", "proposing", True),
])

test_misread_participle = cue_table([
    ("Nevertheless, the Democrats opposed to Judge Kavanaugh happily seized on the unsubstantiated allegation.",
     "opposed to", False),
    ("Western Journalism reported recently about a hapless college student referred to as stickerboy, who was able to "
     "get into a rally.", "reported", True),
    ("The Democrats opposed to Judge Kavanaugh said that the hearing was rushed.", "said", True),
    ("That is when she pointed to reports that Trump called the pageant winner “Miss Piggy” as an example.", "pointed to",
     True),
])

test_quoted_whom = cue_table([
    ("Stütz also quotes in the article itself Father Franz Harant, “a pastoral worker in the field of marriage and the "
     "family” at the Ursulinenkirche in Linz.", "also quotes", False),
    ("The article quotes Father Franz Harant, “a pastoral worker in the field of marriage,” who says the blessing is "
     "available.", "quotes", False),
    # negatives: "as saying", a quotation of words
    ("The Times quoted Senator John Smith, a Democrat from Ohio, as saying the bill would fail.", "quoted", True),
    ("The photo quotes “If God is for us, who can be against us?”", "quotes", True),
    # a whole quotation with no verb is still the words quoted
    ("The senator quotes the mayor: “A disgrace.”", "quotes", True),
    ("The article quotes Smith: “A total disgrace from start to finish.”", "quotes", True),
])

test_as_if_object = cue_table([
    ("But mainstream media dutifully reported official statements as if the veracity of the information couldn't "
     "be disputed.", "reported", False),
    # "as if" inside what was said, or beside a quotation: kept
    ("Trump said the economy was booming as if nothing had happened.", "said", True),
    ('"It was wrong," he said, as if nobody had noticed.', "said", True),
])

test_pronoun_object_only = cue_table([
    ("The Cardinal admitted his mistake, but he said this as if it had no importance.", "said", False),
    ("The senator described it to friends.", "described", False),
    ("He said that to reporters because he was angry.", "said", False),
    ("The governor said it at a rally in Ohio.", "said", False),
    # negatives: a clause the cue governs, a predication on the pronoun, a complementizer, the forward-pointing pronoun
    ("He said that the plan would fail.", "said", True),
    ("She said it was over.", "said", True),
    ("The mainstream media dismissed it as a conspiracy theory.", "dismissed", True),
    ("Trump accused it of misleading the court.", "accused", True),
    ("He said this: the plan will fail.", "said", True),
    # a "that" the parse took for the object, a statement after the phrase of time
    ("He said that at the time the company was broke.", "said", True),
    # no pointing pronoun, but a light noun's relative names no words (concealed_questions.answerless_relative)
    ("He said something that shocked everyone.", "said", False),
    # a second argument of the verb: PolNeAR marks "said that of Cruz's campaign", "asked something of her rival"
    ("The faithful throughout the world also demand this of him.", "also demand", True),
    ("Obama and Clinton blame this on President Bush.", "blame", True),
    # ... negated, no statement (negated_reports): dropped
    ("Obama and Clinton can't blame this on President Bush.", "can't blame", False),
])


@pytest.mark.parametrize(
    "text, said, expected",
    [
        # the handle a post is addressed to, the post's hashtags: no word of what was said
        ("Important: no more indictments are coming, a DOJ official tells @LauraAJarrett", "@LauraAJarrett", True),
        ("The campaign answered @NYTimes, @WSJ.", "@NYTimes, @WSJ.", True),
        # negatives: a hashtag may be the message; words beside the mention; a mention inside a quotation is the
        # speaker's own words
        ("In a post, she wrote #TimesUp.", "#TimesUp", False),
        ("A DOJ official tells @LauraAJarrett no more indictments are coming.",
         "@LauraAJarrett no more indictments are coming.", False),
        ("He wrote “@CNN #FakeNews” under the clip.", "“@CNN #FakeNews”", False),
    ],
)
def test_mentions_only(nlp, text: str, said: str, expected: bool) -> None:  # noqa: ANN001
    start = text.index(said)
    content = Content("ccomp", start, start + len(said), quote=said.startswith("“"))
    assert mentions_only(content, nlp(text)) is expected
