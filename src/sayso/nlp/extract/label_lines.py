"""Lines of notes under labels ("Thunder: Hosts the Wild on Tuesday.", "Wild: Lost three straight."): pure functions.

Sports copy ends with game notes and schedules whose lines open with a team or a label and a
colon, exactly as a transcript opens with its speaker ("PENCE: Well, ..."). The line says
what the team did or will do, with the team as its subject: nobody speaks. A line reads as a
note when the words after its colon open with a verb that needs the label for its subject
("Hosts", "Lost", "Has won", "Visit", "At Boston on Friday"); every label line of the run it
belongs to is then a note too ("Thunder: Shai Gilgeous-Alexander scored 20." in the same
list), as is a run set under a heading in capitals ("UP NEXT", "TIP-INS"). A transcript's
"KAINE: Let me finish." opens with a bare verb a speaker says, and stays a speaker's line.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text

# a label line: a short capitalised label, a colon, words after it
_LABEL_LINE = re.compile(r"^[ \t\xa0]*[A-Z][\w.'’&-]*(?:[ \t\xa0][A-Z][\w.'’&-]*){0,3}[ \t\xa0]*:[ \t\xa0]+\S")
# schedule words that open a note whatever the tagger makes of them ("Host" reads as a name)
_NOTE_WORDS = frozenset({"host", "hosts", "visit", "visits", "at", "vs", "vs.", "versus", "play", "plays", "face",
                         "faces", "open", "opens", "travel", "travels"})
_NOTE_TAGS = frozenset({"VBZ", "VBD", "VBN"})  # "Hosts", "Lost", "Beaten": a form that wants the label as subject
_HEADING = re.compile(r"^[ \t\xa0]*[A-Z][A-Z0-9'’&-]*(?:[ \t\xa0]+[A-Z0-9'’&-]+){0,3}[ \t\xa0]*$")


def note_label(token: Token) -> bool:
    """Whether ``token``, a colon after a label at a line's start, heads a line of notes rather than a speaker's words."""
    doc = token.doc
    text = doc_text(doc)
    lines = _lines_around(text, token.idx)
    if lines is None:
        return False
    run, label, before = lines
    if before is not None and _HEADING.match(before) and not label.isupper():
        return True  # "UP NEXT" over "Thunder: ...": a list; a transcript's speakers are in capitals ("PENCE:")
    return any(_opens_with_note(doc, start) for start in run)


def _lines_around(text: str, idx: int) -> tuple[list[int], str, str | None] | None:
    """The run of consecutive label lines holding ``idx`` (their colons' offsets), the line's label, and the line before the run."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    line_no = max(k for k, s in enumerate(starts) if s <= idx)

    def line(k: int) -> str:
        end = text.find("\n", starts[k])
        return text[starts[k]:len(text) if end < 0 else end]

    if not _LABEL_LINE.match(line(line_no)):
        return None
    lo = hi = line_no
    while lo > 0 and (_LABEL_LINE.match(line(lo - 1)) or not line(lo - 1).strip()):
        lo -= 1
    while hi + 1 < len(starts) and (_LABEL_LINE.match(line(hi + 1)) or not line(hi + 1).strip()):
        hi += 1
    run = [starts[k] + line(k).index(":") for k in range(lo, hi + 1) if _LABEL_LINE.match(line(k))]
    before = next((line(k) for k in range(lo - 1, -1, -1) if line(k).strip()), None) if lo > 0 else None
    return run, line(line_no).split(":", 1)[0].strip(), before


def _opens_with_note(doc: Doc, colon: int) -> bool:
    """The words after the colon at ``colon`` open with a verb the label is the subject of, or a schedule word."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    first = doc[span.end]
    if first.is_space or "\n" in first.text:
        return False
    if first.lower_ in _NOTE_WORDS:
        return True
    if first.tag_ in _NOTE_TAGS:
        return True
    if first.lower_ in ("has", "have", "had") and span.end + 1 < len(doc) and doc[span.end + 1].tag_ == "VBN":
        return True  # "Have won four in a row"
    return False
