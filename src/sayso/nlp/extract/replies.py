"""Who answers: "Ahab said to Elijah, '...' And he answered, '...'" -- the "he" who answers or replies right
after someone spoke is not that speaker but the one spoken to (Elijah), or at least someone else. Pure: reads
the parse and what ``SourceContext`` recorded of the statements before.

- ``replying``: the pronoun is the subject of a verb of answering that names no one it answers ("he answered",
  "she replied", "he retorted"; not "he replied to Smith", whom ``source_pronouns.addressees`` already leaves out).
- ``previous_turn``: the statement made just before the pronoun's sentence, close enough to be the one answered:
  a question, or a statement said to one person (``one_person``); its speaker and, where its cue names one ("said
  to Elijah", "asked Smith"), its addressee.
- ``alternating_turn``: in a dialogue told turn by turn ("And the Lord said, ... And Abraham answered and said,
  ... And he said, ..."), the "he" of the next turn is the one who spoke the turn before last.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from spacy.tokens import Token

from sayso.nlp.extract.addressees import addressee_head
from sayso.nlp.extract.dep_labels import SUBJECTS
from sayso.nlp.extract.lexicon import Lexicon, load_lexicon
from sayso.nlp.extract.person_signs import sex_of
from sayso.nlp.extract.quote_marks import CLOSING_QUOTES_AND_APOSTROPHE, QUOTE_MARKS
from sayso.nlp.extract.source_context import Name, SourceContext, norm_name
from sayso.nlp.extract.source_types import OBJECT_PRONOUNS, person_noun

REPLY_VERBS = frozenset({"answer", "reply", "respond", "retort", "rejoin", "riposte", "counter"})
TURN_REACH = 400  # characters from the end of the previous statement to the answering pronoun: the next turn


class Turn(NamedTuple):
    """A statement made before: who made it and to whom (None: the cue names no one)."""

    speaker: Name
    addressee: Name | None


_ASKED = frozenset({"ask", "question", "press", "challenge", "confront"})


def replying(pronoun: Token) -> bool:
    """The pronoun is the subject of an answering verb that names no one answered ("he answered", "and she
    replied"); "he replied to Smith" names whom he answers (``source_pronouns.addressees``), and in "Asked about
    the deficit, he replied" the pronoun is the one asked, by someone the text does not name."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.lemma_.lower() not in REPLY_VERBS:
        return False
    if any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in _ASKED for c in verb.children):
        return False
    return not any(_unquoted(c) for c in verb.children if c.dep_ in ("dobj", "dative")) and not any(
        _someone(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at") for g in c.children)


def passive_askers(pronoun: Token) -> list[Token]:
    """The askers a passive names by "by" just before an answering pronoun (or the subject of a plain "said",
    ``_plain_saying``), in its own sentence or the one before:
    "Clinton was asked by an Iowa voter about the deal. She replied ...": the voter asked, Clinton is the one asked
    and answers (the answering verb's own "Asked by reporters, he replied" is the pronoun's own clause: the same).
    Only a verb of asking in the passive (``_ASKED``, with a passive subject or an auxiliary of the passive) whose
    "by" names the asker; empty for an active "a voter asked Clinton" (``previous_turn`` reads its turn). Not where
    the pronoun cannot be the one asked (``_not_the_asked``): "Ms. Ortiz was asked by Mr. Hale ... He replied", "The
    question was asked by Ms. Ortiz ... She replied": then the asker answers the answer (rev75s)."""
    if not replying(pronoun) and not _plain_saying(pronoun):
        return []
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    found = []
    for verb in pronoun.doc[start:pronoun.i]:
        if verb.lemma_.lower() not in _ASKED or verb.tag_ != "VBN" \
                or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
                or _not_the_asked(pronoun, verb):
            continue
        found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return found


# plain verbs of saying that take the answer's turn after a question ("was asked by a caller why ... “...,” he said")
_SAYING = frozenset({"say", "add"})


def _plain_saying(pronoun: Token) -> bool:
    """The pronoun is the subject of a plain "said" that names no one spoken to: after a passive question ("Herman
    Cain ... was asked by a caller why young Syrian men are coming. “So they can be planted among us,” he said") the
    "he" is the one asked, who answers, not the caller (blind audit p84: W). As with an answering verb the asker is
    only left out, the one asked still has to agree with the pronoun (``_not_the_asked``); "he told her" and "he said
    to Smith" name whom they address and are left to ``source_pronouns.addressees``."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.lemma_.lower() not in _SAYING:
        return False
    return not any(c.dep_ in ("dobj", "dative") and _someone(c) for c in verb.children) and not any(
        _someone(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at") for g in c.children)


def _not_the_asked(pronoun: Token, verb: Token) -> bool:
    """The passive's subject is no one the pronoun can be: a thing ("The question was asked by ..."), many people
    for a "he"/"she" ("Reporters were asked by Trump to leave the room. He said ...": the one who asked speaks on,
    rev79s), or a person whose title, given name or pronoun shows the other sex than a "he"/"she" ("Senator Ann Lee
    was questioned by Senator Bob Ray ... He retorted")."""
    asked = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if asked is None:
        return False
    if asked.pos_ == "NOUN" and not person_noun(asked, load_lexicon()):
        return True
    if pronoun.lower_ in ("he", "she") and (asked.tag_ in ("NNS", "NNPS") or asked.lower_ in ("they", "we")
                                            or any(c.dep_ == "conj" for c in asked.children)):
        return True
    given = load_lexicon().given_genders
    own, said = sex_of(asked, given), sex_of(pronoun, given)
    return own is not None and said is not None and own != said


def _unquoted(obj: Token) -> bool:
    """An object of the answering verb outside its quotation: whom or what was answered ("answered Smith",
    "answered questions for an hour": a turn of its own, not the reply to the statement before); the parse
    makes the first word of a quotation ("She replied, “Mine too ...”") an object too."""
    first = obj.left_edge
    return not (first.i > 0 and first.doc[first.i - 1].is_quote)


def _someone(token: Token) -> bool:
    """A name or a personal pronoun: someone answered ("replied to Smith", "replied to her"), not a thing
    ("responded to the criticism", which ``responses`` reads)."""
    return token.pos_ == "PROPN" or token.lower_ in OBJECT_PRONOUNS


def previous_turn(ctx: SourceContext, pronoun: Token) -> Turn | None:
    """The statement just before the pronoun's sentence (ended within ``TURN_REACH`` characters of it) and no
    other statement in between: its speaker as a name met, and the name its cue addresses."""
    start = pronoun.sent.start_char
    before = [s for s in ctx.said if s[2] < start and s[1] <= pronoun.idx]
    if not before:
        return None
    said_start, said_end, speaker_at = max(before, key=lambda s: (max(s[1], s[2]), s[2]))
    if pronoun.idx - max(said_end, speaker_at) > TURN_REACH:
        return None
    speaker = _name_at(ctx, speaker_at)
    if speaker is None or speaker.head.dep_ not in SUBJECTS:
        return None
    verb = speaker.head.head
    target = addressee_head(verb)
    asked = verb.lemma_.lower() in _ASKED or ctx.quotes.text[said_start:said_end].rstrip(" " + CLOSING_QUOTES_AND_APOSTROPHE).endswith("?")
    if not asked and (target is None or not one_person(target, ctx.lexicon)):
        # "Smith said the plan would fail. ... he replied": no one was spoken to who answers; "Trump told reporters
        # ... He responded": the speaker goes on answering the many he spoke to
        return None
    return Turn(speaker, None if target is None else _addressee(ctx, target))


def one_person(target: Token, lexicon: Lexicon) -> bool:
    """The one a statement is said to is one person, who may answer it: a name NER did not make a body ("Elijah",
    "Mr. Holder") or a singular noun of a person ("her neighbour", "the witness"); not "reporters", "the
    committee", "Fox News"."""
    if target.tag_ not in ("NN", "NNP"):
        return False
    if target.pos_ == "PROPN":
        return target.ent_type_ in ("", "PERSON")
    return person_noun(target, lexicon)


def _name_at(ctx: SourceContext, at: int) -> Name | None:
    """The (last recorded) name met at character ``at``: a resolved mention is recorded after its entity."""
    j = bisect_left(ctx.positions, at)
    found = None
    while j < len(ctx.positions) and ctx.positions[j] == at:
        found = ctx.names[j]
        j += 1
    return found


def _addressee(ctx: SourceContext, target: Token) -> Name | None:
    """The name met at the head of the one a cue is said to ("said to Elijah", "asked Mr. Holder"), or a proper
    noun NER left out ("Elijah"): that person; none for "her neighbour", "the court"."""
    sent = target.sent
    met = next((n for n in ctx.names_between(sent.start_char, sent.end_char) if n.head.i == target.i), None)
    if met is not None and met.type == "unknown" and target.pos_ == "PROPN" and target.ent_type_ in ("", "PERSON"):
        return met._replace(type="person")  # one spoken to by name is someone, whatever else typed it
    if met is not None or target.pos_ != "PROPN" or target.ent_type_ not in ("", "PERSON"):
        return met
    first = min([target, *(c for c in target.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")],
                key=lambda t: t.i)
    name = target.doc[first.i:target.i + 1]
    return Name(name.start_char, target, name.text, "person")


_TURN_OPENERS = frozenset({"and", "then"})


def alternating_turn(ctx: SourceContext, pronoun: Token) -> Name | None:
    """The speaker of the turn before last, where the pronoun opens the next turn of a dialogue told turn by turn:
    "And the Lord said, If I find fifty righteous ... And Abraham answered and said, ... wilt thou destroy all the
    city for lack of five? And he said, If I find there forty and five, I will not destroy it": the Lord, not
    Abraham, who spoke last. Two people speak by turns, and the "he" of a sentence that only opens a turn is the
    other one.

    Only a "he" or "she" that speaks a statement, the subject right after a sentence-opening "And" or "Then"
    ("And he said, ...": the narration of a dialogue, the sentence nothing but a turn) whose words follow the verb
    after a comma, in no quotation marks (``_told_plainly``: "And he said the vote would come" and '"...," Jones
    said. And he said, "..."' are news, where a "he" goes on with the last speaker), where the two statements
    before it are turns told line by line, with no narration between them or after them (each turn's sentence
    starts the line after the one its predecessor's speaker stands on, and so does the pronoun's), and their
    speakers are two different names (a turn left to no one, or the same speaker
    twice, "And he said ... And he said", stops it). None otherwise: a news "he said" after a quote goes on with the
    speaker (``antecedent``)."""
    sent = pronoun.sent
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj" or pronoun.i != sent.start + 1 \
            or sent[0].lower_ not in _TURN_OPENERS or pronoun.idx not in ctx.speakers:
        return None
    if not _told_plainly(ctx, pronoun):
        return None
    turns = _turns_before(ctx, sent.start_char, 2)
    if len(turns) < 2:
        return None
    (_, last_end, last_at), (_, before_end, before_at) = turns
    last, before = _name_at(ctx, last_at), _name_at(ctx, before_at)
    if last is None or before is None or norm_name(last.name) == norm_name(before.name):
        return None
    text = ctx.quotes.text
    if _next_line(text, before_at) != last.head.sent.start_char or _next_line(text, last_at) != sent.start_char:
        return None
    return before


def _told_plainly(ctx: SourceContext, pronoun: Token) -> bool:
    """The pronoun's words come after a comma and in no quotation marks: "And he said, If I find there forty",
    "And he spake unto him yet again, and said, Peradventure" (a dialogue told as scripture tells it)."""
    text = ctx.quotes.text
    for start, _, speaker in ctx.said:
        if speaker == pronoun.idx and start > speaker:
            return text[:start].rstrip().endswith(",") and text[start:start + 1] not in QUOTE_MARKS
    return False


def _turns_before(ctx: SourceContext, start: int, count: int) -> list[tuple[int, int, int]]:
    """The last ``count`` statements whose speakers stand before ``start``, the latest first; a statement whose speaker
    stands in another's words ("And Abraham answered and said, Behold now, I have taken upon me to speak unto the
    Lord": the "I" who speaks inside Abraham's turn) is no turn."""
    outer = [s for s in ctx.said if s[2] < start and not any(o[0] <= s[2] < o[1] for o in ctx.said if o != s)]
    return sorted(outer, key=lambda s: (s[2], s[0]))[::-1][:count]


def _next_line(text: str, at: int) -> int:
    """Where the line after the one holding ``at`` starts (past blank lines): a turn told on a line of its own ends
    there, and the next turn starts there, with no narration between them."""
    end = text.find("\n", at)
    if end < 0:
        return -1
    return end + len(text[end:]) - len(text[end:].lstrip())
