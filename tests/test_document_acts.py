"""Documents, calls and tallies named are no statements (issue 12, item 1): ``nlp/extract/document_acts.py``
(and ``other_senses.phoned``, ``responses.target_not_content`` for the calls made and letters answered).

``text -> cue word that must (not) be an attribution``: the thing issued, read out, written or added is
named, not what it says; the text that follows and the statement beside it stay.
"""

from __future__ import annotations

import pytest

from _cues import cue_table, token_of

pytestmark = pytest.mark.slow


test_issued_called_answered = cue_table(
    [
        # a document or a speech event issued, given or filed: named, not what it says
        ("The company issued a statement on Friday.", "issued", False),
        # a plural document noun the parse read as a verb ("the visitor" + "logs"): still the document (audit 26)
        ("The problem with this latest fabrication is that Moreno had already released the visitor logs to the "
         "Mueller inquiry.", "had already released", False),
        ("The White House released the visitor logs on Friday.", "released", False),
        # what the document says stays
        ("The logs show that Manafort never visited the embassy.", "show", True),
        # a "that" clause whose verb is a document noun is a clause written or added, not a misread document
        ("Smith added that the agency reports to the governor.", "added", True),
        ("Smith wrote that the company reports directly to the board.", "wrote", True),
        ("He filed the court documents on Tuesday.", "filed", False),
        # figures released like a document, the plural noun read as a verb ("signature" + "counts"): audit 68 W
        ("Shelley's office released signature counts late Friday and said counties had reported counting 575,926 "
         "signatures so far.", "released", False),
        ("The ministry released the trade figures on Monday.", "released", False),
        ("Shelley's office released signature counts late Friday and said counties had reported counting 575,926 "
         "signatures so far.", "said", True),
        ("The ministry released data that showed exports fell.", "showed", True),
        # a figure put at a sum is an estimate, not a figure issued (PolNeAR dev marks it)
        ("The Tax Policy Center estimates that the plan would raise $1.1 trillion; the Center for Federal Tax Policy "
         "at the more conservative Tax Foundation puts the figure at $498 billion.", "puts", True),
        ("She gave a speech in Ohio.", "gave", False),
        ("He posted an Associated Press article on Facebook.", "posted", False),
        ("He wrote a letter to the editor.", "wrote", False),
        ("Smith added a note of caution if the rates rise.", "added", False),
        ("The chairman sounded a note of caution about the economy.", "sounded", False),
        # a call made: whom one phones
        ("The neighbor called police dispatch at 9:40 p.m.", "called", False),
        ("She called police to ensure the children were safe.", "called", False),
        ("He called 911 and said his wife had been shot.", "called", False),
        ("He called the police department to report the theft.", "called", False),
        # what is answered is no content
        ("The White House responded to the order on Monday.", "responded", False),
        ("The minister replied to the letter within a week.", "replied", False),
        # positives: the statement itself, a noun with its clause, a characterisation, a stance on a document
        ("He called 911 and said his wife had been shot.", "said", True),
        ("The company issued a statement that the plant would close.", "statement", True),
        ("The company issued a statement saying the plant would close.", "saying", True),
        ("She wrote that the plan would fail.", "wrote", True),
        ("Smith added that the rates would rise.", "added", True),
        ('"We will win," Smith added.', "added", True),
        ("The union called the police racist.", "called", True),
        ("He called him a liar.", "called", True),
        ("He denied the report.", "denied", True),
        ("The mayor responded that crime had fallen for three years.", "responded", True),
        # the issued text follows: after a colon, or as the next paragraph's quotation
        ("The company issued a statement on Friday:\n\"We are safe.\"", "issued", True),
        # ... the next paragraph's quotation keeps the speaker; "issued a statement" itself states no position and is
        # left out (``stances.unpositioned``; tests/test_stances.py)
        ("The press secretary issued a statement following the ruling on Thursday.\n“Today, the court made clear "
         "that there is no absolute right.”\nWell, I can see that.", "issued", False),
    ],
)


