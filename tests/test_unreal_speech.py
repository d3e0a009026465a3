"""Speech nobody made, framed by the words around the cue: ``nlp/extract/unreal_speech.py`` (blind audit 25:
"may come forward one day and declare", "would lead one to admit", "History tells us", "seeing that", "the perfect
time for Trump to call for"). Real speech with the same words stays."""

from __future__ import annotations

import pytest

from _cues import cue_table, rows, token_of
from sayso.nlp.extract.quotes import find_quotes
from sayso.nlp.extract.unreal_speech import led_to_say

pytestmark = pytest.mark.slow


test_borrowed_modal = cue_table(
    [
        ("We shouldn't rule out that Francis may come forward one day and declare that the teaching is binding.",
         "declare", False),
        ("The senator might decide to argue that the vote was rigged.", "argue", False),
        ("Trump should come out and say that the deal is dead.", "say", False),
        ("The senator can decide to argue that the vote was rigged.", "argue", False),  # an option open (blind audit 29)
        ("The senator decided to argue that the vote was rigged.", "argue", True),
        # a report: no modal, a negated one, "would later", a gerund after "could be heard"
        ("Francis came forward last week and declared that the teaching is binding.", "declared", True),
        ("The mayor could not come forward and say that the deal was dead, aides said.", "said", True),
        ("She would later go on to say that the deal was dead.", "say", True),
        ("Survivors said the panel could be disbanded, saying it had accomplished little.", "saying", True),
    ],
)

test_led_to_say = cue_table(
    [
        ("Any honest review of the decade would lead one to admit that Trump has been tougher on Russia.", "admit",
         False),
        ("The record leads us to believe that the plan will fail.", "believe", False),
        # a named object said it
        ("The evidence led the senator to admit that he had lied.", "admit", True),
        ("The pressure forced the minister to concede that the plan had failed.", "concede", True),
    ],
)

test_abstraction_speaks = cue_table(
    [
        ("History tells us why so many people are afraid to do the right thing.", "tells", False),
        ("Experience teaches that such promises are rarely kept.", "teaches", False),
        # a document or a person that speaks
        ("The history of the case shows that the firm was warned, the report said.", "said", True),
        ("Smith tells us that the plant will close in June.", "tells", True),
        # a magazine named like an abstraction speaks ("time" and "nature" are things elsewhere)
        ("Time says the war is over.", "says", True),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # the generic one as the object of the causative, or as the subject the parse gave the cue ("makes one wonder")
        ("Any honest review would lead one to admit that the plan failed.", "admit", True),
        ("The record makes one believe that the plan will fail.", "believe", True),
        # a named one who was led to it said it
        ("The evidence made the senator believe that the plan would fail.", "believe", False),
        ("The record makes Smith believe that the plan will fail.", "believe", False),
    ],
)
def test_led_to_say_reads_the_generic_one_where_the_parse_puts_it(nlp, text: str, cue: str,  # noqa: ANN001
                                                                  expected: bool) -> None:
    doc = nlp(text)
    token = token_of(doc, cue)
    assert led_to_say(token, find_quotes(text)) is expected

test_reasoning_seeing = cue_table(
    [
        ("This story is crucial to amplify now, seeing that Facebook is clearly accelerating its attack on speech.",
         "seeing", False),
        # a finite "saw that" with its subject is a view held
        ("Smith said the plan would fail, noting that the budget was cut.", "noting", True),
    ],
)

test_wished_for = cue_table(
    [
        ("This would be the perfect time for Trump to call for the US to exit the organization.", "call", False),
        ("It is crucial for the mayor to admit that the plan failed.", "admit", False),
        # what a deed makes possible or leads to (PTC blind audit 34)
        ("You have made it much easier for a real sex offender to point back at this and say, “look, this is what they "
         "do!”", "say", False),
        ("I oppose it because it's just another step for the federal government to say they need a database.", "say",
         False),
        # someone who called for it
        ("Trump called for the US to exit the organization, the White House said.", "called", True),
        ("Trump on Monday called for the US to exit the organization.", "called", True),
        ("It took a week for the mayor to admit that the plan failed.", "admit", True),
        ("It has always been awkward for Republicans to say that government is the problem.", "say", True),
        ("The next step was for the committee to announce that the inquiry had ended.", "announce", True),
        ("It is easy for critics to say that the plan failed.", "say", True),
        # a step judged or past: it was taken (review rev68n)
        ("It was a big step for the pope to say that gay people should not be judged.", "say", True),
        ("It is a major step for the Vatican to acknowledge that abuse was covered up.", "acknowledge", True),
        ("It was another step for the company to admit that its cars cheated emissions tests.", "admit", True),
        ("It was much easier for him to claim that he had been misquoted.", "claim", True),
        ("It would be a good step for the president to admit that he was wrong.", "admit", False),
    ],
)


_DIALOGUE = ("Defense Attorney: When did this occur, Ms. Ford?\n"
             "Ms. Ford: I'm not exactly sure. I believe it was in the summer of 1982.\n"
             "Defense Attorney: Where did it happen?\n"
             "Ms. Ford: I don't remember whose house it was.\n")

