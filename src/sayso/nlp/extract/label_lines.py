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
Obama Knew About Server" put a topic before the colon, not a speaker (``headline_kicker``), and so does the writer's
reply to its own question: "Harding?\nNah: his tax cuts ..." (``reply_word_label``).
"""

from __future__ import annotations

import re
from collections import Counter
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.resource_files import read_words

# a label line: a short capitalised label, a colon, words after it
_LABEL_LINE = re.compile(r"^[ \t\xa0]*[A-Z][\w.'’&-]*(?:[ \t\xa0][A-Z][\w.'’&-]*){0,3}[ \t\xa0]*:[ \t\xa0]+\S")
# schedule words that open a note whatever the tagger makes of them ("Host" reads as a name)
_NOTE_WORDS = read_words("note_words.txt")
_NOTE_TAGS = frozenset({"VBZ", "VBD", "VBN"})  # "Hosts", "Lost", "Beaten": a form that wants the label as subject
_HEADING = re.compile(r"^[ \t\xa0]*[A-Z][A-Z0-9'’&-]*(?:[ \t\xa0]+[A-Z0-9'’&-]+){0,3}[ \t\xa0]*$")


# per document: a label line's colon -> (the line before its run, whether a line of the run opens with a note);
# a run is read once for all its colons, not once per colon (a transcript of 600 speakers' lines was quadratic)
_RUNS: WeakKeyDictionary[Doc, dict[int, tuple[str | None, bool]]] = WeakKeyDictionary()


# the writer's answer to its own question ("Harding?\nNah: his tax cuts ..."), a reply word, never a speaker's name
_REPLY_WORDS = read_words("reply_words.txt")


def reply_word_label(token: Token) -> bool:
    """``token``, a colon, closes a label that is one reply word at its line's start: "Nah: his tax cuts ... got the
    economy roaring", "Yes: the plan works": the writer answering its own question, nobody cited (blind audit 26).
    A name ("Harding: ...", "PENCE: ..."), a transcript's "Q:" and a longer label stay."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    words = [t for t in doc[max(token.i - 3, 0):token.i] if t.idx >= line_start]
    if len(words) != 1:
        return False
    # the tagger may read a capitalised "Nah" as a name: the word decides, the tag only for a word not listed
    return words[0].lower_ in _REPLY_WORDS or (words[0].pos_ == "INTJ" and words[0].ent_type_ != "PERSON")


def note_label(token: Token) -> bool:
    """Whether ``token``, a colon after a label at a line's start, heads a line of notes rather than a speaker's words."""
    doc = token.doc
    text = doc_text(doc)
    runs = _RUNS.setdefault(doc, {})
    if token.idx not in runs:
        lines = _lines_around(text, token.idx)
        if lines is None:
            return False
        run, _, before = lines
        noted = any(_opens_with_note(doc, start) for start in run)
        runs.update({start: (before, noted) for start in run})
        runs.setdefault(token.idx, (before, noted))  # a second colon on a label line
    before, noted = runs[token.idx]
    line_start = text.rfind("\n", 0, token.idx) + 1
    label = text[line_start:text.index(":", line_start)].strip()
    if before is not None and _HEADING.match(before) and not label.isupper():
        return True  # "UP NEXT" over "Thunder: ...": a list; a transcript's speakers are in capitals ("PENCE:")
    return noted


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
        return not subject_after(first)
    if first.lower_ in ("has", "have", "had") and span.end + 1 < len(doc) and doc[span.end + 1].tag_ == "VBN":
        return True  # "Have won four in a row"
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def subject_after(first: Token) -> bool:
    """Whether the verb ``first`` opens, or the verb it is the auxiliary of, has its own subject after ``first``:
    a dialogue's question "Roman: Does he have a chance?", "Smith: Is this the end?" ("Does" is tagged as "Hosts"
    is), where a note's verb takes the label for its subject ("Celtics: Have won four in a row", "Wild: Was swept
    by Dallas": the label stands before the colon)."""
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    return any(c.dep_ in _SUBJECTS and c.i > first.i for c in verb.children)


