"""The speaker of a subjectless verb of saying, read off the words' order (``extract/misparsed_speakers.py``).

Long asides and poll shares send the parse astray and leave "said" with no subject; the noun
phrase that opens the clause, or follows the cue right after the quotation, is its speaker.
Look-alikes keep what they had: a parse that found the subject, a cue whose object is the one
told, a date after "said", an infinitive, a clause with a verb of its own before the cue.
"""

from __future__ import annotations

import pytest

from _cues import analysis, cue_span_contents, speaker, speaker_table, token_of, with_cue
from sayso.nlp.extract.misparsed_speakers import speaker_by_position

pytestmark = pytest.mark.slow

test_misparsed_speakers = speaker_table(
    [
        pytest.param("One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, "
                     'said the message was that "this is not going to be over in February."', "said", "One attendee",
                     id="relative-clause-aside"),
        pytest.param("\"She needs one or two big ideas,\" said Robert Reich, who served as labor secretary during Mr. "
                     "Clinton's first term yet endorsed Bernie Sanders in the Democratic primary. \"Her instinct is to "
                     "be incrementalist.\"", "said", "Robert Reich", id="inverted-name-relative-clause"),
        pytest.param("But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in "
                     "Baghdad, said, \"I mean, a raid is a combat operation.\"", "said", "Steven H. Warren",
                     id="name-after-opening-phrase"),
        pytest.param("About 4 in 10 say they want the next president to have more liberal policies.", "say", "4 in 10",
                     id="poll-share"),
        pytest.param("Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied "
                     "with both candidates.", "say", "Majorities of Democrats in five states", id="poll-majorities"),
        pytest.param("In a letter to the Australian prime minister, Malcolm Turnbull, Julian's father, John Shipton, "
                     "wrote: \"I ask the prime minister to do all within his power.\"", "wrote", "John Shipton",
                     id="writer-after-addressee-name"),
        # a day the parse set beside the speaker is no name of it
        pytest.param("In a statement Tuesday, the mayor's office, citing safety concerns, said the park would close.",
                     "said", "the mayor's office", id="speaker-beside-a-day"),
        # negatives: a parse that is right keeps its subject; no noun phrase, no speaker
        pytest.param("Seventy-two percent of voters said they were angry about the economy.", "said",
                     "Seventy-two percent of voters", id="neg-parse-right"),
        pytest.param("In Washington, officials said the deal was close.", "said", "officials", id="neg-plain-opening"),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("One attendee, who like others spoke on the condition of anonymity, said the message was clear.", "said",
         "attendee"),
        ("About 4 in 10 say they want more liberal policies.", "say", "10"),
        # negatives: an infinitive; a cue whose subject the parse found; a clause with a verb of its own before the
        # cue; a cue whose object after it is the one told
        ("To say the plan failed is wrong.", "say", None),
        ("The mayor said the plan failed.", "said", None),
        ('"It failed," told reporters at the hall.', "told", None),
    ],
)
def test_speaker_by_position_unit(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    token = token_of(doc, cue)
    got = speaker_by_position(token)
    assert (got.text if got is not None else None) == expected


def test_date_after_inverted_cue_is_no_speaker(nlp) -> None:  # noqa: ANN001
    report = analysis(nlp, '"We will win," said Tuesday, as the count went on.')
    assert all(speaker(report, a) != "Tuesday" for a in with_cue(report, "said"))


test_quotation_before_its_speaker = speaker_table(
    [
        pytest.param("“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP "
                     "in an interview in Mexico City on Monday.", "told", "Ramos", id="speaker-age-aside-told-addressee"),
        pytest.param("\"It's not politically correct to say anything against migrants. #Cologne,\" tweeted a German user "
                     "from Hanover going by the handle Pulvermann.", "tweeted",
                     "a German user from Hanover", id="inverted-tweeted"),
        pytest.param("\"I'm not going to say it is a mistake, so forget about it,\" said retired neurosurgeon Ben Carson, "
                     "asked about his claims that he had received a scholarship offer.", "said", "Ben Carson",
                     id="inverted-speaker-read-as-clause"),
    ],
)


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("“We were wrong from the beginning,” Ramos, 58, told AFP in an interview on Monday.", "told",
         "“We were wrong from the beginning,”"),
        ("\"I'm not going to say it is a mistake,\" said retired neurosurgeon Ben Carson, asked about his claims.",
         "said", "\"I'm not going to say it is a mistake,\""),
        # negatives: a quotation joined to the cue's clause by "and" is another's words; a clause between the
        # quotation and the cue is no speaker's aside
        ("The sign read “Go home,” and Ramos told AFP about the match.", "told", None),
        ("“We were wrong,” Ramos admitted and then told AFP about the interview.", "told", None),
        ("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in Pennsylvania.", "said", None),
        ('Kerpen needled the CNN "reporter," saying, "A reporter who tweets on request!"', "saying", None),
    ],
)
def test_quotation_content(nlp, text: str, cue: str, expected: str | None) -> None:  # noqa: ANN001
    report = analysis(nlp, text)
    got = [a.content.text for a in with_cue(report, cue)]
    if expected is None:
        assert all(not c.startswith(("“", "''", '"')) or "request" in c for c in got), got
    else:
        assert expected in got, got


def test_no_speaker_for_an_object(nlp) -> None:  # noqa: ANN001
    """ "wrote a series of observations": an object is no statement, so no speaker is read off the words' order."""
    doc = nlp("Glenn Greenwald, who once had a column in the Guardian until a falling out, wrote a series of "
              "observations about the story.")
    token = token_of(doc, "wrote")
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        pytest.skip("the parse reads no object")
    content = ((obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)),)
    assert speaker_by_position(token, content) is None


def test_no_speaker_inside_another_quotation(nlp) -> None:  # noqa: ANN001
    """A participle after a quotation whose only subject up the parse is a word of the quotation has no speaker
    rather than that word (``source_heads.source_head``)."""
    report = analysis(nlp, "\"Watch a fully formed fetus on the table, its heart beating, its legs kicking while someone "
                           "says, 'We have to keep it alive,' \" said former tech executive Carly Fiorina during the "
                           "debate, suggesting that she had seen such a video.")
    assert [speaker(report, a) for a in with_cue(report, "said")] == ["Carly Fiorina"]
    assert all(speaker(report, a) is None or "heart" not in speaker(report, a) for a in with_cue(report, "suggesting"))


@pytest.mark.parametrize("text, expected", [
    # audit 67 S181: a fronted time set off by a comma, then a number of a group whose "of" the parse hung elsewhere
    ("A year or two later, 259, or 10 per cent, of the youths reported that they had started to smoke, or had taken "
     "just a few puffs.", [("259, or 10 per cent, of the youths",
                            "that they had started to smoke, or had taken just a few puffs")]),
    # the parse's own subject stays
    ("A week later, police reported that the man had fled.", [("police", "that the man had fled")]),
])
def test_speaker_after_fronted_time(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert cue_span_contents(nlp, text, "reported") == expected