test_authorship_is_no_statement = cue_table(
    [
        # who wrote a work named by its title: no statement
        ("Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips.", "written", False),
        ("The Daily Briefing column is penned by Mary Jones.", "penned", False),
        # negatives: a revelation by an agent, a written thing that speaks, a clause after the passive
        ("The plan was revealed by the Post.", "revealed", True),
        ("The memo, written by two aides, says the plan failed.", "says", True),
        ("Smith wrote that the plan had failed.", "wrote", True),
    ],
)


test_a_work_written_is_no_statement = cue_table(
    [
        # a verb that makes a work (a story, a novel, a title): the work is named, and what the parse hangs on it (its
        # relative clause, the sentence's main clause, an adjunct) is not what the writer said (blind audit h42)
        ("He was writing a short story where God cheats at Scrabble.", "writing", False),
        ("Smith wrote a short story about a boy who lost his dog.", "wrote", False),
        ("Ford’s attitude toward religion was epitomized by the short story he wrote where God cheats at Scrabble.",
         "wrote", False),
        ("Over a decade before George R.R. Martin wrote A Song of Ice and Fire, Ford created an alternate-history "
         "retelling of the Wars of the Roses, filled with palace intrigue, dark magic, and more Shakespeare references "
         "than are dreamt of in our philosophy.", "wrote", False),
        ("Instead, Tor, which had been recently acquired by St. Martin’s, published Scholars with a blank back cover.",
         "published", False),
        ("Growing Up Weightless, a story of political intrigue on the moon, is told not by the diplomats and "
         "governors, but by their children.", "told", False),
        ("In the book he wrote last year, Smith said the war was lost.", "wrote", False),
        ("The Times wrote a story saying the plan would fail.", "wrote", False),
        # kept: a clause or a quotation the verb governs, a noun with its own clause, the participle that says
        ("Smith wrote that the plan would fail.", "wrote", True),
        ("Smith wrote in a memo that the plan would fail.", "wrote", True),
        ("Smith wrote on Twitter that the plan would fail.", "wrote", True),
        ("Smith wrote: “The plan will fail.”", "wrote", True),
        ("“The plan will fail,” Smith wrote.", "wrote", True),
        ("The most lucrative side hustles are those that generate passive income, he wrote.", "wrote", True),
        ("Smith wrote Congress that the plan would fail.", "wrote", True),
        ("Smith wrote The Times that the plan would fail.", "wrote", True),
        ("He wrote the song: “We shall overcome.”", "wrote", True),
        ("The Post wrote a story that the mayor had resigned.", "wrote", True),
        ("The Times wrote a story saying the plan would fail.", "saying", True),
        ("The Times published a report saying the plan would fail.", "saying", True),
        ("She wrote a letter saying the plan would fail.", "saying", True),
        ("He wrote a column arguing that the plan would fail.", "arguing", True),
        ("In the book he wrote last year, Smith said the war was lost.", "said", True),
        # what the work says: a participle on it, the writer's own act in it (PolNeAR gold: "wrote | an op-ed urging
        # Congress to ...", "has written a book in which he exposes | the rage ...")
        ("Smith wrote a song in 1968 urging young men to resist the draft.", "wrote", True),
        ("Last year, Byrne wrote a story in which he exposes the rage of Hillary Clinton.", "wrote", True),
        ("The voters were told by officials that the polls would close early.", "told", True),
    ],
)