# who can speak in a headline's "X: ..." ("Pelosi: ...", "FBI: ...", "Russia: ..."); a kicker names none of them
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def headline_kicker(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """Whether ``token``, a colon after a label at a line's start, follows a headline's kicker: a topic or a
    slogan in mixed case, no person or body that could speak ("Stealth Over Health: Hillary Clinton Was Headed to
    ER", "Deep State Panic: Comey Memos Show ...", "Madagascar Outbreak: It Is ‘Inevitable’ ..."). The words after
    the colon are the writer's headline, not the label's. A label is a kicker when it names nothing the tagger or
    the text knows as a speaker, or when it ends in a common noun, a word the text also writes in lower case
    ("Outbreak", "Speech", "Solutions": a name never is); ``people`` are the role nouns that do speak. A report's
    section label over each of its entries ("Possible Solutions:" again and again) is one too when the text also
    writes its words as a common phrase ("possible solutions", "Possible solutions:"); its copies at other lines'
    starts are no sentence that writes it as a name.

    Kept: a label that names a person or a body ("Pelosi: Republicans Are Putting Children at Risk", "Judicial
    Watch: State Department Hid ...", "NY Post: ..."), or whose words the text names as one elsewhere ("Kaine: Let
    me finish." over a story about Tim Kaine; "Black Lives Matter: ..." over a story that writes "said Black Lives
    Matter": a name, though "matter" is a common noun), a label ending in a person ("Las Vegas Shooting Victim: ...",
    "Texas Mom: ..."; ``people`` holds the lexicon's roles and person nouns), and a transcript's speaker in capitals
    ("PENCE: Well, ...")."""
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
    if low in people or low.rstrip("s") in people:
        return False
    seen = _words_of(doc)
    own = (line_start, token.idx + 1)
    others = [at for at, mid in seen.places.get(last.text, ()) if mid and not own[0] <= at < own[1]]
    if any(not _in_line_label(text, at) for at in others):
        return False  # "Judicial Watch" again in the story, a transcript's "Hadeed:" on every other line: a name
    if others:
        # the label again at other lines' starts ("Possible Solutions:" over each report of a list, "Jake Tapper:"
        # over each turn): no sentence writes it as a name; it is a section's label when the text also writes it
        # as a phrase of common words ("possible solutions", "Possible solutions:": a name keeps its capitals),
        # unless it ends in a body or a member ("Green Party:" beside "the Green party", "Teachers Union:",
        # "Audience Member:"), a speaker's label however the text writes it
        return len(words) > 1 and low not in _BODY_WORDS and low.rstrip("s") not in _BODY_WORDS \
            and not any(t.ent_type_ in _SPEAKER_ENTS for t in label) and _written_in_lower_case(text, label, own)
    if seen.words[low] > Counter(_WORD.findall(text[own[0]:own[1]]))[low]:
        return True  # "Outbreak" over a text about the outbreak: a common noun, no name
    if any(t.ent_type_ in _SPEAKER_ENTS for t in label):
        return False
    return not any(not own[0] <= at < own[1] for t in words for at in seen.named.get(t.lower_, ()))


_WORD = re.compile(r"[\w-]+")
# the last words of a body's or a speaker's label: a party, a union, a panel, a ministry, a court's actors, a member
_BODY_WORDS = (read_words("bodies_of_people.txt") | read_words("organisation_nouns.txt") | read_words("court_actors.txt")
               | {"member"})


def _written_in_lower_case(text: str, label: list[Token], own: tuple[int, int]) -> bool:
    """Whether the text writes the words of ``label`` (a label of two words or more) elsewhere than ``own`` with all
    but the first in lower case: "possible solutions", "Possible solutions:" for "Possible Solutions"."""
    first, rest = label[0].text, [t.lower_ for t in label[1:]]
    phrase = re.compile(rf"(?<!\w)[{re.escape(first[0].lower() + first[0].upper())}]{re.escape(first[1:].lower())}"
                        + "".join(rf"\s*{re.escape(w)}" for w in rest) + r"(?!\w)")
    return any(not own[0] <= m.start() < own[1] for m in phrase.finditer(text))


def _in_line_label(text: str, at: int) -> bool:
    """Whether the word at ``at`` lies inside the label of a label line ("Possible Solutions: ..."): the label again
    on another line is no sentence that writes it as a name."""
    line_start = text.rfind("\n", 0, at) + 1
    return _LABEL_LINE.match(text[line_start:at + 200]) is not None and at < text.index(":", line_start)


class _Seen:
    """A text's words once for all its colons: how often each is written (as written), where each is written
    inside a sentence (not at its start), and where the tagger names a speaker by it."""

    def __init__(self, doc: Doc) -> None:
        text = doc_text(doc)
        self.words: Counter[str] = Counter()
        self.places: dict[str, list[tuple[int, bool]]] = {}
        for m in _WORD.finditer(text):
            self.words[m.group()] += 1
            k = m.start() - 1
            while k >= 0 and text[k] in " \t\xa0":
                k -= 1
            # a name is written with its capital inside a sentence ("said Watch", "Judicial Watch sued"), where a
            # common noun of a title is written in lower case in the story
            self.places.setdefault(m.group(), []).append((m.start(), k >= 0 and text[k] not in ".!?:\n\"“‘'("))
        self.named: dict[str, list[int]] = {}
        for t in doc:
            if t.ent_type_ in _SPEAKER_ENTS:
                self.named.setdefault(t.lower_, []).append(t.idx)


_SEEN: WeakKeyDictionary[Doc, _Seen] = WeakKeyDictionary()


def _words_of(doc: Doc) -> _Seen:
    if doc not in _SEEN:
        _SEEN[doc] = _Seen(doc)
    return _SEEN[doc]



def written_inside(token: Token) -> bool:
    """Whether the text writes ``token``'s word, as written, inside a sentence (not at its start) on a line other
    than ``token``'s own: a capital there is a name's ("said Matthews"), a sentence's first word is not."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end < 0 else line_end
    return any(mid and not line_start <= at < line_end for at, mid in _words_of(doc).places.get(token.text, ()))


# a section's heading made of a free relative on a verb of saying: "What reviewers say:", "What the experts are
# saying:", "What they said about it:"
_WHAT_HEADING = re.compile(r"[ \t\xa0]*What\b[^\n.!?:\"“”]{1,60}:")


def what_heading(token: Token) -> bool:
    """Whether the cue ``token`` is the verb of a heading that opens its line with "What" and ends in a colon:
    "What reviewers say: “It's the smartest vacuum I've owned,” one Amazon reviewer wrote", "What the experts say:
    Doctors say masks work". The heading names a section of the page, the words under it are each their own
    speaker's (or the writer's); the heading's subject says none of them.

    Kept: a question ("What did Smith say: that the plan failed?" is left to the question rules; a "?" before the
    colon is no heading), "Here's what critics are saying: ..." (the writer sums up what critics said), a cue
    after the colon ("What happened: Smith said the plan failed"), and "what" inside a line ("Smith told us what
    he saw: ...")."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    m = _WHAT_HEADING.match(text, line_start)
    return m is not None and token.idx < m.end() - 1