test_invented_exchange = cue_table(
    [
        # the writer makes the dialogue up: a frame of possibility over its first label line
        ("A defense attorney could shatter her credibility within minutes.\nHere's what that might look like:\n"
         + _DIALOGUE, ":", False),
        ("Her lawyers know the questions she will face.\nIt would go something like this:\n" + _DIALOGUE, ":", False),
        # a transcript announced as what was said, or with no frame: the turns stay
        ("The senators questioned her on Thursday.\nHere is the exchange:\n" + _DIALOGUE, ":", True),
        ("The hearing was tense.\n" + _DIALOGUE, ":", True),
        # a frame of what was said, whatever else its line holds: a verb of picturing that opens no sentence, a modal
        # off the verb "like" hangs on, "like" over a clause, a modal in the sentence before (reviewer, round 10)
        ("It's hard to imagine a more awkward exchange than this one on CNN's \"State of the Union\":\n" + _DIALOGUE,
         ":", True),
        ("The exchange, which could end up in a Democratic campaign ad, went like this:\n" + _DIALOGUE, ":", True),
        ("Those who watched the hearing might feel like they had seen it before:\n" + _DIALOGUE, ":", True),
        ("Democrats want to know what Barr would do with the report. Here's what the exchange looked like:\n"
         + _DIALOGUE, ":", True),
        # a scene to picture: real transcripts follow it (reviewer 2, round 10), the verb is no frame of possibility
        ("Imagine being Jeff Sessions during this exchange at Tuesday's hearing:\n"
         "HARRIS: Did you have any communications with Russian officials?\n"
         "SESSIONS: I'm not able to be rushed this fast. It makes me nervous.\n", ":", True),
        ("Picture the scene in the hearing room on Thursday:\n"
         "GRASSLEY: Judge, were you ever at a party like the one she described?\n"
         "KAVANAUGH: I was not, Senator.\n", ":", True),
        ("Imagine the surprise in the room when this exchange took place on Tuesday:\n"
         "SCHIFF: Was there a quid pro quo with Ukraine?\n"
         "SONDLAND: As I testified previously, with regard to the requested White House call and the White House "
         "meeting, the answer is yes.\n", ":", True),
        ("Let's imagine the exchange in a courtroom:\n" + _DIALOGUE, ":", True),
        # ... and beside them the frame of possibility, the modal on the verb of likeness
        ("Here's what that might look like:\n" + _DIALOGUE, ":", False),
        ("Democrats want to know what Barr did with the report. Here's what the exchange would look like:\n"
         + _DIALOGUE, ":", False),
        # a paragraph of narration between the frame and the dialogue ends the frame's reach
        ("Here's what that might look like:\nShe would be asked about the date, the house and the people there, and "
         "every answer would be weighed against the account she gave her therapist in 2012, which named no one at "
         "all and set the party in the mid-1980s rather than in 1982.\nThe real hearing went differently.\n"
         + _DIALOGUE, ":", True),
    ],
)


_REAL = ("GRASSLEY: Dr. Ford, how sure are you that it was him?\n"
         "FORD: One hundred percent.\n"
         "GRASSLEY: Thank you.\n"
         "FORD: I am glad to help the committee.\n")


@pytest.mark.parametrize("text, content, expected", [
    # a real transcript below an invented dialogue, a narration line set off by a blank line between: its turns stay
    ("Here's what that might look like:\n" + _DIALOGUE + "\nThat is not what happened on Thursday, when she "
     "testified.\n" + _REAL, "I am glad to help the committee", True),
    ("Here's what that might look like:\n" + _DIALOGUE + "\nThat is not what happened on Thursday, when she "
     "testified.\n" + _REAL, "I don't remember whose house it was", False),
    # a short line inside the dialogue with no blank line around it (a turn's second line, page furniture): the
    # frame reaches over it
    ("Here's what that might look like:\n" + _DIALOGUE.replace("\nDefense Attorney: Where",
                                                                "\nTake our poll - story continues below\n"
                                                                "Defense Attorney: Where"),
     "I don't remember whose house it was", False),
])
def test_invented_exchange_ends_at_narration(nlp, text: str, content: str, expected: bool) -> None:  # noqa: ANN001
    assert any(r[2] == content for r in rows(nlp, text)) is expected, rows(nlp, text)


# a self-description the writer guesses at: a name nobody gave himself; a self-description that happened stays
test_guessed_self_name = cue_table(
    [
        ("Her husband would be the first man in the role, possibly calling himself the first gentleman.", "calling",
         False),
        ("The new chief might end up calling herself a reformer.", "calling", False),
        ("The senator could perhaps describe himself as a centrist, but few voters would agree.", "describe", False),
        ("If elected, he may well decide to style himself a peacemaker.", "style", False),
        # kept: it happened, a report with a time word, a guess about what someone else is called, no reflexive
        ("The mayor described herself as a reluctant candidate in an interview on Tuesday.", "described", True),
        ("He would later describe himself as a lifelong centrist.", "describe", True),
        ("The senator, who calls himself a fiscal hawk, voted against the bill.", "calls", True),
        ("The governor, perhaps sensing danger, said he would veto the bill.", "said", True),
        ("He will possibly end up calling himself an independent.", "calling", False),
        ("The former governor, possibly describing himself as a moderate, could win over suburban voters.",
         "describing", False),
        # kept: a hedge on a real self-description (a finite cue, a superlative after the adverb), and a clause of
        # its own (advcl, conj) under a verb with a modal of possibility: no complement of the guess
        ("Perhaps most famously, Trump described himself as a very stable genius.", "described", True),
        ("He perhaps best described himself as a pragmatist in a 2019 interview.", "perhaps best described", True),
        ("Possibly the most telling moment came when Smith called himself a Democrat.", "called", True),
        ("Trump, perhaps most memorably calling himself the chosen one in August, has since moved on.", "calling",
         True),
        ("The mayor could face a runoff after she described herself as a progressive.", "described", True),
        ("He may lose the seat, and he has called himself a centrist for years.", "has called", True),
        ("She might win the nomination because she calls herself an outsider.", "calls", True),
    ],
)
