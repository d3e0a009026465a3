"""Paragraphs of a transcript's turn after its first: pure functions of the found attributions and the Doc.

A transcript labels a turn once, at its first paragraph; a long answer goes on over paragraphs with no label:

    HANNITY: Breaking news tonight. ...

    And Sara Carter reporting that she has received ...

    CARTER: I believe that is true.

The second paragraph is still Hannity's, as a reader takes it: the turn runs until the next speaker's label.
Each such paragraph that makes a statement is an attribution of the turn's speaker, with no cue of its own
(``continues`` names the turn's colon), as a quotation's paragraphs after the first are (``continuations``); a
question ("Was CFIUS told?"), a host's direction ("Sara, let's start with your report.") or a sentence broken
off ("I mean especially when we at —") is the turn's and no statement, as for a turn's first paragraph
(``transcripts.states_something``).

Only between two labels of the transcript: after its last turn the writer may speak again ("Follow Pam Key on
Twitter"), and nothing marks where. A stage direction ("(BEGIN VIDEO CLIP)", "[CROSSTALK]") ends the turn: a
clip's words are somebody else's. The writer's bracketed aside ("(See my book The Kennedy Autopsy.)", a footnote)
is no direction: it ends a turn that another label follows, but after the last label the writer may have been
speaking for paragraphs before it, so the turn is given nothing, as at the text's end. A bare break ("….",
"___") gives the paragraphs before it to nobody: the transcript may have ended above it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from spacy.tokens import Doc

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES
from sayso.nlp.extract.transcripts import says_something, transcript_turn

# a line that opens with a label and its colon ("CARTER: ...", "Sara Carter: ...", "Q: ..."), or with one in
# capitals that names the speaker's outlet too ("SARAH CARTER, CIRCA NEWS: ..."): the next turn
_LABEL = re.compile(r"^[\"“]?[A-Z][\w.'’&-]*(?:[ \t\xa0]+[A-Z][\w.'’&-]*){0,3}[ \t\xa0]*:")
_CAPS_LABEL = re.compile(r"^[\"“]?(?P<label>[A-Z][^:\n]{0,60}):")
# a turn broken off ("I mean especially when we at —", "There are somethings said …"): no statement made
_BROKEN_OFF = ("—", "–", "-", "…", "...")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 3  # "Right." or "Sean." alone is a turn's filler, no statement
_MAX_NOTE_WORDS = 4  # "(Laughter and applause.)", "(Video YouTube/TIME)"; a longer bracket in mixed case is a sentence
_OPENERS = re.compile(r"[(\[]")  # "[6][7] (Wikipedia)": two brackets on one line are no one note
# a longer note a transcript writes in mixed case: a hearing's "(Whereupon, at 11:42 a.m., the committee was
# adjourned.)", "[The prepared statement of Mr. Comey follows:]", "(Laughter and applause from the audience)"
_NOTE_OPENING = re.compile(r"(?i)^(?:whereupon|laughter|applause|pause|recess|crosstalk|inaudible|cheers|silence)\b")
_NOTE_ENDING = re.compile(r"(?i)\bfollows?\s*:?$")


def paragraphs_after(text: str, start: int) -> Iterator[Range]:
    """The non-blank lines after the line holding ``start``, each as (its start, its end), spaces trimmed."""
    at = text.find("\n", start)
    while 0 <= at < len(text):
        line_start = at + 1
        at = text.find("\n", line_start)
        line_end = len(text) if at < 0 else at
        line = text[line_start:line_end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield line_start + lead, line_start + len(line.rstrip())
        if at < 0:
            return


def stage_direction(line: str) -> bool:
    """ "(BEGIN VIDEO CLIP)", "[CROSSTALK]", "….", "___": a transcript's note or break, nobody's words."""
    s = line.strip()
    return s[:1] in "([" or not _WORDS.search(s)


def next_label(line: str) -> bool:
    """``line`` opens with a speaker's label: "CARTER: ...", "Sara Carter: ...", "SARAH CARTER, CIRCA NEWS: ..."."""
    if _LABEL.match(line):
        return True
    m = _CAPS_LABEL.match(line)
    return m is not None and m.group("label").isupper()


def transcript_note(line: str) -> bool:
    """A bracketed line that is the transcript's own note: "(BEGIN VIDEO CLIP)", "[CROSSTALK]", "(Laughter.)",
    "[missing audio...]": the whole line one bracket, in capitals or of a few words. A bracketed sentence of the
    writer's ("(See my book The Kennedy Autopsy.)", "(The year 1994 was during the tenure of ...)") and a
    footnote ("[2] It is notable that ...") are no note of the transcript: they say nothing of where a turn ends."""
    s = line.strip().rstrip(".")
    if not s or s[0] not in "([" or s[-1] != {"(": ")", "[": "]"}[s[0]] or _OPENERS.search(s[1:-1]):
        return False
    words = _WORDS.findall(s)
    inner = s[1:-1].strip()
    return (len(words) <= _MAX_NOTE_WORDS or all(w.isupper() for w in words)
            or _NOTE_OPENING.match(inner) is not None or _NOTE_ENDING.search(inner) is not None)


