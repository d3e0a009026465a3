"""colon_quotes.colon_quote_finds: "<someone> <verb ...>: “<a sentence>”" is a direct quotation of the subject,
whatever the verb; a passive subject, a thing, a quoted word, a quotation the sentence goes on after and a relative
clause commenting on its noun with no saying (the writer's aside) are not. A relative clause of its subject that is an
act ("the firefighters, who demurred:") takes the quotation from the main clause's cue; one that describes its noun
("reporters, who had gathered outside the court:") does not."""

from __future__ import annotations

import pytest

from _cues import analysis, kept, speaker, token_of
from sayso.nlp.extract.colon_quotes import colon_quote_finds, relative_act, saying_participle
from sayso.nlp.extract.found import Found
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.quotes import find_quotes


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”",
         ("Trump", "boomed", "“Let’s defeat her in November.”")),
        ("Asked which Iowa county was his favorite, he demurred: “Whichever one I’m in at the moment.”",
         ("he", "demurred", "“Whichever one I’m in at the moment.”")),
        ("In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end "
         "of his career.”", ("Trump", "went even further", "“If he goes forward and loses, it’s the end of his career.”")),
        ('The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was '
         'booked."', ("a spokesman for Bernie Sanders", "could only quip", '"I guess Christmas Eve was booked."')),
        # audit 67 S208: a participle of saying before the colon is the cue, not the act before it
        ('A grief-stricken old woman, disconsolate with grief, smeared her face with dirt, uttering: "My child, my '
         'child."', ("A grief-stricken old woman", "uttering", '"My child, my child."')),
        # negatives: a passive subject (the question is put to him); a thing; a quoted word; under four words; the
        # sentence going on after the quotation; no colon
        ('He was asked: "Will you run for the Senate again next year?"', None),
        ("The sign on the door read: “Closed until further notice, sorry.”", None),
        ("Also, a lot of people didn’t like the phrase: “self-deportation.”", None),
        ("Trump shouted: “Lock her up!”", None),
        ("Trump used a phrase: “a total and complete shutdown of Muslims,” which drew boos.", None),
        ("Trump boomed “Let’s defeat her in November.”", None),
        # a relative clause commenting on its noun, with no saying, is the writer's aside: nobody's quotation here
        ("Magister summed up the state of the Church, to which Bergoglio has contributed mightily: “From the "
         "seminaries to the cardinals, they are present at all levels.”", None),
    ],
)
def test_colon_quote_finds(nlp, lexicon, text: str, expected: tuple[str, str, str] | None) -> None:
    doc = nlp(text)
    got = colon_quote_finds(doc, find_quotes(text), lexicon, [])
    if expected is None:
        assert got == []
        return
    (f,) = got
    assert f.source is not None
    assert (text[f.source[0]:f.source[1]], text[f.cue[0]:f.cue[1]], text[f.content[0]:f.content[1]]) == expected


def _found(content: tuple[int, int], source: tuple[int, int] | None) -> Found:
    return Found(kind="direct", content=content, cue=(0, 5), source=source, source_head=None, addressee=None,
                 addressee_head=None, score=0.3, cue_head=0)


