"""A present-tense cue verb the tagger read as the head noun of its subject: a pure function.

"The group state that the changes will hurt small farmers.": after a singular collective
noun the plural verb "state" reads to the tagger as a compound ("the group state", a noun
phrase) and the that-clause as its relative clause, so no cue verb is there to score. The
form is plain all the same: the sentence's root is a noun spelled as a cue verb, the words
before it are its noun phrase (the speaker), and it takes a clause opened by the conjunction
"that" with a subject of its own. "The state that I live in" (a relative pronoun), "the claim
that he lied was false" (the noun is no root) and "The group state" alone are not this form.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from sayso.nlp.extract.dep_labels import NOUN_CLAUSES
from sayso.nlp.extract.tail_reports import TailReport

_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def root_noun_cues(doc: Doc, verbs: frozenset[str]) -> Iterator[TailReport]:
    """Every sentence whose root is a cue verb misread as a noun, with its speaker and that-clause."""
    for sent in doc.sents:
        found = _root_noun_cue(sent, verbs)
        if found is not None:
            yield found


def _root_noun_cue(sent: Span, verbs: frozenset[str]) -> TailReport | None:
    cue = sent.root
    if cue.pos_ != "NOUN" or cue.tag_ != "NN" or cue.lower_ not in verbs:
        return None  # the bare form only: "state", "claim", "report" (a plural verb has no -s)
    np = [t for t in sent.doc[cue.left_edge.i: cue.i] if not t.is_punct]
    if not np or any(t.pos_ not in _NP_POS for t in np) or np[-1].dep_ != "compound" or np[-1].head != cue:
        return None
    clause = next((c for c in cue.children if c.dep_ in NOUN_CLAUSES and c.i > cue.i), None)
    if clause is None or clause.left_edge.lower_ != "that" or clause.left_edge.pos_ != "SCONJ":
        return None
    if not any(c.dep_ in _SUBJ_DEPS for c in clause.children):
        return None
    words = [t for t in clause.subtree if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return TailReport(cue, (np[0], np[-1]), (words[0].idx, words[-1].idx + len(words[-1])))
