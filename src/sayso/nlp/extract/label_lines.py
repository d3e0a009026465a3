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
# people a headline names by what they are ("Texas Mom: ...", "Muslim Cleric: ..."), beside the lexicon's roles
_PEOPLE = frozenset({"mom", "dad", "man", "woman", "boy", "girl", "teen", "teenager", "kid", "cleric", "guy",
                     "lady", "grandmother", "grandfather", "whistleblower", "insider", "employee", "official"})


def headline_kicker(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """Whether ``token``, a colon after a label at a line's start, follows a headline's kicker: a topic or a
    slogan in mixed case, no person or body that could speak ("Stealth Over Health: Hillary Clinton Was Headed to
    ER", "Deep State Panic: Comey Memos Show ...", "Madagascar Outbreak: It Is ‘Inevitable’ ..."). The words after
    the colon are the writer's headline, not the label's. A label is a kicker when it names nothing the tagger or
    the text knows as a speaker, or when it ends in a common noun, a word the text also writes in lower case
    ("Outbreak", "Speech", "Solutions": a name never is); ``people`` are the role nouns that do speak.

    Kept: a label that names a person or a body ("Pelosi: Republicans Are Putting Children at Risk", "Judicial
    Watch: State Department Hid ...", "NY Post: ..."), or whose words the text names as one elsewhere ("Kaine: Let
    me finish." over a story about Tim Kaine; "Black Lives Matter: ..." over a story that writes "said Black Lives
    Matter": a name, though "matter" is a common noun), a label ending in a person ("Las Vegas Shooting Victim: ...",
    "Texas Mom: ..."), and a transcript's speaker in capitals ("PENCE: Well, ...")."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    first = token.i
    while first > 0 and doc[first - 1].idx >= line_start:
        first -= 1
    label = [t for t in doc[first:token.i] if not t.is_space]
    words = [t for t in label if t.is_alpha]
    if not words or all(t.is_upper for t in words):
        return False
    last = words[-1]
    low = last.lower_
    if low in people or low in _PEOPLE or low.rstrip("s") in people | _PEOPLE:
        return False
    elsewhere = text[:line_start] + " " + text[token.idx + 1:]
    if _named_again(last.text, elsewhere):
        return False  # "Judicial Watch" again in the story, a transcript's "Hadeed:" on every other line: a name
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", elsewhere):
        return True  # "Outbreak" over a text about the outbreak: a common noun, no name
    if any(t.ent_type_ in _SPEAKER_ENTS for t in label):
        return False
    named = {t.lower_ for t in doc if t.ent_type_ in _SPEAKER_ENTS and not (line_start <= t.idx < token.idx)}
    return not any(t.lower_ in named for t in words)


def _named_again(word: str, text: str) -> bool:
    """``word`` as written (a capital) inside a sentence of ``text``, not at its start: a name ("said Watch",
    "Judicial Watch sued"), where a common noun in a title is written in lower case in the story."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[:m.start()].rstrip(" \t\xa0")
        if before and before[-1] not in ".!?:\n\"“‘'(":
            return True
    return False
