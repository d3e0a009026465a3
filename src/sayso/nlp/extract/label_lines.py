"""Lines of notes under labels ("Thunder: Hosts the Wild on Tuesday.", "Wild: Lost three straight."): pure functions.

Sports copy ends with game notes and schedules whose lines open with a team or a label and a
colon, exactly as a transcript opens with its speaker ("PENCE: Well, ..."). The line says
what the team did or will do, with the team as its subject: nobody speaks. A line reads as a
note when the words after its colon open with a verb that needs the label for its subject
("Hosts", "Lost", "Has won", "Visit", "At Boston on Friday"); every label line of the run it
belongs to is then a note too ("Thunder: Shai Gilgeous-Alexander scored 20." in the same
list), as is a run set under a heading in capitals ("UP NEXT", "TIP-INS"). A transcript's
"KAINE: Let me finish." opens with a bare verb a speaker says, and stays a speaker's line.

A headline's kicker is a label too: "Stealth Over Health: Hillary Clinton Was Headed to ER", "Bombshell:
Obama Knew About Server" put a topic before the colon, not a speaker (``headline_kicker``).
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
    """The run of consecutive label lines holding ``idx`` (their colons' offsets), the line's label, and the line before the run.

    Lines are walked outward from ``idx`` (never the whole text: a colon costs its run, not the article).
    """
    def bounds(at: int) -> tuple[int, int]:
        end = text.find("\n", at)
        return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end

    def in_run(line: str) -> bool:
        return _LABEL_LINE.match(line) is not None or not line.strip()

    start, end = bounds(idx)
    own = text[start:end]
    if not _LABEL_LINE.match(own):
        return None
    lines = [(start, own)]
    lo = start
    before = None
    while lo > 0:
        s, e = bounds(lo - 1)
        line = text[s:e]
        if not in_run(line):
            before = line
            break
        lines.insert(0, (s, line))
        lo = s
    hi = end
    while hi < len(text):
        s, e = bounds(hi + 1)
        line = text[s:e]
        if not in_run(line):
            break
        lines.append((s, line))
        hi = e
    run = [s + line.index(":") for s, line in lines if _LABEL_LINE.match(line)]
    return run, own.split(":", 1)[0].strip(), before


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


# who can speak in a headline's "X: ..." ("Pelosi: ...", "FBI: ...", "Russia: ..."); a kicker names none of them
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def headline_kicker(token: Token) -> bool:
    """Whether ``token``, a colon after a label at a line's start, follows a headline's kicker: a topic or a
    slogan in mixed case that names no person or body that could speak ("Stealth Over Health: Hillary Clinton Was
    Headed to ER", "Deep State Panic: Comey Memos Show ...", "Bombshell: ..."). The words after the colon are the
    writer's headline, not the label's.

    Kept: a label that names a person or a body ("Pelosi: Republicans Are Putting Children at Risk", "Judicial
    Watch: State Department Hid ...", "NY Post: ..."), or whose words the text names as one elsewhere ("Kaine: Let
    me finish." over a story about Tim Kaine), and a transcript's speaker in capitals ("PENCE: Well, ...")."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    label = [t for t in doc[:token.i] if t.idx >= line_start and not t.is_space]
    words = [t for t in label if t.is_alpha]
    if not words or all(t.is_upper for t in words) or any(t.ent_type_ in _SPEAKER_ENTS for t in label):
        return False
    named = {t.lower_ for t in doc if t.ent_type_ in _SPEAKER_ENTS and not (line_start <= t.idx < token.idx)}
    return not any(t.lower_ in named for t in words)
