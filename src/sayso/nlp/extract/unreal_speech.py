"""Speech nobody made, in the writer's own text: pure predicates on the parse (blind audit 25).

``writers_voice.hypothetical_speech`` reads the cue's own modal ("others may argue"); these read the frame a
cue borrows from the verb or noun it hangs on:

- ``borrowed_modal``: a cue joined to, or set under, a verb of possibility: "Francis may come forward one day
  and declare that ...", "he might decide to argue that ...", "Trump should come out and say ...", "Ford can choose
  to state her case";
- ``led_to_say``: a cue that a causative verb puts in the mouth of anybody: "any honest review would lead one
  to admit that ...", "it makes one wonder whether ...", "which leads us to believe ...";
- ``abstraction_speaks``: a figure of speech: "History tells us why ...", "Experience teaches that ...";
- ``reasoning_seeing``: "seeing that ..." (since): the writer's reasoning, no one's view;
- ``wished_for``: "the perfect time for Trump to call for ...", "it is crucial for him to admit that ...": the act the
  writer wishes for, nobody did it;
- ``guessed_self_name``: "her husband would be the first man in the role, possibly calling himself the first dude",
  "he might end up calling himself a centrist": a name or a label the writer guesses someone would give himself;
- ``invented_exchange``: the turns of a dialogue the writer makes up ("Here's what that might look like:" over
  "Defense Attorney: When did this occur?" and "Ms. Ford: I'm not exactly sure."), blind audit 29.

Kept: a cue inside a quotation (someone's words), a negated modal ("could not say": the refusal filters judge
it), a real report with a time word ("would later say"), "it took him a week to admit" (it happened).
Tables of tests: ``tests/test_unreal_speech.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sayso.nlp.extract.dep_labels import to_infinitive
from sayso.nlp.extract.doc_text import doc_text
from sayso.nlp.extract.pronoun_words import REFLEXIVES
from sayso.nlp.extract.quotes import QuoteIndex
from sayso.nlp.extract.resource_files import read_words
from sayso.nlp.extract.source_types import NAME_LABELS
from sayso.nlp.extract.transcripts import label_line
from sayso.nlp.extract.writers_voice import MAYBE_MODALS, modals, negated, quoted

_LINKS = frozenset({"conj", "xcomp"})


def borrowed_modal(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is a conjunct or a to-infinitive of a verb with a modal of possibility: "Francis may come forward
    one day and declare ...", "he might decide to argue ...". Kept: the cue's own modal (``hypothetical_speech``
    reads it), a negated head ("could not come and say"), a quoted cue, a participle ("could be heard saying", "may
    be ..., saying ...": said)."""
    if token.tag_ != "VB" or modals(token) or quoted(token, quotes):
        return False  # "could be ..., saying ...": a participle shares no modal
    verb = token
    for _ in range(3):
        if verb.dep_ not in _LINKS or verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" and not to_infinitive(verb):
            return False
        verb = verb.head
        aux = modals(verb)
        if aux:
            return any(m in _OPTION_MODALS for m in aux) and not negated(verb) and verb.tag_ == "VB"
    return False


# a modal of possibility, or of an option open ("Ford can choose to state her case on Monday": nothing said yet)
_OPTION_MODALS = MAYBE_MODALS | {"can"}


_CAUSATIVES = frozenset({"lead", "make", "cause", "force", "compel", "prompt", "drive", "push"})
_ANYBODY = frozenset({"one", "us", "you"})


def led_to_say(token: Token, quotes: QuoteIndex) -> bool:
    """A causative verb's generic object is the one who says or thinks: "would lead one to admit that ...", "makes
    one wonder whether ...", "leads us to believe ...". Kept: a named object ("led the senator to admit that ...":
    he admitted it) and a quoted cue."""
    if token.dep_ not in ("xcomp", "ccomp", "advcl") or quoted(token, quotes):
        return False
    head = token.head
    if head.lemma_.lower() not in _CAUSATIVES:
        return False
    said_by = [c for c in head.children if c.dep_ in ("dobj", "nsubj") and c.i < token.i and c.i > head.i]
    said_by += [c for c in token.children if c.dep_ == "nsubj" and head.i < c.i < token.i]  # "makes one wonder"
    return any(c.lower_ in _ANYBODY and not list(c.children) for c in said_by)


# abstractions a writer makes speak: "History tells us", "Experience teaches", "Common sense says"
_ABSTRACTIONS = frozenset({"history", "experience", "hindsight", "logic", "reason", "sense", "nature", "life", "time"})
_FIGURE_CUES = frozenset({"tell", "teach", "say", "show", "remind", "dictate", "suggest", "warn"})


