"""A "he" or "she" in a phrase set before its clause's subject, which stands for that subject. Pure.

News opens a sentence on a phrase about its subject before naming it: "In what he acknowledged as a 'rant,' President
Obama took a whack at Trump's credentials": the "he" is Obama, named right after, not Trump, named before (and inside
Obama's words). ``subject_after`` finds that subject: the pronoun stands in a phrase hung on the clause's verb (a
preposition's, an adverbial clause's) that ends, set off by a comma, before the verb's subject, a name. It keeps:

- a pronoun that is itself the subject, or one after the subject ("Obama said he ...": left to the ranking);
- a phrase that does not open the sentence ("Obama, in what he called ..., said"; "Smith said that when he
  arrived, Jones left": the "he" may be Smith);
- a phrase not set off by a comma ("In what he said Obama took ..."), where the parse is too unsure to follow;
- any phrase but "In what he called ...": a clause of time or concession ("When he said ..., DeSantis called him a
  liar", "Although he has denied ..., Lanny Davis said") answers the one named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.nlp.extract.dep_labels import SUBJECTS

_FRONTED = frozenset({"prep", "advcl", "npadvmod"})  # a phrase or clause hung on a verb, which may open the sentence
_PERSONAL = frozenset({"he", "she"})


def subject_after(pronoun: Token) -> Token | None:
    """The subject (a proper noun) of the clause whose fronted phrase holds ``pronoun``, where that phrase opens the
    sentence and ends, with a comma, before the subject; None otherwise (see the module)."""
    if pronoun.lower_ not in _PERSONAL:
        return None
    phrase = next((a for a in [pronoun, *pronoun.ancestors] if a.dep_ in _FRONTED and a.head.i > a.i), None)
    if phrase is None or not _opens_sentence(phrase) or not _in_what(pronoun, phrase):
        return None
    verb = phrase.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].left_edge.i <= phrase.right_edge.i:
        return None
    subject = subjects[0]
    between = pronoun.doc[phrase.right_edge.i:subject.left_edge.i]
    return subject if any(t.text == "," for t in between) else None


def _in_what(pronoun: Token, phrase: Token) -> bool:
    """The phrase is "In what he called ...": the pronoun is the subject of the clause "what" opens under "in", a
    label of the act the subject after does. Not a clause of time or concession ("When he said the crisis was over,
    DeSantis called him a liar"; "While he insisted ..., Reid called it a stunt"), where the subject after answers
    the one the pronoun stands for, named before."""
    verb = pronoun.head
    return phrase.lower_ == "in" and phrase.dep_ == "prep" and pronoun.dep_ in SUBJECTS and verb.head.i == phrase.i \
        and any(c.lower_ == "what" for c in verb.children)


def _opens_sentence(phrase: Token) -> bool:
    """Nothing but punctuation stands before the phrase in its sentence ("In what he called ...", "As she left, ...")."""
    return all(t.is_punct for t in phrase.doc[phrase.sent.start:phrase.left_edge.i])
