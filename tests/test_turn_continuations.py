"""turn_continuations: a transcript's turn goes on over paragraphs with no label until the next speaker's label;
each such paragraph is the turn's speaker's (issue 12, item 2: recall kept). After the transcript's last label,
or past a stage direction, nothing is given to anyone."""

from __future__ import annotations

import pytest

from _cues import rows
from sayso.nlp.extract.turn_continuations import (
    next_label,
    stage_direction,
    states_in_turn,
    transcript_note,
    turn_paragraphs,
)

_TURNS = ("HANNITY: Breaking news tonight on the uranium deal.\n\n"
          "And Sara Carter is reporting that she has received new documents.\n\n"
          "We will go through them one by one tonight.\n\n"
          "CARTER: I believe that is true.\n\n"
          "They are looking into it right now.\n\n"
          "(BEGIN VIDEO CLIP)\n\n"
          "The economy is strong and getting stronger.\n\n"
          "(END VIDEO CLIP)\n\n"
          "HANNITY: You are too good at your job.\n\n"
          "Follow the show on Twitter for more of this kind of story.")


def _paragraphs(text: str, label: str, turns: tuple[str, ...] = ("HANNITY:", "CARTER:", "TAPPER:")) -> list[str]:
    """The paragraphs of the turn at ``label``, the lines opening with ``turns`` being the transcript's turns."""
    colon = text.index(label) + len(label) - 1
    starts = {i for i in range(len(text)) if (i == 0 or text[i - 1] == "\n") and text.startswith(turns, i)}
    return [text[s:e] for s, e in turn_paragraphs(text, colon, starts)]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("HANNITY:", ["And Sara Carter is reporting that she has received new documents.",
                      "We will go through them one by one tonight."]),
        # a stage direction in brackets ends the turn (a clip is someone else's)
        ("CARTER:", ["They are looking into it right now."]),
        # negatives: the last turn of the text has no label after it (the writer may be speaking again); a bare
        # break before the next label (the transcript may have ended above it)
        ("CLIP)\n\nHANNITY:", []),
    ],
)
def test_turn_paragraphs(label: str, expected: list[str]) -> None:
    assert _paragraphs(_TURNS, label) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare break, a label that is no turn, a line introducing something: the transcript may have ended above
        "FALLIN: I think he is trying.\n\nFollow Pam Key on Twitter.\n\n___\n\nTAPPER: Next story tonight.",
        "FALLIN: I think he is trying.\n\nFollow Pam Key on Twitter.\n\n\"Related:\"\n\nTAPPER: Next story tonight.",
        "FALLIN: I think he is trying.\n\nThe interview went on.\n\nPartial transcript as follows:\n\nTAPPER: Next.",
    ],
)
def test_turn_ended_by_no_turn(text: str) -> None:
    assert _paragraphs(text, "FALLIN:", ("FALLIN:", "TAPPER:")) == []


# a deposition quoted in an opinion piece: the last label's answer, then the writer's own argument for paragraphs,
# then a bracketed aside of the writer's (no direction of the transcript)
_DEPOSITION = ("BELIN: Was Oswald in some way a CIA agent?\n"
               "HELMS: The Agency was never able to find any evidence whatsoever.\n"
               "He was certainly not an agent of the CIA.\n"
               "Shapira ends his article by suggesting that commentators should do more research.\n"
               "But Shapira would be wise to follow his own advice.\n"
               "He left out that Helms was a perjurer.\n"
               "(See my book The Kennedy Autopsy.)\n"
               "The body was flown to Maryland for a secret autopsy.")


@pytest.mark.parametrize(
    "text, label, expected",
    [
        # the writer's aside after the last label: the writer may have spoken since any line above it
        (_DEPOSITION, "HELMS:", []),
        (_DEPOSITION.replace("(See my book The Kennedy Autopsy.)", "[2] Helms was convicted in 1977 of lying."),
         "HELMS:", []),
        # a later excerpt of another transcript, after more of the writer's lines, tells nothing of this one
        (_DEPOSITION + "\nThe autopsy doctor was asked the same.\nBELIN: Did you see the body?\nHELMS: I did not.",
         "HELMS: The", []),
        # a direction of the transcript's own still ends the last turn, the lines above it the speaker's
        ("HELMS: The Agency found no evidence.\nHe was certainly not an agent of the CIA.\n(Laughter.)\nThe end.",
         "HELMS:", ["He was certainly not an agent of the CIA."]),
        # an aside the next turn follows at once ends the turn there, as a direction does
        ("HELMS: The Agency found no evidence.\nHe was certainly not an agent of the CIA.\n"
         "(The year 1994 was during the tenure of the Review Board.)\nBELIN: Thank you.",
         "HELMS:", ["He was certainly not an agent of the CIA."]),
        # an aside the writer goes on from: the writer may have been speaking above it too
        ("HELMS: The Agency found no evidence.\nHe was certainly not an agent of the CIA.\n"
         "(The year 1994 was during the tenure of the Review Board.)\nThe board was formed later.\nBELIN: Thank you.",
         "HELMS:", []),
        # a hearing's closing note in mixed case is the transcript's own
        ("COMEY: We informed the chairman.\nI believe the committee was told of it.\n"
         "(Whereupon, at 11:42 a.m., the committee was adjourned.)\nThe hearing drew protests outside.",
         "COMEY:", ["I believe the committee was told of it."]),
    ],
)
def test_turn_paragraphs_and_asides(text: str, label: str, expected: list[str]) -> None:
    assert _paragraphs(text, label, ("BELIN:", "HELMS:", "COMEY:")) == expected


