"""Transcripts: lines that open with a speaker's label and a colon ("TAPPER: Do you think ...", "Matthews: Well,
speculation is bad."): pure functions of the Doc's text.

A transcript names its speakers again and again, each turn under the speaker's label: a label whose last word
(the surname: "JAKE TAPPER:" then "TAPPER:") opens two lines or more marks the text as one, and each of its
label lines is then a turn, the label its speaker, the line their words. PolNeAR marks every turn so (source the
label, cue the colon, content the line); a reader does too, and the turn is as sure as a quotation with its
speaker named (``cue_scores``). A label that opens one line only ("Trump: My plans aren't set in stone" over a
story) is left to the cue model.

A transcript set inside paragraphs ("The debate turned to taxes. WALLACE: Let me ask you ... PENCE: I think ...")
writes its labels in capitals after a sentence's end: three such labels of two speakers or more make one
(``inline_turn``), and each turn then ends where the next label begins (``turn_end``).

A label is a name when the parse says so (a proper noun, capitals) or when the text writes the word with its
capital inside a sentence ("led by MSNBC's Chris Matthews"; the tagger reads a lone "Matthews:" at a line's
start as a common noun): ``written_as_name``. A list's "Pros:" and "Cons:" are written so nowhere.

Not turns: labels of notes and schedules (``label_lines.note_label``), a single letter ("Q:", "A:": an
interview's questions and answers name no speaker), the lexicon's labels ("Note:", "Update:"), a tally under
names ("Clinton: 2,316."), a label in capitals inside a sentence ("odds of 3 TO 1: ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.found import Found, Range
from sayso.nlp.extract.label_lines import written_inside
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES

# a label line: an optional quotation mark, one to four capitalised words, a colon, the words after it
_LABEL = re.compile(r"^[ \t\xa0]*[\"“]?([A-Z][\w.'’&-]*(?:[ \t\xa0]+[A-Z][\w.'’&-]*){0,3})[ \t\xa0]*:[ \t\xa0]+\S", re.M)

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_WORDS = re.compile(r"[^\W\d_]{2}")

_TURNS: WeakKeyDictionary[Doc, bool] = WeakKeyDictionary()

# a speaker's label in capitals anywhere: inside a paragraph it follows a sentence's end ("... to say. PENCE: I think")
_CAPS_LABEL = re.compile(r"(?<![\w'’.-])([A-Z][A-Z'’.-]*[A-Z](?:[ \t\xa0]+[A-Z][A-Z'’.-]*[A-Z]){0,2}):[ \t\xa0]+(?=\S)")
_SENTENCE_END = frozenset('.?!…”"’)')
_CAPS: WeakKeyDictionary[Doc, list[tuple[int, int, str]]] = WeakKeyDictionary()
_PEOPLE: WeakKeyDictionary[Doc, dict[frozenset[str], list[str]]] = WeakKeyDictionary()


def _surname(label: str) -> str:
    return label.split()[-1].rstrip(".").lower()


def _same_speaker(a: str, b: str) -> bool:
    """Two labels name one speaker: the same words, or one the other's last word ("jake tapper", "tapper");
    "elizabeth a. burton" and "victor n. burton" name two."""
    return a == b or a == _surname(b) or b == _surname(a)


def _is_transcript(doc: Doc) -> bool:
    """The Doc's label lines make a transcript: two speakers at least, one of them with two lines or more, once
    per Doc."""
    got = _TURNS.get(doc)
    if got is None:
        lines = Counter(" ".join(m.group(1).lower().split()) for m in _LABEL.finditer(doc_text(doc))
                        if len(m.group(1).rstrip(".")) > 1)
        surnames = {a: _surname(a) for a in lines}
        by_surname: Counter[str] = Counter()
        for a, n in lines.items():
            by_surname[surnames[a]] += n
        # a speaker's lines: its own label's and its surname's ("jake tapper" and "tapper"), or, for a surname
        # alone, every label ending in it; linear in the labels (a blotter names hundreds once each)
        recurs = any((lines[a] + lines[surnames[a]] if surnames[a] != a else by_surname[a]) >= 2 for a in lines)
        two = len(by_surname) >= 2 or any(not _same_speaker(a, b) for a in lines for b in lines)
        got = _TURNS[doc] = recurs and two
    return got


def label_line(line: str) -> bool:
    """Whether ``line`` opens with a speaker's label and a colon ("TAPPER: Do you think ...", "Ms. Ford : No.")."""
    return _LABEL.match(line) is not None