@pytest.mark.parametrize("text, verb, expected", [
    # the work a verb made, and whether it names one: the object, a relative clause's noun, a passive's appositive
    ("He was writing a short story where God cheats at Scrabble.", "writing", ("story", True)),
    ("It was the short story he wrote in 1990.", "wrote", ("story", True)),
    ("It was the book which he wrote in 1990.", "wrote", ("book", True)),
    ("Growing Up Weightless, a story of political intrigue on the moon, is told by their children.", "told",
     ("story", True)),
    ("Tor published Scholars with a blank back cover.", "published", ("Scholars", True)),
    # a message, an addressee, a name that is no title, no object at all: no work
    ("She wrote a letter to the editor.", "wrote", ("letter", False)),
    ("Smith wrote Congress last week.", "wrote", ("Congress", False)),
    ("Smith wrote that the plan would fail.", "wrote", None),
    ("The author who wrote in 1990 said nothing.", "wrote", None),
])
def test_work_written(nlp, text: str, verb: str, expected: tuple[str, bool] | None) -> None:  # noqa: ANN001
    from sayso.nlp.extract.document_acts import PUBLISHING, names_work, work_written

    token = token_of(nlp(text), verb)
    work = work_written(token)
    found = None if work is None else (work.text, names_work(work, publishing=token.lemma_ in PUBLISHING))
    assert found == expected

test_tallies_and_readings = cue_table(
    [
        # "add" and a thing added, then when or where: a tally, not a statement
        ("Connor Clifton added a goal as the Bruins beat the Devils.", "added", False),
        ("Jones added 18 points while Smith had 12 for the Wolves.", "added", False),
        ("Marchand added two assists as Boston won 4-2.", "added", False),
        ("The committee added a provision to the bill on Tuesday.", "added", False),
        # what is added in words: a clause, a quotation, a noun with its own clause, a misparsed clause
        ("Smith added that the Bruins would win the series.", "added", True),
        ('"We will win the series," he added.', "added", True),
        ("The minister added a caveat that the figures were preliminary.", "added", True),
        ("They added their lobbying on behalf of the firm did not involve Uranium One.", "added", True),
        # reading out a document is an act; the document is not what it says
        ("Saraki read 16 letters from the governors to the chamber.", "read", False),
        ("The spokesman read from a prepared statement.", "read", False),
        ("The clerk read the names of the victims aloud on Sunday.", "read", False),
        # what a text reads, and the saying part of a statement read out, are words
        ('The sign read "Welcome to Texas".', "read", True),
        ("Saraki read a statement saying that the Senate would not be intimidated.", "saying", True),
        ("The statement read, in part, that the company regretted the delay.", "read", True),
    ],
)


test_forwarded_items = cue_table(
    [
        # a story, a video or a picture passed on: an act, what it says is not told
        ("Trump retweeted a story about the assault on Monday.", "retweeted", False),
        ("The senator reposted a video of the fight with no comment.", "reposted", False),
        ("She shared a photo of the crowd on Instagram.", "shared", False),
        ("He retweeted a link to the Breitbart article.", "retweeted", False),
        # words passed on, a clause, a quotation, a noun with its own clause: said
        ("Trump retweeted that the polls were rigged.", "retweeted", True),
        ("Trump retweeted “Make America great again” on Sunday.", "retweeted", True),
        ("She shared that she had been diagnosed with cancer.", "shared", True),
        ("He posted: “We will win.”", "posted", True),
    ]
)


# a story, a video or a picture passed on, whatever adjuncts of the verb the content runs into
# (``document_acts.forwarded_item``; blind audits 35-36); words, clauses and things that are no media item stay
test_a_media_item_passed_on_is_no_statement = cue_table(
    [
        ("The mother posted the video of the incident on Facebook as evidence of her claims.", "posted", False),
        ("In April 2016, Zakkout promoted a report discussing the notion of Jewish involvement in the attacks.",
         "promoted", False),
        ("Trump tweeted a photo of the crowd on Sunday.", "tweeted", False),
        ("Trump tweeted that the polls were rigged.", "tweeted", True),
        ("He is promoting her plans for enhancing public service.", "is promoting", True),
        ("Trump tweeted a photo of the crowd, saying it was the largest ever.", "saying", True),
    ]
)