@pytest.mark.parametrize(
    "line, expected",
    [("(BEGIN VIDEO CLIP)", True), ("[CROSSTALK]", True), ("(Laughter.)", True), ("(Laughter and applause.)", True),
     ("[missing audio...]", True), ("(COMMERCIAL BREAK FOLLOWED BY A REPORT FROM THE SCENE)", True),
     ("(Whereupon, at 11:42 a.m., the committee was adjourned.)", True),
     ("[The prepared statement of Mr. Comey follows:]", True), ("(Laughter and applause from the audience)", True),
     ("(Pause while the witness confers with counsel.)", True),
     # negatives: the writer's bracketed sentence, a footnote, two brackets, a quotation's elision, no bracket
     ("(See my book The Kennedy Autopsy.)", False), ("(The year 1994 was during the tenure of the Board.)", False),
     ("[2] Worth remembering is the fact that it was Benedict.", False), ("[6][7] (Wikipedia)", False),
     ("[…] “Was there annihilation?", False), ("CROSSTALK", False), (".", False), ("…", False),
     ("And Sara Carter is reporting it.", False)],
)
def test_transcript_note(line: str, expected: bool) -> None:
    assert transcript_note(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [("(BEGIN VIDEO CLIP)", True), ("[CROSSTALK]", True), ("….", True), ("___", True),
     ("And Sara Carter is reporting it.", False), ("I believe that (in part) is true.", False)],
)
def test_stage_direction(line: str, expected: bool) -> None:
    assert stage_direction(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [("CARTER: I believe that is true.", True), ("Sara Carter: I believe that is true.", True),
     ("SARAH CARTER, CIRCA NEWS: It is, Sean.", True),
     # negatives: a sentence with a colon in it; a label in mixed case with a comma (a list's, a dateline's)
     ("They said one thing: the deal was bad.", False), ("Washington, Tuesday: the vote failed.", False)],
)
def test_next_label(line: str, expected: bool) -> None:
    assert next_label(line) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "paragraph, expected",
    [("They are all related to the same company.", True), ("I think that will reveal a whole other layer.", True),
     # negatives: a question, a host's direction, a sentence broken off, a fragment
     ("Was CFIUS told about any of it?", False), ("Sara, let's start with your report.", False),
     ("I mean especially when we at —", False), ("National security compromise?", False),
     ("One of the great attorneys.", False)],
)
def test_states_in_turn(nlp, paragraph: str, expected: bool) -> None:  # noqa: ANN001
    doc = nlp(paragraph)
    assert states_in_turn(doc, 0, len(paragraph)) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The senator spoke on Fox News on Tuesday night.\n\n"
            "HANNITY: Breaking news tonight. We have a lot of time in the segment.\n\n"
            "So I want to go very slowly through every one of these documents.\n\n"
            "CARTER: I believe that is true.\n\n"
            "HANNITY: You are too good at your job.\n\n"
            "Follow the show on Twitter for more of this kind of story.",
            [("HANNITY", ":", "Breaking news tonight. We have a lot of time in the segment"),
             ("HANNITY", None, "So I want to go very slowly through every one of these documents"),
             ("CARTER", ":", "I believe that is true"),
             ("HANNITY", ":", "You are too good at your job")],
            id="continued-turn"),
        pytest.param(
            "HANNITY: Joining us now is Sara Carter.\n\n"
            "Sara, let's start with your report.\n\n"
            "SARAH CARTER, CIRCA NEWS: It is a big story, Sean.\n\n"
            "There are documents that nobody has seen.\n\n"
            "Was the committee told?\n\n"
            "HANNITY: You are too good at your job.",
            # (a label with its outlet is no turn of its own today, but it is a label: nothing after it is Hannity's)
            [("HANNITY", ":", "Joining us now is Sara Carter"),
             ("HANNITY", ":", "You are too good at your job")],
            id="questions-and-directions-left"),
        # negatives: a headline's label on the text's first line is no turn, nor are the paragraphs under it (the
        # headline itself, with no period, is the outlet's summary: no attribution, ``headlines``)
        pytest.param(
            "Bernie Sanders: It Is Not A Radical Idea To Ask For More\n\n"
            "WASHINGTON — The senator defended his call to raise the wage at the debate on Saturday.\n\n"
            "Bernie Sanders: I Am Not Much Of A Socialist Compared To Eisenhower\n\n"
            "Hillary Clinton: We Need A Plan For The Middle East",
            [("Bernie Sanders", ":", "I Am Not Much Of A Socialist Compared To Eisenhower"),
             ("Hillary Clinton", ":", "We Need A Plan For The Middle East")], id="headline-labels"),
        # negatives: a label that opens one line only is no transcript, and the paragraphs after it are the writer's
        pytest.param(
            "Trump: My plans are not set in stone\n\n"
            "The president said on Monday that his plans could still change.\n\n"
            "His aides were less sure about the timing of any decision.",
            [("The president", "said", "that his plans could still change")],
            id="one-label"),
    ],
)
def test_turn_continuation_attributions(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [r for r in rows(nlp, text) if r[1] in (":", None) or r[1] == "said"] == expected