def abstraction_speaks(token: Token, subject: Token | None, quotes: QuoteIndex) -> bool:
    """A bare abstraction for speaker: "History tells us why ...", "Experience teaches that ...", "common sense
    says ...". Kept: a determined or modified noun ("the history of the case shows", "his life story"), a name
    ("Time says ...", the magazine), a quoted cue."""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != token.i or quoted(token, quotes):
        return False
    if token.lemma_.lower() not in _FIGURE_CUES or subject.lemma_.lower() not in _ABSTRACTIONS:
        return False
    if subject.pos_ == "PROPN" or subject.ent_type_ in NAME_LABELS:
        return False  # a title that speaks: the magazines Time, Nature, Reason
    modifiers = [c for c in subject.children if c.dep_ in ("det", "poss", "prep", "compound", "relcl", "acl")]
    if subject.lower_ == "sense":
        return any(c.dep_ == "amod" and c.lower_ == "common" for c in subject.children) and not modifiers
    return not modifiers and not any(c.dep_ == "amod" for c in subject.children)


def reasoning_seeing(token: Token) -> bool:
    """ "..., seeing that Facebook is ...": a connective (since); the writer's reasoning, no one's view. Kept:
    "seeing" with its own subject ("I remember him seeing that ...") and "saw that" in a finite clause."""
    if token.lower_ != "seeing" or token.dep_ not in ("advcl", "prep", "pcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in token.children)


def wished_for(token: Token, quotes: QuoteIndex) -> bool:
    """The cue is an infinitive with a "for" subject on a noun or an adjective: "the perfect time for Trump to call
    for ...", "it is crucial for him to admit ...": the act the writer wishes for, nobody did it. Kept: "it took a
    week for him to admit that" (a verb's clause: it happened), a judged act ("it is awkward for Republicans to
    say that ...": they say it), "the first time for him to say so", a quoted
    cue. "It is easy for critics to say that ..." (they say it) stays; "made it much easier for a real sex offender to
    point back at this and say ..." (what a deed makes possible) does not: only the comparative is listed."""
    if quoted(token, quotes):
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "for Trump not to appoint ... and call for ..."
    if not to_infinitive(verb) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() == "be":  # "it is crucial for him to admit": the adjective is the copula's
        head = next((c for c in head.children if c.dep_ in ("acomp", "attr")), head)
    if any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in head.children):
        return False  # "the first time for him to admit it": it happened
    if head.lower_ in _TAKEN and (_past_copula(head) or (head.lower_ == "step" and _judged(head))):
        return False  # "it was a big step for the pope to say that ...", "it was easier for him to claim ...": done
    return head.lemma_.lower() in _WISHED or head.lower_ in _WISHED  # "easier": a form, not its lemma "easy"


# a step taken, an easier way taken: listed for what a deed may lead to, kept where the act is told as done
_TAKEN = frozenset({"step", "easier"})


def _past_copula(word: Token) -> bool:
    """ "It was a step for him to admit ...", "it was easier for him to claim ...": the copula the word is the
    predicate of is in the past (it happened)."""
    return word.dep_ in ("attr", "acomp") and word.head.lemma_.lower() == "be" and word.head.tag_ == "VBD"


def _judged(noun: Token) -> bool:
    """ "It is a major step for the Vatican to acknowledge ...": an adjective judges a step taken; not under a modal
    ("it would be a good step for him to admit ...": wished)."""
    modal = noun.dep_ == "attr" and any(c.tag_ == "MD" for c in noun.head.children)
    return not modal and any(c.dep_ == "amod" for c in noun.children)


_ORDINALS = frozenset({"first", "second", "third", "last", "only"})
# what ought to or may be done, not what is judged done: "awkward for Republicans to say" presupposes they say it
_WISHED = read_words("wished_words.txt")


# how far back a turn looks for the line that announces its dialogue, and the longest line a dialogue's turn or the
# page furniture inside it has (a paragraph of narration ends the dialogue)
_TURNS_BACK = 40
_TURN_CHARS = 200