@pytest.mark.parametrize("with_source, replaced", [(False, True), (True, False)])
def test_claimed_quotation(nlp, lexicon, with_source: bool, replaced: bool) -> None:
    """A quotation another cue found with a speaker stays that cue's; one found without a speaker gives way."""
    text = ("Asked whether the campaign should take responsibility, Mr. Smith shot back: “That would be good for "
            "all of us.”")
    start = text.index("“")
    other = _found((start, len(text)), (0, 5) if with_source else None)
    got = colon_quote_finds(nlp(text), find_quotes(text), lexicon, [other])
    assert (other not in got) == replaced
    assert len(got) == 1


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a relative clause whose relative word is its subject, a time or a place is its subject's act: kept
        ("I never thought I’d see the day when Fisher would unload on the pope with the following headline: “Does "
         "Francis know he sounds like an abuser?”", "Fisher"),
        ("The anchor interviewed the mayor, who blogged later that night: “The interview was a hit job from start "
         "to finish.”", "the mayor"),
        ("She recalled the rally in Ohio, where he thundered: “We will build the wall and they will pay for it.”", "he"),
        # a pronoun subject may be the main clause's speaker (resolved later): kept as before
        ("Smith visited the hospital, which he had founded in 1990: “This place is my life’s work and my legacy.”",
         "he"),
    ],
)
def test_relative_clause_of_its_subject(nlp, lexicon, text: str, speaker: str) -> None:
    got = colon_quote_finds(nlp(text), find_quotes(text), lexicon, [])
    assert all(text[f.source[0]:f.source[1]] == speaker for f in got if f.source is not None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the colon closes a relative clause of its subject that is a turn of its own (a verb of replying, of
        # saying or writing alone, a phrasal one with its particle): the quotation is the antecedent's, and the main
        # clause's cue gives it up
        ("The mayor praised the firefighters, who demurred: “We were just doing our jobs.”",
         ("the firefighters", "demurred")),
        ("Critics slammed the CEO, who blogged: “The company will not back down.”", ("the CEO", "blogged")),
        ("Pelosi wrote a letter to the president, who fired back: “She has no idea what she is talking about.”",
         ("the president", "fired back")),
        ("“Let everybody know that we are here to stay,” Bundy says to Santilli on camera, who responds "
         "enthusiastically: “Okay, we will tell everyone today.”", ("Santilli", "responds enthusiastically")),
        ("Trump attacked Clinton, who shot back: “He is temperamentally unfit to be president.”",
         ("Clinton", "shot back")),
        # negatives: the relative clause describes its noun (a copula, a perfect, an object, a prepositional
        # phrase, a phrase of time): the main clause's speaker keeps the quotation
        ("Green Party activist Ernest Hancock said to Kyrsten Sinema, who is now Arizona's Democrat candidate for "
         "Senate: “As an individual, I can fight in any army I want.”", ("Ernest Hancock", "said")),
        ("He told reporters, who had gathered outside the court: “We will appeal the verdict.”", ("He", "told")),
        ("The authors cite many theologians, including Kasper, who openly campaigned for the abolition of moral "
         "teaching: “It was characteristic of the old moral theology.”", ("The authors", "cite")),
        ("He said of Smith, who died last year: “He was a great man and a true friend.”", ("He", "said")),
        # a motion, a gesture, a look is no turn of its own: the main clause's speaker may be the one quoted
        ("The senator told reporters, who waited: “I will vote no on this bill.”", ("The senator", "told")),
        ("Biden praised Harris, who stood nearby: “She is ready to lead this country.”", ("Biden", "praised")),
        ("Johnson wrote to Hunt, who resigned: “Your service was exemplary in every way.”", ("Johnson", "wrote")),
        ("Isaac Saul tweeted back at Trump, a candidate who promised mass deportation: “Your plan is to spend "
         "billions deporting people.”", ("Isaac Saul", "tweeted back")),
    ],
)
def test_relative_act_takes_the_quotation(nlp, text: str, expected: tuple[str, str]) -> None:
    """The quotation after a colon closing a relative clause: whose it is, and by which cue (``relative_act``)."""
    report = analysis(nlp, text)
    start = text.rindex("“")
    (a,) = [a for a in kept(report) if a.content.start == start]
    assert (speaker(report, a), a.cue.text if a.cue else None) == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("The mayor praised the firefighters, who demurred: “We were just doing our jobs.”", "demurred", True),
        ("Pelosi wrote to the president, who fired back: “She has no idea what she is talking about.”", "fired",
         True),
        ("He turned to his wife, who nodded: “That is right, we are leaving for good.”", "nodded", False),
        ("The moderator asked Sanders, who smiled: “I have said this a hundred times.”", "smiled", False),
        ("Biden praised Harris, who stood nearby: “She is ready to lead this country.”", "stood", False),
        ("The general ordered the troops, who fired: “Hold the line until dawn.”", "fired", False),
        ("He told reporters, who replied in a statement: “We will keep asking the same question.”", "replied", True),
        # negatives: a copula, a perfect, an object, a phrase of time, an antecedent no one is
        ("He said to Sinema, who is now a candidate for Senate: “I can fight in any army I want.”", "is", False),
        ("He told reporters, who had gathered outside the court: “We will appeal the verdict.”", "gathered", False),
        ("He tweeted at Trump, a candidate who promised mass deportation: “Your plan will cost billions.”",
         "promised", False),
        ("He said of Smith, who died last year: “He was a great man and a true friend.”", "died", False),
        ("He pointed to the sign, which read: “Closed until further notice, sorry.”", "read", False),
    ],
)
def test_relative_act(nlp, lexicon, text: str, verb: str, expected: bool) -> None:
    doc = nlp(text)
    token = token_of(doc, verb)
    subject = next(c for c in token.children if c.dep_ == "nsubj")
    colon = token_of(doc, ":")
    assert relative_act(token, subject, colon, lexicon) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ('A grief-stricken old woman, disconsolate with grief, smeared her face with dirt, uttering: "My child, my '
         'child."', "smeared", "uttering"),
        # no saying in the participle, no comma before it, the clause's verb itself
        ('The old man covered his face with his hands, sobbing: "Why did this happen to us?"', "covered", None),
        ('The old man kept uttering: "Why did this happen to us?"', "kept", None),
        ('Trump leaned in and boomed: "Let us defeat her in November."', "boomed", None),
    ],
)
def test_saying_participle(nlp, lexicon, text: str, word: str, expected: str | None) -> None:
    doc = nlp(text)
    colon = next(t for t in doc if t.text == ":")
    found = saying_participle(colon, token_of(doc, word), lexicon.senses)
    assert (found.text if found is not None else None) == expected
