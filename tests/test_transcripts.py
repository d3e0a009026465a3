"""Transcripts (issue 12, recall kept): each turn under a speaker's label is that speaker's attribution, kept at
the default confidence; a label that names nobody (a list's, a dateline, an interview's "Q:") is none."""

from __future__ import annotations

import pytest

import sayso
from _cues import TRIM, analysis, speaker, token_of
from sayso.analyzer import DEFAULT_MIN_CONFIDENCE
from sayso.nlp.extract.lexicon import load_lexicon
from sayso.nlp.extract.transcripts import inline_turn, known_speaker, transcript_turn, written_as_name

pytestmark = pytest.mark.slow


def _turns(nlp, text: str) -> list[tuple[str | None, str]]:  # noqa: ANN001
    """(speaker, trimmed content) of every colon attribution the default confidence keeps."""
    report = analysis(nlp, text, min_confidence=None)
    return [(speaker(report, a), a.content.text.strip(TRIM)) for a in report.attributions
            if a.cue is not None and a.cue.text == ":"]


@pytest.mark.parametrize("text, expected", [
    # labels in capitals, the first one a full name that no later label repeats in full
    pytest.param("JAKE TAPPER: Donald Trump released a video on Friday. Take a listen.\n\n"
                 "TRUMP: Racial divisions have gotten worse, not better.\n\n"
                 "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
                 "FALLIN: I think he is trying to campaign as a racial healer.",
                 ["Donald Trump released a video on Friday. Take a listen", "Racial divisions have gotten worse, not better",
                  "I think he is trying to campaign as a racial healer"], id="capitals"),
    pytest.param("KATE BOULDUAN: The campaign was open to more debates.\n\nJOEL BENENSON: This is a man who said he would never "
                 "run a negative ad.\n\nBOULDUAN: You guys were open to more debates in January.",
                 ["The campaign was open to more debates", "This is a man who said he would never run a negative ad",
                  "You guys were open to more debates in January"], id="first-label-no-dateline"),
    # mixed case: surnames the tagger reads as common nouns at a line's start, a hyphenated name, a quotation mark
    pytest.param("A panel led by MSNBC’s Chris Matthews agreed that the plan was naive, and Reuters’ Luciana Lopez and "
                 "MSNBC’s Alex Seitz-Wald agreed.\n\n"
                 "\"Chris Matthews: Seriously, the tax sounds great.\"\n\n"
                 "Alex Seitz-Wald: She is right on all these things if you dig down.\n\n"
                 "Luciana Lopez: Everyone has a different image of what that is.\n\n"
                 "Matthews: Well, speculation is bad.\n\n"
                 "Lopez: Well, no one is like that.",
                 ["Seriously, the tax sounds great", "She is right on all these things if you dig down",
                  "Everyone has a different image of what that is", "Well, speculation is bad", "Well, no one is like that"],
                 id="mixed-case"),
    # labels in capitals inside a paragraph, after a sentence's end; each turn ends at the next label
    pytest.param("The debate turned to taxes. WALLACE: The plan would cost a trillion dollars, governor. PENCE: I think the "
                 "plan will cut taxes for every family. KAINE: That is not true. PENCE: It is true.",
                 ["The plan would cost a trillion dollars, governor", "I think the plan will cut taxes for every family",
                  "That is not true", "It is true"], id="inside-paragraph"),
    pytest.param("Moderator Elaine Quijano asked about Syria.\nQUIJANO: What would you do about Syria? PENCE: We would "
                 "establish safe zones. KAINE: He is wrong about that.",
                 ["What would you do about Syria?", "We would establish safe zones", "He is wrong about that"],
                 id="introduced-by-prose"),
])
def test_turns_kept(nlp, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [content for _, content in _turns(nlp, text)] == expected


def test_turn_speakers(nlp) -> None:  # noqa: ANN001
    text = ("A panel led by MSNBC’s Chris Matthews agreed that the plan was naive.\n\n"
            "Chris Matthews: Seriously, the tax sounds great.\n\nLuciana Lopez: Everyone has a different image of it.\n\n"
            "Matthews: Well, speculation is bad.")
    assert [name for name, _ in _turns(nlp, text)] == ["Chris Matthews", "Luciana Lopez", "Chris Matthews"]


def test_turn_source_without_its_quotation_mark(nlp) -> None:  # noqa: ANN001
    report = analysis(nlp, '"RAMOS: Secretary Clinton, you sent an e-mail to your daughter.\n\n"CLINTON: I feel a great deal of '
                           'sympathy.\n\n"RAMOS: The families say you lied to them.')
    assert [a.source_span.text for a in report.attributions if a.cue is not None and a.cue.text == ":"] == \
        ["RAMOS", "CLINTON", "RAMOS"]


@pytest.mark.parametrize("text", [
    # a police blotter: names once each, two sharing a surname, over charges
    pytest.param("Elizabeth A. Burton: Possession of methamphetamine, held in lieu of $70,000 bond.\n"
                 "Victor N. Burton: Dealing in methamphetamine, held in lieu of $268,500 bond.\n"
                 "Jonathan P. Blair: Possession of methamphetamine, held in jail with no bond.", id="blotter"),
    # a list's labels, written with a capital nowhere inside a sentence
    pytest.param("Pros: It is cheap and light.\nCons: It breaks easily.\nPros: The battery lasts.\nCons: It is loud.", id="pros-cons"),
    pytest.param("Bottom line: the plan fails the people it means to help.", id="label"),
    # a dateline in capitals, once
    pytest.param("NEW DELHI: Their American dream shattered, the family returned home on Sunday.", id="dateline"),
    # an interview's questions and answers name no speaker
    pytest.param("Q: What did you find?\n\nA: I came home from school and my parents were gone.\n\nQ: Did anyone help you?\n\n"
                 "A: No, no one did.", id="q-and-a"),
    # labels in capitals inside a paragraph that name nobody, or that are not after a sentence's end
    pytest.param("The score was tied. UPDATE: The game resumed. NOTE: Rain fell. UPDATE: It stopped.", id="inline-labels"),
    pytest.param("The odds were 3 TO 1: long. The ratio was 2 TO 1: short. They said it was 5 TO 1: longer.", id="inside-sentence"),
    # a tally under names: no words said
    pytest.param("PLEDGED DELEGATES.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nTHE TOTAL.\n\nClinton: 2,316.\n\n"
                 "Sanders: 1,547.", id="tally"),
    # notes under team labels
    pytest.param("Thunder: Hosts the Wild on Tuesday.\nWild: Lost three straight.\nThunder: Won four in a row.", id="notes"),
])
def test_no_turns(nlp, text: str) -> None:  # noqa: ANN001
    assert _turns(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("TAPPER: Do you agree?\nFALLIN: I do.\nTAPPER: Why?", [True, True, True]),
    ("Matthews: Well.\nLopez: No.\nMatthews: Yes.", [True, True, True]),
    # one label only, or one speaker only: no transcript
    ("Trump: My plans are not set in stone\nThe candidate said so on Monday: twice.", [False, False]),
    ("TAPPER: Do you agree?\nTAPPER: Why?", [False, False]),
    ("QUIJANO: What would you do? PENCE: We would act. KAINE: No.", [True, False, False]),  # the others: inline_turn's
    # a colon inside a sentence is no label's
    ("TAPPER: Do you agree?\nFALLIN: I do.\nTAPPER: Why? The reason: money.", [True, True, True, False]),
])
def test_transcript_turn(nlp, text: str, expected: list[bool]) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [transcript_turn(t) for t in doc if t.text == ":"] == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Matthews: Well.\nThe panel, led by Chris Matthews, agreed.", "Matthews", True),
    # written with a capital only where a sentence or a line starts
    ("Matthews: Well.\nMatthews agreed.", "Matthews", False),
    ("Bottom line: it fails.\nWe hit bottom.", "Bottom", False),
])
def test_written_as_name(nlp, text: str, word: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert written_as_name(token_of(doc, word)) is expected


@pytest.mark.parametrize("text, expected", [
    ("It began. WALLACE: Let me ask. PENCE: I think so. KAINE: No.", [True, True, True]),
    ("QUIJANO: What would you do? PENCE: We would act. KAINE: No.", [False, True, True]),  # the first opens its line
    # two labels, one turn each: no transcript; a lexicon label names nobody
    ("It began. WALLACE: Let me ask. PENCE: I think so.", [False, False]),
    ("It began. UPDATE: It rained. NOTE: It stopped. UPDATE: Again.", [False, False, False]),
])
def test_inline_turn(nlp, text: str, expected: list[bool]) -> None:  # noqa: ANN001
    doc = nlp(text)
    assert [inline_turn(t, frozenset({"update", "note"})) for t in doc if t.text == ":"] == expected


@pytest.mark.parametrize("text, expected", [
    # a host's fillers and questions are turns, and no statement the report keeps on the transcript's say-so
    ("HANNITY: All right.\nCARTER: I believe that is true.\nHANNITY: Obama and Holder and Mueller?\nCARTER: I know it is true.",
     ["I believe that is true", "I know it is true"]),
    ("TAPPER: Do you think he has campaigned as a healer?\nFALLIN: I think he is trying.\nTAPPER: Sean.",
     ["I think he is trying"]),
    # a host's direction: no clause with its own subject
    ("HANNITY: Now let me go to Victoria.\nCARTER: I believe that is true.\nHANNITY: All right.", ["I believe that is true"]),
])
def test_only_statements_raised(nlp, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert [content for _, content in _turns(nlp, text)] == expected


_ANSWERS = "SOLOMON: That seems to be accurate.\nWe have a subset of the documents and they are very voluminous.\n"
_LAST = "SOLOMON: I do.\nThere are new flows of money there that we will report on.\n"


@pytest.mark.parametrize("text, label, expected", [
    # the label opens two turns: a speaker's ("HANNITY:" twice; "SOLOMON:" twice in each text)
    ("Fox News aired it.\nHANNITY: Welcome back.\nThe story goes on.\n" + _ANSWERS + "HANNITY: All right.\n" + _LAST,
     "HANNITY", True),
    # once, but the surname of a person the text names
    ("Fox News host Sean Hannity spoke to the reporter on Tuesday.\nHANNITY: All right.\nWe have time.\n" + _ANSWERS
     + _LAST, "HANNITY", True),
    # once, naming nobody the text names: a heading, a kicker, a book in an advert
    ("The network aired it.\n" + _ANSWERS + "Special Ed: Voices from the Classroom. Best Price $12.99\n"
     "We have a lot of time.\n" + _LAST, "Ed", False),
    ("The network aired it.\n" + _ANSWERS + "BREAKING: All right.\nWe have a lot of time.\n" + _LAST, "BREAKING", False),
    ("The network aired it.\n" + _ANSWERS + "Photo Gallery: All right.\nWe have a lot of time.\n" + _LAST, "Gallery",
     False),
    # the person's name in lower case inside a label of other words is no speaker's
    ("Tom Price spoke on Tuesday.\n" + _ANSWERS + "Best Price: All right.\nWe have a lot of time.\n" + _LAST, "Price",
     False),
])
def test_known_speaker(nlp, text: str, label: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(text)
    colon = next(t for t in doc if t.text == ":" and doc[t.i - 1].text == label)
    assert known_speaker(colon, load_lexicon().first_names) is expected


# a transcript: each speaker's label opens two lines or more
_TURNS = ("Fox News aired the interview on Tuesday.\nHANNITY: Welcome back.\nThe documents tell a story tonight.\n"
          + _ANSWERS + "HANNITY: All right.\nWe have a lot of time in the segment so I want to go very slowly here.\n"
          + _LAST)


def test_a_turns_filler_opening_does_not_sink_its_sentences(nlp) -> None:  # noqa: ANN001
    """'HANNITY: All right.' then the turn's next line: the label names who says every sentence of the turn, so the
    filler's low score is not the next sentence's."""
    report = sayso.analyze(_TURNS, nlp=nlp, techniques=False, claims=False, min_confidence=0)
    by_text = {a.content.text: a for a in report.attributions}
    filler, after = by_text["All right."], by_text["We have a lot of time in the segment so I want to go very slowly here."]
    assert after.cue is None and speaker(report, after) == "HANNITY"
    assert after.confidence > filler.confidence + 0.1


@pytest.mark.parametrize("label", [
    "Special Ed: Voices from the Classroom. Best Price $12.99", "BREAKING: All right.", "UPDATE: All right.",
    "Photo: All right.", "Source: All right.",
])
def test_a_label_seen_once_lends_no_turn(nlp, label: str) -> None:  # noqa: ANN001
    """A label that opens one line and names nobody the text names may be an advert's or a heading's: the
    first-person line under it is not given to it at the default threshold (in a transcript of other speakers)."""
    text = "The network aired the interview on Tuesday.\n" + _ANSWERS + label + "\n" \
        "We have a lot of time in the segment so I want to go very slowly here.\n" + _LAST
    report = sayso.analyze(text, nlp=nlp, techniques=False, claims=False, min_confidence=0)
    after = [a for a in report.attributions if a.content.text.startswith("We have a lot of time")]
    assert all(a.confidence < DEFAULT_MIN_CONFIDENCE or speaker(report, a) == "SOLOMON" for a in after), \
        [(speaker(report, a), a.confidence) for a in after]


@pytest.mark.parametrize("opening, expected", [
    # a quoted turn after a statement of another panelist: the label's person speaks it, once
    pytest.param('"Ruth Vance: Honestly, the levy sounds great."', ["Ruth Vance"], id="quoted-label"),
    # negatives: a headline with a colon and a quoted paragraph of the statement's speaker go on as before
    pytest.param('"We will not take a cent from renters."', ["Omar Diaz"], id="neg-plain-quote"),
])
def test_a_quoted_turn_is_its_label_s(nlp, opening: str, expected: list[str]) -> None:  # noqa: ANN001
    text = ("Levy Fight: What the Panel Said\n\n"
            "A panel led by NBC’s Ruth Vance met on Sunday, and Reuters’ Omar Diaz argued that the levy was a gift to "
            f"landlords.\n\n{opening}\n\nOmar Diaz: Everyone pictures something different.\n\n"
            "Vance: Well, landlords are bad.\n\nDiaz: Well, no one says that.")
    report = analysis(nlp, text, min_confidence=None)
    first = report.attributions and [a for a in report.attributions
                                     if a.content.start >= text.index(opening) and a.content.end <= text.index(opening)
                                     + len(opening) and a.content.end - a.content.start > 20]
    assert [speaker(report, a) for a in first] == expected


def test_a_quoted_label_that_names_nobody_takes_no_quotation(nlp) -> None:  # noqa: ANN001
    # a transcript's page, then narration and a quotation that opens with a word and a colon seen once and naming
    # nobody the text names: no one's turn that could take the quotation; Fallin, who spoke before, goes on
    text = ("TAPPER: Do you think the race is close?\n\nFALLIN: I think it is close in every county.\n\n"
            "TAPPER: And the polls say so too?\n\nFALLIN: The polls say it is a toss-up.\n\n"
            "Afterwards, Fallin told reporters that the campaign would spend heavily.\n\n"
            '"Oklahoma: that is where this race will be decided, believe me."')
    report = analysis(nlp, text, min_confidence=None)
    quoted = [a for a in report.attributions if a.content.text.startswith('"Oklahoma:')]
    assert [speaker(report, a) for a in quoted] == ["FALLIN"], [(speaker(report, a), a.content.text) for a in
                                                                report.attributions]