def states_in_turn(doc: Doc, start: int, end: int) -> bool:
    """The paragraph from ``start`` to ``end`` makes a statement (``transcripts.says_something``: not a question
    nor a host's direction, "Sara, let's start with your report."), and is not broken off ("when we at —")."""
    return not doc_text(doc)[start:end].rstrip(" \t\xa0" + CLOSING_QUOTES).endswith(_BROKEN_OFF) and says_something(doc, start, end)


def turn_paragraphs(text: str, colon: int, turns: Collection[int]) -> list[Range]:
    """The paragraphs that go on the turn whose label's colon is at ``colon``: those after its line and before
    the line of the next turn (``turns``: where each turn's line starts) or a note of the transcript's, when that
    comes before any other label, break, line that opens something with a colon, or bracketed aside of the
    writer's that the next turn does not follow at once; else none (the transcript may have ended)."""
    out: list[Range] = []
    for start, end in paragraphs_after(text, colon):
        line = text[start:end]
        if next_label(line):
            # the next speaker: what came between was this turn's; a label that is no turn ("Related:", a
            # headline's kicker) may stand after the transcript's end, and what came between be the writer's
            return out if _turn_line(text, start, turns) else []
        if transcript_note(line):
            return out  # the transcript's own direction ("(BEGIN VIDEO CLIP)"): the turn ends there
        if line.strip()[:1] in "([":
            # the writer's bracketed aside ("(See my book ...)") or a footnote: the writer speaks. Where the next
            # turn's label follows at once the turn ends there, as at a direction; else the writer may have been
            # speaking since any line above it (a later excerpt of another transcript tells nothing of this one)
            return out if _turn_follows(text, end, turns) else []
        if not _WORDS.search(line):
            return []  # a bare break ("___") may close the transcript, and the lines before it be the writer's
        if line.rstrip(" \t\xa0\"”").endswith(":"):
            return []  # "Partial transcript as follows:": the writer, introducing what comes next
        out.append((start, end))
    return []  # the text ends with no other label: the writer's own lines may have followed the transcript


def _turn_follows(text: str, end: int, turns: Collection[int]) -> bool:
    """The first line after ``end`` that is no transcript note is the line of a turn (``turns``: line starts)."""
    for start, line_end in paragraphs_after(text, end):
        if not transcript_note(text[start:line_end]):
            return _turn_line(text, start, turns)
    return False


def _turn_line(text: str, at: int, turns: Collection[int]) -> bool:
    """The line holding ``at`` is a turn's (``turns``: where each turn's line starts)."""
    return text.rfind("\n", 0, at) + 1 in turns


def _turns(doc: Doc, found: Sequence[Found]) -> list[Found]:
    """The found turns of a transcript: a label's colon as the cue, a speaker, not on the text's first line
    (a headline's "Bernie Sanders: It Is Not A Radical Idea" names the story's subject, and speaks for nobody)."""
    text = doc_text(doc)
    first_line_end = text.find("\n")
    return [f for f in found if f.cue[1] - f.cue[0] == 1 and f.source is not None and f.continues is None
            and 0 <= first_line_end < f.cue[0] and transcript_turn(doc[f.cue_head])]


def turn_continuations(doc: Doc, found: Sequence[Found]) -> list[Found]:
    """A transcript turn's paragraphs after its labelled first one, each the turn's speaker's (``turn_paragraphs``)
    when it states something (``states_in_turn``); a paragraph that another attribution's content already covers
    whole is left to it."""
    text = doc_text(doc)
    turns = _turns(doc, found)
    starts = frozenset(text.rfind("\n", 0, t.cue[0]) + 1 for t in turns)
    out: list[Found] = []
    for turn in turns:
        for start, end in turn_paragraphs(text, turn.cue[0], starts):
            if len(_WORDS.findall(text, start, end)) < _MIN_WORDS or not states_in_turn(doc, start, end):
                continue
            if any(f.content[0] <= start and end <= f.content[1] for f in found):
                continue
            out.append(Found(kind="direct", content=(start, end), cue=(start, start), source=None, source_head=None,
                             addressee=None, addressee_head=None, score=turn.score, cue_head=turn.cue_head,
                             medium=turn.medium, continues=turn.cue))
    return out
