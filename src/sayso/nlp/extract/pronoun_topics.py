"""A "he" or "she" that goes on from the subject pronoun of the sentence before, past a name that sentence only
mentions. Pure.

A reader follows a sentence's subject into the next one: "If, as he now continues to state, he knew nothing of the
abuses committed by McCarrick and the measures taken by Pope Benedict, how can his answer be explained? His recent
statements that he knew nothing about it ... are absolutely laughable": the "His" is whoever the "he" is (Cardinal
Wuerl, named before), not Pope Benedict, whom the "he"'s sentence names only in a phrase, as a "by" agent. The
ranking of names (``pronouns``) sees only names, so where the one the "he" stands for is named further back than the
salience window, the name nearest the pronoun wins, though it is no subject of its own.

``continued_subject`` finds that "he": a subject pronoun of the pronoun's gender, outside quotations, in the
sentence right before the pronoun's own, where the chosen name stands in that sentence, inside the clause of that
"he" (its verb governs the name), and is no topic of it (no subject, no subject's possessor, ``antecedents.is_topic``).
It keeps:

- a "he" of a clause that hangs on the name's own verb ("Melvin followed up by asking Clinton if he owed Lewinsky an
  apology. '...,' he said": the "he" is Clinton, the one asked, and so is the one who answers);

- a chosen name that is a subject there ("He met Smith. Smith said ..."; "He said Smith met the pope. He added":
  Smith is a subject, left to the ranking);
- a chosen name in an earlier sentence, or in the pronoun's own (its own sentence's names are ranked first);
- a pronoun in a quotation, or a "he" before it only quoted ('"He lied," Smith said of Jones. He added');
- a chosen name that is the one the "he" asks ("He asked Mr. Barr whether he had read the memo. He said he had
  not": the one asked answers, Barr; "He pressed Mr. Barr on the memo. He answered"). A "by" agent who asks is no
  object: "He was challenged by Mr. Cooper on guns. He replied": the "he", Sanders.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.nlp.extract.antecedents import is_topic
from sayso.nlp.extract.dep_labels import SUBJECTS

_ASKING = frozenset({"ask", "question", "press", "push", "challenge", "confront", "interview", "quiz", "grill",
                     "query", "interrogate"})  # "He asked Mr. Barr whether ...": the next "he" who speaks is Barr
_SUBJECT_FORMS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


def continued_subject(pronoun: Token, chosen: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The subject "he" / "she" of the sentence right before the pronoun's that the pronoun goes on from, where
    ``chosen`` (the head of the name the ranking chose) stands in that "he"'s clause as no topic of it; else None."""
    form = _SUBJECT_FORMS.get(pronoun.lower_)
    sent = pronoun.sent
    if form is None or sent.start == 0 or quoted(pronoun.idx):
        return None
    before = pronoun.doc[sent.start - 1].sent
    if not before.start <= chosen.i < before.end or is_topic(chosen):
        return None
    if chosen.dep_ in ("dobj", "dative") and chosen.head.lemma_.lower() in _ASKING:
        return None  # the one asked answers: left to the ranking
    return next((t for t in before if t.lower_ == form and t.tag_ == "PRP" and t.dep_ in SUBJECTS
                 and not quoted(t.idx) and t.head in chosen.ancestors), None)