def transcript_turn(token: Token) -> bool:
    """Whether ``token``, a colon after a speaker's label at a line's start, is a turn of a transcript: the text
    has a speaker whose label opens two lines or more, and two speakers at least ("TAPPER:" twice, "FALLIN:");
    a police blotter's "Elizabeth A. Burton:" and "Victor N. Burton:" name two people once each."""
    if token.text != ":":
        return False
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    m = _LABEL.match(text, line_start)
    if m is None or m.end(1) > token.idx or text[m.end(1):token.idx].strip():
        return False  # the colon is not the label's
    line_end = text.find("\n", token.idx)
    if not _WORDS.search(text, token.idx, len(text) if line_end < 0 else line_end):
        return False  # "Clinton: 1,769.": a tally under names, no words said
    if _is_transcript(token.doc):
        return True
    # a label in capitals whose transcript goes on inside paragraphs ("QUIJANO: What would you do? PENCE: ...")
    return m.group(1).isupper() and _caps_transcript(_speakers(token.doc, frozenset()), _surname(m.group(1)))


def known_speaker(token: Token, given: frozenset[str] = frozenset()) -> bool:
    """Whether ``token``, the colon of a turn's label (``transcript_turn``, ``inline_turn``), ends a label known to
    name a speaker: the label (or its surname, "JAKE TAPPER:" then "TAPPER:") opens two turns or more, or it is the
    name or surname of a person the text names outside its labels ("HANNITY:" and "Sean Hannity"), in capitals or
    as the text writes the name; a person is NER's, or a known given name (``given``) before a capitalised word
    (NER reads "Sean Hannity" as an organisation). A label that opens one line and names nobody the text names
    ("Special Ed: Voices from ...", a book's title in an advert, "BREAKING: ...") may be a heading or a kicker,
    whatever the other lines of the transcript are: the lines under it are not known to be anyone's turn."""
    if token.text != ":":
        return False
    labels = _label_spans(token.doc)
    own = next((words for _, colon, words in labels if colon == token.idx), None)
    if own is None:
        return False
    key = " ".join(own.lower().split())
    if sum(_same_speaker(key, " ".join(w.lower().split())) for _, _, w in labels) >= 2:
        return True
    caps = own.isupper()
    for name in _people(token.doc, given):
        low = name.lower()
        if _same_speaker(key, low) and (caps or own == name or own == name.split()[-1]):
            return True
    return False


def known_turns(doc: Doc, found: Sequence[Found], given: frozenset[str] = frozenset()) -> frozenset[Range]:
    """The colons of ``found``'s turns whose label is known to name a speaker (``known_speaker``): those that may
    take a quotation their label opens from the speaker before (``continuations.labelled_turn``)."""
    text = doc_text(doc)
    spans = ((f.cue, doc.char_span(*f.cue)) for f in found if text[f.cue[0]:f.cue[1]] == ":")
    return frozenset(cue for cue, span in spans if span is not None and len(span) == 1 and known_speaker(span[0], given))


