"""The speaker of an inverted aside: "The plan, said the mayor, would cost millions." (a pure function of the parse).

The parser hangs "said" on "cost" as a parataxis and gives it both noun phrases as subjects: "The plan"
before it and "the mayor" after it. A reader hears the mayor say that the plan would cost millions; read
as the parse has it, the plan said something. The speaker is the subject after the cue, set off by the
aside's commas; the subject before it is the first part of what was said (``candidates`` adds it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import ALL_SUBJECTS, CLAUSE_SUBJECTS, SUBJECTS
from sayso.nlp.extract.fronted_predicates import fronted_predicate_parts


def inverted_aside(token: Token) -> tuple[Token, Token] | None:
    """(the clause's subject before the aside, the speaker after the cue) for ``token``, the verb of an aside
    "<subject>, said <speaker>, <rest>"; else None.

    The verb must stand right after a comma, hang on the rest of the sentence (``parataxis``), and have one
    subject ending right before that comma and another starting right after the verb and followed by a comma.
    """
    doc = token.doc
    split = _clause_split(token)
    if split is not None:
        return split[0], split[1]
    if token.dep_ != "parataxis" or token.head.i < token.i:
        return None
    plain = _plain_aside(token)
    if plain is not None:
        return plain
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    before = _subject_before_aside(token)
    after = next((c for c in token.children if c.dep_ in SUBJECTS and c.i > token.i), None) or _object_speaker(token)
    if before is None or after is None or after.left_edge.i != token.i + 1:
        return None
    if _a_speaker_before(before, token):
        return None
    if _comma_after(after) is None:
        return None
    return before, after


def _subject_before_aside(token: Token) -> Token | None:
    """The subject the aside cuts off from its clause, ending at the comma before the cue (the parse may take that
    comma into the phrase): the cue's own subject as the parse often has it ("The plan, said the mayor, ..."), or
    that of the clause the cue hangs on ("The pope, says Smith, is wrong": "pope" hangs on "is")."""
    for verb in (token, token.head):
        before = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < token.i), None)
        if before is not None and before.right_edge.i in (token.i - 2, token.i - 1):
            return before
    return None


def _object_speaker(token: Token) -> Token | None:
    """ "Francis, writes Royal, “has little use for ...”": the parse reads the name after an inverted cue as the
    verb's object. It is the speaker when it is a noun or a name standing right after the cue, the cue has no other
    complement (no clause, no second object), and a comma closes it; "Smith, writes letters ..." has no comma."""
    if token.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr")]
    if len(objects) != 1 or objects[0].dep_ != "dobj" or objects[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return objects[0]


def _plain_aside(token: Token) -> tuple[Token, Token] | None:
    """(the clause's subject, the speaker) of the plain order's aside the parse gave two subjects: "Francis, Royal
    writes, “has little use for ...”": both names hung on the cue as its subjects, the clause's subject first and
    closed by a comma, the speaker right before the cue, and a comma after the cue before the rest of the clause.
    The speaker is the one next to the cue; the first is what was spoken of."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    if len(subjects) != 2:
        return None
    before, speaker = subjects
    if any(not (t.dep_ in ("aux", "neg", "advmod") and t.head == token) for t in doc[speaker.right_edge.i + 1:token.i]):
        return None
    if speaker.left_edge.i < 2 or doc[speaker.left_edge.i - 1].text != "," \
            or before.right_edge.i not in (speaker.left_edge.i - 2, speaker.left_edge.i - 1):
        return None
    if before.pos_ == "PRON" or any(t.text == "," for t in doc[before.left_edge.i:speaker.left_edge.i - 1]):
        return None
    return before, speaker


def speaker_read_as_apposition(token: Token) -> Token | None:
    """ "His promises, independent analyses agree, would add trillions": the parse makes the aside's speaker an
    apposition of the clause's subject and hangs the cue on the clause (``parataxis``), with that subject as
    its own or none; the noun right before the cue, set off by commas on both sides, is who says it."""
    doc = token.doc
    if token.dep_ != "parataxis" or token.head.i < token.i or token.i < 3 or token.i + 1 >= len(doc) \
            or doc[token.i + 1].text != ",":
        return None
    speaker = doc[token.i - 1]
    if speaker.dep_ != "appos" or speaker.pos_ not in ("NOUN", "PROPN") or speaker.right_edge.i != speaker.i:
        return None
    subject = speaker.head
    if subject.dep_ not in SUBJECTS or subject.head not in (token, token.head) or subject.i > speaker.i \
            or doc[speaker.left_edge.i - 1].text != ",":
        return None
    return speaker


def _clause_split(token: Token) -> tuple[Token, Token, Token] | None:
    """(subject before, speaker after, the clause's verb) of "Any interpretation of Kerry's actions, said Michael
    Kofman, an expert on Russia, would read this as ...": the other parse of the aside, with the cue the root, the
    subject before it its subject, and the speaker the subject of the rest of the clause (a ``ccomp``); else None."""
    doc = token.doc
    if token.dep_ != "ROOT" or token.i < 2 or doc[token.i - 1].text != ",":
        return None
    before = next((c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if before is None or before.right_edge.i not in (token.i - 2, token.i - 1):  # the parse may take the comma in
        return None
    if _a_speaker_before(before, token):
        return None
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i < token.i:
            continue
        after = next((c for c in clause.children if c.dep_ in SUBJECTS and c.left_edge.i == token.i + 1), None)
        if after is None:
            continue
        comma = _comma_after(after)
        if comma is not None and comma < clause.i:
            return before, after, clause
    return None


def _a_speaker_before(before: Token, cue: Token) -> bool:
    """Whether the subject before the cue reads as its speaker in the plain order: a pronoun ("He, too, said Jones
    ..."), or a noun phrase with an aside of its own ("Trump, speaking in Ohio, said Clinton, who ..., would ...",
    ("The senator, 65, said ...", "The official, who was not authorized to speak, said ..."): the comma before
    the cue closes that aside, and what follows the cue is what was said, not an inverted speaker."""
    if before.pos_ == "PRON":
        return True
    return any(t.text == "," for t in before.doc[before.left_edge.i:cue.i - 1])


def aside_parts(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts of what was said around the aside of ``_clause_split``, as character ranges: the subject
    before the cue, and the rest of the clause after the speaker's comma; or those of ``subject_left_of_root`` or
    ``reason_after_aside`` or ``as_aside_parts`` or ``aside_on_subject`` or ``fronted_predicate_parts``."""
    split = _clause_split(token)
    if split is None:
        return subject_left_of_root(token) or reason_after_aside(token) or as_aside_parts(token) \
            or aside_on_subject(token) or fronted_predicate_parts(token)
    before, after, clause = split
    left = [t for t in before.subtree if not t.is_punct or t.i not in (before.left_edge.i, before.right_edge.i)]
    comma = _comma_after(after)
    right = [t for t in clause.subtree if comma is not None and t.i > comma]
    while right and right[-1].is_punct:
        right.pop()
    if not left or not right:
        return None
    return ((left[0].idx, left[-1].idx + len(left[-1])), (right[0].idx, right[-1].idx + len(right[-1])))


def aside_on_subject(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Morality, Müller explained, is rooted in Grace": the parse hangs the cue (``parataxis``) on the clause's
    subject, a noun that opens the sentence, and the predicate after the aside is that noun's verb. What was said is
    the subject with its predicate, in two parts (character ranges), not the noun alone. The aside must be set off
    by a comma on each side, with its own subject, and the predicate must open right after the closing comma.
    Not this form: "Smith, a lawyer, said ..." (the cue is the root), "In Rome, he said, the pope ..." (a phrase
    before the aside is no subject of the verb after it)."""
    doc = token.doc
    noun = token.head
    if token.dep_ != "parataxis" or noun.i > token.i or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.dep_ not in SUBJECTS or noun.head.i <= token.i or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in SUBJECTS and c.i < token.i for c in token.children):
        return None
    words = [t for t in token.subtree if not t.is_punct]
    opening, closing = words[0].i - 1, words[-1].i + 1
    if opening < 1 or closing >= len(doc) or doc[opening].text != "," or doc[closing].text != ",":
        return None
    if any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[token.sent.start:noun.left_edge.i]):
        return None
    said = [t for t in noun.subtree if t.i < opening]
    rest = [t for t in noun.head.subtree if t.i > closing]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not said or not rest or rest[0].i != closing + 1:
        return None
    return (said[0].idx, said[-1].idx + len(said[-1])), (rest[0].idx, rest[-1].idx + len(rest[-1]))


def _comma_after(speaker: Token) -> int | None:
    """The index of the comma that closes the speaker's noun phrase (the parse may take it into the phrase)."""
    doc = speaker.doc
    end = speaker.right_edge.i
    if doc[end].text == ",":
        return end
    return end + 1 if end + 1 < len(doc) and doc[end + 1].text == "," else None


# what the parse makes of the subject an aside cuts off ("The plan, he told me, was ..."): a noun phrase hung on the cue
_LEFT_SUBJECTS = frozenset({"dep", "npadvmod", "nsubj"})
# and of the rest of its clause: a verb hung on the cue
_RIGHT_PREDICATES = frozenset({"ccomp", "conj", "dep"})


def subject_left_of_root(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The plan, he told me on Friday, was never going to work", "That decision, Obama told reporters, was a
    mistake": the plain order's aside ("<subject>, <speaker> <cue> ..., <predicate>") where the parse makes the cue
    the root, hangs the subject before the aside on it as a bare noun phrase and the predicate after it as a clause
    of its own with no subject. What was said is the subject with its predicate, in two parts (as character ranges);
    the cue's object ("me", "reporters") and its adjuncts are the aside's. The noun phrase must open the sentence
    (a conjunction may stand before it) and close right before the comma that opens the aside, the predicate must
    open right after the comma that closes it, and nothing between may be a verb. Not this form: "Last week, he
    told reporters, the plan was dead" (the predicate has a subject of its own: the parse's other clause),
    "The plan, he said, was dead" (the parse's parataxis: ``candidates`` takes both sides)."""
    return _around_aside(token, ("nsubj",), _bare_subject, _subjectless_predicate)


def _bare_subject(token: Token, opening: int) -> Token | None:
    """The noun phrase hung on the cue that closes right before the aside's opening comma (``subject_left_of_root``)."""
    return next((c for c in token.children if c.dep_ in _LEFT_SUBJECTS and c.right_edge.i == opening - 1
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _subjectless_predicate(token: Token) -> Token | None:
    """The first verb hung on the cue after it as a clause of its own, if it has no subject (``subject_left_of_root``)."""
    right = next((c for c in token.children if c.dep_ in _RIGHT_PREDICATES and c.i > token.i
                  and c.pos_ in ("VERB", "AUX")), None)
    if right is None or any(c.dep_ in CLAUSE_SUBJECTS for c in right.children):
        return None
    return right


def _around_aside(token: Token, subjects: Collection[str], left_of: Callable[[Token, int], Token | None],
                  right_of: Callable[[Token], Token | None]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The recipe ``subject_left_of_root`` and ``reason_after_aside`` share: the cue is the root verb, its subject
    (a dependency of ``subjects``) opens the aside right after a comma, what was said before the aside
    (``left_of(token, opening comma)``) opens the sentence (a conjunction may stand before it), and what was said
    after it (``right_of(token)``) opens right after the comma that closes the aside, with no verb between the cue
    and that comma. Returns the two parts as character ranges: the words of the first before the opening comma,
    the second with its trailing punctuation off; None where any of this fails."""
    doc = token.doc
    if token.dep_ != "ROOT" or token.pos_ != "VERB":
        return None
    subj = next((c for c in token.children if c.dep_ in subjects and c.i < token.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    opening = subj.left_edge.i - 1
    left = left_of(token, opening)
    if left is None or any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[token.sent.start:left.left_edge.i]):
        return None
    right = right_of(token)
    if right is None:
        return None
    closing = right.left_edge.i - 1
    if closing <= token.i or doc[closing].text != "," or any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1:closing]):
        return None
    said = [t for t in left.subtree if t.i < opening]
    rest = [t for t in right.subtree if t.i > closing]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not said or not rest:
        return None
    return (said[0].idx, said[-1].idx + len(said[-1])), (rest[0].idx, rest[-1].idx + len(rest[-1]))


def parenthetical_cue(token: Token) -> bool:
    """ "A Clinton presidency, she vowed, would bring better-paying jobs": the cue's words (its speaker, itself,
    its object and adjuncts) are set off by a comma on each side between the subject of the clause it hangs on and
    that clause's predicate, so what was said is the clause on both sides of them, not the predicate alone.
    Not when what stands before the aside holds no subject of the clause: a connective or an adjunct ("But, he
    added, “…”", "On top of that, opponents say, ...", "In a statement, an official said, “…”", "However, as
    POLITICO has reported, ..."), which is the writer's or the saying's, not what was said."""
    doc = token.doc
    if token.dep_ not in ("parataxis", "ccomp", "advcl") or token.head.i < token.i:
        return False
    words = [t for t in token.subtree if not t.is_punct]
    first, last = words[0], words[-1]
    if not (first.i > 0 and last.i + 1 < len(doc) and doc[first.i - 1].text == "," and doc[last.i + 1].text == ","):
        return False
    if not any(c.dep_ in SUBJECTS for c in token.children):
        return False
    return any(c.dep_ in ALL_SUBJECTS and c.i < first.i for c in token.head.children)


# what opens a reason or a condition the speaker gives after the aside ("..., he said, because ...")
_REASON_MARKS = frozenset({"because", "unless"})


def reason_after_aside(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "That is cause for celebration, he said, because Russians are now living longer", "He's leaning toward
    Kasich, he said, because he prizes electability": the aside interrupts a clause and the reason (or the
    condition) it gives, and the parse hangs both on the cue, the clause before it and the reason after it.
    What was said is both, in two parts. The clause must open the sentence (a conjunction may stand before it),
    the aside be set off by commas with no verb in it but the cue, and the reason be a clause with a subject of
    its own opened by "because" or "unless": "..., he said, while visiting Ohio" (the time of saying), "..., she
    said, though she declined to say more" (the writer's) are not what was said."""
    return _around_aside(token, SUBJECTS, _clause_before, _reason)


def _clause_before(token: Token, opening: int) -> Token | None:
    """The clause hung on the cue that closes at the aside's opening comma or right before it (``reason_after_aside``)."""
    return next((c for c in token.children if c.dep_ == "ccomp" and c.right_edge.i in (opening - 1, opening)), None)


def _reason(token: Token) -> Token | None:
    """The first clause of circumstance hung on the cue after it, if "because" or "unless" opens it and it has a
    subject of its own (``reason_after_aside``)."""
    reason = next((c for c in token.children if c.dep_ == "advcl" and c.i > token.i), None)
    if reason is None or reason.left_edge.lower_ not in _REASON_MARKS or reason.left_edge.dep_ != "mark" \
            or not any(c.dep_ in ALL_SUBJECTS for c in reason.children):
        return None
    return reason


def as_aside(token: Token) -> tuple[Token, Token, Token] | None:
    """(the clause's subject, the speaker, the clause's predicate) of "Hawaii, as one of Mr. Obama's climate advisers
    pointed out, is especially vulnerable to rising seas", else None.

    An "as" aside names who says the clause it interrupts; its subject is the speaker. Where the aside's subject
    is "one of ...", the parse reads "as" as a preposition ("as one" like "as a candidate"), makes the clause's
    subject the cue's own and the predicate after the aside a second clause of the cue: read as the parse has it,
    Hawaii pointed something out. The speaker is the object of "as", with the cue right after its phrase; the
    clause's subject must open the sentence and end right before the aside's comma, and the predicate must have no
    subject of its own and open right after the comma that closes the aside. "Trump, as a candidate, said ..."
    (a comma between the phrase and the cue: a role, not a speaker) and the aside the parse reads as one ("Ohio, as
    several strategists have argued, will ...", the speaker its own subject) are not this form."""
    doc = token.doc
    if token.pos_ != "VERB":
        return None
    subj = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subj is None:
        return None
    as_ = next((t for t in doc[subj.i + 1:token.i] if t.lower_ == "as" and t.dep_ == "prep" and t.head in (token, subj)), None)
    if as_ is None or doc[as_.i - 1].text != ",":
        return None
    if any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[token.sent.start:subj.left_edge.i]):
        return None
    speaker = next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if speaker is None or any(not (t.dep_ in ("aux", "neg", "advmod") and t.head == token)
                              for t in doc[speaker.right_edge.i + 1:token.i]):
        return None
    predicate = _as_predicate(token)
    if predicate is None or any(c.dep_ in ALL_SUBJECTS for c in predicate.children):
        return None
    closing = _predicate_start(token, predicate) - 1
    if closing <= token.i or doc[closing].text != "," or any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1:closing]):
        return None
    return subj, speaker, predicate


def as_aside_parts(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """What was said around the aside of ``as_aside``, in two parts (character ranges): the clause's subject before
    the aside, and its predicate after it."""
    found = as_aside(token)
    if found is None:
        return None
    subj, speaker, predicate = found
    doc = token.doc
    left = [t for t in doc[subj.left_edge.i:speaker.head.i - 1] if not t.is_space]  # up to the comma before "as"
    start = _predicate_start(token, predicate)
    rest = [t for t in predicate.subtree if t.i >= start]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not left or not rest:
        return None
    return (left[0].idx, left[-1].idx + len(left[-1])), (rest[0].idx, rest[-1].idx + len(rest[-1]))


def _as_predicate(token: Token) -> Token | None:
    """The predicate after an "as" aside's cue: a verb the parse hung on the cue ("pointed out, is ..."), or the
    verb the parse hung the cue on (``parataxis``: "noted, has no fresh water left")."""
    if token.dep_ == "parataxis" and token.head.i > token.i and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return next((c for c in token.children if c.dep_ in _RIGHT_PREDICATES and c.i > token.i
                 and c.pos_ in ("VERB", "AUX")), None)


def _predicate_start(token: Token, predicate: Token) -> int:
    """The index of the predicate's first word after the aside."""
    if predicate.head == token:
        return predicate.left_edge.i
    i = token.right_edge.i + 1
    while i < predicate.i and token.doc[i].is_punct:
        i += 1
    return i