def invented_exchange(token: Token) -> bool:
    """The colon of a speaker's label in a dialogue the writer makes up: the line that announces it, the last one
    ending in a colon before its first label line, is a frame of possibility ("Here's what that might look like:",
    "It could go something like this:"), so no turn under it was said ("Ms. Ford : I'm not exactly sure."). Kept: a
    transcript announced as what was said ("Here is the exchange:", "He told the panel:", "The exchange went like
    this:"), a frame of a scene to picture ("Imagine being Jeff Sessions during this exchange at Tuesday's hearing:",
    "Picture the scene in the hearing room on Thursday:": real transcripts follow those), a label line with no such frame, a frame a paragraph of narration ends (a longer
    line than a turn's, or a line set off by a blank line: "That is not what happened on Thursday.")."""
    if token.text != ":":
        return False
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    if ":" in text[line_start:token.idx] or not label_line(text[line_start:len(text) if line_end < 0 else line_end]):
        return False
    end = line_start - 1  # the newline that ends the line before
    after_label = True  # the line after the one read is a speaker's
    blank_below = False  # a blank line lies between the line read and the one after it
    for _ in range(_TURNS_BACK):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        raw = text[start:end]
        line = raw.strip()
        end = start - 1
        if not line:
            blank_below = True
            continue
        if label_line(line):
            after_label, blank_below = True, False
            continue
        if line.endswith(":"):
            first = start + len(raw) - len(raw.lstrip())
            return after_label and _possible_frame(token.doc, first, first + len(line))
        if len(line) > _TURN_CHARS or blank_below or _blank_above(text, start):
            return False
        after_label = False
    return False


def _blank_above(text: str, start: int) -> bool:
    """Whether the line that opens at ``start`` follows a blank line (a paragraph set off from a dialogue above)."""
    above_end = start - 1
    if above_end <= 0:
        return False
    return not text[text.rfind("\n", 0, above_end) + 1:above_end].strip()


def _possible_frame(doc: Doc, start: int, end: int) -> bool:
    """The last sentence of the line from ``start`` to ``end`` frames what follows as possible, not said: a modal of
    possibility on the verb a likeness hangs on ("what that might look like", "It could go something like this").
    Kept: a modal elsewhere in the line ("The exchange, which could end up in an ad, went like this:", a modal in the sentence
    before), "like" over a clause ("might feel like they had seen it before"), a verb of picturing ("Imagine the
    surprise in the room when this exchange took place on Tuesday:")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    sent = words[-1].sent
    words = [t for t in words if t.i >= sent.start]
    return any(_modal_likeness(t) for t in words)


def _modal_likeness(word: Token) -> bool:
    """Whether ``word`` is a "like" of likeness (a preposition, not the mark of a clause) whose verb carries a modal of
    possibility: "what that might look like", "It would go something like this", "It could sound like this"."""
    if word.lower_ != "like" or word.dep_ != "prep":
        return False
    verb = word.head
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "npadvmod", "attr"):  # "go something like this"
        verb = verb.head
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _FRAME_MODALS for c in verb.children)


_FRAME_MODALS = MAYBE_MODALS | {"would", "'d", "’d"}


# the writer's guess: "possibly calling himself ...", "perhaps describing herself as ..."
_GUESSES = frozenset({"possibly", "perhaps", "maybe", "conceivably", "potentially", "presumably"})


def guessed_self_name(token: Token, quotes: QuoteIndex) -> bool:
    """A self-description (a reflexive object with a predicate: "calling himself the first dude", "describe herself
    as a centrist") that the writer guesses at: a non-finite cue with an adverb of possibility, on it or on the verb
    whose complement (xcomp) it is, or a modal of possibility on that verb ("possibly calling himself the first
    gentleman", "might end up calling himself a centrist"). Nobody said it. Kept: a self-description that happened,
    hedged or not ("She described herself as a reluctant candidate", "Perhaps most famously, Trump described himself
    as a genius": a finite cue; "He would later call himself a centrist": ``hypothetical_speech`` reads the cue's own
    modal), one in a clause of its own under a guessing verb ("could face a runoff after she described herself as",
    "may lose the seat, and he has called himself": an advcl or a conj is no complement), a quoted cue, and a guess
    about anything but oneself ("possibly saying that ...": other rules judge it)."""
    if token.tag_ not in ("VB", "VBG") or quoted(token, quotes) or not _self_named(token):
        return False
    verb = token
    for _ in range(3):
        if any(_guess(c) for c in verb.children):
            return True
        if verb is not token and any(m in MAYBE_MODALS for m in modals(verb)) and not negated(verb):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _guess(child: Token) -> bool:
    """ "possibly calling himself", "perhaps describing herself": an adverb of possibility on the verb. One before a
    superlative ("perhaps most memorably calling himself the chosen one", "perhaps best describing himself") hedges
    the writer's ranking of what was said, not whether it was."""
    if child.dep_ != "advmod" or child.lower_ not in _GUESSES:
        return False
    after = child.nbor() if child.i + 1 < len(child.doc) else None
    return after is None or after.tag_ not in ("RBS", "JJS")


def _self_named(token: Token) -> bool:
    """ "calling himself the first dude", "describe herself as a centrist", "style himself a reformer": a reflexive
    object and a predicate on it."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return False
    return any(c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in token.children)