def _label_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Every label of the text, at a line's start or in capitals after a sentence's end: (its start, its colon,
    its words as written), once per label."""
    text = doc_text(doc)
    spans = {m.start(1): (m.start(1), text.index(":", m.end(1)), m.group(1)) for m in _LABEL.finditer(text)
             if len(m.group(1).rstrip(".")) > 1}  # "Q:", "A:" name nobody
    for start, colon, _ in _caps_labels(doc):
        spans.setdefault(start, (start, colon, text[start:colon]))
    return sorted(spans.values())


def _people(doc: Doc, given: frozenset[str]) -> list[str]:
    """The names of the persons the text names outside its labels, one space between words, as written: NER's,
    and a known given name with the capitalised word after it ("Sean Hannity")."""
    got = _PEOPLE.setdefault(doc, {}).get(given)
    if got is None:
        labels = [(s, c) for s, c, _ in _label_spans(doc)]
        spans = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        spans += [(t.idx, f"{t.text} {t.nbor().text}") for t in doc[:-1] if t.lower_ in given and t.is_title
                  and t.whitespace_ and t.nbor().is_title and t.nbor().is_alpha]
        got = _PEOPLE[doc][given] = [" ".join(name.split()) for start, name in spans
                                     if not any(s <= start < c for s, c in labels)]
    return got


def written_as_name(token: Token) -> bool:
    """Whether ``token``, a capitalised word, is written with its capital inside a sentence somewhere else in the
    text ("Matthews" in "led by MSNBC's Chris Matthews"): a name, whatever the tagger made of it."""
    return token.is_alpha and token.is_title and written_inside(token)


def _caps_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """The labels in capitals that open a line or follow a sentence's end: where each is (its start, its colon)
    and its words in lower case, once per Doc."""
    got = _CAPS.get(doc)
    if got is None:
        text = doc_text(doc)
        got = []
        for m in _CAPS_LABEL.finditer(text):
            before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip(" \t\xa0\"“")
            if before and before[-1] not in _SENTENCE_END:
                continue  # inside a sentence ("a 3 TO 1: ..."), not after its end
            got.append((m.start(), m.end(1), m.group(1).lower()))
        _CAPS[doc] = got
    return got


def _speakers(doc: Doc, labels: frozenset[str]) -> Counter[str]:
    """How many labels in capitals name each speaker (by the label's last word); the lexicon's labels
    ("UPDATE:", "NOTE:") name nobody."""
    return Counter(_surname(words) for _, _, words in _caps_labels(doc) if words.split()[0] not in labels)


def _caps_transcript(speakers: Counter[str], own: str) -> bool:
    """A transcript in capitals: ``own`` is one of two speakers or more, with three turns at least or one
    speaker named twice ("QUIJANO: ... PENCE: ... KAINE: ...", "TAPPER: ... FALLIN: ... TAPPER: ...")."""
    return speakers[own] > 0 and len(speakers) >= 2 and sum(speakers.values()) >= 3


def inline_turn(token: Token, labels: frozenset[str] = frozenset()) -> bool:
    """Whether ``token``, a colon, ends a speaker's label in capitals set inside a paragraph after a sentence's
    end ("... Wallace pressed him. PENCE: I think ..."), in a text whose labels in capitals make a transcript;
    ``labels`` are the lexicon's words that open a label naming nobody."""
    if token.text != ":":
        return False
    words = next((w for _, colon, w in _caps_labels(token.doc) if colon == token.idx), None)
    if words is None or words.split()[0] in labels:
        return False
    text = doc_text(token.doc)
    label = token.idx - len(words)
    if not text[text.rfind("\n", 0, label) + 1:label].strip(" \t\xa0\"“"):
        return False  # a label opening its line: ``speaker_colon``'s own
    return _caps_transcript(_speakers(token.doc, labels), _surname(words))


def turn_end(token: Token, end: int, labels: frozenset[str] = frozenset()) -> int:
    """Where the turn after ``token`` (a speaker's colon) ends, no later than ``end`` (its line's end): at the next
    label of the transcript set inside the line ("PENCE: I think so. KAINE: Let me finish.")."""
    speakers = _speakers(token.doc, labels)
    for start, _, words in _caps_labels(token.doc):
        if token.idx < start < end and words.split()[0] not in labels and _caps_transcript(speakers, _surname(words)):
            return start
    return end


def states_something(token: Token, end: int) -> bool:
    """Whether the turn after ``token`` (a speaker's colon) up to ``end`` says something a reader takes for a
    statement: a sentence with its subject, and not a question at its end. "All right.", "Sean.", "Obama and
    Holder and Mueller?", a host's "Do you believe it or do you know?" and "Now let me go to Victoria." are a
    transcript's turns, and no statement of the speaker's."""
    return says_something(token.doc, token.idx + 1, end)


def says_something(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` say something a reader takes for a statement
    (``states_something``): a sentence with its subject, and not a question at its end."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or doc_text(doc)[start:end].rstrip(" \t\xa0" + CLOSING_QUOTES).endswith("?"):
        return False
    # a clause with its subject heads one of its sentences: "I believe that is true", "It is."; a host's
    # directions have none ("Now let me go to Victoria.", "Explain CFIUS, ...", "Back to my question, if I may.")
    return any(t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or t.head.i < span.start)
               and any(c.dep_ in _SUBJECTS and c.i >= span.start for c in t.children) for t in span)  # not the label
